/**
 * End-to-end harness: builds a fixture dataset into its own site (beside the main build, never
 * touching dist/ or src/generated/), serves it on a loopback port and drives it in Debian's
 * Chromium through playwright-core.
 */
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface BuiltSite {
  dist: string;
  work: string;
  /** What the build printed to standard error: its warnings. */
  log: string;
}

/**
 * Builds DATA_DIR into a temporary folder with the same command a publisher uses; `env` adds to
 * or overrides its environment (SITE_URL: '' builds without the site's address).
 */
export function buildSite(dataDir: string, env: Record<string, string> = {}): BuiltSite {
  const work = mkdtempSync(join(tmpdir(), 'portal-e2e-'));
  const dist = join(work, 'dist');
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DIST_DIR: dist,
      PORTAL_GENERATED_DIR: join(work, 'generated'),
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ...env,
    },
  });
  if (result.status !== 0) {
    throw new Error(`building ${dataDir} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return { dist, work, log: result.stderr };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * A static file server like any static host: directories serve their index.html. A missing file
 * under /km/ or /zh/ gets that language's 404 page; `languageNotFound: false` serves only
 * /404.html, as GitHub Pages or a bucket does.
 */
export async function serve(
  dist: string,
  {
    languageNotFound = true,
    respond,
  }: {
    languageNotFound?: boolean;
    /** Answers a request itself, instead of the file, when it returns true. */
    respond?: (path: string, response: ServerResponse) => boolean;
  } = {},
): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (respond?.(path, response)) return;
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      // As Cloudflare Pages does and the README's Netlify and nginx rules do: a language's own page.
      const language = languageNotFound ? /^\/(km|zh)\//.exec(path)?.[1] : undefined;
      const own = language === undefined ? undefined : join(dist, language, '404.html');
      const notFound = own !== undefined && existsSync(own) ? own : join(dist, '404.html');
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Opens a page and collects console errors and page errors while it is used. */
export async function openPage(
  context: BrowserContext,
  url: string,
  /** 'load' for a page whose requests do not all end while the test waits (a held response). */
  waitUntil: 'networkidle' | 'load' = 'networkidle',
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  // A Content-Security-Policy violation is an error too, whether or not the console says so.
  await page.exposeFunction('__reportCspViolation', (report: string) => errors.push(report));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (r: string) => void })
        .__reportCspViolation;
      report(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  const response = await page.goto(url, { waitUntil });
  if (response === null || !response.ok()) {
    errors.push(`HTTP ${response?.status() ?? 'no response'} for ${url}`);
  }
  return { page, errors };
}

/** axe-core with the WCAG 2.2 AA tags; returns one line per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

export function removeSite(site: BuiltSite | undefined): void {
  if (site) rmSync(site.work, { recursive: true, force: true });
}

/** A site built from a data folder and served, with Chromium and one 1280 px wide context. */
export interface RunningSite {
  dist: string;
  origin: string;
  browser: Browser;
  context: BrowserContext;
  stop: () => Promise<void>;
}

export async function startSite(
  dataDir: string,
  options: BrowserContextOptions = {},
): Promise<RunningSite> {
  const site = buildSite(dataDir);
  const { server, origin } = await serve(site.dist);
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  return {
    dist: site.dist,
    origin,
    browser,
    context,
    stop: async () => {
      await browser.close();
      server.close();
      removeSite(site);
    },
  };
}
