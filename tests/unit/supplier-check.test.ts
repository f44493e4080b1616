import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { unzipSync, strFromU8 } from 'fflate';
import type { SearchRecord } from '../../src/lib/search';
import {
  classifyFile,
  decodeListText,
  emptyListValues,
  mapHeader,
  MAX_LIST_BYTES,
  MAX_LIST_ROWS,
  readJsonList,
  readPastedList,
  readSheetList,
  readTextList,
  type ListReading,
  type ListRow,
  type SupplierList,
} from '../../src/lib/supplier-list';
import {
  choose,
  createMatcher,
  nameSimilarity,
  wordSimilarity,
  type RowMatch,
} from '../../src/lib/supplier-match';
import { REPORT_COLUMNS, reportCsv, reportRows, reportSheet } from '../../src/lib/check-report';

const list = (reading: ListReading): SupplierList => {
  if (!reading.ok) throw new Error(`expected a list, got ${JSON.stringify(reading.error)}`);
  return reading.list;
};
const names = (l: SupplierList) => l.rows.map((r) => r.values.name);

describe('reading a supplier list', () => {
  it('reads the ODSAS template, with N/A as empty', () => {
    const csv = [
      'Factory Name,Factory Type,Product Type,Brands produced,Parent company,Address,Country,Total Workers,Line Workers (optional)',
      'Lotus Demo Apparel,Cut and sew,Apparel,Demo Brand,N/A,"No. 1, Street 2",Cambodia,1200,n/a',
    ].join('\n');
    const l = list(readTextList(csv));
    expect(l.layout).toBe('odsas');
    expect(l.columns).toMatchObject({
      name: 'Factory Name',
      parentCompany: 'Parent company',
      address: 'Address',
      country: 'Country',
    });
    expect(l.rows[0]).toMatchObject({
      line: 2,
      values: { name: 'Lotus Demo Apparel', parentCompany: '', address: 'No. 1, Street 2' },
    });
  });

  it.each([
    ['lower case, OSH order', 'country,name,address\nKH,Lotus Demo Apparel,Phnom Penh'],
    ['upper case, other order', 'NAME,Address,COUNTRY\nLotus Demo Apparel,Phnom Penh,KH'],
    [
      'with extra columns',
      'sector,name,lat,address,lng,country\nApparel,Lotus Demo Apparel,1,PP,2,KH',
    ],
  ])('reads an Open Supply Hub upload file (%s)', (_, csv) => {
    const l = list(readTextList(csv));
    expect(l.layout).toBe('osh');
    expect(l.rows[0]?.values).toMatchObject({ name: 'Lotus Demo Apparel', country: 'KH' });
  });

  it('reads a Transparency Pledge style list by its production unit column', () => {
    const csv =
      'Production unit,Site address,Parent company,Type of products,Number of workers\nLotus Demo Apparel,Phnom Penh,Lotus Group,Apparel,1001-5000';
    const l = list(readTextList(csv));
    expect(l.layout).toBe('columns');
    expect(l.rows[0]?.values).toMatchObject({
      name: 'Lotus Demo Apparel',
      address: 'Phnom Penh',
      parentCompany: 'Lotus Group',
    });
  });

  it('prefers a factory name column over a supplier column', () => {
    expect(mapHeader(['Supplier', 'Factory Name', 'OS ID', 'os_id'])).toEqual([
      undefined,
      'name',
      'osId',
      undefined,
    ]);
  });

  it('reads semicolon-separated CSV (Excel in many European languages) and tab-separated text', () => {
    expect(names(list(readTextList('Name;Address\nLotus;Phnom Penh\n')))).toEqual(['Lotus']);
    expect(names(list(readPastedList('Factory name\tCountry\nLotus\tKH\nCedar\tKH')))).toEqual([
      'Lotus',
      'Cedar',
    ]);
  });

  it('skips blank rows, counts them, and keeps the physical line of each row', () => {
    const csv = 'name,address\n\nLotus,"line one\nline two"\n,\nCedar,x\n , \n';
    const l = list(readTextList(csv));
    expect(l.rows.map((r) => [r.line, r.values.name])).toEqual([
      [3, 'Lotus'],
      [6, 'Cedar'],
    ]);
    expect(l.blankRows).toBeGreaterThanOrEqual(2);
  });

  it('pads a short row and keeps a row with a broken quote, with its problem', () => {
    const l = list(readTextList('name,address,country\nLotus\nCedar,"never closed,KH\n'));
    expect(l.rows[0]?.values).toMatchObject({ name: 'Lotus', address: '', country: '' });
    expect(l.rows.at(-1)?.problems).toEqual([
      { code: 'malformedRow', detail: 'a quoted cell is never closed' },
    ]);
  });

  it('reports a malformed OS id on its row and keeps the row', () => {
    const l = list(readTextList('name,os_id\nLotus,KH12\nCedar,kh-2019113-cx11s8'));
    expect(l.rows.map((r) => r.problems)).toEqual([[{ code: 'badOsId', value: 'KH12' }], []]);
  });

  it('reads bracketed notes and slashes in headers', () => {
    expect(mapHeader(['Factory Name (English)', 'Country/Region', 'Vendor Name'])).toEqual([
      'name',
      'country',
      undefined,
    ]);
  });

  it('reads cells copied from a spreadsheet as a table, and says when no column holds names', () => {
    expect(readPastedList('Vendor Name\tCountry/Region\nLotus\tCambodia')).toMatchObject({
      ok: true,
      list: { rows: [{ values: { name: 'Lotus', country: 'Cambodia' } }] },
    });
    expect(readPastedList('Lotus Demo Apparel\tCambodia\nCedar\tCambodia')).toMatchObject({
      ok: false,
      error: { code: 'noNameColumn', header: ['Lotus Demo Apparel', 'Cambodia'] },
    });
  });

  it('takes a pasted first line that names the column as its header', () => {
    const l = list(readPastedList('Supplier Name\nLotus Demo Apparel\nCedar Demo Textiles\n'));
    expect(l.rows.map((r) => [r.line, r.values.name])).toEqual([
      [2, 'Lotus Demo Apparel'],
      [3, 'Cedar Demo Textiles'],
    ]);
    expect(l.blankRows).toBe(0);
  });

  it('does not count the end of a file as a blank row', () => {
    expect(list(readTextList('name,country\nLotus,KH\n\n')).blankRows).toBe(0);
  });

  it('reads pasted names one per line, with N/A and blank lines skipped', () => {
    const l = list(readPastedList('Lotus Demo Apparel\r\n\r\n  Cedar Demo Textiles  \nN/A\n'));
    expect(l.layout).toBe('lines');
    expect(l.rows.map((r) => [r.line, r.values.name])).toEqual([
      [1, 'Lotus Demo Apparel'],
      [3, 'Cedar Demo Textiles'],
    ]);
    expect(l.blankRows).toBe(1);
  });

  it('reads a file with one column and no header as names', () => {
    expect(names(list(readTextList('Lotus Demo Apparel\nCedar Demo Textiles\n')))).toEqual([
      'Lotus Demo Apparel',
      'Cedar Demo Textiles',
    ]);
  });

  it.each([
    ['empty text', readPastedList('  \n\n'), { code: 'empty' }],
    ['empty file', readTextList(''), { code: 'empty' }],
    [
      'no name column',
      readTextList('address,country\nPhnom Penh,KH'),
      { code: 'noNameColumn', header: ['address', 'country'] },
    ],
    ['JSON that is not a list', readJsonList('{"name": "Lotus"}'), { code: 'badJson' }],
    ['broken JSON', readJsonList('[{"name": '), { code: 'badJson' }],
  ])('refuses %s with its reason', (_, reading, error) => {
    expect(reading).toMatchObject({ ok: false, error });
  });

  it(`refuses more than ${MAX_LIST_ROWS} rows`, () => {
    const text = Array.from({ length: MAX_LIST_ROWS + 1 }, (_, i) => `Factory ${i}`).join('\n');
    expect(readPastedList(text)).toMatchObject({
      ok: false,
      error: { code: 'tooManyRows', rows: MAX_LIST_ROWS + 1 },
    });
  });

  it('reads a JSON array of objects, as ODSAS allows', () => {
    const l = list(
      readJsonList('[{"Factory Name": "Lotus", "Country": "KH"}, {"Factory Name": "Cedar"}]'),
    );
    expect(l.rows.map((r) => [r.line, r.values.name, r.values.country])).toEqual([
      [1, 'Lotus', 'KH'],
      [2, 'Cedar', ''],
    ]);
  });

  it('reads the first sheet of an XLSX file, with spreadsheet row numbers', async () => {
    const buffer = await writeXlsxFile([
      [null, null],
      ['Factory Name', 'Total Workers'],
      ['Lotus Demo Apparel', 1200],
      [null, null],
      ['ក្រុមហ៊ុន ឡូតាស', 80],
    ]).toBuffer();
    const [sheet] = await readXlsxFile(buffer);
    const l = list(readSheetList(sheet?.data ?? []));
    expect(l.rows.map((r) => [r.line, r.values.name])).toEqual([
      [3, 'Lotus Demo Apparel'],
      [5, 'ក្រុមហ៊ុន ឡូតាស'],
    ]);
  });
});

describe('checking an uploaded file before reading it', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  const text = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['list.csv', text('name\nLotus'), { ok: true, kind: 'text' }],
    ['list.TXT', text('Lotus'), { ok: true, kind: 'text' }],
    ['list.json', text('[]'), { ok: true, kind: 'json' }],
    ['list.xlsx', bytes(0x50, 0x4b, 0x03, 0x04, 1), { ok: true, kind: 'xlsx' }],
    ['list.csv', bytes(), { ok: false, error: { code: 'empty' } }],
    ['list.xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 1), { ok: false, error: { code: 'legacyExcel' } }],
    ['list.docx', bytes(0x50, 0x4b, 0x03, 0x04, 1), { ok: false, error: { code: 'wrongType' } }],
    ['list.ods', bytes(0x50, 0x4b, 0x03, 0x04, 1), { ok: false, error: { code: 'wrongType' } }],
    ['report.pdf', text('%PDF-1.7'), { ok: false, error: { code: 'wrongType' } }],
    ['photo.png', bytes(0x89, 0x50, 0x4e, 0x47), { ok: false, error: { code: 'wrongType' } }],
  ])('%s', (name, content, expected) => {
    expect(classifyFile(name, content)).toMatchObject(expected);
  });

  it('refuses a file over the size limit', () => {
    expect(classifyFile('big.csv', new Uint8Array(MAX_LIST_BYTES + 1))).toMatchObject({
      ok: false,
      error: { code: 'tooBig', limit: MAX_LIST_BYTES },
    });
  });

  it('decodes UTF-8, UTF-16 (Excel "Unicode text") and Windows-1252 (Excel "CSV")', () => {
    expect(decodeListText(new TextEncoder().encode('\uFEFFname\nCafé'))).toEqual({
      text: 'name\nCafé',
      encoding: 'UTF-8',
    });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Café'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeListText(utf16)).toEqual({ text: 'Café', encoding: 'UTF-16' });
    expect(decodeListText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({
      text: 'Café',
      encoding: 'Windows-1252',
    });
    expect(decodeListText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toBeNull();
  });

  it('reads a header with a byte-order mark', () => {
    const decoded = decodeListText(new TextEncoder().encode('\uFEFFName,Country\nLotus,KH'));
    expect(names(list(readTextList(decoded?.text ?? '')))).toEqual(['Lotus']);
  });
});

const record = (id: string, n: string, rest: Partial<SearchRecord> = {}): SearchRecord => ({
  id,
  n,
  st: 'open',
  lc: false,
  nc: [],
  ...rest,
});
const RECORDS: SearchRecord[] = [
  record('KH-0001', 'Bamboo Demo Knitwear (Cambodia) Co., Ltd.', {
    km: 'រោងចក្រ បាំប៊ូ នីតវែរ',
    zh: '翠竹示范针织服装（柬埔寨）有限公司',
    al: ['Silk Road Demo Garment Co., Ltd.'],
    pc: 'Northgate Demo Holdings',
    os: 'KH2019067NZ95AM',
  }),
  record('KH-0002', 'Twin Rivers Demo Footwear Co., Ltd.', { pc: 'River Demo Group' }),
  record('KH-0003', 'Twin Rivers Demo Footwear (Cambodia)', { pc: 'Delta Demo Holdings' }),
  record('KH-0004', 'Harbor Demo Denim Factory', {
    os: 'KH2019113CX11S8',
    st: 'closed',
    cl: '2023-01-16',
    cy: '2022',
    lcs: ['2021', '2022'],
    nc: ['CI01', 'CI07'],
    sk: 2,
    skn: 1,
  }),
  record('KH-0005', 'Harbor Demo Bags (Cambodia) Co., Ltd.'),
  record('KH-0006', 'Starlight Demo Fashion Co., Ltd.'),
  record('KH-0007', 'Starlight Demo Fashions Ltd.'),
];
const matcher = createMatcher(RECORDS, { country: 'KH' });
const row = (values: Partial<ListRow['values']>, line = 2): ListRow => ({
  line,
  values: { ...emptyListValues(), ...values },
  problems: [],
});
const summary = (m: RowMatch) => ({
  result: m.result,
  basis: m.basis,
  id: m.record?.id ?? null,
  candidates: m.candidates.map((c) => c.record.id),
  notes: m.notes.map((n) => n.code),
});

describe('matching a list row', () => {
  it.each([
    [
      'the name with its legal form and country',
      'Bamboo Demo Knitwear (Cambodia) Co., Ltd.',
      'name',
    ],
    ['the name without them, in capitals', 'BAMBOO DEMO KNITWEAR', 'name'],
    ['another legal form', 'Bamboo Demo Knitwear Company Limited', 'name'],
    ['a misspelt country', 'Bamboo Demo Knitwear (Cmabodia) Co Ltd', 'name'],
    ['the Khmer name', 'រោងចក្រ បាំប៊ូ នីតវែរ', 'name'],
    ['the Chinese name without brackets', '翠竹示范针织服装柬埔寨有限公司', 'name'],
    ['a former name', 'silk road demo garment', 'formerName'],
    ['a misspelt name', 'Bamobo Demo Knitwear', 'similarName'],
    ['the name with words in another order', 'Demo Bamboo Knitwear', 'similarName'],
    ['the factory id', 'kh 0001', 'factoryId'],
    ['the OS id with hyphens', 'KH-2019067-NZ95AM', 'osId'],
  ])('finds a factory by %s', (_, name, basis) => {
    expect(summary(matcher.match(row({ name })))).toMatchObject({
      result: 'matched',
      basis,
      id: 'KH-0001',
      notes: [],
    });
  });

  it('lets the OS id decide, and says when the list names another factory', () => {
    const m = matcher.match(row({ name: 'Bamboo Demo Knitwear', osId: 'kh2019113cx11s8' }));
    expect(summary(m)).toEqual({
      result: 'matched',
      basis: 'osId',
      id: 'KH-0004',
      candidates: [],
      notes: ['nameDiffers'],
    });
  });

  it('lets the factory id decide over the name', () => {
    expect(
      summary(matcher.match(row({ name: 'Harbor Demo Denim', factoryId: 'KH-0004' }))),
    ).toMatchObject({ basis: 'factoryId', id: 'KH-0004', notes: [] });
  });

  it('falls back to the name when the OS id or factory id is not published, and says so', () => {
    const m = matcher.match(
      row({ name: 'Harbor Demo Denim Factory', osId: 'KH2020001AAAAAA', factoryId: 'X-1' }),
    );
    expect(summary(m)).toMatchObject({
      result: 'matched',
      basis: 'name',
      id: 'KH-0004',
      notes: ['factoryIdNotFound', 'osIdNotFound'],
    });
  });

  it('offers the candidates when a name fits two factories', () => {
    expect(summary(matcher.match(row({ name: 'Twin Rivers Demo Footwear' })))).toEqual({
      result: 'ambiguous',
      basis: null,
      id: null,
      candidates: ['KH-0002', 'KH-0003'],
      notes: [],
    });
    expect(summary(matcher.match(row({ name: 'Starlight Demo Fashon' })))).toMatchObject({
      result: 'ambiguous',
      candidates: ['KH-0006', 'KH-0007'],
    });
  });

  it('asks for a confirmation when the only candidate is not close enough', () => {
    expect(summary(matcher.match(row({ name: 'Bamobo Demo Knitware' })))).toMatchObject({
      result: 'ambiguous',
      candidates: ['KH-0001'],
    });
  });

  it('never takes a factory whose number differs, however close the rest of the name', () => {
    const numbered = createMatcher([record('KH-0100', 'Lotus Demo Garment 2 Co., Ltd.')]);
    expect(summary(numbered.match(row({ name: 'Lotus Demo Garment 1' })))).toMatchObject({
      result: 'ambiguous',
      candidates: ['KH-0100'],
    });
  });

  it('asks which factory is meant when a former name is another factory’s name today', () => {
    const renamed = createMatcher(
      [
        record('KH-0201', 'Seven Stars Demo Apparel', { al: ['Dragonfly Demo Garment Co., Ltd.'] }),
        record('KH-0202', 'Dragonfly Demo Garment (Cambodia)'),
      ],
      { country: 'KH' },
    );
    for (const name of ['Dragonfly Demo Garment Co., Ltd.', 'Dragonfly Demo Garment Co Ltd']) {
      expect(summary(renamed.match(row({ name })))).toMatchObject({
        result: 'ambiguous',
        candidates: ['KH-0201', 'KH-0202'],
      });
    }
    expect(summary(renamed.match(row({ name: 'Seven Stars Demo Apparel' })))).toMatchObject({
      result: 'matched',
      id: 'KH-0201',
    });
  });

  it.each([
    ['Lotus Demo Garment III', 'ambiguous'],
    ['Lotus Demo Garment 2', 'matched'],
    ['Lotus Demo Garmnet II', 'matched'],
  ])('reads Roman numerals as numbers: %s against "Lotus Demo Garment II"', (name, result) => {
    const sites = createMatcher([record('KH-0300', 'Lotus Demo Garment II Co., Ltd.')]);
    expect(sites.match(row({ name })).result).toBe(result);
  });

  it('takes a factory id typed in the OS ID column as the id it is', () => {
    expect(
      summary(matcher.match(row({ name: 'Harbor Demo Denim', osId: 'kh-0004' }))),
    ).toMatchObject({ result: 'matched', basis: 'factoryId', id: 'KH-0004', notes: [] });
  });

  it('settles a shared name by the parent company', () => {
    const m = matcher.match(
      row({ name: 'Twin Rivers Demo Footwear', parentCompany: 'DELTA DEMO HOLDINGS' }),
    );
    expect(summary(m)).toMatchObject({ result: 'matched', basis: 'name', id: 'KH-0003' });
  });

  it('takes the exact name over a near one', () => {
    expect(summary(matcher.match(row({ name: 'Starlight Demo Fashion' })))).toMatchObject({
      result: 'matched',
      basis: 'name',
      id: 'KH-0006',
    });
  });

  it.each([
    ['an unknown name', { name: 'Acme Demo Widgets Ltd' }, []],
    ['one shared word', { name: 'Demo' }, []],
    [
      'a factory in another country',
      { name: 'Harbor Demo Denim Factory', country: 'Vietnam' },
      ['otherCountry'],
    ],
    ['a row without a name', { address: 'Phnom Penh' }, ['noName']],
  ])('leaves %s unmatched', (_, values, notes) => {
    expect(summary(matcher.match(row(values)))).toEqual({
      result: 'unmatched',
      basis: null,
      id: null,
      candidates: [],
      notes,
    });
  });

  it.each(['Cambodia', 'KH', 'kh', 'កម្ពុជា', '柬埔寨', 'Kampuchea'])(
    'matches a row whose country is %s',
    (country) => {
      expect(matcher.match(row({ name: 'Harbor Demo Denim Factory', country })).result).toBe(
        'matched',
      );
    },
  );

  it('records the user’s pick among the candidates, or that none is right', () => {
    const m = matcher.match(row({ name: 'Twin Rivers Demo Footwear' }));
    const picked = choose(m, RECORDS[2] ?? null);
    expect(summary(picked)).toMatchObject({ result: 'matched', basis: 'chosen', id: 'KH-0003' });
    expect(picked.candidates).toHaveLength(2);
    expect(summary(choose(m, null))).toMatchObject({
      result: 'unmatched',
      basis: 'chosen',
      id: null,
    });
  });
});

describe('name similarity', () => {
  it.each([
    ['bamboo', 'bamboo', 1],
    ['bamobo', 'bamboo', 5 / 6],
    ['denim', 'denmi', 0.8],
  ])('%s ~ %s', (a, b, expected) => {
    expect(wordSimilarity(a, b)).toBeCloseTo(expected, 6);
  });

  it('counts a missing word against the score and ignores word order', () => {
    expect(nameSimilarity(['harbor', 'demo', 'bags'], ['harbor', 'demo', 'denim'])).toBeCloseTo(
      20 / 29,
      6,
    );
    expect(nameSimilarity(['demo', 'harbor'], ['harbor', 'demo'])).toBe(1);
  });
});

describe('the report', () => {
  const rows = [
    row({ name: '=HYPERLINK("http://x")', osId: 'KH2019113CX11S8' }, 2),
    row({ name: 'Twin Rivers Demo Footwear' }, 3),
    row({ name: 'Acme Demo Widgets' }, 4),
  ];
  const matches = rows.map((r) => matcher.match(r));
  const cells = reportRows(rows, matches, {
    factoryUrl: (id) => `https://example.org/factories/${id}/`,
    requirementLabel: (id) => `label ${id}`,
    describe: (item) => item.code,
  });

  it('has one row per list row, in the list’s order, unmatched rows included', () => {
    expect(cells.map((c) => [c[0], c[4], c[7]])).toEqual([
      [2, 'matched', 'KH-0004'],
      [3, 'ambiguous', null],
      [4, 'unmatched', null],
    ]);
    expect(cells.every((c) => c.length === REPORT_COLUMNS.length)).toBe(true);
  });

  it('carries the factory’s standing', () => {
    const byColumn = Object.fromEntries(REPORT_COLUMNS.map((name, i) => [name, cells[0]?.[i]]));
    expect(byColumn).toMatchObject({
      match_basis: 'osId',
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
      notes: 'nameDiffers',
    });
    expect(cells[1]?.[REPORT_COLUMNS.indexOf('candidates')]).toBe(
      'KH-0002 Twin Rivers Demo Footwear Co., Ltd.; KH-0003 Twin Rivers Demo Footwear (Cambodia)',
    );
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
    expect(sheet?.data[1]?.[1]).toBe('=HYPERLINK("http://x")');
    expect(sheet?.data[1]?.[REPORT_COLUMNS.indexOf('strikes')]).toBe(2);
  });
});
