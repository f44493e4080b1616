import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localisedPageTypes, type PageType } from '../../scripts/lib/page-types';
import {
  buildSite,
  launchBrowser,
  openPage,
  removeSite,
  serve,
  ROOT,
  type BuiltSite,
} from './harness';

/**
 * Every page type of the contract's small fixture in the three languages, at a 360 × 740 phone
 * and a 1280 × 800 desktop: the answers (names, standings, rates, badges) inside the screen's
 * width, the page never wider than the screen, the search on the first screen, the menu folded on
 * phones; every built page of those types valid for the W3C Nu checker; a cited cycle shown first
 * with and without JavaScript.
 */
const FIXTURE = resolve(import.meta.dirname, '../golden/small/data');
const VNU = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
/** What a reader came for on each page: it must never be cut off at the screen's edge. */
const ANSWERS = [
  'h1',
  '.answer',
  '.badge',
  'td.answer',
  'tbody th[scope="row"]',
  '.cards .value',
  '#home-search',
].join(', ');

let site: BuiltSite;
let origin = '';
let close = () => {};
let browser: Browser;
let pages: PageType[] = [];

beforeAll(async () => {
  site = buildSite(FIXTURE);
  const served = await serve(site.dist);
  origin = served.origin;
  close = () => served.server.close();
  browser = await launchBrowser();
  pages = localisedPageTypes(site.dist);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  close();
  removeSite(site);
});

/** Answer elements that stick out of the screen's width, described for the failure message. */
async function cutAnswers(page: Page): Promise<string[]> {
  return page.locator(ANSWERS).evaluateAll((elements) => {
    const width = document.documentElement.clientWidth;
    return elements.flatMap((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return [];
      // Inside a box that scrolls sideways, the answer must be in the box's visible part.
      const scroller = element.closest('.table-scroll');
      const bounds = scroller
        ? scroller.getBoundingClientRect()
        : ({ left: 0, right: width } as { left: number; right: number });
      const left = Math.max(0, bounds.left);
      const right = Math.min(width, bounds.right);
      if (box.left >= left - 1 && box.right <= right + 1) return [];
      return [
        `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '')
          .trim()
          .slice(
            0,
            40,
          )}" spans ${Math.round(box.left)}–${Math.round(box.right)} of ${Math.round(left)}–${Math.round(right)}`,
      ];
    });
  });
}

/**
 * Cells of the card tables a phone shows whose name is missing or is another column's. Each data
 * cell of a card is written under its column's name (the table's header row). Only the first cell
 * after the row's header may go without one, where it speaks for itself: the status beside a
 * factory, the description of a file or of a column.
 */
async function mislabelledCells(page: Page): Promise<string[]> {
  return page.locator('table.card-table').evaluateAll((tables) =>
    tables.flatMap((table) => {
      if (!(table instanceof HTMLTableElement) || table.getClientRects().length === 0) return [];
      const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map((cell) =>
        (cell.textContent ?? '').trim(),
      );
      return [...table.tBodies].flatMap((body) =>
        [...body.rows].flatMap((row) =>
          [...row.cells].flatMap((cell) => {
            if (cell.tagName !== 'TD' || (cell.textContent ?? '').trim() === '') return [];
            const header = headers[cell.cellIndex] ?? '';
            const content = getComputedStyle(cell, '::before').content;
            // The language's own colon: ៖ in Khmer, ： in Chinese.
            const lang = document.documentElement.lang;
            const colon = lang.startsWith('km') ? '៖ ' : lang.startsWith('zh') ? '：' : ': ';
            const expected = JSON.stringify(`${header}${colon}`);
            const unnamed = content === 'none' || content === 'normal';
            if (content === expected || (unnamed && cell.cellIndex === 1)) return [];
            return [
              `${table.caption?.textContent?.trim().slice(0, 40) ?? 'table'}, row "${(row.cells[0]?.textContent ?? '').trim().slice(0, 30)}", column "${header}": named ${content}`,
            ];
          }),
        ),
      );
    }),
  );
}

describe.each(VIEWPORTS)('at $width × $height', (viewport) => {
  it('every page type in every language keeps its answers inside the screen, each card cell under its column’s name', async () => {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
    });
    const problems: string[] = [];
    for (const type of pages) {
      const { page, errors } = await openPage(context, origin + type.path);
      problems.push(...errors.map((error) => `${type.path}: ${error}`));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 1)
        problems.push(`${type.path}: the page is ${overflow} px wider than the screen`);
      problems.push(...(await cutAnswers(page)).map((cut) => `${type.path}: ${cut}`));
      if (viewport.name === 'phone') {
        problems.push(...(await mislabelledCells(page)).map((cell) => `${type.path}: ${cell}`));
      }
      await page.close();
      // The search's results, drawn by its script, are cards on a phone too.
      if (viewport.name === 'phone' && /^factories-/.test(type.name)) {
        const searched = await openPage(context, `${origin}${type.path}?q=Demo`);
        await searched.page.waitForSelector('.factory-search .card-table tbody tr');
        problems.push(
          ...searched.errors,
          ...(await mislabelledCells(searched.page)).map((cell) => `${type.path}?q=Demo: ${cell}`),
        );
        await searched.page.close();
      }
    }
    await context.close();
    expect(problems).toEqual([]);
    // Every page type in three languages, one after another, on a machine others share.
  }, 600_000);

  it('the search box is on the first screen of the home page and the factory list', async () => {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
    });
    const below: string[] = [];
    for (const prefix of ['', '/km', '/zh']) {
      for (const path of ['/', '/factories/']) {
        const { page } = await openPage(context, `${origin}${prefix}${path}`);
        const search = page.locator('input[type="search"]').first();
        const box = await search.boundingBox();
        if (box === null || box.y + box.height > viewport.height) {
          below.push(
            `${prefix}${path}: search box ends at ${box ? box.y + box.height : 'nowhere'}`,
          );
        }
        if (path === '/') {
          // The headline figures come with the search, on the same first screen.
          const figure = await page.locator('.cards .value').first().boundingBox();
          if (figure === null || figure.y + figure.height > viewport.height) {
            below.push(`${prefix}/: first headline figure below the first screen`);
          }
        }
        await page.close();
      }
    }
    await context.close();
    expect(below).toEqual([]);
  }, 180_000);

  it('the sections fold into a menu on phones only', async () => {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
    });
    const { page } = await openPage(context, `${origin}/km/`);
    const sections = page.locator('.site-menu nav a').first();
    const menu = page.locator('.site-menu > summary');
    if (viewport.width < 640) {
      expect(await sections.isVisible()).toBe(false);
      await menu.click();
      expect(await sections.isVisible()).toBe(true);
    } else {
      expect(await menu.isVisible()).toBe(false);
      expect(await sections.isVisible()).toBe(true);
    }
    await context.close();
  });
});

describe.each([1024, 1280])('the supplier check at %i px', (width) => {
  it('shows the standing column whole beside the factory', async () => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const { page, errors } = await openPage(context, `${origin}/check/`);
    await page.waitForSelector('textarea');
    await page.fill('textarea', ['Lotus Demo Apparel', 'Golden Thread Demo Garment'].join('\n'));
    await page.getByRole('button', { name: 'Check the list' }).click();
    await page.waitForSelector('[data-check-ms]');
    const columns = await page.locator('.check-table thead th').evaluateAll((cells) =>
      cells.map((cell) => {
        const box = cell.getBoundingClientRect();
        const scroller = cell.closest('.table-scroll')?.getBoundingClientRect();
        return { right: box.right, limit: Math.min(scroller?.right ?? Infinity, innerWidth) };
      }),
    );
    expect(columns.length).toBe(5);
    for (const column of columns) expect(column.right).toBeLessThanOrEqual(column.limit + 1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('tables on a desktop', () => {
  it('show every row, none scrolled out of its box on a screen lower than the table, and none is empty', async () => {
    // Low, so that every page's longer tables are taller than the screen.
    const context = await browser.newContext({ viewport: { width: 1280, height: 360 } });
    const hidden: string[] = [];
    for (const type of pages) {
      const { page } = await openPage(context, origin + type.path);
      const cut = await page.$$eval('.table-scroll', (boxes) =>
        boxes
          .filter((box) => box.scrollHeight - box.clientHeight > 1)
          .map(
            (box) =>
              `${box.querySelector('caption')?.textContent?.slice(0, 60) ?? '(table)'}: ${box.scrollHeight - box.clientHeight} px hidden`,
          ),
      );
      hidden.push(...cut.map((line) => `${type.path}: ${line}`));
      // A table without rows says nothing: a page says in words that there is nothing.
      const empty = await page.$$eval('table', (tables) =>
        tables
          .filter((table) => table.querySelector('tbody tr') === null)
          .map((table) => `${table.caption?.textContent?.slice(0, 60) ?? '(table)'}: no rows`),
      );
      hidden.push(...empty.map((line) => `${type.path}: ${line}`));
      await page.close();
    }
    await context.close();
    expect(hidden).toEqual([]);
  }, 600_000);
});

/** English words of six letters or more that a table cell breaks across lines, on the page. */
async function brokenWords(page: Page): Promise<string[]> {
  return page.$$eval('td, th', (cells) =>
    cells.flatMap((cell) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        // Words, not paths or column names ("downloads/requirements.csv", "requirement_id").
        for (const word of (node.textContent ?? '').matchAll(
          /(?<![\w./-])[A-Za-z]{6,}(?![\w./-])/g,
        )) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(word[0]);
        }
      }
      return broken;
    }),
  );
}

describe.each(VIEWPORTS)('Khmer tables at $width × $height', (viewport) => {
  it('break English words between them, never inside', async () => {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
    });
    const problems: string[] = [];
    for (const type of pages.filter((p) => p.path.startsWith('/km/'))) {
      const { page } = await openPage(context, origin + type.path);
      problems.push(...(await brokenWords(page)).map((word) => `${type.path}: ${word}`));
      await page.close();
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 600_000);
});

describe('card tables on a phone', () => {
  it('the strikes by union show every column on the screen, in English and Khmer', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    for (const path of ['/strikes/', '/km/strikes/']) {
      const { page } = await openPage(context, `${origin}${path}`);
      const box = page.locator('.table-scroll').first();
      const sideways = await box.evaluate((b) => b.scrollWidth - b.clientWidth);
      expect(sideways, path).toBeLessThanOrEqual(1);
      await page.close();
    }
    await context.close();
  });

  it('show their header row when the keyboard reaches a sort button in it', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page } = await openPage(context, `${origin}/buyers/`);
    await page.waitForSelector('thead button');
    let focused = '';
    for (let presses = 0; presses < 40 && focused !== 'thead'; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() =>
        document.activeElement?.closest('thead')
          ? 'thead'
          : (document.activeElement?.tagName ?? ''),
      );
    }
    expect(focused).toBe('thead');
    // Seen where it is: the button itself is what the screen shows at its centre.
    const seen = await page.evaluate(() => {
      const button = document.activeElement as HTMLElement;
      const rect = button.getBoundingClientRect();
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      return document.elementFromPoint(x, y)?.closest('button') === button;
    });
    expect(seen).toBe(true);
    await context.close();
  });
});

describe('a cited cycle', () => {
  it('with JavaScript: its findings under the note, its history row marked, the language kept', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page, errors } = await openPage(context, `${origin}/factories/KH-003/?cycle=2020`);
    const notice = page.locator('.cycle-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain('Reporting year 2020');
    // The cited cycle's non-compliant issues are in the note, which comes before the history.
    expect(await notice.locator('.cited-findings a').count()).toBeGreaterThan(0);
    // Each finding under its column's name, as the history's header row gives it.
    const terms = await notice.locator('.cited-findings dt').allInnerTexts();
    const headers = await page.locator('table.history thead th').allInnerTexts();
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) expect(headers).toContain(term);
    expect(await page.locator('#cycle-2020').getAttribute('class')).toContain('cited');
    // On a phone each history card names every cell's column, from names given once on the table.
    const labels = await page.locator('#cycle-2020 td').evaluateAll((cells) =>
      cells
        .filter((cell) => (cell.textContent ?? '').trim() !== '')
        .map((cell) => {
          const table = cell.closest('table');
          const header = table?.tHead?.rows[0]?.cells[(cell as HTMLTableCellElement).cellIndex];
          return [getComputedStyle(cell, '::before').content, header?.textContent?.trim()];
        }),
    );
    expect(labels.length).toBeGreaterThan(1);
    for (const [content, header] of labels) expect(content).toBe(`"${header}: "`);
    // The row's mark, in the table's words.
    const mark = await page
      .locator('#cycle-2020 > th')
      .evaluate((cell) => getComputedStyle(cell, '::before').content);
    expect(mark).toBe('"Cited cycle"');
    const khmer = await page.locator('.languages a[hreflang="km"]').getAttribute('href');
    expect(khmer).toContain('/km/factories/KH-003/?cycle=2020');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript: the anchor marks the cycle in the history', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${origin}/zh/factories/KH-003/#cycle-2020`);
    const marked = await page
      .locator('#cycle-2020')
      .evaluate((row) => [row.matches(':target'), getComputedStyle(row).backgroundColor]);
    expect(marked[0]).toBe(true);
    expect(marked[1]).not.toBe('rgba(0, 0, 0, 0)');
    const mark = await page
      .locator('#cycle-2020 > th')
      .evaluate((cell) => getComputedStyle(cell, '::before').content);
    expect(mark).toBe('"所引用的周期"');
    await context.close();
  });
});

describe('valid HTML', () => {
  it('the W3C Nu checker finds no error on any page type in any language', () => {
    expect(existsSync(VNU), `the Nu checker's jar at ${VNU}: run npm install`).toBe(true);
    const files = pages.map((type) => join(site.dist, type.path, 'index.html'));
    files.push(join(site.dist, '404.html'));
    // The checker runs on the JVM (java 17 or later): `apt-get install -y default-jre-headless`.
    const result = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'gnu', ...files], {
      encoding: 'utf8',
    });
    expect(result.error, 'java is needed to run the Nu checker').toBeUndefined();
    const errors = `${result.stdout}${result.stderr}`
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => line.replace(`file:${site.dist}`, ''));
    expect(errors).toEqual([]);
    expect(result.status).toBe(0);
  }, 240_000);
});
