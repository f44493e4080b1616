/**
 * Screenshots of every page type for review: each page at a 360 × 740 phone and a 1280 × 800
 * desktop, in English, Khmer and Chinese, as full-page PNGs.
 *
 *   npm run screenshots                      builds DATA_DIR (default data/) and shoots it
 *   npm run screenshots -- --dist <folder>   shoots a site already built
 *   SCREENSHOT_DIR=<folder>                  where the PNGs go (default screenshots/)
 *   SCREENSHOT_MAX_HEIGHT=<px>               where a long page is cut (default 6000)
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite, launchBrowser, removeSite, serve, type BuiltSite } from '../tests/e2e/harness';
import { localisedPageTypes } from './lib/page-types';

export const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

const MAX_HEIGHT = Number(process.env['SCREENSHOT_MAX_HEIGHT'] ?? 6000);

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const at = process.argv.indexOf('--dist');
  let built: BuiltSite | undefined;
  let dist: string;
  if (at >= 0 && process.argv[at + 1]) {
    dist = resolve(process.argv[at + 1] as string);
  } else {
    const data = resolve(process.env['DATA_DIR'] ?? join(root, 'data'));
    console.log(`Building ${data} …`);
    built = buildSite(data);
    dist = built.dist;
  }
  const out = resolve(process.env['SCREENSHOT_DIR'] ?? join(root, 'screenshots'));
  mkdirSync(out, { recursive: true });
  const { server, origin } = await serve(dist);
  const browser = await launchBrowser();
  try {
    const pages = localisedPageTypes(dist);
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
      });
      const page = await context.newPage();
      for (const type of pages) {
        await page.goto(origin + type.path, { waitUntil: 'networkidle' });
        const file = join(out, `${type.name}-${viewport.name}.png`);
        // Long lists are cut at a few screens: a reviewer looks at how a page starts and is laid out.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({
          path: file,
          fullPage: true,
          clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, MAX_HEIGHT) },
          timeout: 120_000,
        });
        console.log(`${type.name}-${viewport.name}.png`);
      }
      await context.close();
    }
    console.log(`${pages.length * VIEWPORTS.length} screenshots in ${out}`);
  } finally {
    await browser.close();
    server.close();
    removeSite(built);
  }
}

await main();
