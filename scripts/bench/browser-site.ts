/**
 * A built site served on a local port and opened in Debian's Chromium, for the figures measured
 * in the browser (browser-search.ts, browser-check.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { SearchIndexReader } from '../../src/lib/search-index-lines';
import type { SearchRecord } from '../../src/lib/search';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Files served in place of the site's own, by URL path (a larger search index, for one). */
export type Overrides = Readonly<Record<string, string>>;

async function serve(
  dist: string,
  overrides: Overrides = {},
): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = overrides[path] ?? normalize(join(dist, path));
    if (overrides[path] === undefined && !file.startsWith(dist)) {
      return void response.writeHead(403).end();
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function withSite<T>(
  dist: string,
  run: (browser: Browser, origin: string) => Promise<T>,
  overrides: Overrides = {},
) {
  const { server, origin } = await serve(dist, overrides);
  const browser = await chromium.launch({
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
  try {
    return await run(browser, origin);
  } finally {
    await browser.close();
    server.close();
  }
}

/** The records of a search index file, as the page's workers read them. */
export function readIndex(path: string): SearchRecord[] {
  const reader = new SearchIndexReader();
  return [...reader.push(readFileSync(path, 'utf8')), ...reader.end()];
}

export const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
