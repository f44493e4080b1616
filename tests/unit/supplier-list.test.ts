import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { classifyFile, decodeListText, readListBytes } from '../../src/lib/supplier-file';
import { MAX_JSON_DEPTH, readJsonList } from '../../src/lib/supplier-json';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fillMergedRows, mergedRangesOfSheets, mergesFor } from '../../src/lib/xlsx-merges';
import {
  MAX_CELL_LENGTH,
  mapHeader,
  MAX_LIST_BYTES,
  MAX_LIST_ROWS,
  readPastedList,
  readSheetList,
  readTextList,
  type ListReading,
  type SupplierList,
} from '../../src/lib/supplier-list';

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

  it('prefers a factory name column over a supplier column, kept for lines without one', () => {
    expect(mapHeader(['Supplier', 'Factory Name', 'OS ID', 'os_id'])).toEqual([
      'supplierName',
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

  it.each([
    [['Name (Local Language)', 'Factory Name', 'Address']],
    [['Factory Name', 'Factory name (Khmer)', 'Address']],
    [['Factory Name', 'Name (中文)', 'Address']],
  ])('reads a name column in the local language beside the factory name: %j', (header) => {
    const fields = mapHeader(header);
    expect(fields[header.indexOf('Factory Name')]).toBe('name');
    expect(fields.filter((f) => f === 'nativeName')).toHaveLength(1);
    expect(fields[2]).toBe('address');
  });

  it('reads a JSON export wrapped in an object, with camelCase keys', () => {
    const json = JSON.stringify({
      count: 2,
      facilities: [
        { facilityName: 'Lotus Demo Apparel', stateProvince: 'Kandal', osId: 'KH2019067NZ95AM' },
        { facilityName: 'Cedar Demo Textiles', countryCode: 'KH' },
      ],
    });
    const l = list(readJsonList(json));
    expect(
      l.rows.map((r) => [r.values.name, r.values.province, r.values.osId, r.values.country]),
    ).toEqual([
      ['Lotus Demo Apparel', 'Kandal', 'KH2019067NZ95AM', ''],
      ['Cedar Demo Textiles', '', '', 'KH'],
    ]);
    // Two lists in one object: which is the suppliers' cannot be told.
    expect(
      readJsonList(JSON.stringify({ a: [{ name: 'Lotus' }], b: [{ name: 'Cedar' }] })),
    ).toEqual({
      ok: false,
      error: { code: 'badJson' },
    });
  });

  it.each([
    [
      ['Supplier Name', 'Subcontractor Name', 'Subcontractor Address'],
      ['supplierName', 'name', 'address'],
    ],
    [
      ['Factory Name', 'Subcontractor Name'],
      ['name', undefined],
    ],
    [
      ['Supplier', 'Factory Name (Khmer)', 'Country'],
      ['supplierName', 'nativeName', 'country'],
    ],
  ])('reads %j as %j', (header, fields) => {
    expect(mapHeader(header)).toEqual(fields);
  });

  it('reads bracketed notes and slashes in headers', () => {
    expect(mapHeader(['Factory Name (English)', 'Country/Region', 'Vendor Name'])).toEqual([
      'name',
      'country',
      'supplierName',
    ]);
  });

  it('reads names pasted from a document without its numbers and bullets, and its footnote as a note', () => {
    const pasted = [
      'Page 1 of 2',
      '1. Lotus Demo Apparel Co., Ltd.',
      '2) Cedar Demo Textiles',
      '• Kingfisher Demo Knitwear',
      '- Harbor Demo Bags',
      'Page 2 of 2',
      '8 Star Demo Sportswear',
      '¹ Subcontractor approved by Demo Brand',
      '* Tier 1 production sites only',
    ].join('\n');
    const l = list(readPastedList(pasted));
    expect(names(l)).toEqual([
      'Lotus Demo Apparel Co., Ltd.',
      'Cedar Demo Textiles',
      'Kingfisher Demo Knitwear',
      'Harbor Demo Bags',
      '8 Star Demo Sportswear',
    ]);
    expect(l.notes).toEqual({ rows: 2, firstLine: 8 });
    expect(l.pageLines).toEqual([1, 6]);
  });

  it.each([
    ['១. រោងចក្រ ហេរ៉ុន នីតវែរ', 'រោងចក្រ ហេរ៉ុន នីតវែរ'],
    ['一、湄公示范针织服装有限公司', '湄公示范针织服装有限公司'],
    ['2、湄公示范针织服装有限公司', '湄公示范针织服装有限公司'],
    ['（3）湄公示范针织服装有限公司', '湄公示范针织服装有限公司'],
  ])('reads the numbered pasted line %j as %j', (line, name) => {
    expect(names(list(readPastedList(`${line}\nLotus Demo Apparel`)))).toEqual([
      name,
      'Lotus Demo Apparel',
    ]);
  });

  it.each([
    [
      '工廠名稱,國家\n湄公示範針織服裝有限公司,柬埔寨',
      { name: '湄公示範針織服裝有限公司', country: '柬埔寨' },
    ],
  ])('reads headers in traditional Chinese: %j', (csv, values) => {
    expect(list(readTextList(csv)).rows[0]?.values).toMatchObject(values);
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

describe('lists as brands publish them: a title above the header, other words for columns', () => {
  it('reads the header under a title of a few rows, and says so', () => {
    const csv = [
      'Acme Demo Brand – supplier list',
      'Updated: 1 June 2024,Tier 1',
      '',
      'Supplier name,Site address,Parent company',
      'Lotus Demo Apparel,Phnom Penh,Lotus Group',
      'Cedar Demo Textiles,Takeo,',
    ].join('\n');
    const l = list(readTextList(csv));
    expect(l.title).toEqual({ rows: 2, headerLine: 4 });
    expect(l.rows.map((r) => [r.line, r.values.name, r.values.address])).toEqual([
      [5, 'Lotus Demo Apparel', 'Phnom Penh'],
      [6, 'Cedar Demo Textiles', 'Takeo'],
    ]);
  });

  it('reads the header under a title in a sheet, by the sheet’s row numbers', () => {
    const l = list(
      readSheetList([
        ['Acme Demo Brand supplier list', null, null],
        [],
        ['Factory Name', 'Address', 'Country'],
        ['Lotus Demo Apparel', 'Phnom Penh', 'Cambodia'],
      ]),
    );
    expect(l.title).toEqual({ rows: 1, headerLine: 3 });
    expect(l.rows.map((r) => [r.line, r.values.name])).toEqual([[4, 'Lotus Demo Apparel']]);
  });

  it('reads the header under a title row of three cells (“Published:”, a date, “Data as of …”)', () => {
    const l = list(
      readSheetList([
        ['Acme Demo Brand – Tier 1 production sites', null, null, null],
        ['Published:', new Date('2024-03-15T00:00:00Z'), 'Data as of 1 March 2024', null],
        [],
        ['Supplier Name', 'Address', 'Country', 'Product Type'],
        ['Lotus Demo Apparel', 'Phnom Penh', 'Cambodia', 'Knitwear'],
        ['Cedar Demo Textiles', 'Takeo', 'Cambodia', 'Woven'],
      ]),
    );
    expect(l.title).toEqual({ rows: 2, headerLine: 4 });
    expect(names(l)).toEqual(['Lotus Demo Apparel', 'Cedar Demo Textiles']);
  });

  it('takes a row of column names under a title for the header, however few cells the rows fill', () => {
    const csv = [
      'Acme Demo Brand supplier list',
      'Factory Name,Address',
      'Lotus Demo Apparel,',
      'Cedar Demo Textiles,',
      'Pine Demo Garment,Takeo',
      'Orchid Demo Knitting,',
    ].join('\n');
    const l = list(readTextList(csv));
    expect(l.title).toEqual({ rows: 1, headerLine: 2 });
    expect(l.rows.map((r) => [r.values.name, r.values.address])).toEqual([
      ['Lotus Demo Apparel', ''],
      ['Cedar Demo Textiles', ''],
      ['Pine Demo Garment', 'Takeo'],
      ['Orchid Demo Knitting', ''],
    ]);
  });

  it('takes no row with more cells than a title’s for one, and has no title otherwise', () => {
    const l = list(readTextList('Name,Address\nLotus Demo Apparel,Phnom Penh'));
    expect(l.title).toBeUndefined();
    const unknown = readTextList('Acme list\nLabel,Place,Kind\nLotus,Phnom Penh,Apparel');
    expect(unknown).toEqual({
      ok: false,
      error: { code: 'noNameColumn', header: ['Label', 'Place', 'Kind'] },
    });
  });

  it('takes no line of a list of names for a header, even one that names a column', () => {
    const text = [
      'Lotus Demo Apparel',
      'Cedar Demo Textiles',
      'Golden Needle, Manufacturer',
      'Orchid Demo Knitting',
      'Pine Demo Garment',
    ].join('\n');
    for (const reading of [readTextList(text), readPastedList(text)]) {
      const l = list(reading);
      expect(l.title).toBeUndefined();
      expect(names(l)).toEqual([
        'Lotus Demo Apparel',
        'Cedar Demo Textiles',
        'Golden Needle, Manufacturer',
        'Orchid Demo Knitting',
        'Pine Demo Garment',
      ]);
    }
  });

  it('reads the notes below a list as notes, not as suppliers, and says which lines they are', () => {
    const csv = [
      'Factory Name,Address,Country,Total Workers',
      'Lotus Demo Apparel,Phnom Penh,Cambodia,1200',
      'Cedar Demo Textiles,Takeo,Cambodia,800',
      ',,,',
      'Total,,,"2,000"',
      '"Source: Acme Demo Brand, supplier list, March 2024",,,',
      '* Tier 1 production sites only,,,',
      '',
    ].join('\n');
    const l = list(readTextList(csv));
    expect(names(l)).toEqual(['Lotus Demo Apparel', 'Cedar Demo Textiles']);
    expect(l.notes).toEqual({ rows: 3, firstLine: 5 });
    expect(l.blankRows).toBe(1);
    const sheet = list(
      readSheetList([
        ['Supplier name', 'City'],
        ['Lotus Demo Apparel', 'Phnom Penh'],
        ['Last updated 30 June 2024', null],
        ['备注：仅限一级供应商', null],
      ]),
    );
    expect(names(sheet)).toEqual(['Lotus Demo Apparel']);
    expect(sheet.notes).toEqual({ rows: 2, firstLine: 3 });
  });

  it.each([
    ['Total number of sites: 12'],
    ['Number of factories: 45'],
    ['Total factories: 45'],
    ['Page 2 of 3'],
  ])('reads %j below a list as a note', (note) => {
    const l = list(readTextList(`Factory Name\nLotus Demo Apparel\n"${note}"\n`));
    expect(names(l)).toEqual(['Lotus Demo Apparel']);
    expect(l.notes).toEqual({ rows: 1, firstLine: 3 });
  });

  it.each([['Number One Demo Garment'], ['Total Demo Apparel Co., Ltd.']])(
    'keeps %j, a factory, as a supplier',
    (name) => {
      expect(names(list(readTextList(`Factory Name\nLotus Demo Apparel\n"${name}"\n`)))).toEqual([
        'Lotus Demo Apparel',
        name,
      ]);
    },
  );

  it('reads the header under a row of column groups, and footnotes marked ¹ below the list', () => {
    const sheet = list(
      readSheetList([
        ['Demo Brand Active Factory List', null, null, null],
        ['Factory', null, 'Location', null],
        ['Factory Name', 'Address', 'City', 'Country'],
        ['Bluewater Demo Denim Co., Ltd.¹', 'Kandal Stueng', 'Kandal', 'Cambodia'],
        ['Bluewater Demo Denim Co., Ltd.', 'Tan Uyen', 'Binh Duong', 'Vietnam'],
        ['¹ Factory closed after 31 December 2023', null, null, null],
        ['Source: Demo Brand sustainability team', null, null, null],
      ]),
    );
    expect(sheet.rows.map((r) => [r.line, r.values.name, r.values.country])).toEqual([
      [4, 'Bluewater Demo Denim Co., Ltd.¹', 'Cambodia'],
      [5, 'Bluewater Demo Denim Co., Ltd.', 'Vietnam'],
    ]);
    expect(sheet.title).toEqual({ rows: 2, headerLine: 3 });
    expect(sheet.notes).toEqual({ rows: 2, firstLine: 6 });
  });

  it('reads a row that is only a country’s name as the heading of the rows under it', () => {
    const csv = [
      'Factory Name,Address,Product',
      'CAMBODIA,,',
      'Lotus Demo Apparel,Phnom Penh,Knitwear',
      'Country: Viet Nam,,',
      'Harbor Demo Garment,Long An,Denim',
      'Cedar Demo Textiles,Binh Duong,Woven',
      '中国,,',
      'Kingfisher Demo Knitwear,Dongguan,Knitwear',
    ].join('\n');
    const l = list(readTextList(csv));
    expect(l.rows.map((r) => [r.line, r.values.name, r.values.country])).toEqual([
      [3, 'Lotus Demo Apparel', 'CAMBODIA'],
      [5, 'Harbor Demo Garment', 'Viet Nam'],
      [6, 'Cedar Demo Textiles', 'Viet Nam'],
      [8, 'Kingfisher Demo Knitwear', '中国'],
    ]);
    expect(l.headings).toEqual([2, 4, 7]);
    // A country column keeps its own value; a factory's name with a country is no heading.
    const own = list(
      readTextList('Name,Country\nVIETNAM,\nLotus Demo Apparel,Cambodia\nCambodia Demo Garment,'),
    );
    expect(own.rows.map((r) => [r.values.name, r.values.country])).toEqual([
      ['Lotus Demo Apparel', 'Cambodia'],
      ['Cambodia Demo Garment', 'VIETNAM'],
    ]);
  });

  it('reads a country heading that counts its factories', () => {
    const csv = [
      'Factory Name,Address,Workers',
      'Vietnam,2 factories,',
      'Harbor Demo Garment,Long An,1200',
      'Bangladesh (1),,',
      'Cedar Demo Textiles,Gazipur,800',
      '越南（2家）,,',
      'Kingfisher Demo Knitwear,Dong Nai,500',
      'Lotus Demo Apparel,,1200',
    ].join('\n');
    const l = list(readTextList(csv));
    expect(l.rows.map((r) => [r.line, r.values.name, r.values.country])).toEqual([
      [3, 'Harbor Demo Garment', 'Vietnam'],
      [5, 'Cedar Demo Textiles', 'Bangladesh'],
      [7, 'Kingfisher Demo Knitwear', '越南'],
      [8, 'Lotus Demo Apparel', '越南'],
    ]);
    expect(l.headings).toEqual([2, 4, 6]);
    // A country column's value beside a bare number is a row, not a heading.
    const rows = list(
      readTextList('Country,Factory Name,Workers\nVietnam,,250\n,Lotus Demo Apparel,120\n'),
    );
    expect(rows.rows.map((r) => [r.line, r.values.name, r.values.country])).toEqual([
      [2, '', 'Vietnam'],
      [3, 'Lotus Demo Apparel', ''],
    ]);
    expect(rows.headings).toBeUndefined();
  });

  it('keeps every factory whose row only looks like a note, and a note above a factory', () => {
    const text = [
      'Factory name,Province',
      'Note: moved in May,',
      'Lotus Demo Apparel,Phnom Penh',
      'Total Demo Garment,Takeo',
      'Total Fashion Demo Co. Ltd,',
      '*Star Demo Knitting,',
      'Source Demo Textiles,Kandal',
    ].join('\n');
    const l = list(readTextList(text));
    expect(names(l)).toEqual([
      'Note: moved in May',
      'Lotus Demo Apparel',
      'Total Demo Garment',
      'Total Fashion Demo Co. Ltd',
      '*Star Demo Knitting',
      'Source Demo Textiles',
    ]);
    expect(l.notes).toBeUndefined();
    const onlyNotes = list(readTextList('Factory name\nNote: none yet'));
    expect(names(onlyNotes)).toEqual(['Note: none yet']);
    expect(onlyNotes.notes).toBeUndefined();
  });

  it('finds the separator on the header line, under blank lines and a title', () => {
    const csv = [
      '',
      '',
      'Supplier list, June 2024',
      'Factory name;Address;Country',
      'Lotus Demo Apparel Co., Ltd.;No. 1, Street 2, Phnom Penh;Cambodia',
    ].join('\r\n');
    expect(list(readTextList(csv)).rows[0]?.values).toMatchObject({
      name: 'Lotus Demo Apparel Co., Ltd.',
      address: 'No. 1, Street 2, Phnom Penh',
      country: 'Cambodia',
    });
  });

  it('keeps a tab-separated table with commas in its cells as tabs', () => {
    const tsv =
      'Name\tAddress\nLotus Demo Apparel Co., Ltd.\tNo. 1, Street 2, Sangkat 3, Phnom Penh';
    expect(list(readPastedList(tsv)).rows[0]?.values).toMatchObject({
      name: 'Lotus Demo Apparel Co., Ltd.',
      address: 'No. 1, Street 2, Sangkat 3, Phnom Penh',
    });
  });

  it.each([
    ['Full name of all authorized production units and processing facilities', 'name'],
    ['Name of Factory', 'name'],
    ['Manufacturing site name', 'name'],
    ['Manufacturer', 'name'],
    ['Company name', 'name'],
    ['ឈ្មោះរោងចក្រ', 'name'],
    ['工厂名称', 'name'],
    ['City/District', 'city'],
    ['Location', 'city'],
    ['Subcontractor Name', 'name'],
    ['Sub-contractor', 'name'],
    ['Site addresses', 'address'],
    ['Factory location', 'city'],
    ['ខេត្ត', 'province'],
    ['国家/地区', 'country'],
    ['OSH ID', 'osId'],
  ])('reads the column “%s” as %s', (header, field) => {
    expect(mapHeader(['Notes', header])).toEqual([undefined, field]);
  });

  it.each(['Parent company name', 'Contact person name', 'Brand name', 'Local name of factory'])(
    'does not take “%s” for the factory’s name',
    (header) => {
      expect(mapHeader(['Notes', header])[1]).not.toBe('name');
    },
  );

  it('reads the first sheet with a column of factory names, past a sheet of notes', async () => {
    const bytes = new Uint8Array(
      await writeXlsxFile([
        { sheet: 'Read me', data: [['How to read this list'], ['Tier 1 factories only']] },
        { sheet: 'Suppliers', data: [['Supplier name'], ['Lotus Demo Apparel']] },
      ]).toBuffer(),
    );
    const { reading, sheets } = await readListBytes('list.xlsx', bytes, (b) =>
      readXlsxFile(Buffer.from(b)),
    );
    expect(names(list(reading))).toEqual(['Lotus Demo Apparel']);
    expect(sheets).toEqual({ read: ['Suppliers'], count: 2 });
  });

  it('reads every sheet with a column of factory names, each line with its sheet', async () => {
    const bytes = new Uint8Array(
      await writeXlsxFile([
        { sheet: 'Read me', data: [['Tier 1 and Tier 2 factories']] },
        {
          sheet: 'Tier 1',
          data: [
            ['Factory name', 'Country'],
            [null, null],
            ['Lotus Demo Apparel', 'Cambodia'],
          ],
        },
        {
          sheet: 'Tier 2',
          data: [['Supplier name'], ['Swallow Demo Bags Factory'], ['Neak Meas Demo Bags']],
        },
      ]).toBuffer(),
    );
    const { reading, sheets } = await readListBytes('list.xlsx', bytes, (b) =>
      readXlsxFile(Buffer.from(b)),
    );
    const l = list(reading);
    expect(l.rows.map((r) => [r.sheet, r.line, r.values.name, r.values.country])).toEqual([
      ['Tier 1', 3, 'Lotus Demo Apparel', 'Cambodia'],
      ['Tier 2', 2, 'Swallow Demo Bags Factory', ''],
      ['Tier 2', 3, 'Neak Meas Demo Bags', ''],
    ]);
    expect(l.blankRows).toBe(1);
    expect(l.columns).toEqual({ name: 'Factory name / Supplier name', country: 'Country' });
    expect(sheets).toEqual({ read: ['Tier 1', 'Tier 2'], count: 3 });
  });

  it('counts the lines of every sheet read against the limit', async () => {
    const half = Array.from({ length: MAX_LIST_ROWS / 2 + 1 }, (_, i) => [`Demo Factory ${i}`]);
    const bytes = new Uint8Array(
      await writeXlsxFile([
        { sheet: 'Tier 1', data: [['Factory name'], ...half] },
        { sheet: 'Tier 2', data: [['Factory name'], ...half] },
      ]).toBuffer(),
    );
    const { reading } = await readListBytes('list.xlsx', bytes, (b) =>
      readXlsxFile(Buffer.from(b)),
    );
    expect(reading).toEqual({
      ok: false,
      error: { code: 'tooManyRows', rows: MAX_LIST_ROWS + 2, limit: MAX_LIST_ROWS },
    });
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
    // A stray control character in one cell is the list's, not a sign of binary data…
    const bell = 'Factory Name\nLotus Demo\u0007 Apparel\nCedar Demo Textiles\n';
    expect(decodeListText(new TextEncoder().encode(bell))?.text).toBe(bell);
    // …a run of them is.
    expect(decodeListText(new Uint8Array([0x41, 1, 2, 3, 4, 5, 6, 0x42]))).toBeNull();
  });

  it('decodes UTF-16 written without a byte order mark, in either byte order', () => {
    const text = 'Factory name,Country\r\nLotus Demo Garment,Cambodia\r\nរោងចក្រ ឡូតុស,KH\r\n';
    const units = [...text].map((c) => c.charCodeAt(0));
    const le = new Uint8Array(units.flatMap((u) => [u & 0xff, u >> 8]));
    const be = new Uint8Array(units.flatMap((u) => [u >> 8, u & 0xff]));
    expect(decodeListText(le)).toEqual({ text, encoding: 'UTF-16' });
    expect(decodeListText(be)).toEqual({ text, encoding: 'UTF-16' });
    expect(names(list(readTextList(decodeListText(le)?.text ?? '')))).toEqual([
      'Lotus Demo Garment',
      'រោងចក្រ ឡូតុស',
    ]);
    // Binary data with zero bytes here and there is still refused.
    expect(
      decodeListText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0])),
    ).toBeNull();
  });

  it('numbers the lines of a file whose lines end with CR alone (old Mac files)', () => {
    const read = list(readTextList('Factory Name,Country\rLotus,KH\r\rCedar,KH\r'));
    expect(read.rows.map((r) => [r.line, r.values.name])).toEqual([
      [2, 'Lotus'],
      [4, 'Cedar'],
    ]);
  });

  it('reads a header with a byte-order mark', () => {
    const decoded = decodeListText(new TextEncoder().encode('\uFEFFName,Country\nLotus,KH'));
    expect(names(list(readTextList(decoded?.text ?? '')))).toEqual(['Lotus']);
  });
});

describe('reading a chosen file, as the page and the command both do', () => {
  const encode = (s: string) => new TextEncoder().encode(s);
  const noSheets = async () => {
    throw new Error('not a workbook');
  };

  it('reads a CSV file and says which encoding it was in when not UTF-8', async () => {
    const latin = new Uint8Array([...encode('name,city\nCaf'), 0xe9, ...encode(',Takeo\n')]);
    const { reading, encoding } = await readListBytes('list.csv', latin, noSheets);
    expect(encoding).toBe('Windows-1252');
    expect(list(reading).rows[0]?.values).toMatchObject({ name: 'Café', city: 'Takeo' });
  });

  it('reads a TXT file as pasted text: one name per line, commas and all', async () => {
    const text = encode('Lotus Demo Apparel Co., Ltd.\nCedar Demo Textiles, Ltd.\n');
    const { reading } = await readListBytes('list.txt', text, noSheets);
    expect(names(list(reading))).toEqual([
      'Lotus Demo Apparel Co., Ltd.',
      'Cedar Demo Textiles, Ltd.',
    ]);
  });

  it('reads a JSON file as an array of objects', async () => {
    const { reading } = await readListBytes('list.json', encode('[{"name":"Lotus"}]'), noSheets);
    expect(names(list(reading))).toEqual(['Lotus']);
  });

  it('reads the one sheet of a workbook with a list and says which, when there are several', async () => {
    const bytes = new Uint8Array(
      await writeXlsxFile([
        { sheet: 'Suppliers', data: [['Factory Name'], ['Lotus Demo Apparel']] },
        { sheet: 'Notes', data: [['x']] },
      ]).toBuffer(),
    );
    const { reading, sheets } = await readListBytes('list.xlsx', bytes, (b) =>
      readXlsxFile(Buffer.from(b)),
    );
    expect(names(list(reading))).toEqual(['Lotus Demo Apparel']);
    expect(sheets).toEqual({ read: ['Suppliers'], count: 2 });
  });

  it('gives a cell merged over several rows to each of them, and leaves a merged heading a heading', async () => {
    const bytes = new Uint8Array(
      await writeXlsxFile([
        {
          sheet: 'Tier 1 & 2',
          data: [
            [{ value: 'Supplier list, June 2024', columnSpan: 3 }, null, null],
            ['Country', 'Factory name', 'Address'],
            [{ value: 'Cambodia', rowSpan: 2 }, 'Harbor Demo Denim Factory', 'Tbong Khmum'],
            [null, 'Palm Demo Footwear Co., Ltd.', 'Phnom Penh'],
            [{ value: 'Vietnam', rowSpan: 3 }, 'Ocean Breeze Demo Denim Factory', 'Thu Dau Mot'],
            [null, 'Lucky Cloud Demo Footwear Factory', 'Bien Hoa'],
            [null, 'Garnet Demo Apparel Factory', 'Long An'],
            [null, 'Lotus Demo Apparel', 'Kandal'],
          ],
        },
      ]).toBuffer(),
    );
    const { reading } = await readListBytes('list.xlsx', bytes, (b) =>
      readXlsxFile(Buffer.from(b)),
    );
    expect(list(reading).rows.map((r) => [r.line, r.values.name, r.values.country])).toEqual([
      [3, 'Harbor Demo Denim Factory', 'Cambodia'],
      [4, 'Palm Demo Footwear Co., Ltd.', 'Cambodia'],
      [5, 'Ocean Breeze Demo Denim Factory', 'Vietnam'],
      [6, 'Lucky Cloud Demo Footwear Factory', 'Vietnam'],
      [7, 'Garnet Demo Apparel Factory', 'Vietnam'],
      // Under the merge, not in it: its country stays unsaid.
      [8, 'Lotus Demo Apparel', ''],
    ]);
  });

  it('leaves a header of two merged rows out of the list', async () => {
    const bytes = new Uint8Array(
      await writeXlsxFile([
        {
          sheet: 'List',
          data: [
            [{ value: 'Factory Name', rowSpan: 2 }, 'Country'],
            [null, null],
            ['Lotus Demo Apparel', { value: 'Cambodia', rowSpan: 2 }],
            ['Cedar Demo Textiles', null],
          ],
        },
      ]).toBuffer(),
    );
    const { reading } = await readListBytes('list.xlsx', bytes, (b) =>
      readXlsxFile(Buffer.from(b)),
    );
    expect(list(reading).rows.map((r) => [r.values.name, r.values.country])).toEqual([
      ['Lotus Demo Apparel', 'Cambodia'],
      ['Cedar Demo Textiles', 'Cambodia'],
    ]);
  });

  it('reads the merges of a sheet whose markup holds an entity no character has', async () => {
    const files = unzipSync(
      new Uint8Array(
        await writeXlsxFile([
          { sheet: 'List', data: [['Country'], [{ value: 'KH', rowSpan: 2 }], [null]] },
        ]).toBuffer(),
      ),
    );
    const path = 'xl/worksheets/sheet1.xml';
    files[path] = strToU8(
      strFromU8(files[path] as Uint8Array).replace('<mergeCell ', '<mergeCell x="&#1114112;" '),
    );
    expect(mergedRangesOfSheets(zipSync(files))).toEqual([
      { name: 'List', ranges: [{ firstRow: 1, lastRow: 2, firstColumn: 0, lastColumn: 0 }] },
    ]);
  });

  it('gives each of two sheets of one name its own merges', () => {
    const range = { firstRow: 1, lastRow: 2, firstColumn: 0, lastColumn: 0 };
    expect(
      mergesFor(
        ['List', 'List'],
        [
          { name: 'List', ranges: [] },
          { name: 'List', ranges: [range] },
        ],
      ),
    ).toEqual([[], [range]]);
  });

  it('reads a workbook whose merges cannot be found as its values are stored', () => {
    expect(mergedRangesOfSheets(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1]))).toEqual([]);
    const rows = [
      ['Country', 'Name'],
      ['KH', 'Lotus'],
      [null, 'Cedar'],
    ];
    expect(fillMergedRows(rows, [{ firstRow: 1, lastRow: 1, firstColumn: 0, lastColumn: 1 }])).toBe(
      rows,
    );
  });

  it('says why a workbook could not be read', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1]);
    expect((await readListBytes('list.xlsx', zip, noSheets)).reading).toEqual({
      ok: false,
      error: { code: 'unreadable', detail: 'not a workbook' },
    });
  });

  it.each([
    ['Country/Territory'],
    ['Factory Country'],
    ['Country of Production'],
    ['Country / Region'],
    ['Manufacturing Country'],
  ])('reads %j as the country column, which keeps factories abroad apart', (header) => {
    expect(mapHeader(['Factory Name', header])).toEqual(['name', 'country']);
  });

  it('reads a second name column headed in Khmer or Chinese as the name in that language', () => {
    expect(mapHeader(['No.', 'Factory Name (English)', 'ឈ្មោះរោងចក្រ', '工厂名称'])).toEqual([
      undefined,
      'name',
      'nativeName',
      undefined,
    ]);
    expect(mapHeader(['工厂名称', 'Factory Name'])).toEqual(['nativeName', 'name']);
  });

  it('reads the province and town columns, which tell sites of one name apart', () => {
    expect(mapHeader(['Facility Name', 'State/Province', 'City', 'Country'])).toEqual([
      'name',
      'province',
      'city',
      'country',
    ]);
  });
});

describe('lists built to stall the check are read in bounded time', () => {
  it.each([
    ['an array nested past the limit', `[${'['.repeat(17)}${']'.repeat(17)}]`],
    ['objects nested 100,000 levels', `[${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}]`],
  ])('refuses %s with the depth allowed', (_, text) => {
    expect(readJsonList(text)).toEqual({
      ok: false,
      error: { code: 'jsonTooDeep', limit: MAX_JSON_DEPTH },
    });
  });

  it('does not count brackets inside strings as nesting', () => {
    const reading = readJsonList(JSON.stringify([{ name: `Demo ${'['.repeat(50)} Garment` }]));
    expect(reading.ok).toBe(true);
  });

  it('keeps every key naming a field, and only the first other keys, when each object brings its own', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({
      [`note_${i}`]: 'x',
      ...(i === 400 ? { 'Open Supply Hub ID': 'KH2019067NZ95AM' } : {}),
      name: `Demo Supplier ${i}`,
    }));
    const reading = readJsonList(JSON.stringify(items));
    if (!reading.ok) throw new Error(JSON.stringify(reading.error));
    expect(reading.list.rows).toHaveLength(500);
    expect(reading.list.rows[400]?.values.osId).toBe('KH2019067NZ95AM');
    expect(reading.list.columns.name).toBe('name');
  });

  it('compares only the first characters of a cell megabytes long, and says so on its line', () => {
    const name = 'Golden Demo Garment '.repeat(250_000);
    const reading = readTextList(`name,country\n"${name}",KH\n`);
    if (!reading.ok) throw new Error(JSON.stringify(reading.error));
    const [row] = reading.list.rows;
    expect(row?.values.name.length).toBeLessThanOrEqual(MAX_CELL_LENGTH);
    expect(row?.values.country).toBe('KH');
    expect(row?.problems).toEqual([
      { code: 'longValue', column: 'name', length: name.trim().length, limit: MAX_CELL_LENGTH },
    ]);
  });
});
