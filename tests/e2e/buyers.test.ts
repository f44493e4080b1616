import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
 * Buyer and group pages over the contract's small fixture, with the spellings real registries
 * mix: "Demo Brand A", "DEMO BRAND A." and "Demo Brand A Co., Ltd." are one buyer; "Demo
 * Holdings" and "DEMO HOLDINGS LTD." one parent company; a buyer reported only by a factory
 * that was never published (KH-012, never assessed) appears nowhere.
 */
const FIXTURE = resolve(import.meta.dirname, '../golden/small/data');
const SPELLINGS: Record<string, { buyers?: string; parent?: string }> = {
  'KH-003': { buyers: 'DEMO BRAND A.; Demo Brand B' },
  'KH-007': { buyers: 'Demo Brand A Co., Ltd.' },
  'KH-005': { parent: 'DEMO HOLDINGS LTD.' },
  'KH-012': { buyers: 'Unpublished Demo Buyer' },
};

let data = '';
let site: BuiltSite;
let origin = '';
let close = () => {};
let browser: Browser;

function withSpellings(dir: string): void {
  const path = join(dir, 'factories.csv');
  const [header = '', ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const columns = header.split(',');
  const buyers = columns.indexOf('buyers');
  const parent = columns.indexOf('parent_company');
  const edited = rows.map((row) => {
    const id = row.slice(0, row.indexOf(','));
    const change = SPELLINGS[id];
    if (!change) return row;
    // These rows have no quoted cells, so a plain split keeps their columns.
    const cells = row.split(',');
    const quoted = (cell: string) => (cell.includes(',') ? `"${cell}"` : cell);
    if (change.buyers !== undefined) cells[buyers] = quoted(change.buyers);
    if (change.parent !== undefined) cells[parent] = quoted(change.parent);
    return cells.join(',');
  });
  writeFileSync(path, `${[header, ...edited].join('\n')}\n`);
}

beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), 'portal-buyers-data-'));
  cpSync(FIXTURE, data, { recursive: true });
  withSpellings(data);
  site = buildSite(data);
  const served = await serve(site.dist);
  origin = served.origin;
  close = () => served.server.close();
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  close();
  removeSite(site);
  if (data) rmSync(data, { recursive: true, force: true });
});

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

async function context(width = 1280, height = 800): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width, height } });
}

describe('a buyer page', () => {
  it('gathers every spelling of the buyer on one page, with each factory’s standing', async () => {
    const ctx = await context();
    const { page, errors } = await openPage(ctx, `${origin}/buyers/demobranda/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Demo Brand A');
    const text = (await page.locator('main').textContent()) ?? '';
    for (const spelling of ['DEMO BRAND A.', 'Demo Brand A Co., Ltd.']) {
      expect(text).toContain(spelling);
    }
    expect(text).toContain('Buyer reported by the publisher for 3 published factories');
    expect(text).toContain('none is a finding about the buyer');
    const rows = page.locator('table.entity-factories tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    const links = await rows
      .locator('th a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual([
      '/factories/KH-001/',
      '/factories/KH-003/',
      '/factories/KH-007/',
    ]);
    await expect(page.locator('figure.chart svg[role="img"]').count()).resolves.toBe(1);
    await expect(page.locator('a[href="/downloads/buyers/demobranda.csv"]').count()).resolves.toBe(
      1,
    );
    await expect(page.locator('a[href="/buyers/demobranda/feed.xml"]').count()).resolves.toBe(1);
    expect(await page.locator('.entity-citation .cite-text').textContent()).toContain(
      `${origin}/buyers/demobranda/`,
    );
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('its CSV, API file and feed are served', () => {
    const csv = readFileSync(join(site.dist, 'downloads/buyers/demobranda.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe(
      '\uFEFFfactory_id,name,province,status,closed_on,latest_cycle,critical_non_compliant,critical_non_compliant_count,low_compliance_now,low_compliance_cycles,strikes,strikes_not_legal,url',
    );
    const api = JSON.parse(readFileSync(join(site.dist, 'api/buyers/demobranda.json'), 'utf8')) as {
      factoryCount: number;
      spellings: string[];
    };
    expect(api.factoryCount).toBe(3);
    expect(api.spellings).toHaveLength(3);
    const feed = readFileSync(join(site.dist, 'buyers/demobranda/feed.xml'), 'utf8');
    expect(feed).toContain('<link rel="self" href="/buyers/demobranda/feed.xml"/>');
  });

  it('a buyer reported only by a never-published factory has no page and no file', () => {
    expect(existsSync(join(site.dist, 'buyers/unpublisheddemobuyer'))).toBe(false);
    expect(readFileSync(join(site.dist, 'api/buyers.json'), 'utf8')).not.toContain('Unpublished');
  });
});

describe('the buyers index', () => {
  it('sorts by a count when asked in the URL, and says so to assistive technology', async () => {
    const ctx = await context();
    const { page, errors } = await openPage(ctx, `${origin}/buyers/?sort=factories`);
    await expect(page.locator('th[aria-sort="descending"]').textContent()).resolves.toContain(
      'Factories',
    );
    const names = await page.locator('table.entity-index tbody th a').allTextContents();
    expect(names[0]).toBe('Demo Brand A');
    const counts = await page
      .locator('table.entity-index tbody tr:first-child td')
      .allTextContents();
    // Factories, listed now, ever listed, non-compliant now, closed, strikes not legal.
    expect(counts).toEqual(['3', '0', '1', '1', '0', '1']);
    await page.locator('th[data-sort="name"] button').click();
    expect(new URL(page.url()).searchParams.get('sort')).toBe('name');
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

describe('a group page', () => {
  it('gathers the spellings of a parent company and lists its factories', async () => {
    const ctx = await context();
    const { page, errors } = await openPage(ctx, `${origin}/groups/demoholding/`);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('DEMO HOLDINGS LTD.');
    const links = await page
      .locator('table.entity-factories tbody th a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(['/factories/KH-004/', '/factories/KH-005/']);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

describe('links from a factory page', () => {
  it('buyers, parent company and unions lead to their pages; sister factories show standing', async () => {
    const ctx = await context();
    const { page } = await openPage(ctx, `${origin}/factories/KH-003/`);
    const buyers = await page
      .locator('.entity-links a')
      .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(buyers).toEqual([
      ['DEMO BRAND A.', '/buyers/demobranda/'],
      ['Demo Brand B', '/buyers/demobrandb/'],
    ]);
    const union = page
      .locator('section[aria-labelledby="strikes"] a[href^="/strikes/#union-"]')
      .first();
    const href = (await union.getAttribute('href')) ?? '';
    await union.click();
    await page.waitForURL(`**${href}`);
    await expect(page.locator(`th${href.slice(href.indexOf('#'))}`).count()).resolves.toBe(1);

    await page.goto(`${origin}/factories/KH-004/`);
    await expect(page.locator('.entity-links a').getAttribute('href')).resolves.toBe(
      '/groups/demoholding/',
    );
    const sister = (await page.locator('.sister-factories li').textContent()) ?? '';
    expect(sister).toContain('Orchid Demo Sportswear');
    expect(sister).toMatch(/non-compliant|Open/);
    await page.locator('.relations-citation summary').click();
    // The latest citation, written out in full with the parent company before its link.
    const latest = (await page.locator('.citations > .citation .cite-text').textContent()) ?? '';
    const link = `${origin}/factories/KH-004/?cycle=`;
    expect(latest).toContain(link);
    const at = latest.indexOf(link);
    expect(await page.locator('#cite-with-relations .cite-text').textContent()).toBe(
      `${latest.slice(0, at)}Parent company: Demo Holdings. ${latest.slice(at)}`,
    );
    await ctx.close();
  });
});

describe('accessibility of the new pages', () => {
  const paths = [
    '/buyers/',
    '/buyers/demobranda/',
    '/groups/',
    '/groups/demoholding/',
    '/km/buyers/demobranda/',
    '/zh/groups/demoholding/',
  ];
  for (const viewport of VIEWPORTS) {
    it.each(paths)(`%s has no axe violations on a ${viewport.name}`, async (path) => {
      const ctx = await context(viewport.width, viewport.height);
      const { page, errors } = await openPage(ctx, `${origin}${path}`);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await ctx.close();
    });
  }
});
