import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { strFromU8, unzipSync } from 'fflate';
import { en } from '../../src/i18n/en';
import { km } from '../../src/i18n/km';
import { fillTemplate } from '../../src/i18n/format';
import { reportBook, reportCsvText, type ExportInput } from '../../src/islands/check-export';
import { reportContext, type Translate } from '../../src/islands/check-text';
import { REPORT_COLUMNS } from '../../src/lib/check-report';
import { ABOUT_KEYS, columnLetters } from '../../src/lib/check-report-file';
import type { SearchRecord } from '../../src/lib/search';
import type { Candidate, PlaceCheck, RowMatch, RowNote } from '../../src/lib/supplier-answer';
import { acceptable, bulkPlan } from '../../src/lib/supplier-bulk';
import { readListBytes } from '../../src/lib/supplier-file';
import { emptyListValues, type SupplierList } from '../../src/lib/supplier-list';
import { linesMeeting, orderLines, riskSummary } from '../../src/lib/supplier-risk';
import { ODSAS_HEADER, supplierTemplateCsv } from '../../src/lib/supplier-template';
import { withAutoFilter } from '../../src/lib/xlsx-filter';

const record = (id: string, rest: Partial<SearchRecord> = {}): SearchRecord => ({
  id,
  n: `Demo Factory ${id}`,
  st: 'open',
  lc: false,
  nc: [],
  ...rest,
});
const matched = (r: SearchRecord): RowMatch => ({
  result: 'matched',
  basis: 'name',
  record: r,
  matchedName: r.n,
  place: null,
  candidates: [],
  notes: [],
});
const place = (state: PlaceCheck['state']): PlaceCheck => ({
  state,
  listPlaces: state === 'unknown' ? [] : ['Kandal'],
  factoryPlaces: ['Kandal'],
});
const candidate = (
  r: SearchRecord,
  state: PlaceCheck['state'],
  rest: Partial<Candidate> = {},
): Candidate => ({
  record: r,
  matchedName: r.n,
  basis: 'name',
  similarity: 0.9,
  place: place(state),
  siteDiffers: false,
  sitesUnlike: false,
  tradeDiffers: false,
  saysMore: false,
  ...rest,
});
const toConfirm = (candidates: Candidate[], notes: RowNote[] = []): RowMatch => ({
  result: 'ambiguous',
  basis: null,
  record: null,
  matchedName: null,
  place: null,
  candidates,
  notes,
});
const notFound: RowMatch = { ...toConfirm([]), result: 'unmatched' };

const LISTED = record('KH-01', {
  lc: true,
  lcs: ['2022', '2023'],
  nc: ['CI02', 'CI05'],
  cy: '2023',
});
const CRITICAL = record('KH-02', { nc: ['CI05'], cy: '2023', sk: 3, skn: 2 });
const CLOSED = record('KH-03', { st: 'closed', cl: '2023-04-01', lcs: ['2021'] });
const CLEAN = record('KH-04', { cy: '2023' });
// Line order: clean, to confirm, listed, not found, closed, critical.
const MATCHES: RowMatch[] = [
  matched(CLEAN),
  toConfirm([candidate(LISTED, 'agrees')]),
  matched(LISTED),
  notFound,
  matched(CLOSED),
  matched(CRITICAL),
];

describe('riskSummary: counts over the matched suppliers only', () => {
  const summary = riskSummary(MATCHES, ['CI01', 'CI02', 'CI05']);
  it.each([
    ['matched', 4],
    ['lowCompliance', 1],
    ['critical', 2],
    ['closed', 1],
    ['strikesNotLegal', 1],
  ] as const)('%s: %i', (key, count) => {
    expect(summary[key]).toBe(count);
  });
  it('lists the critical issues most frequent first, catalogue order among equals', () => {
    expect(summary.byRequirement).toEqual([
      { requirement: 'CI05', count: 2 },
      { requirement: 'CI02', count: 1 },
    ]);
  });
  it('never counts a candidate’s findings for a line still to confirm', () => {
    expect(riskSummary([MATCHES[1] as RowMatch]).lowCompliance).toBe(0);
  });
});

describe('linesMeeting: each count is a filter of the lines behind it', () => {
  it.each([
    [{ kind: 'lowCompliance' } as const, [2]],
    [{ kind: 'critical' } as const, [2, 5]],
    [{ kind: 'critical', requirement: 'CI02' } as const, [2]],
    [{ kind: 'closed' } as const, [4]],
    [{ kind: 'strikesNotLegal' } as const, [5]],
  ])('%o → lines %o', (filter, lines) => {
    expect(linesMeeting(MATCHES, filter)).toEqual(lines);
  });
});

describe('orderLines: by standing, worst first', () => {
  const all = MATCHES.map((_, i) => i);
  it('keeps the list’s order when asked', () => {
    expect(orderLines(all, MATCHES, 'input')).toEqual(all);
  });
  it('puts listed, then most critical issues, then strikes, then past listing, then closed; to confirm and not found last', () => {
    expect(orderLines(all, MATCHES, 'standing')).toEqual([2, 5, 4, 0, 1, 3]);
  });
  it('keeps the list’s order among equals', () => {
    const twins = [matched(CLEAN), matched(record('KH-09')), matched(CLEAN)];
    expect(orderLines([0, 1, 2], twins, 'standing')).toEqual([0, 1, 2]);
  });
});

describe('bulk accept: only a top candidate whose place agrees and nothing conflicts', () => {
  const other = record('KH-07');
  it.each([
    ['place agrees', toConfirm([candidate(LISTED, 'agrees')]), 'KH-01'],
    ['place unknown', toConfirm([candidate(LISTED, 'unknown')]), null],
    ['place differs', toConfirm([candidate(LISTED, 'differs')]), null],
    ['another site number', toConfirm([candidate(LISTED, 'agrees', { siteDiffers: true })]), null],
    [
      'ids disagree',
      toConfirm(
        [candidate(LISTED, 'agrees')],
        [{ code: 'idsDisagree', factoryId: 'KH-01', osId: 'KH2020001BBBBB1' }],
      ),
      null,
    ],
    [
      'the id’s factory has another name',
      toConfirm(
        [candidate(LISTED, 'agrees', { basis: 'factoryId', similarity: 1 })],
        [{ code: 'nameDiffers', basis: 'factoryId', listName: 'X', factoryName: LISTED.n }],
      ),
      null,
    ],
    [
      'a second candidate as alike in the same place',
      toConfirm([candidate(LISTED, 'agrees'), candidate(other, 'agrees')]),
      null,
    ],
    [
      'a second candidate less alike in the same place',
      toConfirm([candidate(LISTED, 'agrees'), candidate(other, 'agrees', { similarity: 0.8 })]),
      null,
    ],
    [
      'a site number the candidate’s name does not give',
      toConfirm([candidate(LISTED, 'agrees', { sitesUnlike: true })]),
      null,
    ],
    [
      'a name that makes something else (“Bags” for “Knitwear”)',
      toConfirm([candidate(LISTED, 'agrees', { tradeDiffers: true })]),
      null,
    ],
    [
      'a name that says more than the candidate’s (“（二厂）”, “(Laundry)”, “Printing”)',
      toConfirm([candidate(LISTED, 'agrees', { saysMore: true })]),
      null,
    ],
    [
      'an OS ID the candidate does not have',
      toConfirm(
        [candidate(LISTED, 'agrees')],
        [
          {
            code: 'osIdDiffers',
            value: 'KH2019063XQ4T7B',
            factoryOsId: 'KH2020111ABCDEF',
            factoryName: LISTED.n,
          },
        ],
      ),
      null,
    ],
    [
      'a second candidate as alike elsewhere',
      toConfirm([candidate(LISTED, 'agrees'), candidate(other, 'differs')]),
      'KH-01',
    ],
    ['a matched line', matched(LISTED), null],
  ])('%s', (_, match, expected) => {
    expect(acceptable(match)?.record.id ?? null).toBe(expected);
  });

  it('plans the rest as not found, and never touches a line the user settled', () => {
    const lines = [
      toConfirm([candidate(LISTED, 'agrees')]),
      toConfirm([candidate(other, 'differs')]),
      toConfirm([candidate(CLEAN, 'agrees')]),
      matched(CLEAN),
      notFound,
    ];
    const plan = bulkPlan(lines, new Map([[2, null]]));
    expect(plan.accept.map((a) => [a.index, a.record.id])).toEqual([[0, 'KH-01']]);
    expect(plan.rest).toEqual([1]);
  });
});

const t: Translate = (key, values) => fillTemplate(en[key], values);
const list: SupplierList = {
  layout: 'columns',
  columns: { name: 'Name' },
  blankRows: 0,
  rows: MATCHES.map((_, i) => ({
    line: i + 2,
    values: { ...emptyListValues(), name: i === 3 ? '=cmd|x' : `Supplier ${i}` },
    problems: [],
  })),
};
const input = (translate: Translate): ExportInput => ({
  list,
  matches: MATCHES,
  context: reportContext({
    province: (name) => name,
    t: translate,
    locale: 'en',
    countryName: 'Cambodia',
    factoryUrl: (id) => `https://example.org/factories/${id}/`,
    requirementLabel: (id) => `label ${id}`,
    closedOn: () => 'closed',
  }),
  source: {
    title: 'Demo, "quoted" dataset',
    publisher: '=Publisher',
    dataAsOf: 'Mar 31, 2024',
    dataDate: '2024-03-31',
    latestCycle: 'Reporting year 2023',
    site: 'https://example.org',
    checkedOn: 'Dec 1, 2026',
    checkDate: '2026-12-01',
    list: 'suppliers, 2026.csv',
  },
  counts: { matched: 4, ambiguous: 1, unmatched: 1 },
  summary: riskSummary(MATCHES, ['CI02', 'CI05']),
  requirementLabel: (id) => `label ${id}`,
  t: translate,
  locale: 'en',
});

describe('the CSV report stands on its own', () => {
  const csv = reportCsvText(input(t));
  it('starts with its context as “#” lines in a fixed order, then the stable machine header', () => {
    const lines = csv.replace(/^\uFEFF/, '').split('\n');
    expect(lines.slice(0, ABOUT_KEYS.length).map((l) => l.split(',')[0])).toEqual(
      ABOUT_KEYS.map((k) => `# ${k}`),
    );
    expect(lines[ABOUT_KEYS.length]).toBe(REPORT_COLUMNS.join(','));
  });
  it('reads back with a CSV reader’s comment option, values quoted and neutralised', () => {
    const context = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true })
      .data.filter((row) => row[0]?.startsWith('# '))
      .map((row) => [row[0]?.slice(2), row[1]]);
    expect(Object.fromEntries(context)).toMatchObject({
      dataset: 'Demo, "quoted" dataset',
      publisher: "'=Publisher",
      data_as_of: '2024-03-31',
      latest_cycle: 'Reporting year 2023',
      site: 'https://example.org',
      checked_on: '2026-12-01',
      list: 'suppliers, 2026.csv',
      on_low_compliance_list: '1',
      critical_issues_by_frequency: 'label CI05: 2; label CI02: 1',
    });
    const table = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    });
    expect(table.errors).toEqual([]);
    expect(table.data.map((r) => r['result'])).toEqual([
      'matched',
      'ambiguous',
      'matched',
      'unmatched',
      'matched',
      'matched',
    ]);
  });
});

describe('the XLSX report: context, a header in the reader’s language, frozen, filtered', () => {
  it.each([
    ['en', en],
    ['km', km],
  ] as const)('%s', async (_, messages) => {
    const translate: Translate = (key, values) => fillTemplate(messages[key], values);
    const book = reportBook(input(translate));
    const written = await writeXlsxFile(book.data, {
      sheet: 'Supplier check',
      columns: book.columns,
      stickyRowsCount: book.stickyRowsCount,
    }).toBuffer();
    const xlsx = withAutoFilter(new Uint8Array(written), book.filterRange, 'Supplier check');
    const [sheet] = await readXlsxFile(Buffer.from(xlsx));
    const rows = sheet?.data ?? [];
    const header = rows[book.stickyRowsCount - 1];
    expect(header).toEqual(REPORT_COLUMNS.map((c) => messages[`check.report.col.${c}`]));
    expect(String(rows[0]?.[0])).toContain('Demo, "quoted" dataset');
    const body = rows.slice(book.stickyRowsCount);
    expect(body.map((r) => r[REPORT_COLUMNS.indexOf('result')])).toEqual([
      messages['check.result.matched'],
      messages['check.result.ambiguous'],
      messages['check.result.matched'],
      messages['check.result.unmatched'],
      messages['check.result.matched'],
      messages['check.result.matched'],
    ]);
    expect(body[2]?.[REPORT_COLUMNS.indexOf('on_latest_low_compliance_list')]).toBe(
      messages['check.report.yes'],
    );
    const files = unzipSync(xlsx);
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
    const last = book.stickyRowsCount + MATCHES.length;
    expect(sheetXml).toContain(`<autoFilter ref="A${book.stickyRowsCount}:X${last}"/>`);
    expect(sheetXml).toContain(`ySplit="${book.stickyRowsCount}"`);
    expect(sheetXml).toMatch(/<col [^>]*width=/);
    const workbook = strFromU8(files['xl/workbook.xml'] as Uint8Array);
    expect(workbook.match(/<definedNames/g)).toHaveLength(1);
    expect(workbook).toContain('_xlnm._FilterDatabase');
  });

  it.each([
    [0, 'A'],
    [22, 'W'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
  });
});

describe('the ODSAS template', () => {
  it('has the ODSAS header in order and reads back through the check without errors', async () => {
    const csv = supplierTemplateCsv();
    expect(csv.replace(/^\uFEFF/, '').split('\n')[0]).toBe(
      Papa.unparse([[...ODSAS_HEADER]], { newline: '\n' }),
    );
    const read = await readListBytes('template.csv', new TextEncoder().encode(csv), async () => []);
    expect(read.reading.ok).toBe(true);
    if (!read.reading.ok) return;
    expect(read.reading.list.layout).toBe('odsas');
    expect(read.reading.list.rows).toHaveLength(1);
    expect(read.reading.list.rows[0]?.problems).toEqual([]);
  });
});
