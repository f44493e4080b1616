import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, serve, startSite, type RunningSite } from './harness';

/**
 * The site built from the contract's small fixture, in Chromium: every page type, search,
 * filters, shared search URLs, the citation, and the disclosure rules over every built file.
 */
const FIXTURE = resolve(import.meta.dirname, '../golden/small/data');

let running: RunningSite | undefined;
let origin = '';
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  running = await startSite(FIXTURE);
  ({ origin, browser, context } = running);
}, 180_000);

afterAll(() => running?.stop());

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
  ['corrections', '/corrections/'],
  ['methodology', '/methodology/'],
  ['downloads', '/downloads/'],
  ['cycles index', '/cycles/'],
  ['requirements index', '/requirements/'],
  ['open data API', '/api/'],
  ['supplier check', '/check/'],
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

describe('every page type on a 360 px phone', () => {
  it.each(PAGES)(
    '%s (%s) has no axe violations and no page-wide sideways scroll',
    async (_name, path) => {
      const phone = await browser.newContext({
        viewport: { width: 360, height: 740 },
        isMobile: true,
      });
      const { page, errors } = await openPage(phone, origin + path);
      expect(errors).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      await phone.close();
    },
  );
});

function filesUnderDist(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnderDist(path) : [path];
  });
}

const statExists = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

describe('disclosure', () => {
  it('a never-published factory (KH-006) appears in no built file, not even by name', () => {
    const dist = running?.dist ?? '';
    const leaks = filesUnderDist(dist).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return (
        text.includes('KH-006') || text.includes('Harbor Demo Bags') || text.includes('KH-012')
      );
    });
    expect(leaks).toEqual([]);
  });

  it('has no page for it', async () => {
    const { page, errors } = await openPage(context, `${origin}/factories/KH-006/`);
    // The only errors are the 404 itself (as the server reports it and as the console logs it).
    expect(errors).toContain(`HTTP 404 for ${origin}/factories/KH-006/`);
    expect(errors.every((error) => error.includes('404'))).toBe(true);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('links', () => {
  it('every internal link, chart download and data download of every page resolves', () => {
    const dist = running?.dist ?? '';
    const missing = new Set<string>();
    for (const file of filesUnderDist(dist).filter((f) => f.endsWith('.html'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/href="(\/[^"#?]*)/g)) {
        const target = join(dist, match[1] as string);
        const exists = statExists(target) || statExists(join(target, 'index.html'));
        if (!exists) missing.add(match[1] as string);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

describe('the citation', () => {
  it('copies the ready-to-paste text with an absolute permalink', async () => {
    const copyContext = await browser.newContext();
    await copyContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const { page, errors } = await openPage(copyContext, `${origin}/factories/KH-003/`);
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('Citation copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('[Fictional demonstration data] Golden Thread Demo Garment (KH-003).');
    expect(copied).toContain('Reporting year 2022, latest assessment Feb 21, 2022');
    expect(copied).toContain(
      'non-compliant on 1 of 21 critical issues (CI14 Regular emergency evacuation drills',
    );
    expect(copied).toContain('Fixture publisher, Small fixture, data as of Mar 31, 2023.');
    expect(copied.endsWith(`${origin}/factories/KH-003/?cycle=2022`)).toBe(true);
    expect(errors).toEqual([]);
    await copyContext.close();
  });

  it('exists for every earlier cycle, under a permalink that names the cycle', async () => {
    const { page, errors } = await openPage(context, `${origin}/factories/KH-003/`);
    expect(await page.locator('.cycle-notice').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Cite the record of Reporting year 2020' }).click();
    await page.waitForURL(`${origin}/factories/KH-003/?cycle=2020#cite-2020`);
    const cited = page.locator('#cite-2020 .cite-text');
    await expect.poll(() => cited.isVisible()).toBe(true);
    const text = await cited.innerText();
    expect(text).toContain('Reporting year 2020, latest assessment Feb 17, 2020');
    expect(text).toContain('non-compliant on 6 of 21 critical issues (CI12');
    expect(text.endsWith(`${origin}/factories/KH-003/?cycle=2020`)).toBe(true);
    expect(await page.locator('.cycle-notice').innerText()).toContain(
      'This link cites the record of Reporting year 2020.',
    );
    // The permalink alone, as pasted from a letter, opens the same record.
    await page.goto(`${origin}/factories/KH-003/?cycle=2020`);
    await expect.poll(() => page.locator('#cite-2020').getAttribute('class')).toContain('cited');
    expect(await page.locator('#cite-2020 .cite-text').isVisible()).toBe(true);
    // Printed, the page carries the cited cycle's citation only.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#cite-2020 .cite-text').isVisible()).toBe(true);
    expect(await page.locator('#cite-2022 .cite-text').isVisible()).toBe(false);
    expect(await page.locator('#cite-2021 .cite-text').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The factories the visible table lists, in its order. */
const resultLinks = (page: import('playwright-core').Page) =>
  page
    .locator('table:visible tbody th a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));

describe('searching factories', () => {
  it('finds a misspelt name and updates the URL', async () => {
    const { page, errors } = await openPage(context, `${origin}/factories/`);
    await page.getByLabel('Search factories').fill('Lotsu Demo Aparel');
    await expect.poll(() => resultLinks(page)).toContain('/factories/KH-001/');
    expect((await resultLinks(page))[0]).toBe('/factories/KH-001/');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Lotsu Demo Aparel');
    expect(await page.locator('#factory-table-static').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    [
      'a name typed without its quotes and punctuation',
      'pearl demo knit factory 2',
      '/factories/KH-009/',
    ],
    ['a name typed with punctuation it does not have', 'golden-thread', '/factories/KH-003/'],
    ['a former name', 'old lotus garment', '/factories/KH-001/'],
    ['a Khmer name', 'មេគង្គ', '/factories/KH-002/'],
    ['a Chinese name', '兰花', '/factories/KH-005/'],
    ['an Open Supply Hub id without hyphens', 'KH20201149MZR2D', '/factories/KH-003/'],
  ])('finds %s', async (_name, query, href) => {
    const { page } = await openPage(context, `${origin}/factories/`);
    await page.getByLabel('Search factories').fill(query);
    await expect.poll(() => resultLinks(page)).toContain(href);
    await page.close();
  });

  it('puts the factory whose current name is the query first, and says why each was found', async () => {
    const { page, errors } = await openPage(context, `${origin}/factories/`);
    const firstRow = page.locator('table:visible tbody tr').first();
    await page.getByLabel('Search factories').fill('LOTUS DEMO APPAREL CO LTD');
    await expect.poll(async () => (await resultLinks(page))[0]).toBe('/factories/KH-001/');
    expect(await firstRow.locator('.search-why').innerText()).toBe('Match: current name');
    await page.getByLabel('Search factories').fill('Old Lotus Garment Co., Ltd.');
    await expect
      .poll(() => firstRow.locator('.search-why').innerText())
      .toBe('Match: former or other name “Old Lotus Garment”');
    await page.getByLabel('Search factories').fill('KH2019063XQ4T7B');
    await expect.poll(() => firstRow.locator('.search-why').innerText()).toBe('Match: OS ID');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('restores a shared search from the URL', async () => {
    const { page, errors } = await openPage(context, `${origin}/factories/?q=mekong+demo`);
    await expect.poll(() => page.getByLabel('Search factories').inputValue()).toBe('mekong demo');
    await expect.poll(() => resultLinks(page)).toEqual(['/factories/KH-002/']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves the search form with the page, switched off until its script runs', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${origin}/factories/`);
    const box = page.getByLabel('Search factories');
    expect(await box.count()).toBe(1);
    expect(await box.isDisabled()).toBe(true);
    expect(await page.locator('.factory-search select:enabled').count()).toBe(0);
    await noScript.close();
    const { page: live, errors } = await openPage(context, `${origin}/factories/`);
    await expect.poll(() => live.getByLabel('Search factories').isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await live.close();
  });

  it('moves nothing on a phone while the search starts', async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const page = await phone.newPage();
    await page.addInitScript(`window.shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifted += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });`);
    await page.goto(`${origin}/factories/`);
    await page.waitForSelector('.factory-search[data-index="complete"]');
    // Painted once more after the index came, so a shift it caused would have been recorded.
    await page.evaluate(
      'new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100)))',
    );
    // Below 0.1 is what search engines call a stable page; the form drawn only once the script
    // ran pushed the whole list down by its height.
    expect(await page.evaluate<number>('window.shifted')).toBeLessThan(0.1);
    await phone.close();
  });

  it('keeps the list until the reader searches, and shows it again once the search is cleared', async () => {
    const { page, errors } = await openPage(context, `${origin}/factories/`);
    await page.waitForSelector('.factory-search[data-index="complete"]');
    expect(await page.locator('#factory-table-static').isVisible()).toBe(true);
    expect(await page.locator('.factory-search table').count()).toBe(0);
    await page.getByLabel('Search factories').fill('golden thread');
    await expect.poll(() => resultLinks(page)).toContain('/factories/KH-003/');
    expect(await page.locator('#factory-table-static').isHidden()).toBe(true);
    await page.getByLabel('Search factories').fill('');
    await expect.poll(() => page.locator('#factory-table-static').isVisible()).toBe(true);
    expect(await page.locator('.factory-search table').count()).toBe(0);
    expect((await resultLinks(page)).length).toBe(10);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows 20 rows for a query, then 50 more at a time, the keyboard kept on the button, then moved to the first new row', async () => {
    // A registry larger than one page of results: the fixture's index and 120 factories more
    // that share one name, served in its place.
    const index = JSON.parse(
      readFileSync(join(running?.dist ?? '', 'search-index.json'), 'utf8'),
    ) as Array<Record<string, unknown>>;
    const model = index[0] ?? {};
    const more = Array.from({ length: 120 }, (_, i) => ({
      ...model,
      id: `KH-${String(900 + i)}`,
      n: `Bulk Demo Knitwear ${String(i + 1)}`,
    }));
    const body = `[\n${[...index, ...more].map((record) => JSON.stringify(record)).join(',\n')}\n]\n`;
    const larger = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await larger.route('**/search-index.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    const { page, errors } = await openPage(larger, `${origin}/factories/`);
    const rows = () => page.locator('.factory-search table tbody tr').count();
    await page.getByLabel('Search factories').fill('bulk demo knitwear');
    await expect.poll(rows).toBe(20);
    expect(await page.getByText('Showing the first 20 of 120.').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Show 50 more' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(rows).toBe(70);
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toBe('Show 50 more');

    await page.keyboard.press('Enter');
    await expect.poll(rows).toBe(120);
    expect(await page.locator('.search-more').isHidden()).toBe(true);
    const firstNew = await page
      .locator('.factory-search table tbody tr')
      .nth(70)
      .locator('a')
      .first()
      .getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(firstNew);
    expect(errors).toEqual([]);
    await larger.close();
  });

  it('answers from the first part of a large index while the rest is on its way, then from all of it', async () => {
    // A registry larger than the first part the search answers from: 2,100 factories, then the
    // fixture's, the only "Lotus" among them last. The server holds the rest of the index back
    // until the test lets it go.
    const dist = running?.dist ?? '';
    const index = JSON.parse(readFileSync(join(dist, 'search-index.json'), 'utf8')) as Array<
      Record<string, unknown>
    >;
    const model = index[0] ?? {};
    const first = Array.from({ length: 2100 }, (_, i) =>
      JSON.stringify({ ...model, id: `KH-${String(9000 + i)}`, n: `Bulk Demo Garment ${i + 1}` }),
    );
    const rest = index.map((record) => JSON.stringify(record));
    let release = () => undefined as void;
    const held = await serve(dist, {
      respond: (path, response) => {
        if (path !== '/search-index.json') return false;
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.write(`[\n${first.join(',\n')},\n`);
        release = () => response.end(`${rest.join(',\n')}\n]\n`);
        return true;
      },
    });
    const { page, errors } = await openPage(context, `${held.origin}/factories/`, 'load');
    const search = page.locator('.factory-search');
    const partial = page.locator('[data-partial]');
    await page.getByLabel('Search factories').fill('lotus');
    await expect.poll(() => partial.isVisible()).toBe(true);
    expect(await search.getAttribute('data-index')).toBe('partial');
    expect(await resultLinks(page)).not.toContain('/factories/KH-001/');

    release();
    await expect.poll(() => search.getAttribute('data-index')).toBe('complete');
    await expect.poll(async () => (await resultLinks(page))[0]).toBe('/factories/KH-001/');
    expect(await partial.isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
    held.server.close();
  });

  it('narrows the table with filters, and the filters live in the URL', async () => {
    const { page } = await openPage(context, `${origin}/factories/`);
    await expect.poll(async () => (await resultLinks(page)).length).toBe(10);
    await page.getByLabel('Province').selectOption('Phnom Penh');
    await expect.poll(async () => (await resultLinks(page)).length).toBe(5);
    await page.getByLabel('Status').selectOption('closed');
    await expect.poll(() => resultLinks(page)).toEqual(['/factories/KH-004/']);
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('closed');
    // The language switch carries the search to the same page in another language.
    expect(await page.getByRole('link', { name: 'ខ្មែរ' }).getAttribute('href')).toContain(
      'status=closed',
    );
    const shared = page.url();
    const again = await openPage(context, shared);
    await expect.poll(() => resultLinks(again.page)).toEqual(['/factories/KH-004/']);
    await again.page.close();
    await page.close();
  });
});

describe('the buyer and parent-company filters', () => {
  const options = (page: import('playwright-core').Page, label: string) =>
    page.getByLabel(label, { exact: true }).locator('option').allTextContents();

  it('are not written into the page: a registry has thousands of parent companies', () => {
    const html = readFileSync(join(running?.dist ?? '', 'factories/index.html'), 'utf8');
    for (const name of ['buyer', 'parent']) {
      const select = new RegExp(`<select[^>]*name="${name}"[^>]*>(.*?)</select>`).exec(html);
      expect(select?.[1]?.match(/<option/g), name).toHaveLength(1);
    }
  });

  it('are filled from the index when first used, and keep a value from the address', async () => {
    const { page, errors } = await openPage(context, `${origin}/factories/?parent=Demo+Holdings`);
    await expect
      .poll(async () => (await resultLinks(page)).sort())
      .toEqual(['/factories/KH-004/', '/factories/KH-005/']);
    expect(await page.getByLabel('Parent company', { exact: true }).inputValue()).toBe(
      'Demo Holdings',
    );
    await page.waitForSelector('.factory-search[data-index="complete"]');
    await page.getByLabel('Buyer', { exact: true }).focus();
    expect(await options(page, 'Buyer')).toEqual(['All buyers', 'Demo Brand A', 'Demo Brand B']);
    await page.getByLabel('Buyer', { exact: true }).selectOption('Demo Brand B');
    await page.getByLabel('Parent company', { exact: true }).selectOption('');
    await expect
      .poll(async () => (await resultLinks(page)).sort())
      .toEqual(['/factories/KH-001/', '/factories/KH-003/']);
    expect(await options(page, 'Parent company')).toEqual([
      'All parent companies',
      'Demo Holdings',
    ]);
    await expect.poll(() => new URL(page.url()).search).toBe('?buyer=Demo+Brand+B');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a parent company the index does not know matches no factory, and is shown as asked', async () => {
    const { page } = await openPage(context, `${origin}/factories/?parent=Atlantis+Holdings`);
    // The results say so (the live region repeats it for screen readers a moment later).
    const results = page.locator('#factory-search-results');
    await expect.poll(() => results.getByText('No factory matches').count()).toBe(1);
    expect(await page.getByLabel('Parent company', { exact: true }).inputValue()).toBe(
      'Atlantis Holdings',
    );
    await page.close();
  });
});

describe('sorting factories', () => {
  it('sorts by the order chosen, keeps it in the URL, and restores it from the URL', async () => {
    const { page, errors } = await openPage(context, `${origin}/factories/?sort=closed`);
    const links = () =>
      page
        .locator('table:visible tbody th a')
        .evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    await expect.poll(async () => (await links())[0]).toBe('/factories/KH-004/');
    expect(await page.getByLabel('Order').inputValue()).toBe('closed');
    await page.getByLabel('Order').selectOption('name');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('name');
    const names = await page
      .locator('table:visible tbody th a')
      .evaluateAll((all) => all.map((a) => a.textContent ?? ''));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('lists every published factory in a plain table', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${origin}/factories/`);
    const links = await page.locator('#factory-table-static tbody th a').count();
    expect(links).toBe(10);
    await noScript.close();
  });
});

describe('Khmer and Chinese', () => {
  it.each(
    PAGES.flatMap(([name, path]) =>
      (['km', 'zh'] as const).map((lang) => [lang, name, `/${lang}${path}`] as const),
    ),
  )(
    '%s: %s (%s) loads without console errors and with no axe violations',
    async (lang, _name, path) => {
      const { page, errors } = await openPage(context, origin + path);
      expect(errors).toEqual([]);
      expect(await page.locator('html').getAttribute('lang')).toBe(
        lang === 'zh' ? 'zh-Hans' : 'km',
      );
      expect(await page.locator('h1').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );

  it('the language switch keeps the reader on the same page and round-trips', async () => {
    const { page, errors } = await openPage(context, `${origin}/factories/KH-001/`);
    await page.getByRole('link', { name: 'ខ្មែរ' }).click();
    await page.waitForURL(`${origin}/km/factories/KH-001/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('km');
    await page.getByRole('link', { name: '中文' }).click();
    await page.waitForURL(`${origin}/zh/factories/KH-001/`);
    expect(await page.locator('h1').innerText()).toBe('莲花示范制衣');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${origin}/factories/KH-001/`);
    expect(await page.locator('h1').innerText()).toBe('Lotus Demo Apparel Co., Ltd.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a Khmer name search finds its factory on the Khmer pages', async () => {
    const { page } = await openPage(context, `${origin}/km/factories/`);
    await page.locator('input[type="search"]').fill('មេគង្គ');
    await expect
      .poll(() =>
        page
          .locator('table:visible tbody th a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      )
      .toEqual(['/km/factories/KH-002/']);
    await page.close();
  });

  it.each(['km', 'zh'])(
    '%s: a closed factory found by the search gives its closing date as the list does',
    async (language) => {
      const { page } = await openPage(context, `${origin}/${language}/factories/?status=closed`);
      const found = page.locator('.factory-search tbody tr', {
        has: page.locator(`a[href="/${language}/factories/KH-004/"]`),
      });
      await expect.poll(() => found.count()).toBe(1);
      const listed = page.locator('#factory-table-static tbody tr', {
        has: page.locator(`a[href="/${language}/factories/KH-004/"]`),
      });
      const status = async (row: typeof found) =>
        ((await row.locator('td.answer').first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
      expect(await status(found)).toBe(await status(listed));
      expect(await status(found)).toMatch(/\d/);
      // Written by the language's pattern, not carried as a list of every closing date.
      const config = JSON.parse(
        (await page.locator('.factory-search script[type="application/json"]').textContent()) ?? '',
      ) as { datePattern: unknown; closedDates: object };
      expect(config.datePattern).not.toBeNull();
      expect(config.closedDates).toEqual({});
      await page.close();
    },
  );

  it('a Chinese name search finds its factory on the Chinese pages', async () => {
    const { page } = await openPage(context, `${origin}/zh/factories/`);
    await page.locator('input[type="search"]').fill('莲花');
    await expect
      .poll(() =>
        page
          .locator('table:visible tbody th a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      )
      .toContain('/zh/factories/KH-001/');
    await page.close();
  });

  it('renders Khmer with the bundled font, not as empty boxes', async () => {
    const { page } = await openPage(context, `${origin}/km/`);
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(
      () =>
        [...document.fonts].filter(
          (f) => f.family.replace(/"/g, '') === 'Portal Khmer' && f.status === 'loaded',
        ).length,
    );
    expect(loaded).toBeGreaterThan(0);
    // Missing glyphs draw as identical boxes: two runs of five different Khmer consonants each
    // look the same as boxes and different as letters.
    await page.evaluate(() => {
      for (const [id, text] of [
        ['khmer-a', 'កខគឃង'],
        ['khmer-b', 'ចឆជឈញ'],
      ]) {
        const span = document.createElement('span');
        span.id = id as string;
        span.textContent = text as string;
        span.style.cssText =
          "font: 32px 'Portal Khmer'; display: inline-block; width: 8em; background: #fff; color: #000";
        document.body.prepend(span);
      }
    });
    await page.evaluate(() => document.fonts.ready);
    const a = await page.locator('#khmer-a').screenshot();
    const b = await page.locator('#khmer-b').screenshot();
    expect(a.equals(b)).toBe(false);
    await page.close();
  });
});

it.each(['/', '/factories/', '/km/factories/KH-001/'])(
  '%s asks for the Khmer face with the page, once, the one its stylesheet draws with',
  async (path) => {
    const { page, errors } = await openPage(context, origin + path);
    await page.evaluate(() => document.fonts.ready);
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.woff2'))
        .map((entry) => ({
          path: new URL(entry.name).pathname,
          by: (entry as PerformanceResourceTiming).initiatorType,
        })),
    );
    // Asked for by the stylesheet, it came only once the page had been laid out, and laid it
    // out again when it came; a preload the stylesheet did not use would be fetched twice.
    expect(fetched).toHaveLength(1);
    expect(fetched[0]?.by).toBe('link');
    expect(fetched[0]?.path).toMatch(/^\/_astro\/noto-sans-khmer-khmer-400-normal\.[\w-]+\.woff2$/);
    const loaded = await page.evaluate(() =>
      [...document.fonts]
        .filter((f) => f.family.replace(/"/g, '') === 'Portal Khmer')
        .map((f) => f.status),
    );
    expect(loaded).toEqual(['loaded']);
    expect(errors).toEqual([]);
    await page.close();
  },
);

describe('every strike stays listed', () => {
  it('in its cycle report, counted by cycle on /strikes/, and the latest cycle’s there in full', async () => {
    const csv = readFileSync(join(running?.dist ?? '', 'downloads/strikes.csv'), 'utf8');
    const [header, ...lines] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    const cycleColumn = (header ?? '').split(',').indexOf('cycle');
    const perCycle = new Map<string, number>();
    for (const line of lines) {
      const cycle = line.split(',')[cycleColumn] ?? '';
      perCycle.set(cycle, (perCycle.get(cycle) ?? 0) + 1);
    }
    expect(lines.length).toBeGreaterThan(0);
    const strikesRows = (page: import('playwright-core').Page, heading: string) =>
      page.locator(`h2:text-is("${heading}") + .table-scroll tbody tr`).count();

    const { page } = await openPage(context, `${origin}/strikes/`);
    const byCycle = page.locator('h2:has-text("Strikes by cycle") ~ .table-scroll').first();
    const counted = await byCycle
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector('a')?.getAttribute('href') ?? '',
          row.querySelectorAll('td')[1]?.textContent ?? '',
        ]),
      );
    for (const [cycle, count] of perCycle) {
      if (cycle === '') continue;
      // The cycle's row counts its strikes and leads to them in the cycle's report…
      expect(counted).toContainEqual([`/cycles/${cycle}/#strikes`, String(count)]);
      const report = await openPage(context, `${origin}/cycles/${cycle}/`);
      expect(await strikesRows(report.page, 'Strikes in this cycle')).toBe(count);
      await report.page.close();
    }
    // …and the latest cycle's strikes are on the page itself, under its name (the fixture's
    // latest cycle, 2022, has none: its table is there, empty).
    const latestHeading = 'Strikes in Reporting year 2022, newest first';
    expect(await page.locator('h2', { hasText: latestHeading }).count()).toBe(1);
    expect(await strikesRows(page, latestHeading)).toBe(perCycle.get('2022') ?? 0);
    expect(counted[0]?.[1]).toBe(String(perCycle.get('2022') ?? 0));
    await page.close();
  });
});
