import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  buildSite,
  launchBrowser,
  openPage,
  removeSite,
  serve,
  type BuiltSite,
} from './harness';

/**
 * The site built from the contract's small fixture, in Chromium: every page type, search,
 * filters, shared search URLs, the citation, and the disclosure rules over every built file.
 */
const FIXTURE = resolve(import.meta.dirname, '../golden/small/data');

let site: BuiltSite | undefined;
let server: Server | undefined;
let origin = '';
let browser: Browser | undefined;
let context: BrowserContext;

beforeAll(async () => {
  site = buildSite(FIXTURE);
  ({ server, origin } = await serve(site.dist));
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  removeSite(site);
});

const PAGES = [
  ['overview', '/'],
  ['factories', '/factories/'],
  ['factory with names in three scripts', '/factories/KH-001/'],
  ['closed factory', '/factories/KH-004/'],
  ['factory on the low-compliance list with a strike and a response', '/factories/KH-003/'],
  ['critical requirement', '/requirements/ci15/'],
  ['key requirement', '/requirements/lr22/'],
  ['low-compliance list', '/low-compliance/'],
  ['cycle report', '/cycles/2021/'],
  ['first cycle report', '/cycles/2019/'],
  ['strikes', '/strikes/'],
  ['methodology', '/methodology/'],
  ['downloads', '/downloads/'],
] as const;

describe('every page type', () => {
  it.each(PAGES)(
    '%s (%s) loads without console errors and with no axe violations',
    async (_name, path) => {
      const { page, errors } = await openPage(context, origin + path);
      expect(errors).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('main').count()).toBe(1);
      expect(
        await page
          .getByText('Every factory, brand and union named on this site is fictional.')
          .count(),
      ).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});

describe('disclosure', () => {
  function filesUnder(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
  }

  it('a never-published factory (KH-006) appears in no built file, not even by name', () => {
    const dist = site?.dist ?? '';
    const leaks = filesUnder(dist).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return (
        text.includes('KH-006') || text.includes('Harbor Demo Bags') || text.includes('KH-012')
      );
    });
    expect(leaks).toEqual([]);
  });

  it('has no page for it', async () => {
    const { page } = await openPage(context, `${origin}/factories/KH-006/`);
    expect(await page.locator('body').innerText()).toContain('not found');
    await page.close();
  });
});

describe('the citation', () => {
  it('copies the ready-to-paste text with an absolute permalink', async () => {
    const copyContext = await (browser as Browser).newContext();
    await copyContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const { page, errors } = await openPage(copyContext, `${origin}/factories/KH-003/`);
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('Citation copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Golden Thread Demo Garment (KH-003), Reporting year 2022');
    expect(copied).toContain('Fixture publisher');
    expect(copied.endsWith(`${origin}/factories/KH-003/`)).toBe(true);
    expect(errors).toEqual([]);
    await copyContext.close();
  });
});
