import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { BrowserContext, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { en } from '../../src/i18n/en';
import { REPORT_COLUMNS } from '../../src/lib/check-report';
import { bulkPlan } from '../../src/lib/supplier-bulk';
import { linesMeeting, riskSummary } from '../../src/lib/supplier-risk';
import type { SearchRecord } from '../../src/lib/search';
import { emptyListValues, readPastedList } from '../../src/lib/supplier-list';
import { createMatcher } from '../../src/lib/supplier-match';
import { axeViolations, openPage, ROOT, startSite, type RunningSite } from './harness';

/**
 * The supplier check on the demo data (600 fictional factories, with look-alike names, former
 * names, names in Khmer and Chinese and OS ids), in Chromium: a pasted list, corrections, the CSV
 * and XLSX reports, a list of 3,000 lines, bad files, and no request carrying the list anywhere.
 */
const DEMO = resolve(import.meta.dirname, '../../data');

let running: RunningSite | undefined;
let origin = '';
let context: BrowserContext;

beforeAll(async () => {
  running = await startSite(DEMO, { acceptDownloads: true });
  ({ origin, context } = running);
}, 240_000);

afterAll(() => running?.stop(), 60_000);

/**
 * 50 lines as a brand might paste them, with what each must give: the factory id, or
 * "ambiguous" with the factories the user must choose between, or "unmatched". Where the demo data
 * holds two factories whose names differ only by "(Cambodia)" or the legal form, the name fits
 * both and must be confirmed, however the line writes it; so must a misspelt name.
 */
const LIST: Array<[line: string, expected: string, candidates?: string[]]> = [
  ['Kingfisher Demo Knitwear Co., Ltd.', 'ambiguous', ['KH-0012', 'KH-0478']], // name
  ['GARNET DEMO APPAREL FACTORY', 'KH-0049'], // name
  ['Phoenix Demo Bags Manufacturing Company Limited', 'KH-0086'], // name
  ['Swallow Demo Garment Co., Ltd.', 'ambiguous', ['KH-0123', 'KH-0509']], // name
  ['KINGFISHER DEMO APPAREL (CAMBODIA)', 'ambiguous', ['KH-0160', 'KH-0392']], // name
  ['Swallow Demo Garment Industrial Company Limited', 'KH-0198'], // name
  ['Bright Needle Demo Bags Manufacturing Co., Ltd.', 'KH-0237'], // name
  ['KAMPOT PEPPER DEMO FOOTWEAR (CAMBODIA)', 'ambiguous', ['KH-0275', 'KH-0335']], // name
  ['Falcon Demo Fashion Manufacturing Company Limited', 'KH-0317'], // name
  ['Orchid Demo Apparel Manufacturing Co., Ltd.', 'KH-0354'], // name
  ['MEKONG DEMO FASHION MANUFACTURING', 'KH-0393'], // name
  ['Mekong Demo Sportswear Company Limited', 'ambiguous', ['KH-0336', 'KH-0430']], // name
  ['Rainbow Demo Textiles Industrial Co., Ltd.', 'KH-0467'], // name
  ['HERON DEMO BAGS INTERNATIONAL LTD.', 'KH-0505'], // name
  ['Summit Demo Garment Manufacturing Company Limited', 'KH-0543'], // name
  ['Morning Dew Demo Garment International Ltd.', 'KH-0003'], // name
  // A name another factory's longer name begins with ("… Knitting Manufacturing"): to confirm.
  ['GARNET DEMO KNITTING', 'ambiguous', ['KH-0040', 'KH-0362']], // name
  ['Bluewater Demo Knitwear Company Limited', 'ambiguous', ['KH-0077', 'KH-0437']], // name
  ['Magnolia Demo Textiles Manufacturing Co., Ltd.', 'KH-0114'], // name
  ['BLUEWATER DEMO TEXTILES MANUFACTURING', 'KH-0151'], // name
  ['Sadnalwood Demo Knitting Factory', 'ambiguous', ['KH-0189']], // misspelt
  ['Willow Demo Denim (Cambodia) Co., Ltd.', 'ambiguous', ['KH-0226', 'KH-0357']], // name
  ['Inidgo Demo Bags (Cambodia) Co., Ltd.', 'ambiguous', ['KH-0266']], // misspelt
  ['Chmapa Demo Bags (Cambodia) Co., Ltd.', 'ambiguous', ['KH-0305']], // misspelt
  ['Chan Chahya Demo Knitwear Co., Ltd.', 'ambiguous', ['KH-0345']], // misspelt
  ['Kignfisher Demo Textiles (Cambodia) Co., Ltd.', 'ambiguous', ['KH-0383']], // misspelt
  ['Brgiht Needle Demo Textiles (Cambodia) Co., Ltd.', 'ambiguous', ['KH-0195', 'KH-0421']], // misspelt
  ['Saffron Demo Garment (Cambodia) Co., Ltd.', 'KH-0458'], // misspelt
  ['Lotus Demo Kntiting Industrial Co., Ltd.', 'ambiguous', ['KH-0496']], // misspelt
  ['Lucky Cloud Demo Sprotswear (Cambodia) Co., Ltd.', 'ambiguous', ['KH-0533']], // misspelt
  ['Bluewater Demo Bags Co., Ltd.', 'KH-0064'], // former name
  // A former name that another factory bears today (give or take the legal form): to confirm.
  ['Swallow Demo Footwear Co., Ltd.', 'ambiguous', ['KH-0162', 'KH-0523']], // former name
  ['Dragonfly Demo Knitting Manufacturing Co., Ltd.', 'KH-0291'], // former name
  ['Silverline Demo Sportswear (Cambodia) Co., Ltd.', 'KH-0393'], // former name
  ['Monsoon Demo Garment Manufacturing Co., Ltd.', 'KH-0487'], // former name
  ['Neak Meas Demo Bags (Cambodia) Co., Ltd.', 'ambiguous', ['KH-0011', 'KH-0191']], // former name
  ['Garnet Demo Fashion (Cambodia)', 'KH-0124'], // former name
  // A former name that other factories' names go on from ("… Fashion Factory"): to confirm.
  ['Orchid Demo Fashion (Cambodia) Co., Ltd.', 'ambiguous', ['KH-0259', 'KH-0514', 'KH-0169']], // former name
  ['រោងចក្រ ហាប័រ ដេនីម (សាកល្បង)', 'KH-0004'], // Khmer
  ['រោងចក្រ ផាម ហ្វូតវែរ (សាកល្បង)', 'KH-0035'], // Khmer
  ['រោងចក្រ ស្វាឡូ បែក (សាកល្បង)', 'KH-0065'], // Khmer
  ['រោងចក្រ ស៊ីលរ៉ូដ ស្ព័រវែរ (ខេមបូឌា) (សាកល្បង)', 'KH-0098'], // Khmer
  ['双河示范鞋业有限公司', 'KH-0015'], // Chinese
  ['明针示范针织服装（柬埔寨）有限公司', 'KH-0070'], // Chinese
  ['KH-2020139-MM9RK0', 'KH-0013'], // OS ID
  ['KH-2019318-MXBZPW', 'KH-0077'], // OS ID
  ['Acme Demo Widgets Ltd', 'unmatched'], // unknown
  ['Blue Lagoon Shirts Co., Ltd.', 'unmatched'], // unknown
  ['Northern Star Apparel', 'unmatched'], // unknown
  ['Quantum Demo Leather Goods', 'unmatched'], // unknown
];

async function openCheck(path = '/check/'): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(context, origin + path);
  await opened.page.waitForSelector('textarea');
  await opened.page.waitForFunction(() => !document.querySelector('.check-status')?.textContent);
  return opened;
}

/** Waits until the report's page of lines is drawn whole: it is drawn a few lines a frame. */
async function drawn(page: Page): Promise<void> {
  await page.waitForSelector('.check-table[aria-busy="false"]');
}

/** `npm run check-suppliers` with these arguments, as a user runs it. */
function checkSuppliers(...args: string[]) {
  return spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'scripts/check-suppliers.ts'), ...args],
    { cwd: ROOT, encoding: 'utf8' },
  );
}

async function rowCount(page: Page): Promise<number> {
  await drawn(page);
  return page.locator('.check-table tbody tr').count();
}

async function checkPasted(page: Page, lines: readonly string[]): Promise<void> {
  await page.fill('textarea', lines.join('\n'));
  await page.getByRole('button', { name: 'Check the list' }).click();
  await page.waitForSelector('[data-check-ms]');
  await drawn(page);
}

interface ShownRow {
  line: string;
  result: string;
  factory: string | null;
  options: string[];
  why: string;
}

async function shownRows(page: Page): Promise<ShownRow[]> {
  await drawn(page);
  return page.$$eval('.check-table tbody tr', (rows) =>
    rows.map((row) => ({
      line: row.querySelector('td')?.textContent ?? '',
      result: row.className.replace('check-', ''),
      factory: row.querySelector('a[href*="/factories/"]')?.getAttribute('href') ?? null,
      options: [...row.querySelectorAll('option')].map((o) => o.value).filter(Boolean),
      why: row.querySelector('.check-why')?.textContent ?? '',
    })),
  );
}

/** The `# key,value` lines on top of a CSV report. */
function reportAboutOf(csv: string): Record<string, string> {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  return Object.fromEntries(
    rows.filter((row) => row[0]?.startsWith('# ')).map((row) => [row[0]?.slice(2), row[1] ?? '']),
  );
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync(await file.path());
}

describe('a pasted list of 50 lines', () => {
  let page: Page;
  let errors: string[];
  /** Every request the page makes after it has loaded. */
  const requests: string[] = [];

  beforeAll(async () => {
    ({ page, errors } = await openCheck());
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
    await checkPasted(
      page,
      LIST.map(([line]) => line),
    );
  }, 60_000);

  it('gives each line its factory, its candidates, or "not found", in the list’s order', async () => {
    const rows = await shownRows(page);
    expect(rows).toHaveLength(LIST.length);
    LIST.forEach(([line, expected, candidates], index) => {
      const row = rows[index];
      const context = `line ${index + 1}: ${line}`;
      expect(row?.line, context).toBe(String(index + 1));
      if (expected === 'unmatched') {
        expect(row?.result, context).toBe('unmatched');
        expect(row?.factory, context).toBeNull();
      } else if (expected === 'ambiguous') {
        expect(row?.result, context).toBe('ambiguous');
        expect(row?.options, context).toEqual(expect.arrayContaining(candidates ?? []));
        // The most likely factory is offered first.
        expect(candidates, context).toContain(row?.options[0]);
      } else {
        expect(row?.result, context).toBe('matched');
        expect(row?.factory, context).toBe(`/factories/${expected}/`);
      }
    });
    const counts = (kind: string) => LIST.filter(([, expected]) => expected === kind).length;
    await expect
      .poll(() => page.locator('[data-check-ms] strong').innerText())
      .toBe(
        `${LIST.length - counts('ambiguous') - counts('unmatched')} matched, ${counts('ambiguous')} to confirm, ${counts('unmatched')} not found.`,
      );
    expect(errors).toEqual([]);
  });

  it('says why each line has its result, and shows each candidate with its names and standing', async () => {
    const rows = await shownRows(page);
    const why = (line: string) => rows[LIST.findIndex(([l]) => l === line)]?.why;
    expect(why('GARNET DEMO APPAREL FACTORY')).toBe('Why: current name');
    expect(why('Bluewater Demo Bags Co., Ltd.')).toBe(
      'Why: former or other name “Bluewater Demo Bags Co., Ltd.”',
    );
    expect(why('រោងចក្រ ហាប័រ ដេនីម (សាកល្បង)')).toBe('Why: name in Khmer');
    expect(why('KH-2020139-MM9RK0')).toBe('Why: OS ID');
    expect(why('Kingfisher Demo Knitwear Co., Ltd.')).toBe('Why: several factories have this name');
    expect(why('Sadnalwood Demo Knitting Factory')).toMatch(
      /^Why: similar names only \(best 0\.\d\d\)$/,
    );
    const sameName = page.locator('.check-table tbody tr').nth(0);
    expect(await sameName.innerText()).toContain(
      '2 published factories have this name: choose the one meant.',
    );
    const candidates = sameName.locator('.check-candidates > li');
    expect(await candidates.count()).toBe(2);
    const first = await candidates.first().innerText();
    expect(first).toContain('Kingfisher Demo Knitwear Co., Ltd.');
    expect(first).toContain('same name · current name');
    expect(first).toMatch(/Where[\s\S]*Street/);
    expect(first).toContain('Critical issues, latest published cycle');
    const misspelt = page.locator('.check-table tbody tr').nth(20);
    expect(await misspelt.locator('.check-candidates > li').first().innerText()).toMatch(
      /similar name \(0\.\d\d\) · current name/,
    );
  });

  it('downloads a CSV report with every line, spreadsheet-safe, that parses as expected', async () => {
    const bytes = await download(page, 'Download the report (CSV)');
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...REPORT_COLUMNS]);
    expect(reportAboutOf(text)).toMatchObject({
      dataset: expect.stringMatching(/\S/),
      publisher: expect.stringMatching(/\S/),
      data_as_of: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      latest_cycle: expect.stringMatching(/\S/),
      site: origin,
      checked_on: new Date().toISOString().slice(0, 10),
      list: 'pasted list',
      lines: String(LIST.length),
    });
    expect(parsed.data).toHaveLength(LIST.length);
    LIST.forEach(([line, expected], index) => {
      const row = parsed.data[index];
      expect(row?.['line']).toBe(String(index + 1));
      expect(row?.['list_name']).toBe(line);
      expect(row?.['result']).toBe(expected.startsWith('KH-') ? 'matched' : expected);
      expect(row?.['factory_id']).toBe(expected.startsWith('KH-') ? expected : '');
      if (expected.startsWith('KH-')) {
        expect(row?.['factory_url']).toBe(`${origin}/factories/${expected}/`);
      }
    });
  });

  it('downloads an XLSX report with the same rows', async () => {
    const bytes = await download(page, 'Download the report (XLSX)');
    const [sheet] = await readXlsxFile(bytes);
    const data = sheet?.data ?? [];
    const headerAt = data.findIndex((row) => row[0] === en['check.report.col.line']);
    expect(headerAt).toBeGreaterThan(0);
    expect(data[headerAt]).toEqual(REPORT_COLUMNS.map((c) => en[`check.report.col.${c}`]));
    expect(String(data[0]?.[0])).toMatch(/Publisher: /);
    expect(
      data.slice(headerAt + 1).map((row) => row[REPORT_COLUMNS.indexOf('factory_id')] ?? null),
    ).toEqual(LIST.map(([, expected]) => (expected.startsWith('KH-') ? expected : null)));
    const sheetXml = strFromU8(unzipSync(new Uint8Array(bytes))['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).toContain(
      `<autoFilter ref="A${headerAt + 1}:X${headerAt + 1 + LIST.length}"/>`,
    );
    expect(sheetXml).toContain(`ySplit="${headerAt + 1}"`);
  });

  it('lets the user pick the factory of a line to confirm, and counts it as matched', async () => {
    const index = LIST.findIndex(([, expected]) => expected === 'ambiguous');
    const [, , candidates] = LIST[index] ?? [];
    const choice = candidates?.[1] ?? '';
    await page
      .getByRole('combobox', { name: `Factory for line ${index + 1}`, exact: true })
      .selectOption(choice);
    const row = page.locator('.check-table tbody tr').nth(index);
    await expect.poll(() => row.getAttribute('class')).toBe('check-matched');
    expect(await row.locator(`a[href="/factories/${choice}/"]`).count()).toBe(1);
    expect(await row.innerText()).toContain('chosen by you');
    const csv = (await download(page, 'Download the report (CSV)')).toString('utf8').slice(1);
    const parsed = Papa.parse<Record<string, string>>(csv, {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    });
    expect(parsed.data[index]).toMatchObject({
      line: String(index + 1),
      result: 'matched',
      match_basis: 'chosen',
      factory_id: choice,
    });
  });

  it('filters the report to the lines still to confirm, and keeps a line answered there', async () => {
    const toConfirm = LIST.filter(([, e]) => e === 'ambiguous').length - 1;
    await page.getByRole('radio', { name: /To confirm/ }).check();
    const rows = await shownRows(page);
    expect(rows.every((row) => row.result === 'ambiguous')).toBe(true);
    expect(rows).toHaveLength(toConfirm);
    // A keyboard user changes a select with the arrow keys: the line must not vanish under them.
    const first = page.locator('.check-table tbody tr').first();
    await first.locator('select').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => first.getAttribute('class')).toBe('check-matched');
    expect(await rowCount(page)).toBe(toConfirm);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await page.getByRole('radio', { name: /To confirm/ }).check();
    await page.getByRole('radio', { name: /All lines/ }).check();
    expect(await rowCount(page)).toBe(LIST.length);
  });

  it('prints every line, whatever the filter on screen', async () => {
    await page.getByRole('radio', { name: /Not found/ }).check();
    const onScreen = await rowCount(page);
    expect(onScreen).toBe(LIST.filter(([, e]) => e === 'unmatched').length);
    await page.evaluate(() => {
      const w = window as unknown as { printedRows: number };
      window.print = () => {
        w.printedRows = document.querySelectorAll('.check-table tbody tr').length;
      };
    });
    await page.getByRole('button', { name: 'Print the report' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printedRows?: number }).printedRows))
      .toBe(LIST.length);
    await expect.poll(() => page.locator('.check-table tbody tr').count()).toBe(onScreen);
    await page.getByRole('radio', { name: /All lines/ }).check();
  });

  // Axe reads the whole report: on a loaded machine that takes longer than the default.
  it('has no axe violations with the report shown', async () => {
    expect(await axeViolations(page)).toEqual([]);
  }, 180_000);

  it('sent the list nowhere: the only requests after loading were for the site’s own files', () => {
    const foreign = requests.filter(
      (request) =>
        !request.startsWith(`GET ${origin}/_astro/`) &&
        request !== `GET ${origin}/search-index.json`,
    );
    expect(foreign).toEqual([]);
  });
});

describe('acting on the report: risk summary, order by standing, bulk settling', () => {
  let page: Page;
  let errors: string[];
  let records: SearchRecord[];
  let text = '';
  let lines: string[][] = [];

  beforeAll(async () => {
    records = (await (await fetch(`${origin}/search-index.json`)).json()) as SearchRecord[];
    const pick = (test: (r: SearchRecord) => boolean, count: number) =>
      records.filter(test).slice(0, count);
    const byId = (r: SearchRecord) => [r.n, r.id, r.pr ?? ''];
    // Suppliers named with their factory id (decided by id where the name agrees), then
    // misspelt names with their own province (to accept) and with another (to leave).
    const known = [
      ...pick((r) => r.lc, 3),
      ...pick((r) => r.st === 'closed' && !r.lc, 2),
      ...pick((r) => (r.skn ?? 0) > 0 && !r.lc, 2),
      ...pick((r) => r.nc.length > 0 && !r.lc && (r.skn ?? 0) === 0, 2),
      ...pick((r) => r.nc.length === 0 && !r.lc && r.st === 'open', 3),
    ];
    const misspelt = (r: SearchRecord) => r.n.replace(/(\w)(\w)(\w{4,})/, '$2$1$3');
    const provinces = [...new Set(records.flatMap((r) => (r.pr ? [r.pr] : [])))];
    const elsewhere = (r: SearchRecord) => provinces.find((p) => p !== r.pr) ?? '';
    const spelt = records.filter((r) => r.pr !== undefined).slice(100, 130);
    lines = [
      ['Factory Name', 'Factory ID', 'Province'],
      ...known.map(byId),
      ...spelt.slice(0, 15).map((r) => [misspelt(r), '', r.pr ?? '']),
      ...spelt.slice(15).map((r) => [misspelt(r), '', elsewhere(r)]),
      ['Unknown Demo Supplier Widgets', '', ''],
    ];
    text = Papa.unparse(lines, { delimiter: '\t', newline: '\n' });
    ({ page, errors } = await openCheck());
    await page.fill('textarea', text);
    await page.getByRole('button', { name: 'Check the list' }).click();
    await page.waitForSelector('[data-check-ms]');
    await drawn(page);
  }, 120_000);

  afterAll(() => page?.close());

  /** What the page should show, from the same list read and matched here. */
  const expected = () => {
    const read = readPastedList(text);
    if (!read.ok) throw new Error('the list did not read');
    const matcher = createMatcher(records, { country: 'KH' });
    const matches = read.list.rows.map((row) => matcher.match(row));
    return { rows: read.list.rows, matches };
  };
  const shownLines = async () => {
    await drawn(page);
    return page.$$eval('.check-table tbody tr', (rows) =>
      rows.map((r) => r.getAttribute('data-line')),
    );
  };

  it('counts the suppliers on the low-compliance list, with critical issues, closed and with strikes', async () => {
    const { matches } = expected();
    const summary = riskSummary(matches);
    expect(summary.lowCompliance).toBeGreaterThanOrEqual(3);
    expect(summary.closed).toBeGreaterThanOrEqual(2);
    expect(summary.strikesNotLegal).toBeGreaterThanOrEqual(2);
    const risk = page.locator('.check-risk');
    expect(await risk.getByRole('heading').innerText()).toBe('Risk summary');
    const toggle = (key: string) => risk.locator(`[data-risk="${key}"]`);
    expect(await toggle('lowCompliance').innerText()).toMatch(
      new RegExp(`^${summary.lowCompliance} on the low-compliance list as of `),
    );
    expect(await toggle('critical').innerText()).toMatch(new RegExp(`^${summary.critical} `));
    expect(await toggle('closed').innerText()).toBe(`${summary.closed} closed`);
    expect(await toggle('strikesNotLegal').innerText()).toMatch(
      new RegExp(`^${summary.strikesNotLegal} with strikes that did not meet legal`),
    );
    // Critical issues most frequent first.
    const perIssue = await risk
      .locator('[data-risk^="critical:"]')
      .evaluateAll((buttons) =>
        buttons.map((b) => Number(/: (\d+)$/.exec(b.textContent ?? '')?.[1])),
      );
    expect(perIssue).toEqual(summary.byRequirement.map((r) => r.count));
    expect(await page.locator('.check-risk').innerText()).not.toMatch(/non-compliant supplier/i);
  });

  it.each([
    ['lowCompliance', { kind: 'lowCompliance' }],
    ['closed', { kind: 'closed' }],
    ['strikesNotLegal', { kind: 'strikesNotLegal' }],
    ['critical', { kind: 'critical' }],
  ] as const)('filters to the lines behind the %s count, and back', async (key, filter) => {
    const { rows, matches } = expected();
    const toggle = page.locator(`.check-risk [data-risk="${key}"]`);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await shownLines()).toEqual(
      linesMeeting(matches, filter).map((i) => String(rows[i]?.line)),
    );
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await rowCount(page)).toBe(rows.length);
  });

  it('sorts by standing, listed suppliers first, and back to the list’s order', async () => {
    const { rows, matches } = expected();
    await page.getByRole('radio', { name: /By standing/ }).check();
    const listed = linesMeeting(matches, { kind: 'lowCompliance' }).map((i) =>
      String(rows[i]?.line),
    );
    const shown = await shownLines();
    expect(shown.slice(0, listed.length).sort()).toEqual([...listed].sort());
    expect(shown.at(-1)).toBe(String(rows.at(-1)?.line));
    await page.getByRole('radio', { name: 'As in your list' }).check();
    expect(await shownLines()).toEqual(rows.map((r) => String(r.line)));
  });

  it('accepts the top candidates whose province agrees, marks the rest not found, and undoes', async () => {
    const { rows, matches } = expected();
    const plan = bulkPlan(matches, new Map());
    expect(plan.accept.length).toBeGreaterThan(0);
    expect(plan.rest.length).toBeGreaterThan(0);
    const accept = page.getByRole('button', {
      name: `Accept ${plan.accept.length} candidates whose province or address agrees`,
    });
    const rest = page.getByRole('button', {
      name: `Mark the other ${plan.rest.length} lines to confirm as not found`,
    });
    await accept.click();
    for (const { index, record } of plan.accept) {
      const row = page.locator(`.check-table tbody tr[data-line="${rows[index]?.line}"]`);
      expect(await row.getAttribute('class')).toBe('check-matched');
      expect(await row.locator(`a[href="/factories/${record.id}/"]`).count()).toBe(1);
    }
    // Never a candidate whose place differs.
    for (const index of plan.rest) {
      const row = page.locator(`.check-table tbody tr[data-line="${rows[index]?.line}"]`);
      expect(await row.getAttribute('class')).toBe('check-ambiguous');
    }
    await rest.click();
    expect(await page.locator('.check-table tbody tr.check-ambiguous').count()).toBe(0);
    expect(await page.locator('.check-bulk').innerText()).toContain('No line is left to confirm.');
    const csv = (await download(page, 'Download the report (CSV)')).toString('utf8');
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    });
    expect(parsed.data.filter((r) => r['result'] === 'ambiguous')).toEqual([]);
    expect(reportAboutOf(csv)['to_confirm']).toBe('0');
    await page.getByRole('button', { name: 'Undo the last change' }).click();
    expect(await page.locator('.check-table tbody tr.check-ambiguous').count()).toBe(
      plan.rest.length,
    );
    await page.getByRole('button', { name: 'Undo the last change' }).click();
    expect(await page.locator('.check-table tbody tr.check-ambiguous').count()).toBe(
      plan.accept.length + plan.rest.length,
    );
    expect(await page.getByRole('button', { name: 'Undo the last change' }).count()).toBe(0);
  });

  it('prints the report’s context and a line per supplier', async () => {
    await page.emulateMedia({ media: 'print' });
    const about = await page.locator('.check-print-about').innerText();
    expect(about).toContain('Publisher: ');
    expect(about).toContain('Data as of: ');
    expect(about).toContain(`Site: ${origin}`);
    expect(about).toContain('Checked on: ');
    expect(about).toContain('List: pasted list');
    expect(about).toMatch(/on the low-compliance list as of/);
    await page.emulateMedia({ media: 'screen' });
  });

  it.each([
    [1280, 800],
    [360, 740],
  ])(
    'has no axe violations at %i px with a filter on',
    async (width, height) => {
      await page.setViewportSize({ width, height });
      await page.locator('.check-risk [data-risk="lowCompliance"]').click();
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('.check-risk [data-risk="lowCompliance"]').click();
      expect(errors).toEqual([]);
    },
    180_000,
  );
});

describe('a new list', () => {
  it('clears the old results while it is checked, and offers the ODSAS template', async () => {
    const { page, errors } = await openCheck();
    await checkPasted(page, ['Acme Demo Widgets Ltd']);
    const template = await download(page, 'Download a template (ODSAS layout, CSV)');
    expect(
      template
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split('\n')[0],
    ).toMatch(
      /^Factory Name,Factory Type,Product Type,Brands produced,Parent company,Address,Country,Total Workers,/,
    );
    // The old report goes as soon as the next list is chosen.
    await page.evaluate(() => {
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      new MutationObserver(() => {
        const status = document.querySelector('.check-status')?.textContent ?? '';
        const report = document.querySelector('.check-report') !== null;
        if (status !== '' && !report) w.seen.push(status);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.setInputFiles('input[type=file]', {
      name: 'template.csv',
      mimeType: 'text/csv',
      buffer: template,
    });
    await page.waitForSelector('[data-check-ms]');
    expect(
      await page.evaluate(() => (window as unknown as { seen: string[] }).seen.length),
    ).toBeGreaterThan(0);
    expect(await page.locator('.check-reading').innerText()).toContain('template.csv');
    expect(await page.locator('.check-reading').innerText()).toMatch(/ODSAS/);
    expect(await rowCount(page)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a list with a title above it and notes below it', () => {
  it('checks only the suppliers, and says which lines were the title and the notes', async () => {
    const { page, errors } = await openCheck();
    const csv = [
      'Acme Demo Brand supplier list',
      'Factory Name,Country',
      'VIETNAM,',
      'Acme Demo Widgets Ltd,',
      'Acme Demo Gadgets Ltd,Cambodia',
      'Total,2',
      '"Source: Acme Demo Brand, March 2024",',
    ].join('\n');
    await page.setInputFiles('input[type=file]', {
      name: 'suppliers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.waitForSelector('[data-check-ms]');
    expect(await rowCount(page)).toBe(2);
    const reading = await page.locator('.check-reading').innerText();
    expect(reading).toContain(
      'The header is on line 2; the line above it was read as the list’s title, not as a factory.',
    );
    expect(reading).toContain('The 2 lines from line 6 on, below the list, were read as its notes');
    expect(reading).toContain('Line 3 was read as a country heading, not as a factory');
    expect(errors).toEqual([]);
    await page.close();
    // The command line says the same.
    const work = mkdtempSync(join(tmpdir(), 'check-suppliers-'));
    try {
      const listFile = join(work, 'suppliers.csv');
      writeFileSync(listFile, csv);
      const run = checkSuppliers(
        '--list',
        listFile,
        '--data',
        DEMO,
        '--out',
        join(work, 'report.csv'),
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/Checked 2 lines of .*: 0 matched, 0 to confirm, 2 not found/);
      // The data's own warnings are counted, not listed one by one.
      expect(run.stderr).toMatch(
        /^The data folder .* has \d+ warnings; npm run score lists them\.$/m,
      );
      expect(run.stderr).not.toContain(': warning:');
      expect(run.stderr).toContain('the line above it was read as the list’s title');
      expect(run.stderr).toContain(
        'The 2 lines from line 6 on, below the list, were read as its notes',
      );
      expect(run.stderr).toContain('Line 3 was read as a country heading, not as a factory');
      expect(readFileSync(join(work, 'report.csv'), 'utf8')).toContain(
        '4,,Acme Demo Widgets Ltd,,,VIETNAM,unmatched',
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('a list of 3,000 lines', () => {
  it('is checked without freezing the page (time reported)', async () => {
    const { page, errors } = await openCheck();
    const records = (await (await fetch(`${origin}/search-index.json`)).json()) as SearchRecord[];
    const lines = Array.from({ length: 3000 }, (_, i) => {
      const record = records[(i * 7) % records.length] as SearchRecord;
      if (i % 3 === 1) return `Unknown Demo Supplier ${i} Textile Co., Ltd.`;
      // A swapped pair of letters in the first long word.
      return i % 3 === 2 ? record.n.replace(/(\w)(\w)(\w{4,})/, '$2$1$3') : record.n;
    });
    await page.evaluate(() => {
      const w = window as unknown as { longestTask: number };
      w.longestTask = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.longestTask = Math.max(w.longestTask, entry.duration);
      }).observe({ type: 'longtask' });
    });
    // Pasted as a user pastes (Playwright's fill types the text in, which takes Chromium ~17 s for
    // 3,000 lines; a real paste takes a tenth of a second).
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.evaluate((text) => navigator.clipboard.writeText(text), lines.join('\n'));
    await page.focus('textarea');
    await page.keyboard.press('Control+V');
    await page.waitForFunction(() => (document.querySelector('textarea')?.value.length ?? 0) > 0);
    const started = Date.now();
    await page.getByRole('button', { name: 'Check the list' }).click();
    await page.waitForSelector('[data-check-ms]', { timeout: 60_000 });
    await drawn(page);
    const wall = Date.now() - started;
    const inPage = Number(await page.getAttribute('[data-check-ms]', 'data-check-ms'));
    const longestTask = await page.evaluate(
      () => (window as unknown as { longestTask: number }).longestTask,
    );
    console.log(
      `supplier check, 3,000 lines: ${inPage} ms to read and match in the page, ${wall} ms from click to report, longest main-thread task ${Math.round(longestTask)} ms`,
    );
    const summary = await page.locator('[data-check-ms] strong').innerText();
    const [matched, ambiguous, unmatched] = (summary.match(/\d[\d,]*/g) ?? []).map((n) =>
      Number(n.replace(/,/g, '')),
    );
    expect((matched ?? 0) + (ambiguous ?? 0) + (unmatched ?? 0)).toBe(3000);
    expect(unmatched).toBeGreaterThanOrEqual(1000);
    expect(await rowCount(page)).toBe(50);
    expect(await page.locator('.check-table caption').innerText()).toBe('Showing 1 to 50 of 3,000');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('files', () => {
  it('keeps a long file name within a phone’s screen', async () => {
    const phone = await running?.browser.newContext({ viewport: { width: 360, height: 740 } });
    if (phone === undefined) throw new Error('the browser did not start');
    const { page, errors } = await openPage(phone, `${origin}/check/`);
    await page.waitForFunction(() => !document.querySelector('.check-status')?.textContent);
    await page.setInputFiles('input[type=file]', {
      name: 'Supplier_List_Tier1_Tier2_FY2024_Q2_FINAL_v3_checked_by_sourcing.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Factory Name\nA name the registry does not know\n'),
    });
    await page.waitForSelector('[data-check-ms]');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await phone.close();
  });

  it('checks a file chosen before the page’s script has run', async () => {
    const page = await context.newPage();
    // The check's script is held back until the file is chosen, as on a slow phone.
    let chosen = () => {};
    const fileChosen = new Promise<void>((resolve) => (chosen = resolve));
    await page.route(/SupplierCheck[^/]*\.js$/, async (route) => {
      await fileChosen;
      await route.continue();
    });
    await page.goto(`${origin}/check/`, { waitUntil: 'domcontentloaded' });
    await page.setInputFiles('input[type=file]', {
      name: 'early.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Factory Name\nA name the registry does not know\n'),
    });
    chosen();
    await page.waitForSelector('[data-check-ms]', { timeout: 30_000 });
    expect(await page.locator('.check-reading').innerText()).toContain('Checked: early.csv.');
    await page.close();
  });

  it('reads countries written in Khmer in a browser that has no Khmer region names', async () => {
    const records = (await (await fetch(`${origin}/search-index.json`)).json()) as SearchRecord[];
    const matcher = createMatcher(records, { country: 'KH' });
    const [abroad, under, home] = records.filter(
      (r) =>
        r.km !== undefined &&
        matcher.match({ line: 1, values: { ...emptyListValues(), name: r.km }, problems: [] })
          .result === 'matched',
    ) as SearchRecord[];
    if (!abroad || !under || !home) throw new Error('the demo data lacks the factories');
    const csv = [
      'ឈ្មោះរោងចក្រ,ប្រទេស',
      `${abroad.km},វៀតណាម`,
      'កម្ពុជា,',
      `${home.km},`,
      'វៀតណាម,',
      `${under.km},`,
      '',
    ].join('\n');
    const { page, errors } = await openCheck();
    await page.setInputFiles('input[type=file]', {
      name: 'suppliers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.waitForSelector('[data-check-ms]');
    const rows = await shownRows(page);
    expect(rows.map((r) => [r.line, r.result, r.factory])).toEqual([
      ['2', 'unmatched', null],
      ['4', 'matched', `/factories/${home.id}/`],
      ['6', 'unmatched', null],
    ]);
    expect(await page.locator('.check-reading').innerText()).toContain(
      'Lines 3, 5 were read as country headings',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads an XLSX list in the ODSAS layout, by OS ID where the name agrees', async () => {
    const records = (await (await fetch(`${origin}/search-index.json`)).json()) as SearchRecord[];
    const [withOs, otherWithOs] = records.filter((r) => r.os !== undefined) as SearchRecord[];
    // A factory whose name no other factory bears, once normalised: its name decides.
    const matcher = createMatcher(records, { country: 'KH' });
    const other = records.find(
      (r) =>
        r.os === undefined &&
        matcher.match({ line: 1, values: { ...emptyListValues(), name: r.n }, problems: [] })
          .result === 'matched',
    ) as SearchRecord;
    if (!withOs || !otherWithOs || !other) throw new Error('the demo data lacks the factories');
    const xlsx = await writeXlsxFile([
      {
        sheet: 'Suppliers',
        data: [
          ['Factory Name', 'Factory Type', 'Address', 'Country', 'Total Workers', 'OS ID'],
          [withOs.n, 'Cut and sew', 'N/A', 'Cambodia', 1200, withOs.os ?? ''],
          [
            'A name the registry does not know',
            'Cut and sew',
            'N/A',
            'Cambodia',
            1200,
            otherWithOs.os ?? '',
          ],
          [other.n, 'Cut and sew', other.pr ?? '', 'KH', 300, 'N/A'],
          [null, null, null, null, null, null],
          ['Lotus Demo Garment Vietnam', 'Cut and sew', 'Hanoi', 'Vietnam', 50, null],
        ],
      },
      { sheet: 'Notes', data: [['Only the first sheet holds suppliers.']] },
    ]).toBuffer();
    const { page, errors } = await openCheck();
    await page.setInputFiles('input[type=file]', {
      name: 'suppliers.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsx,
    });
    await page.waitForSelector('[data-check-ms]');
    const reading = await page.locator('.check-reading').innerText();
    expect(reading).toContain('Checked: suppliers.xlsx.');
    expect(reading).toContain('Read as the ODSAS template.');
    expect(reading).toContain(
      'Of the 2 sheets in the workbook, “Suppliers” was read: the only one with a column of factory names.',
    );
    const rows = await shownRows(page);
    expect(rows.map((r) => [r.line, r.result, r.factory, r.why])).toEqual([
      ['2', 'matched', `/factories/${withOs.id}/`, 'Why: OS ID'],
      ['3', 'ambiguous', `/factories/${otherWithOs.id}/`, 'Why: id to confirm'],
      [
        '4',
        'matched',
        `/factories/${other.id}/`,
        `Why: current name; in ${other.pr}, as your list says`,
      ],
      ['6', 'unmatched', null, ''],
    ]);
    const text = await page.locator('.check-table').innerText();
    expect(text).toContain(
      `Your list names “A name the registry does not know”, but this OS ID belongs to “${otherWithOs.n}”: confirm it is the same factory.`,
    );
    expect(text).toContain('Country “Vietnam”');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes, with npm run check-suppliers, the report the page downloads for the same file', async () => {
    const lines = LIST.map(([line]) => line);
    const work = mkdtempSync(join(tmpdir(), 'check-suppliers-'));
    try {
      const listFile = join(work, 'suppliers.txt');
      writeFileSync(listFile, `${lines.join('\n')}\n`);
      const { page, errors } = await openCheck();
      await page.setInputFiles('input[type=file]', listFile);
      await page.waitForSelector('[data-check-ms]');
      const fromPage = (await download(page, 'Download the report (CSV)')).toString('utf8');
      await page.close();
      expect(errors).toEqual([]);
      const out = join(work, 'report.csv');
      const run = checkSuppliers(
        '--list',
        listFile,
        '--data',
        DEMO,
        '--out',
        out,
        '--site',
        origin,
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(
        /Checked 50 lines of .* against \d+ published factories: \d+ matched/,
      );
      expect(readFileSync(out, 'utf8')).toBe(fromPage);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('names the XLSX report’s sheet in the report’s language', async () => {
    const work = mkdtempSync(join(tmpdir(), 'check-suppliers-'));
    try {
      const listFile = join(work, 'suppliers.txt');
      writeFileSync(
        listFile,
        `${LIST.slice(0, 3)
          .map(([line]) => line)
          .join('\n')}\n`,
      );
      for (const [lang, name] of [
        ['en', en['check.sheetName']],
        ['zh', '供应商核查'],
        ['km', 'ការពិនិត្យអ្នកផ្គត់ផ្គង់'],
      ] as const) {
        const out = join(work, `report-${lang}.xlsx`);
        const run = checkSuppliers(
          '--list',
          listFile,
          '--data',
          DEMO,
          '--out',
          out,
          '--lang',
          lang,
        );
        expect(run.status, run.stderr).toBe(0);
        const sheets = await readXlsxFile(readFileSync(out));
        expect(sheets.map((sheet) => sheet.sheet)).toEqual([name]);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('prints its usage with --help', () => {
    const run = checkSuppliers('--help');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^usage: npm run check-suppliers -- --list FILE/);
  });

  const BAD: Array<[what: string, name: string, content: Buffer, message: string]> = [
    [
      'a PDF',
      'list.pdf',
      Buffer.from('%PDF-1.7\n'),
      '“list.pdf” is not a list the check can read.',
    ],
    ['an empty file', 'list.csv', Buffer.alloc(0), 'The list is empty.'],
    [
      'an old Excel file',
      'list.xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]),
      'This is an old Excel file (.xls).',
    ],
    [
      'a CSV without a name column',
      'list.csv',
      Buffer.from('address,country,workers\nPhnom Penh,KH,100\n'),
      'No column of factory names was found. The row read as the header: address, country, workers.',
    ],
    [
      'a file over 5 MB',
      'list.csv',
      Buffer.alloc(6 * 1024 * 1024, 'a'),
      'the check reads files up to 5 MB',
    ],
    [
      'an image renamed .csv',
      'list.csv',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      'is not a list the check can read',
    ],
    [
      'a JSON value nested 100,000 levels deep',
      'list.json',
      Buffer.from(`[${'['.repeat(100_000)}${']'.repeat(100_000)}]`),
      'The file nests its values more than 16 levels deep',
    ],
  ];

  it.each(BAD)('refuses %s with a message', async (_, name, buffer, message) => {
    const { page, errors } = await openCheck();
    await page.setInputFiles('input[type=file]', {
      name,
      mimeType: 'application/octet-stream',
      buffer,
    });
    const alert = page.locator('.check-error[role="alert"]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(message);
    expect(await page.locator('.check-table').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a long check', () => {
  it('is stopped by Cancel, and the page checks the next list', async () => {
    const { page, errors } = await openCheck();
    // Thousands of lines, each object with a key of its own: long enough to be stopped.
    const items = Array.from({ length: 9000 }, (_, i) => ({
      name: `Demo Supplier ${i} Textile Co., Ltd.`,
      [`note_${i}`]: 'x',
    }));
    await page.setInputFiles('input[type=file]', {
      name: 'list.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(items)),
    });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => page.locator('.check-status').innerText(), { timeout: 60_000 })
      .toBe('The check was cancelled.');
    expect(await page.locator('.check-table').count()).toBe(0);
    await checkPasted(page, ['Lotus Demo Apparel Co., Ltd.']);
    expect(await rowCount(page)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('on a 360 px phone', () => {
  it('shows each line as a card, without page-wide sideways scroll or axe violations', async () => {
    const phone = await running?.browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
    });
    if (phone === undefined) throw new Error('the browser did not start');
    const { page, errors } = await openPage(phone, `${origin}/check/`);
    await page.waitForFunction(() => !document.querySelector('.check-status')?.textContent);
    await checkPasted(
      page,
      LIST.slice(0, 8).map(([line]) => line),
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    expect(await page.getByRole('row').count()).toBe(9);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await phone.close();
  });
});

describe('in Khmer', () => {
  it('matches a Khmer name and shows the factory in Khmer', async () => {
    const records = (await (await fetch(`${origin}/search-index.json`)).json()) as SearchRecord[];
    const record = records.find((r) => r.km !== undefined) as SearchRecord;
    const { page, errors } = await openCheck('/km/check/');
    await page.fill('textarea', record.km ?? '');
    await page.locator('form.check-form button[type=submit]').click();
    await page.waitForSelector('[data-check-ms]');
    const link = page.locator(`.check-table a[href="/km/factories/${record.id}/"]`);
    expect(await link.innerText()).toBe(record.km);
    expect(await link.getAttribute('lang')).toBe('km');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives a candidate’s name in English as such, not among its former and other names', async () => {
    const records = (await (await fetch(`${origin}/search-index.json`)).json()) as SearchRecord[];
    const record = records.find((r) => r.km !== undefined && r.al === undefined) as SearchRecord;
    // The first word's last letter doubled ("Cedarr Demo Textiles"): a similar name, to confirm.
    const misspelt = record.n.replace(/^(\S+?)(\S)(\s)/u, '$1$2$2$3');
    const { page, errors } = await openCheck('/km/check/');
    await page.fill('textarea', misspelt);
    await page.locator('form.check-form button[type=submit]').click();
    await page.waitForSelector('[data-check-ms]');
    const candidate = page
      .locator('.check-candidates li')
      .filter({ has: page.locator(`a[href="/km/factories/${record.id}/"]`) });
    const facts = await candidate.locator('.check-facts').innerText();
    expect(facts).toContain(`ឈ្មោះជាភាសាអង់គ្លេស៖ ${record.n}`);
    expect(facts).not.toContain('ឈ្មោះផ្សេងទៀត');
    expect(errors).toEqual([]);
    await page.close();
  });
});
