/**
 * Lighthouse (mobile: a mid-range phone on a slow 4G connection, simulated) on the built demo
 * site: performance, accessibility, best practices and SEO of the overview, a factory page, the
 * factory list and the supplier check, with the metrics behind the performance score and every
 * audit that cost a point. The site is built with SITE_URL set to the address it is served at,
 * as a publisher builds it, so canonical links, alternates and the sitemap are the real ones.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pageTypes } from '../lib/page-types';

const ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
] as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** A static host for a folder that may not exist yet (the site is built once the port is known). */
async function serveFolder(dist: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(dist, '404.html');
      response.writeHead(404, { 'Content-Type': TYPES['.html'] as string });
      return void response.end(existsSync(notFound) ? readFileSync(notFound) : '');
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function buildSite(dataDir: string, work: string, siteUrl: string): string {
  const dist = join(work, 'site');
  const built = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DIST_DIR: dist,
      SITE_URL: siteUrl,
      PORTAL_GENERATED_DIR: join(work, 'generated'),
      ASTRO_CACHE_DIR: join(work, 'cache'),
    },
  });
  if (built.status !== 0) throw new Error(`building ${dataDir} failed:\n${built.stderr}`);
  return dist;
}

interface PageFigures {
  page: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: string[];
  /** Audits that scored below full marks, outside the performance metrics themselves. */
  lost: string[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] as number;
};

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function figuresOf(page: string, path: string, runs: Lhr[]): PageFigures {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [
      id,
      median(runs.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100))),
    ]),
  ) as PageFigures['scores'];
  const metrics = METRICS.map(([id, label]) => {
    const value = median(runs.map((lhr) => lhr.audits[id]?.numericValue ?? NaN));
    return id === 'cumulative-layout-shift'
      ? `${label} ${value.toFixed(3)}`
      : `${label} ${Math.round(value).toLocaleString('en')} ms`;
  });
  const last = runs.at(-1) as Lhr;
  const metricIds = new Set<string>(METRICS.map(([id]) => id));
  const lost = Object.values(last.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && !metricIds.has(ref.id))
      .map((ref) => last.audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => `${category.id}: ${audit?.id} (${audit?.displayValue || audit?.title})`),
  );
  // Where the performance score goes: the scripts' main-thread time and what shifts the layout.
  const details = (id: string) =>
    (last.audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const diagnostics =
    (scores.performance ?? 0) >= 95
      ? []
      : [
          ...details('bootup-time')
            .slice(0, 4)
            .map(
              (item) =>
                `performance: script ${String(item['url']).replace(/^https?:\/\/[^/]+/, '')} ${Math.round(Number(item['scripting']))} ms scripting, ${Math.round(Number(item['total']))} ms in all`,
            ),
          ...details('mainthread-work-breakdown')
            .slice(0, 3)
            .map(
              (item) =>
                `performance: main thread ${String(item['groupLabel'])} ${Math.round(Number(item['duration']))} ms`,
            ),
          ...details('layout-shifts')
            .slice(0, 3)
            .map(
              (item) =>
                `performance: layout shift ${Number(item['score']).toFixed(3)} at ${String((item['node'] as { selector?: string } | undefined)?.selector ?? '?')}`,
            ),
        ];
  return { page, path, scores, metrics, lost: [...new Set([...lost, ...diagnostics])] };
}

export async function benchLighthouse(dataDir: string, runs: number): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const dist = join(work, 'site');
  const { server, origin } = await serveFolder(dist);
  mkdirSync(join(work, 'profile'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    userDataDir: join(work, 'profile'),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const started = performance.now();
    buildSite(dataDir, work, origin);
    console.log(
      `\nLighthouse (mobile, simulated slow 4G and 4x CPU), ${runs} run${runs === 1 ? '' : 's'} per page (median), site built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const types = pageTypes(dist);
    const factory =
      types.find((type) => type.name === 'factory-listed') ??
      types.find((type) => type.name.startsWith('factory-'));
    const pages = [
      { page: 'overview', path: '/' },
      ...(factory ? [{ page: 'factory page', path: factory.path }] : []),
      { page: 'factory list', path: '/factories/' },
      { page: 'supplier check', path: '/check/' },
    ];
    const figures: PageFigures[] = [];
    for (const { page, path } of pages) {
      const results: Lhr[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (result === undefined) throw new Error(`Lighthouse returned nothing for ${path}`);
        results.push(result.lhr);
      }
      figures.push(figuresOf(page, path, results));
    }
    const pad = (text: string, width: number) => text.padEnd(width);
    console.log(
      `  ${pad('page', 16)}${pad('perf', 6)}${pad('a11y', 6)}${pad('best', 6)}${pad('seo', 6)}metrics`,
    );
    for (const f of figures) {
      console.log(
        `  ${pad(f.page, 16)}${CATEGORIES.map((c) => pad(String(f.scores[c]), 6)).join('')}${f.metrics.join(', ')}`,
      );
    }
    for (const f of figures) {
      if (f.lost.length === 0) continue;
      console.log(`  ${f.page} (${f.path}) lost points on:`);
      for (const line of f.lost) console.log(`    ${line}`);
    }
  } finally {
    chrome.kill();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
