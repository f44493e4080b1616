import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { checkWebAddress, contactText } from '../../src/lib/web-address';
import type { FolderEntry } from '../../src/lib/folder-plan';
import type { IsoDate } from '../../src/lib/ids';
import { loadDataset, type LoadOptions } from '../../src/lib/load-dataset';
import {
  assessmentCsv,
  factoriesCsv,
  makeFiles,
  problemLines,
  type FileOverrides,
} from '../helpers/dataset';

/**
 * One case per refusal rule of contract section 1 added for hostile or careless input: each
 * states every error the dataset gets, exactly as printed, and that no dataset comes back.
 */
const BUILD_DATE = '2026-03-15' as IsoDate;

function load(overrides: FileOverrides, options: LoadOptions = {}) {
  return loadDataset(makeFiles(overrides), { buildDate: BUILD_DATE, ...options });
}
function errors(overrides: FileOverrides, options: LoadOptions = {}): string[] {
  return problemLines(load(overrides, options).problems.filter((p) => p.severity === 'error'));
}

const factories = (...rows: string[]) => `factory_id,name,status\n${rows.join('\n')}\n`;
const strikes = (...rows: string[]) =>
  `strike_id,factory_id,union,start_date,legal,summary\n${rows.join('\n')}\n`;
const responses = (...rows: string[]) =>
  `factory_id,date,requirement_id,language,text\n${rows.join('\n')}\n`;
const meta = (extra: Record<string, unknown>) =>
  JSON.stringify({ title: 'T', publisher: 'P', demo: true, ...extra }, null, 1);

type Case = [name: string, overrides: FileOverrides, expected: string[]];

function refuses(cases: Case[]) {
  it.each(cases)('%s', (_name, overrides, expected) => {
    const result = load(overrides);
    expect(problemLines(result.problems.filter((p) => p.severity === 'error'))).toEqual(expected);
    expect(result.dataset).toBeUndefined();
  });
}

function accepts(cases: Array<[name: string, overrides: FileOverrides]>) {
  it.each(cases)('%s', (_name, overrides) => {
    const result = load(overrides);
    expect(problemLines(result.problems.filter((p) => p.severity === 'error'))).toEqual([]);
    expect(result.dataset).toBeDefined();
  });
}

describe('identity: ids equal once case and hyphens are ignored are refused, naming both rows', () => {
  refuses([
    [
      'factory ids differing in case',
      { 'factories.csv': factories('F1,A,open', 'F2,B,open', 'KH-0013,C,open', 'kh-0013,D,open') },
      [
        'factories.csv:5: factory_id: "kh-0013" is the same id as "KH-0013" on line 4 once case and hyphens are ignored',
      ],
    ],
    [
      'factory ids differing in hyphens',
      { 'factories.csv': factories('F1,A,open', 'F2,B,open', 'KH-0013,C,open', 'KH0013,D,open') },
      [
        'factories.csv:5: factory_id: "KH0013" is the same id as "KH-0013" on line 4 once case and hyphens are ignored',
      ],
    ],
    [
      'strike ids differing in case and hyphens',
      { 'strikes.csv': strikes('S-1,F1,U,2020-05-01,no,', 's1,F2,U,2020-06-01,yes,') },
      [
        'strikes.csv:3: strike_id: "s1" is the same id as "S-1" on line 2 once case and hyphens are ignored',
      ],
    ],
    [
      'cycle ids differing in hyphens',
      {
        'cycles.csv':
          'cycle,label,period_start,period_end\n2020,Y,2020-01-01,2020-12-31\n2021,Y,2021-01-01,2021-12-31\n20-21,Z,2022-01-01,2022-12-31\n',
      },
      [
        'cycles.csv:4: cycle: "20-21" is the same id as "2021" on line 3 once case and hyphens are ignored',
      ],
    ],
    [
      'an exact duplicate keeps its own message',
      { 'factories.csv': factories('F1,A,open', 'F2,B,open', 'F1,C,open') },
      ['factories.csv:4: factory_id: duplicate factory id "F1": first on line 2'],
    ],
    [
      'one Open Supply Hub id on two factories (compared without hyphens, spaces and case)',
      {
        'factories.csv':
          'factory_id,name,status,os_id\nF1,A,open,KH2019063XQ4T7B\nF2,B,open,kh-2019063 xq4t7b\n',
      },
      [
        'factories.csv:3: os_id: KH2019063XQ4T7B is already the Open Supply Hub id of factory "F1" on line 2: expected each os_id on one factory only (compared without hyphens and spaces)',
      ],
    ],
  ]);
});

describe('identity: an id that Windows reserves as a file name is refused, in any case', () => {
  const reserved = (id: string) =>
    `"${id}" is a reserved file name on Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9): expected another id, since the id names a page and a file`;
  refuses([
    ...['CON', 'prn', 'Aux', 'nul', 'COM1', 'com9', 'LPT1', 'lpt9'].map((id): Case => [
      `factory id ${id}`,
      { 'factories.csv': factories('F1,A,open', 'F2,B,open', `${id},C,open`) },
      [`factories.csv:4: factory_id: ${reserved(id)}`],
    ]),
    [
      'a strike id',
      { 'strikes.csv': strikes('NUL,F1,U,2020-05-01,no,') },
      [`strikes.csv:2: strike_id: ${reserved('NUL')}`],
    ],
    [
      'a cycle id',
      {
        'cycles.csv':
          'cycle,label,period_start,period_end\n2020,Y,2020-01-01,2020-12-31\n2021,Y,2021-01-01,2021-12-31\naux,Z,2022-01-01,2022-12-31\n',
      },
      [`cycles.csv:4: cycle: ${reserved('aux')}`],
    ],
    [
      'a requirement id',
      {
        'requirements.csv':
          'id,track,group,label_en\nCI01,critical,a,x\nCI02,critical,a,y\nLR03,key,a,z\nCON,key,a,w\n',
      },
      [`requirements.csv:5: id: ${reserved('CON')}`],
    ],
  ]);
  accepts(
    ['COM10', 'CONSOLE', 'NUL-1', 'AUX2', 'LPT0'].map((id) => [
      `${id} is not reserved`,
      { 'factories.csv': factories('F1,A,open', 'F2,B,open', `${id},C,open`) },
    ]),
  );
});

describe('identity: a reference in another case is unknown, with the id that was meant', () => {
  refuses([
    [
      'an assessment',
      {
        'assessments/2021.csv': assessmentCsv([
          ['f-1', '2021-03-01', 'C', 'C', 'C'],
          ['F2', '2021-04-01', 'C', 'C', 'C'],
        ]),
      },
      [
        'assessments/2021.csv:2: factory_id: unknown factory "f-1": expected a factory_id from factories.csv; did you mean "F1"?',
      ],
    ],
    [
      'a strike',
      { 'strikes.csv': strikes('S1,f2,U,2020-05-01,no,') },
      [
        'strikes.csv:2: factory_id: unknown factory "f2": expected a factory_id from factories.csv; did you mean "F2"?',
      ],
    ],
    [
      'a response, with its requirement',
      { 'responses.csv': responses('F-1,2020-06-01,CI01,en,Fixed', 'F9,2020-06-01,,en,Fixed') },
      [
        'responses.csv:2: factory_id: unknown factory "F-1": expected a factory_id from factories.csv; did you mean "F1"?',
        'responses.csv:3: factory_id: unknown factory "F9": expected a factory_id from factories.csv',
      ],
    ],
    [
      'an assessment file named after a cycle in another case',
      {
        'cycles.csv':
          'cycle,label,period_start,period_end\n2020-H1,Y,2020-01-01,2020-06-30\n2021,Y,2021-01-01,2021-12-31\n',
        'assessments/2020.csv': null,
        'assessments/2020-h1.csv': assessmentCsv([['F1', '2020-03-01', 'C', 'C', 'C']]),
      },
      [
        'assessments/2020-h1.csv:1: (file): file name is not a cycle of cycles.csv: did you mean assessments/2020-H1.csv? (file names are exact, case and hyphens included)',
      ],
    ],
  ]);
});

describe('characters: controls, bidi controls and stray invisible characters are refused', () => {
  const name = (cell: string) => ({
    'factories.csv': factoriesCsv([
      ['F1', cell, 'open', '', '0'],
      ['F2', 'Beta', 'open', '', '0'],
    ]),
  });
  const control = (code: string, at: number) =>
    `factories.csv:2: name: cell holds the control character ${code} at character ${at}: expected text without control characters (a tab is allowed)`;
  refuses([
    ['a vertical tab', name('Al\u000Bpha'), [control('U+000B', 3)]],
    ['a NUL', name('\u0000Alpha'), [control('U+0000', 1)]],
    ['an ANSI escape sequence', name('A\u001B[31mlpha'), [control('U+001B', 2)]],
    ['DEL', name('Alpha\u007F'), [control('U+007F', 6)]],
    ['a C1 control (next line, U+0085)', name('Al\u0085pha'), [control('U+0085', 3)]],
    ['a C1 control (U+009F)', name('Al\u009Fpha'), [control('U+009F', 3)]],
    [
      'a noncharacter U+FFFF',
      name('Alpha\uFFFF'),
      ['factories.csv:2: name: cell holds the noncharacter U+FFFF at character 6: expected text'],
    ],
    [
      'a noncharacter U+FFFE',
      name('\uFFFEAlpha'),
      ['factories.csv:2: name: cell holds the noncharacter U+FFFE at character 1: expected text'],
    ],
    ...[
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ].map((char): Case => {
      const code = `U+${char.charCodeAt(0).toString(16).toUpperCase()}`;
      return [
        `the bidirectional control ${code}`,
        name(`Alpha ${char}omeD`),
        [
          `factories.csv:2: name: cell holds the bidirectional control ${code} at character 7: expected text without direction overrides or isolates, which make it read differently from what is stored`,
        ],
      ];
    }),
    ...['\u200B', '\u200C', '\u200D'].map((char): Case => {
      const code = `U+${char.charCodeAt(0).toString(16).toUpperCase()}`;
      return [
        `the zero-width character ${code} inside a Latin word`,
        name(`Al${char}pha`),
        [
          `factories.csv:2: name: cell holds the invisible character ${code} outside Khmer text at character 3: expected it only beside Khmer letters, where Khmer writing needs it`,
        ],
      ];
    }),
    [
      'U+FEFF inside a cell',
      name('Alpha\uFEFFDemo'),
      [
        'factories.csv:2: name: cell holds the invisible character U+FEFF (byte-order mark) at character 6: expected it only as the first character of a file',
      ],
    ],
    [
      'U+FEFF leading a cell (a trimmed space would hide it)',
      name('\uFEFFAlpha'),
      [
        'factories.csv:2: name: cell holds the invisible character U+FEFF (byte-order mark) at character 1: expected it only as the first character of a file',
      ],
    ],
    [
      'a line break in a name',
      { 'factories.csv': factories('F1,"Alpha\nDemo",open', 'F2,Beta,open') },
      [
        'factories.csv:2: name: cell holds a line break (U+000A) at character 6: expected one line; only address, summary and text cells may hold line breaks',
      ],
    ],
    [
      'a line separator U+2028 in a name',
      name('Alpha\u2028Demo'),
      [
        'factories.csv:2: name: cell holds a line break (U+2028) at character 6: expected one line; only address, summary and text cells may hold line breaks',
      ],
    ],
    [
      'a control character in a header',
      { 'factories.csv': 'factory_id,na\u001Bme,status,name\nF1,x,open,A\nF2,x,open,B\n' },
      [
        'factories.csv:1: na\\u001bme: column name holds the control character U+001B at character 3: expected text without control characters (a tab is allowed)',
        'factories.csv:1: na\\u001bme: unknown column: did you mean "name"?',
      ],
    ],
    [
      'a bidi control in a strike union',
      { 'strikes.csv': strikes('S1,F1,Union \u202Edemo,2020-05-01,no,') },
      [
        'strikes.csv:2: union: cell holds the bidirectional control U+202E at character 7: expected text without direction overrides or isolates, which make it read differently from what is stored',
      ],
    ],
    [
      'a control character in an assessment cell, on its line after a multi-line record elsewhere',
      {
        'assessments/2021.csv': assessmentCsv([
          ['F1', '2021-03-01', 'C', 'C', 'C'],
          ['F2', '2021-04-01', 'C', 'N\u0007C', 'C'],
        ]),
      },
      [
        'assessments/2021.csv:3: CI02: cell holds the control character U+0007 at character 2: expected text without control characters (a tab is allowed)',
        'assessments/2021.csv:3: CI02: expected C, NC, NA or an empty cell, found "N\\u0007C"',
      ],
    ],
  ]);
  accepts([
    ['a tab', name('Alpha\tDemo')],
    ['a zero-width space between Khmer words', name('រោងចក្រ\u200Bកាត់ដេរ')],
    ['a zero-width non-joiner after a Khmer letter', name('ក\u200Cខ')],
    ['Chinese and emoji text', name('莲花制衣 🌸')],
    [
      'line breaks in an address, a strike summary and a response',
      {
        'factories.csv':
          'factory_id,name,status,address\nF1,A,open,"Street 1\r\nBlock 2"\nF2,B,open,\n',
        'strikes.csv': strikes('S1,F1,U,2020-05-01,no,"One.\nTwo."'),
        'responses.csv': responses('F1,2020-06-01,,en,"We fixed it.\n\nSigned."'),
      },
    ],
  ]);
});

describe('line ends: LF and CRLF are read, a lone CR is refused, every problem on its real line', () => {
  refuses([
    [
      'a file with CR-only line ends',
      { 'factories.csv': 'factory_id,name,status\rF1,Alpha,open\rF2,Beta,opn\r' },
      [
        'factories.csv:1: (file): line ends with a lone carriage return (CR, old Mac style) (3 lines of this file end so): expected LF or CRLF line ends',
        'factories.csv:3: status: expected open or closed, found "opn"',
      ],
    ],
    [
      'a file with mixed line ends',
      {
        'factories.csv': 'factory_id,name,status\r\nF1,Alpha,open\nF2,Beta,open\rF3,Gamma,opn\r\n',
      },
      [
        'factories.csv:3: (file): line ends with a lone carriage return (CR, old Mac style): expected LF or CRLF line ends',
        'factories.csv:4: status: expected open or closed, found "opn"',
      ],
    ],
  ]);
});

describe('dates: before 1990 or more than a year after the build date are refused', () => {
  refuses([
    [
      'a cycle period before 1990',
      {
        'cycles.csv':
          'cycle,label,period_start,period_end\n2020,Y,1989-12-31,2020-12-31\n2021,Y,2021-01-01,2021-12-31\n',
      },
      ['cycles.csv:2: period_start: expected a date on or after 1990-01-01, found 1989-12-31'],
    ],
    [
      'a published_on more than a year after the build date',
      {
        'cycles.csv':
          'cycle,label,period_start,period_end,published_on\n2020,Y,2020-01-01,2020-12-31,2027-03-16\n2021,Y,2021-01-01,2021-12-31,\n',
      },
      [
        'cycles.csv:2: published_on: expected a date on or before 2027-03-15 (one year after the build date), found 2027-03-16',
      ],
    ],
    [
      'a closing date in the far past',
      {
        'factories.csv': factoriesCsv([
          ['F1', 'A', 'closed', '1900-01-01', '0'],
          ['F2', 'B', 'open', '', '0'],
        ]),
      },
      ['factories.csv:2: closed_on: expected a date on or after 1990-01-01, found 1900-01-01'],
    ],
    [
      'an assessment date (a year 0 date is not a date at all)',
      {
        'assessments/2021.csv': assessmentCsv([
          ['F1', '0000-02-29', 'C', 'C', 'C'],
          ['F2', '1985-04-01', 'C', 'C', 'C'],
        ]),
      },
      [
        'assessments/2021.csv:2: assessment_date: "0000-02-29" is not a day of the calendar: expected a date as YYYY-MM-DD that exists',
        'assessments/2021.csv:3: assessment_date: expected a date on or after 1990-01-01, found 1985-04-01',
      ],
    ],
    [
      'a strike in the future',
      { 'strikes.csv': strikes('S1,F1,U,2020-05-01,no,', 'S2,F2,U,2030-01-01,no,') },
      [
        'strikes.csv:3: start_date: expected a date on or before 2027-03-15 (one year after the build date), found 2030-01-01',
      ],
    ],
    [
      'a response date',
      { 'responses.csv': responses('F1,1970-01-01,,en,Fixed') },
      ['responses.csv:2: date: expected a date on or after 1990-01-01, found 1970-01-01'],
    ],
    [
      'full-width digits and a leading plus',
      { 'responses.csv': responses('F1,２０２０-０６-０１,,en,Fixed', 'F2,+2020-06-01,,en,Fixed') },
      [
        'responses.csv:2: date: expected a date as YYYY-MM-DD, found "２０２０-０６-０１"',
        'responses.csv:3: date: expected a date as YYYY-MM-DD, found "+2020-06-01"',
      ],
    ],
  ]);

  it('the build date decides: the same data passes a build a year later', () => {
    const future = {
      'strikes.csv': strikes('S2,F2,U,2027-06-01,no,'),
    };
    expect(errors(future)).toHaveLength(1);
    expect(errors(future, { buildDate: '2026-06-01' as IsoDate })).toEqual([]);
  });
});

describe('files: a data-like file the build would not read is refused', () => {
  const notRead = (path: string, expected: string) =>
    `${path}:1: (file): data file that the build does not read: ${expected}`;
  const READ_LIST =
    'the build reads only dataset.json, requirements.csv, cycles.csv, factories.csv, strikes.csv, responses.csv, corrections.csv, provinces.csv and assessments/<cycle>.csv; expected this file moved out of the data folder or removed';
  refuses([
    [
      'an assessment file with an upper-case extension',
      { 'assessments/2021.CSV': assessmentCsv([['F1', '2021-03-01', 'C', 'C', 'C']]) },
      [
        notRead(
          'assessments/2021.CSV',
          'expected the name spelt assessments/2021.csv (lower-case .csv)',
        ),
      ],
    ],
    [
      'a known file in another case',
      { 'Strikes.csv': strikes('S1,F1,U,2020-05-01,no,') },
      [
        notRead(
          'Strikes.csv',
          'expected the name spelt strikes.csv (names are exact, case included)',
        ),
      ],
    ],
    ...[
      'extra.csv',
      'factories.tsv',
      'meta.json',
      'factories.xlsx',
      'old.xls',
      'sheet.ods',
      'docs/table.csv',
    ].map((path): Case => [`a stray ${path}`, { [path]: 'x' }, [notRead(path, READ_LIST)]]),
    [
      'an assessment workbook',
      { 'assessments/2021.xlsx': 'x' },
      [
        notRead(
          'assessments/2021.xlsx',
          'assessment files are CSV; expected assessments/<cycle>.csv',
        ),
      ],
    ],
    [
      'a folder inside assessments/',
      { 'assessments/2019/2019.csv': 'x', 'assessments/old/notes.md': 'x' },
      [
        'assessments/2019:1: (file): folder inside assessments/ is not read: expected only assessments/<cycle>.csv files',
        notRead(
          'assessments/2019/2019.csv',
          'files in subfolders of assessments/ are not read; expected assessments/<cycle>.csv',
        ),
        'assessments/old:1: (file): folder inside assessments/ is not read: expected only assessments/<cycle>.csv files',
      ],
    ],
  ]);
  accepts([
    [
      'documentation and corrections.csv',
      {
        'README.md': '# Data',
        LICENSE: 'CC-BY-4.0',
        'notes.txt': 'n',
        'assessments/README.md': '# Cycles',
        'docs/method.md': 'm',
        'corrections.csv': 'factory_id,cycle,date,reason\n',
      },
    ],
  ]);

  it('a symbolic link, a pipe and an oversized file are refused unread, and not also "missing"', () => {
    const listing: FolderEntry[] = [
      ...[...makeFiles()].map(([path, bytes]): FolderEntry => ({
        path,
        kind: 'file',
        size: path === 'factories.csv' ? 300 * 1024 * 1024 : bytes.length,
      })),
      { path: 'assessments', kind: 'folder', size: 0 },
      { path: 'strikes.csv', kind: 'link', size: 0 },
      { path: 'responses.csv', kind: 'other', size: 0 },
      { path: 'extra', kind: 'link', size: 0 },
    ];
    expect(errors({}, { listing }).filter((line) => !line.startsWith('assessments/'))).toEqual([
      'extra:1: (file): is a symbolic link: expected a regular file or folder (links are never followed or read)',
      'factories.csv:1: (file): file is 314,572,800 bytes: expected at most 268,435,456 bytes (256 MiB); it was not read',
      'responses.csv:1: (file): is not a regular file or folder (a device, pipe or socket): expected a file',
      'strikes.csv:1: (file): is a symbolic link: expected a regular file or folder (links are never followed or read)',
    ]);
  });
});

describe('limits: cells, list items, headers, rows and files', () => {
  refuses([
    [
      'a name of 501 characters',
      { 'factories.csv': factories(`F1,${'a'.repeat(501)},open`, 'F2,B,open') },
      ['factories.csv:2: name: cell is 501 characters long: expected at most 500'],
    ],
    [
      'an id of 101 characters',
      { 'strikes.csv': strikes(`${'S'.repeat(101)},F1,U,2020-05-01,no,`) },
      ['strikes.csv:2: strike_id: cell is 101 characters long: expected at most 100'],
    ],
    [
      'an address of 5,001 characters',
      {
        'factories.csv': `factory_id,name,status,address\nF1,A,open,${'x'.repeat(5001)}\nF2,B,open,\n`,
      },
      ['factories.csv:2: address: cell is 5,001 characters long: expected at most 5,000'],
    ],
    [
      'a buyer of 501 characters in a list',
      {
        'factories.csv': `factory_id,name,status,buyers\nF1,A,open,Brand A;${'b'.repeat(501)}\nF2,B,open,\n`,
      },
      [
        'factories.csv:2: buyers: item 2 of the list is 501 characters long: expected at most 500 per item',
      ],
    ],
    [
      'a column name of 201 characters',
      { 'factories.csv': `factory_id,name,status,${'c'.repeat(201)}\nF1,A,open,\nF2,B,open,\n` },
      ['factories.csv:1: column 4: column name is 201 characters long: expected at most 200'],
    ],
    [
      'a dataset.json of more than 1 MiB',
      { 'dataset.json': meta({ licence: 'x'.repeat(1024 * 1024) }) },
      [
        'dataset.json:1: (file): file is 1,048,643 bytes: expected at most 1,048,576 bytes (1 MiB); it was not read',
      ],
    ],
  ]);

  it('a header of more than 1,000 columns is refused and the file not read further', () => {
    const header = Array.from({ length: 1001 }, (_, i) => `c${i}`).join(',');
    const { table, problems } = parseCsv(`${header}\n${'1,'.repeat(1000)}1\n`, 'x.csv');
    expect(problemLines(problems)).toEqual([
      'x.csv:1: (file): header has 1,001 columns: expected at most 1,000 (the file was not read further)',
    ]);
    expect(table.records).toEqual([]);
  });

  it('a file with a problem on each of 200,000 rows is refused with every one listed', () => {
    // More problems than a function call takes arguments: they are listed, not a stack overflow.
    const rows = Array.from({ length: 200_000 }, () => ['F1', '2021-03-01', 'maybe', 'C', 'C']);
    const result = load({ 'assessments/2021.csv': assessmentCsv(rows) });
    const found = result.problems.filter((p) => p.severity === 'error');
    expect(found).toHaveLength(200_000);
    expect(problemLines([found[0], found.at(-1)].flatMap((p) => p ?? []))).toEqual([
      'assessments/2021.csv:2: CI01: expected C, NC, NA or an empty cell, found "maybe"',
      'assessments/2021.csv:200001: CI01: expected C, NC, NA or an empty cell, found "maybe"',
    ]);
    expect(result.dataset).toBeUndefined();
  });

  it('a file past the row limit is refused on the first row beyond it, and reading stops there', () => {
    const text = `a,b\n${'1,2\n'.repeat(5)}`;
    const { table, problems } = parseCsv(text, 'x.csv', 3);
    expect(problemLines(problems)).toEqual([
      'x.csv:5: (file): file has more than 3 rows: expected at most 3 (the rest of the file was not read)',
    ]);
    expect(table.records).toHaveLength(3);
  });
});

describe('dataset.json: addresses are https:, http: or mailto: only, its strings plain text', () => {
  const address = (key: 'contact' | 'source_url', value: string, message: string): Case => [
    `${key} ${JSON.stringify(value)}`,
    { 'dataset.json': meta({ [key]: value }) },
    [`dataset.json:5: ${key}: ${message}`],
  ];
  const EXPECTED = 'expected an https:, http: or mailto: address';
  refuses([
    address('contact', 'javascript:alert(1)', `${EXPECTED}, found a "javascript:" address`),
    address('contact', 'JavaScript:alert(1)', `${EXPECTED}, found a "javascript:" address`),
    address(
      'contact',
      ' javascript:alert(1)',
      `${EXPECTED} without spaces or control characters, found " javascript:alert(1)"`,
    ),
    address(
      'source_url',
      'java\tscript:alert(1)',
      `${EXPECTED} without spaces or control characters, found "java\\tscript:alert(1)"`,
    ),
    [
      'source_url with a trailing line break',
      { 'dataset.json': meta({ source_url: 'https://example.org/\n' }) },
      [
        `dataset.json:5: source_url: ${EXPECTED} without spaces or control characters, found "https://example.org/\\n"`,
        'dataset.json:5: source_url: value holds a line break (U+000A) at character 21: expected one line; only address, summary and text cells may hold line breaks',
      ],
    ],
    address('source_url', 'data:text/html,<b>x</b>', `${EXPECTED}, found a "data:" address`),
    address('source_url', 'file:///etc/passwd', `${EXPECTED}, found a "file:" address`),
    address(
      'source_url',
      '/about',
      `${EXPECTED} written in full, such as https://example.org/, found "/about"`,
    ),
    address(
      'source_url',
      '//evil.example',
      `${EXPECTED} written in full, such as https://example.org/, found "//evil.example"`,
    ),
    address(
      'source_url',
      'https://example.org@evil.example/',
      `${EXPECTED} without a user name or password before the host, found "https://example.org@evil.example/"`,
    ),
    address(
      'source_url',
      'corrections@example.org',
      `${EXPECTED} written in full, such as mailto:corrections@example.org, found "corrections@example.org"`,
    ),
    address(
      'source_url',
      'https:evil.example',
      `${EXPECTED} written in full, such as https://example.org/, found "https:evil.example"`,
    ),
    address(
      'source_url',
      'https:/evil.example',
      `${EXPECTED} written in full, such as https://example.org/, found "https:/evil.example"`,
    ),
    address(
      'contact',
      'https:\\\\evil.example',
      `${EXPECTED} written in full, such as https://example.org/, found "https:\\\\\\\\evil.example"`,
    ),
    [
      'a key given twice',
      {
        'dataset.json': '{\n "title": "T",\n "publisher": "P",\n "demo": true,\n "demo": false\n}',
      },
      [
        'dataset.json:5: demo: duplicate key (first on line 4): JSON readers keep one of the two values, expected each key once',
      ],
    ],
    address(
      'contact',
      'corrections@example.org',
      `${EXPECTED} written in full, such as mailto:corrections@example.org, found "corrections@example.org"`,
    ),
    address(
      'contact',
      'mailto:',
      'expected an e-mail address after mailto:, such as mailto:corrections@example.org, found "mailto:"',
    ),
    [
      'a control character in the title',
      { 'dataset.json': meta({ title: 'Report\u001B[2J' }) },
      [
        'dataset.json:2: title: value holds the control character U+001B at character 7: expected text without control characters (a tab is allowed)',
      ],
    ],
    [
      'a bidi override in the publisher',
      { 'dataset.json': meta({ publisher: 'Mon\u202Eitor' }) },
      [
        'dataset.json:3: publisher: value holds the bidirectional control U+202E at character 4: expected text without direction overrides or isolates, which make it read differently from what is stored',
      ],
    ],
  ]);
  accepts(
    [
      ['contact', 'mailto:corrections@example.org'],
      ['contact', 'https://example.org/contact'],
      ['source_url', 'http://example.org/'],
      ['source_url', 'https://example.org/reports?year=2021#list'],
    ].map(([key, value]) => [
      `${key} ${value}`,
      { 'dataset.json': meta({ [key as string]: value }) },
    ]),
  );
});

describe('identity: with a name model given, two factories of one name are warned about', () => {
  const lowerCase = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  it('warns on the later row, naming the earlier one; the build goes on', () => {
    const overrides = {
      'factories.csv': factories('F1,"Alpha Demo Co., Ltd.",open', 'F2,alpha demo co ltd,open'),
    };
    const result = load(overrides, { nameKey: lowerCase });
    expect(result.dataset).toBeDefined();
    expect(problemLines(result.problems.filter((p) => p.column === 'name'))).toEqual([
      'factories.csv:3: name: warning: "alpha demo co ltd" has the same name as factory "F1" ("Alpha Demo Co., Ltd.", line 2) once names are normalised: check that these are two factories, or give the site a distinguishing name',
    ]);
  });

  it('without a name model, no such warning', () => {
    const overrides = { 'factories.csv': factories('F1,Alpha,open', 'F2,Alpha,open') };
    expect(load(overrides).problems.filter((p) => p.column === 'name')).toEqual([]);
  });
});

describe('the contact link', () => {
  it.each([
    ['mailto:corrections@example.org', 'corrections@example.org'],
    ['MAILTO:corrections%2Bkh@example.org', 'corrections+kh@example.org'],
    ['https://example.org/contact', 'https://example.org/contact'],
    ['http://example.org/contact?to=a@b.org', 'http://example.org/contact?to=a@b.org'],
  ])('links %s, written as %s', (contact, text) => {
    expect(checkWebAddress(contact)).toBeUndefined();
    expect(contactText(contact)).toBe(text);
  });
});
