import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { unzipSync, strFromU8 } from 'fflate';
import { en } from '../../src/i18n/en';
import { km as kmMessages } from '../../src/i18n/km';
import { zh as zhMessages } from '../../src/i18n/zh';
import { fillTemplate } from '../../src/i18n/format';
import {
  aroundText,
  describeNote,
  lineText,
  provinceNamer,
  reportContext,
  sheetsText,
  type Translate,
} from '../../src/islands/check-text';
import { REPORT_COLUMNS, reportCsv, reportRows, reportSheet } from '../../src/lib/check-report';
import type { SearchRecord } from '../../src/lib/search';
import { emptyListValues, type ListRow } from '../../src/lib/supplier-list';
import { checkList } from '../../src/lib/supplier-check';
import { choose, createMatcher, type RowMatch } from '../../src/lib/supplier-match';
import { acceptable } from '../../src/lib/supplier-bulk';

const record = (id: string, n: string, rest: Partial<SearchRecord> = {}): SearchRecord => ({
  id,
  n,
  st: 'open',
  lc: false,
  nc: [],
  ...rest,
});
const RECORDS: SearchRecord[] = [
  record('KH-0002', 'Twin Rivers Demo Footwear Co., Ltd.', { pr: 'Kandal', os: 'KH2020001BBBBB1' }),
  record('KH-0003', 'Twin Rivers Demo Footwear (Cambodia)', {
    pr: 'Takeo',
    ad: 'No. 5, Street 9, Takeo',
    al: ['River Demo Shoes'],
  }),
  record('KH-0004', 'Harbor Demo Denim Factory', {
    os: 'KH2019113CX11S8',
    st: 'closed',
    cl: '2023-01-16',
    cy: '2022',
    pr: 'Kampong Speu',
    lcs: ['2021', '2022'],
    nc: ['CI01', 'CI07'],
    sk: 2,
    skn: 1,
  }),
];
const matcher = createMatcher(RECORDS, { country: 'KH' });
const row = (values: Partial<ListRow['values']>, line: number): ListRow => ({
  line,
  values: { ...emptyListValues(), ...values },
  problems: [],
});
const t: Translate = (key, values) => fillTemplate(en[key], values);
const context = reportContext({
  t,
  locale: 'en',
  countryName: 'Cambodia',
  factoryUrl: (id) => `https://example.org/factories/${id}/`,
  requirementLabel: (id) => `label ${id}`,
  closedOn: (r) => `Closed on ${r.cl}`,
  province: (name) => name,
});

describe('the report', () => {
  const rows = [
    row({ name: '=HYPERLINK("http://x")', osId: 'KH2019113CX11S8' }, 2),
    row({ name: 'Harbor Demo Denim Factory', address: 'Kampong Speu' }, 3),
    row({ name: 'Twin Rivers Demo Footwear' }, 4),
    row({ name: 'Acme Demo Widgets' }, 5),
    row({ name: 'Harbor Demo Denim Factory', city: 'Ho Chi Minh City' }, 6),
  ];
  const matches = rows.map((r) => matcher.match(r));
  const cells = reportRows(rows, matches, context);
  const column = (index: number) =>
    Object.fromEntries(REPORT_COLUMNS.map((name, i) => [name, cells[index]?.[i]]));

  it('has one row per list row, in the list’s order, every line included', () => {
    expect(cells.map((c) => [c[0], column(cells.indexOf(c))['result']])).toEqual([
      [2, 'ambiguous'],
      [3, 'matched'],
      [4, 'ambiguous'],
      [5, 'unmatched'],
      [6, 'ambiguous'],
    ]);
    expect(cells.every((c) => c.length === REPORT_COLUMNS.length)).toBe(true);
  });

  it('says why a line matched and carries the factory’s standing', () => {
    expect(column(1)).toMatchObject({
      list_address: 'Kampong Speu',
      match_basis: 'name',
      match_reason: 'current name; in Kampong Speu, as your list says',
      factory_name: 'Harbor Demo Denim Factory',
      factory_url: 'https://example.org/factories/KH-0004/',
      status: 'closed',
      closed_on: '2023-01-16',
      latest_published_cycle: '2022',
      critical_issues_non_compliant_count: 2,
      critical_issues_non_compliant: 'label CI01; label CI07',
      on_latest_low_compliance_list: false,
      low_compliance_cycles: '2021; 2022',
      strikes: 2,
      strikes_not_legal: 1,
      notes: '',
    });
  });

  it('says why a line is to confirm, and describes each candidate', () => {
    expect(column(2)).toMatchObject({
      match_reason: 'several factories have this name',
      notes: '2 published factories have this name: choose the one meant.',
      candidates:
        'KH-0002 Twin Rivers Demo Footwear Co., Ltd. (same name · current name; Kandal; Open; OS ID KH2020001BBBBB1); ' +
        'KH-0003 Twin Rivers Demo Footwear (Cambodia) (same name · current name; Takeo, No. 5, Street 9, Takeo; Open)',
    });
    expect(column(0)).toMatchObject({
      match_reason: 'id to confirm',
      notes:
        'Your list names “=HYPERLINK("http://x")”, but this OS ID belongs to “Harbor Demo Denim Factory”: confirm it is the same factory.',
    });
  });

  it('settles two factories of one name by the house and street of one of them', () => {
    const at = (address: string) =>
      matcher.match(row({ name: 'Twin Rivers Demo Footwear', address }, 9));
    expect(at('no. 5, street 9')).toMatchObject({
      result: 'matched',
      record: { id: 'KH-0003' },
      notes: [{ code: 'sameNameSettled', count: 2, by: 'address' }],
    });
    expect(at('No. 7, Street 9').result).toBe('ambiguous');
    expect(at('Street 9').result).toBe('ambiguous');
  });

  it('names the country a line’s name gives, not its code', () => {
    const m = createMatcher(RECORDS, { country: 'KH' }).match(
      row({ name: 'Harbor Demo Denim Factory (Vietnam)' }, 9),
    );
    const [cells] = reportRows(
      [row({ name: 'Harbor Demo Denim Factory (Vietnam)' }, 9)],
      [m],
      context,
    );
    expect(cells?.[REPORT_COLUMNS.indexOf('notes')]).toMatch(/^Your list says Vietnam; /);
  });

  it('says why the one factory of a line’s name is to confirm for its place', () => {
    expect(column(4)).toMatchObject({
      match_reason: 'same name, its place to confirm',
      notes:
        'Your list places this line at “Ho Chi Minh City”, which names no province of Cambodia and no place in any published factory’s address: confirm that the line means this factory.',
    });
  });

  it('writes a candidate’s province, and a note’s places and factory, in the report’s language', () => {
    const km = reportContext({
      t: (key, values) => fillTemplate(kmMessages[key], values),
      locale: 'km',
      countryName: 'កម្ពុជា',
      factoryUrl: (id) => `https://example.org/km/factories/${id}/`,
      requirementLabel: (id) => id,
      closedOn: () => '',
      province: provinceNamer([{ nameEn: 'Takeo', nameKm: 'តាកែវ', nameZh: '茶胶' }], 'km'),
    });
    const takeo = matches[2]?.candidates.find((c) => c.record.id === 'KH-0003');
    if (takeo === undefined) throw new Error('expected KH-0003 among the candidates');
    expect(km.candidate(takeo)).toContain('; តាកែវ, No. 5, Street 9, Takeo;');
    expect(km.candidate(takeo)).not.toMatch(/; Takeo,/);
    // A note names the places and the factory in the reader's language too.
    const note = km.describe({
      code: 'placeDiffers',
      listPlaces: ['Takeo'],
      factoryPlaces: ['Kandal'],
      factoryName: 'Twin Rivers Demo Footwear Co., Ltd.',
      factoryNameKm: 'រោងចក្រ ធ្វីនរីវើ',
    });
    expect(note).toContain('តាកែវ');
    expect(note).toContain('រោងចក្រ ធ្វីនរីវើ');
    expect(note).not.toMatch(/Takeo|Twin Rivers/);
  });

  it('says who chose a factory', () => {
    const chosen = choose(matches[2] as (typeof matches)[number], RECORDS[1] ?? null);
    const [line] = reportRows([rows[2] as ListRow], [chosen], context);
    expect(line?.[REPORT_COLUMNS.indexOf('match_reason')]).toBe('chosen by you');
    expect(line?.[REPORT_COLUMNS.indexOf('factory_id')]).toBe('KH-0003');
  });

  it('is spreadsheet-safe as CSV: BOM, and no cell a spreadsheet would run', () => {
    const csv = reportCsv(cells);
    expect(csv.startsWith(`\uFEFF${REPORT_COLUMNS.join(',')}\n`)).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv.trimEnd().split('\n')).toHaveLength(1 + rows.length);
  });

  it('is spreadsheet-safe as XLSX: text cells are text, never formulas', async () => {
    const buffer = await writeXlsxFile(reportSheet(cells)).toBuffer();
    const files = unzipSync(new Uint8Array(buffer));
    const xml = Object.entries(files)
      .filter(([name]) => name.endsWith('.xml'))
      .map(([, content]) => strFromU8(content))
      .join('');
    expect(xml).not.toMatch(/<f[ >]/);
    const [sheet] = await readXlsxFile(buffer);
    expect(sheet?.data[0]).toEqual([...REPORT_COLUMNS]);
    expect(sheet?.data[1]?.[REPORT_COLUMNS.indexOf('list_name')]).toBe('=HYPERLINK("http://x")');
    expect(sheet?.data[2]?.[REPORT_COLUMNS.indexOf('strikes')]).toBe(2);
  });
});

describe('checkList: from a list to a match per line, as the page worker and the command run it', () => {
  const readSheets = async (data: Uint8Array) => readXlsxFile(Buffer.from(data));
  const matcher = createMatcher(RECORDS);

  it.each([
    ['a pasted list', { pasted: 'Harbor Demo Denim Factory\nUnknown Demo Supplier' }],
    [
      'a CSV file',
      {
        file: 'list.csv',
        bytes: new TextEncoder().encode(
          'Factory Name,Country\nHarbor Demo Denim Factory,KH\nUnknown Demo Supplier,KH\n',
        ),
      },
    ],
  ] as const)('matches every line of %s in order', async (_, source) => {
    const progress: Array<[number, number]> = [];
    const outcome = await checkList(source, matcher, {
      readSheets,
      every: 1,
      onProgress: (done, total) => progress.push([done, total]),
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    const { list, matches } = outcome.checked;
    expect(matches).toEqual(list.rows.map((row) => matcher.match(row)));
    expect(matches.map((m) => m.result)).toEqual(['matched', 'unmatched']);
    expect(progress).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
  });

  it('says which earlier line a line names the same factory as', async () => {
    const outcome = await checkList(
      {
        pasted:
          'Harbor Demo Denim Factory\nUnknown Demo Supplier\nHARBOR DEMO DENIM FACTORY\nHarbor Demo Denim Factory\n',
      },
      matcher,
      { readSheets },
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome.checked.matches.map((m) => [m.result, m.notes])).toEqual([
      ['matched', []],
      ['unmatched', []],
      ['matched', [{ code: 'sameFactoryAs', line: 1 }]],
      ['matched', [{ code: 'sameFactoryAs', line: 1 }]],
    ]);
  });

  it('reads a “Location” column as the line’s place: a country there is the line’s', async () => {
    const csv =
      'Factory Name,Location\nHarbor Demo Denim Factory,Bangladesh\nHarbor Demo Denim Factory,Kampong Speu\n';
    const outcome = await checkList(
      { file: 'list.csv', bytes: new TextEncoder().encode(csv) },
      createMatcher(RECORDS, { country: 'KH' }),
      { readSheets },
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome.checked.matches.map((m) => [m.result, m.notes])).toEqual([
      ['unmatched', [{ code: 'otherCountry', country: 'Bangladesh' }]],
      ['matched', []],
    ]);
  });

  it('names a line of another sheet by its sheet, in the notes and the report', async () => {
    const bytes = new Uint8Array(
      await writeXlsxFile([
        { sheet: 'Tier 1', data: [['Factory name'], ['Harbor Demo Denim Factory']] },
        { sheet: 'Tier 2', data: [['Factory name'], ['HARBOR DEMO DENIM FACTORY']] },
      ]).toBuffer(),
    );
    const outcome = await checkList({ file: 'list.xlsx', bytes }, matcher, { readSheets });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    const { list, matches } = outcome.checked;
    expect(matches[1]?.notes).toEqual([{ code: 'sameFactoryAs', line: 2, sheet: 'Tier 1' }]);
    const cells = reportRows(list.rows, matches, context);
    const at = (name: string) => REPORT_COLUMNS.indexOf(name as (typeof REPORT_COLUMNS)[number]);
    expect(cells.map((c) => [c[at('line')], c[at('sheet')], c[at('notes')]])).toEqual([
      [2, 'Tier 1', ''],
      [2, 'Tier 2', 'Line 2 (“Tier 1”) of your list names the same factory.'],
    ]);
    expect(outcome.checked.sheets).toEqual({ read: ['Tier 1', 'Tier 2'], count: 2 });
    expect(sheetsText(t, 'en', { read: ['Tier 1', 'Tier 2'], count: 3 })).toBe(
      'Of the 3 sheets in the workbook, “Tier 1”, “Tier 2” were read: each has a column of factory names. A line’s sheet is given under its number.',
    );
  });

  it('compares the supplier’s name of a line without a factory name, and never matches by it alone', async () => {
    const csv = [
      'Supplier name,Factory name,Country',
      'Harbor Demo Denim Factory,,Cambodia',
      'Harbor Demo Denim Factory,Harbor Demo Denim Factory,Cambodia',
      'Northgate Demo Holdings,Harbor Demo Denim Factory,Cambodia',
    ].join('\n');
    const byId = createMatcher(RECORDS, { country: 'KH' }).match({
      line: 9,
      values: {
        ...emptyListValues(),
        supplierName: 'Acme Demo Trading Ltd',
        osId: 'KH2019113CX11S8',
      },
      problems: [],
    });
    // The supplier's name says nothing against the factory's OS ID.
    expect(byId).toMatchObject({ result: 'matched', basis: 'osId', record: { id: 'KH-0004' } });
    const outcome = await checkList(
      { file: 'list.csv', bytes: new TextEncoder().encode(csv) },
      createMatcher(RECORDS, { country: 'KH' }),
      { readSheets },
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    const { list, matches } = outcome.checked;
    expect(matches.map((m) => m.result)).toEqual(['ambiguous', 'matched', 'matched']);
    expect(matches[0]?.candidates.map((c) => c.record.id)).toEqual(['KH-0004']);
    expect(matches[0]?.notes).toEqual([
      { code: 'supplierNameOnly', name: 'Harbor Demo Denim Factory' },
    ]);
    expect(acceptable(matches[0] as RowMatch)).toBeNull();
    const cells = reportRows(list.rows, matches, context);
    const at = (name: string) => REPORT_COLUMNS.indexOf(name as (typeof REPORT_COLUMNS)[number]);
    expect([cells[0]?.[at('list_name')], cells[0]?.[at('match_reason')]]).toEqual([
      'Harbor Demo Denim Factory',
      'the supplier’s name, the factory to confirm',
    ]);
  });

  it('says, per sheet, what it read around the suppliers of each', async () => {
    const bytes = new Uint8Array(
      await writeXlsxFile([
        { sheet: 'Tier 1', data: [['Factory name'], ['Harbor Demo Denim Factory']] },
        {
          sheet: 'Tier 2',
          data: [['Factory name'], ['Acme Demo Printing'], ['Source: Demo Brand, 2024']],
        },
      ]).toBuffer(),
    );
    const outcome = await checkList({ file: 'list.xlsx', bytes }, matcher, { readSheets });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome.checked.list.rows.map((r) => r.values.name)).toEqual([
      'Harbor Demo Denim Factory',
      'Acme Demo Printing',
    ]);
    expect(aroundText(outcome.checked.list, t, 'en')).toEqual([
      `“Tier 2”: ${fillTemplate(en['check.notesSkipped.one'], { line: '3' })}`,
    ]);
  });

  it('says which pasted lines were a document’s page numbers', async () => {
    const outcome = await checkList(
      { pasted: 'Harbor Demo Denim Factory\nPage 2 of 3\nAcme Demo Printing' },
      matcher,
      { readSheets },
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome.checked.list.rows.map((r) => r.line)).toEqual([1, 3]);
    expect(aroundText(outcome.checked.list, t, 'en')).toEqual([
      'Lines read as the page numbers of the document the list came from, not as factories: 2.',
    ]);
  });

  it('names a line with its sheet as each language writes it', () => {
    const tZh: Translate = (key, values) => fillTemplate(zhMessages[key], values);
    const words = { locale: 'zh' as const, countryName: '柬埔寨', province: (p: string) => p };
    expect(lineText(tZh, 'zh', { line: 2, sheet: 'Tier 1' })).toBe('“Tier 1”第 2 行');
    expect(describeNote({ code: 'sameFactoryAs', line: 2, sheet: 'Tier 1' }, tZh, words)).toBe(
      '您清单的“Tier 1”第 2 行指的是同一家工厂。',
    );
    expect(describeNote({ code: 'sameFactoryAs', line: 2 }, tZh, words)).toBe(
      '您清单的第 2 行指的是同一家工厂。',
    );
    expect(lineText(t, 'en', { line: 2, sheet: 'Tier 1' })).toBe('2 (“Tier 1”)');
  });

  it('gives the reading error of a list it cannot read, and matches nothing', async () => {
    const outcome = await checkList({ file: 'list.pdf', bytes: new Uint8Array([1, 2]) }, matcher, {
      readSheets,
    });
    expect(outcome).toEqual({ ok: false, error: { code: 'wrongType', name: 'list.pdf' } });
  });
});
