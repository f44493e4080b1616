import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/load-dataset';
import { assessmentCsv, errorsOf, factoriesCsv, makeFiles, warningsOf } from '../helpers/dataset';

/**
 * One case per error class of contract section 1. Each asserts the exact `file:line: column:`
 * reported, and that no dataset comes back (so nothing can be written).
 */
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

const cases: Array<[string, Parameters<typeof errorsOf>[0], string]> = [
  [
    'a required file is missing',
    { 'factories.csv': null },
    'factories.csv:1: (file): file is missing',
  ],
  ['dataset.json is missing', { 'dataset.json': null }, 'dataset.json:1: (file): file is missing'],
  [
    'a file is not UTF-8 (reported on the line of the bad byte)',
    { 'factories.csv': latin1('factory_id,name,status\nF1,Alpha,open\nF2,Caf\xe9 Demo,open\n') },
    'factories.csv:3: (file): is not valid UTF-8',
  ],
  [
    'a file is empty',
    { 'cycles.csv': '' },
    'cycles.csv:1: (file): file is empty: expected a header row',
  ],
  [
    'a file holds only blank lines',
    { 'cycles.csv': '\n\n' },
    'cycles.csv:1: (file): file is empty',
  ],
  [
    'a header is duplicated',
    { 'factories.csv': 'factory_id,name,status,name\nF1,A,open,B\nF2,B,open,C\n' },
    'factories.csv:1: name: duplicate column',
  ],
  [
    'a required header is missing',
    { 'factories.csv': 'factory_id,status\nF1,open\nF2,open\n' },
    'factories.csv:1: name: missing required column',
  ],
  [
    'a row has too few fields',
    {
      'factories.csv': factoriesCsv([
        ['F1', 'Alpha', 'open', '', '0'],
        ['F2', 'Beta', 'open'],
      ]),
    },
    'factories.csv:3: (row): expected 5 fields as in the header, found 3',
  ],
  [
    'a row has too many fields',
    {
      'factories.csv': factoriesCsv([
        ['F1', 'Alpha', 'open', '', '0', 'extra'],
        ['F2', 'Beta', 'open', '', '0'],
      ]),
    },
    'factories.csv:2: (row): expected 5 fields as in the header, found 6',
  ],
  [
    'an assessment file has an unknown column',
    {
      'assessments/2020.csv': assessmentCsv(
        [['F1', '2020-03-01', 'C', 'C', 'C', 'C']],
        ['CI01', 'CI02', 'LR03', 'LR99'],
      ),
    },
    'assessments/2020.csv:1: LR99: unknown column: expected one of',
  ],
  [
    'an assessment file misspells a requirement',
    {
      'assessments/2020.csv': assessmentCsv(
        [['F1', '2020-03-01', 'C', 'C', 'C']],
        ['CI01', 'CI2', 'LR03'],
      ),
    },
    'assessments/2020.csv:1: CI2: unknown column: did you mean "CI02"?',
  ],
  [
    'an assessment file writes a requirement in lower case',
    {
      'assessments/2020.csv': assessmentCsv(
        [['F1', '2020-03-01', 'C', 'C', 'C']],
        ['CI01', 'ci02', 'LR03'],
      ),
    },
    'assessments/2020.csv:1: ci02: unknown column: did you mean "CI02"?',
  ],
  [
    'an assessment file lacks a requirement column',
    { 'assessments/2020.csv': assessmentCsv([['F1', '2020-03-01', 'C', 'C']], ['CI01', 'CI02']) },
    'assessments/2020.csv:1: LR03: missing required column',
  ],
  [
    'a date does not parse',
    { 'assessments/2020.csv': assessmentCsv([['F1', '2020-3-1', 'C', 'C', 'C']]) },
    'assessments/2020.csv:2: assessment_date: expected a date as YYYY-MM-DD, found "2020-3-1"',
  ],
  [
    'a date does not exist',
    {
      'cycles.csv':
        'cycle,label,period_start,period_end\n2020,Y,2020-01-01,2020-12-31\n2021,Y,2021-01-01,2021-02-29\n',
    },
    'cycles.csv:3: period_end: "2021-02-29" is not a day of the calendar: expected a date as YYYY-MM-DD that exists',
  ],
  [
    'an integer does not parse',
    {
      'factories.csv': factoriesCsv([
        ['F1', 'Alpha', 'open', '', 'two'],
        ['F2', 'Beta', 'open', '', '0'],
      ]),
    },
    'factories.csv:2: prior_assessments: expected a whole number of 0 or more, found "two"',
  ],
  [
    'a negative integer',
    { 'factories.csv': 'factory_id,name,status,workers\nF1,A,open,-5\nF2,B,open,10\n' },
    'factories.csv:2: workers: expected a whole number of 0 or more, found "-5"',
  ],
  [
    'a whole number past the largest held exactly',
    {
      'factories.csv':
        'factory_id,name,status,workers\nF1,A,open,9007199254740992\nF2,B,open,9007199254740991\n',
    },
    'factories.csv:2: workers: expected a whole number of at most 9,007,199,254,740,991, found "9007199254740992"',
  ],
  [
    'prior assessments past what the count of assessments holds exactly',
    {
      'factories.csv': factoriesCsv([
        ['F1', 'Alpha', 'open', '', '9007199254740991'],
        ['F2', 'Beta', 'open', '', '1000000000'],
      ]),
    },
    'factories.csv:2: prior_assessments: expected a whole number of at most 1,000,000,000, found "9007199254740991"',
  ],
  [
    'an unknown assessment token',
    {
      'assessments/2020.csv': assessmentCsv([
        ['F1', '2020-03-01', 'C', 'yes', 'C'],
        ['F2', '2020-04-01', 'C', 'C', 'C'],
      ]),
    },
    'assessments/2020.csv:2: CI02: expected C, NC, NA or an empty cell, found "yes"',
  ],
  [
    'an unknown track',
    {
      'requirements.csv':
        'id,track,group,label_en\nCI01,critical,a,x\nCI02,critcal,a,y\nLR03,key,a,z\n',
    },
    'requirements.csv:3: track: expected critical or key, found "critcal"',
  ],
  [
    'an unknown status',
    {
      'factories.csv': factoriesCsv([
        ['F1', 'Alpha', 'shut', '2020-05-01', '0'],
        ['F2', 'Beta', 'open', '', '0'],
      ]),
    },
    'factories.csv:2: status: expected open or closed, found "shut"',
  ],
  [
    'an unknown legal value',
    {
      'strikes.csv':
        'strike_id,factory_id,union,start_date,legal\nS1,F1,Union A,2020-05-01,maybe\n',
    },
    'strikes.csv:2: legal: expected yes or no, found "maybe"',
  ],
  [
    'an unknown language',
    {
      'responses.csv': 'factory_id,date,requirement_id,language,text\nF1,2020-06-01,,fr,Bonjour\n',
    },
    'responses.csv:2: language: expected en or km or zh, found "fr"',
  ],
  [
    'a duplicate factory_id',
    {
      'factories.csv': factoriesCsv([
        ['F1', 'Alpha', 'open', '', '0'],
        ['F2', 'Beta', 'open', '', '0'],
        ['F1', 'Again', 'open', '', '0'],
      ]),
    },
    'factories.csv:4: factory_id: duplicate factory id "F1": first on line 2',
  ],
  [
    'a duplicate requirement id',
    {
      'requirements.csv':
        'id,track,group,label_en\nCI01,critical,a,x\nCI02,critical,a,y\nLR03,key,a,z\nCI01,key,a,w\n',
    },
    'requirements.csv:5: id: duplicate requirement id "CI01": first on line 2',
  ],
  [
    'a duplicate cycle',
    {
      'cycles.csv':
        'cycle,label,period_start,period_end\n2020,Y,2020-01-01,2020-12-31\n2021,Y,2021-01-01,2021-12-31\n2020,Z,2022-01-01,2022-12-31\n',
    },
    'cycles.csv:4: cycle: duplicate cycle "2020": first on line 2',
  ],
  [
    'a duplicate strike_id',
    {
      'strikes.csv':
        'strike_id,factory_id,union,start_date,legal\nS1,F1,U,2020-05-01,no\nS1,F2,U,2020-06-01,yes\n',
    },
    'strikes.csv:3: strike_id: duplicate strike id "S1": first on line 2',
  ],
  [
    'a factory assessed twice on the same date, across files',
    {
      'cycles.csv':
        'cycle,label,period_start,period_end\n2020,Y,2020-01-01,2020-12-31\n2021,Y,2021-01-01,2021-12-31\n',
      'assessments/2020.csv': assessmentCsv([
        ['F1', '2020-03-01', 'C', 'C', 'C'],
        ['F2', '2020-04-01', 'C', 'C', 'C'],
        ['F1', '2020-03-01', 'C', 'NC', 'C'],
      ]),
    },
    'assessments/2020.csv:4: assessment_date: factory "F1" is already assessed on 2020-03-01 (assessments/2020.csv:2)',
  ],
  [
    'an assessment of an unknown factory',
    {
      'assessments/2021.csv': assessmentCsv([
        ['F1', '2021-03-01', 'C', 'C', 'C'],
        ['F9', '2021-04-01', 'C', 'C', 'C'],
      ]),
    },
    'assessments/2021.csv:3: factory_id: unknown factory "F9"',
  ],
  [
    'a strike at an unknown factory',
    { 'strikes.csv': 'strike_id,factory_id,union,start_date,legal\nS1,F7,U,2020-05-01,no\n' },
    'strikes.csv:2: factory_id: unknown factory "F7"',
  ],
  [
    'a response to an unknown requirement',
    {
      'responses.csv':
        'factory_id,date,requirement_id,language,text\nF1,2020-06-01,CI77,en,Fixed\n',
    },
    'responses.csv:2: requirement_id: unknown requirement "CI77"',
  ],
  [
    'a response from an unknown factory',
    { 'responses.csv': 'factory_id,date,requirement_id,language,text\nF8,2020-06-01,,en,Fixed\n' },
    'responses.csv:2: factory_id: unknown factory "F8"',
  ],
  [
    'an assessment file whose name is not a cycle',
    { 'assessments/2019.csv': assessmentCsv([['F1', '2019-03-01', 'C', 'C', 'C']]) },
    'assessments/2019.csv:1: (file): file name is not a cycle of cycles.csv',
  ],
  [
    'an assessment dated outside its cycle',
    {
      'assessments/2020.csv': assessmentCsv([
        ['F1', '2020-03-01', 'C', 'C', 'C'],
        ['F2', '2021-01-05', 'C', 'C', 'C'],
      ]),
    },
    'assessments/2020.csv:3: assessment_date: expected a date within cycle "2020" (2020-01-01 to 2020-12-31), found 2021-01-05',
  ],
  [
    'an assessment after the factory closed',
    {
      'factories.csv': factoriesCsv([
        ['F1', 'Alpha', 'open', '', '0'],
        ['F2', 'Beta', 'closed', '2021-02-01', '0'],
      ]),
    },
    "assessments/2021.csv:3: assessment_date: expected a date on or before the factory's closed_on 2021-02-01, found 2021-04-01",
  ],
  [
    'overlapping cycle periods',
    {
      'cycles.csv':
        'cycle,label,period_start,period_end\n2020,Y,2020-01-01,2020-12-31\n2021,Y,2020-12-01,2021-12-31\n',
    },
    'cycles.csv:3: period_start: period 2020-12-01–2021-12-31 overlaps cycle "2020"',
  ],
  [
    'period_end before period_start',
    {
      'cycles.csv':
        'cycle,label,period_start,period_end\n2020,Y,2020-01-01,2020-12-31\n2021,Y,2021-12-31,2021-01-01\n',
    },
    'cycles.csv:3: period_end: expected a date on or after period_start 2021-12-31, found 2021-01-01',
  ],
  [
    'women_workers greater than workers',
    {
      'factories.csv':
        'factory_id,name,status,workers,women_workers\nF1,A,open,500,501\nF2,B,open,10,5\n',
    },
    'factories.csv:2: women_workers: expected at most workers (500), found 501',
  ],
  [
    'a closed factory without closed_on',
    {
      'factories.csv': factoriesCsv([
        ['F1', 'Alpha', 'closed', '', '0'],
        ['F2', 'Beta', 'open', '', '0'],
      ]),
    },
    'factories.csv:2: closed_on: expected the closing date of a closed factory, found an empty cell',
  ],
  [
    'an open factory with closed_on',
    {
      'factories.csv': factoriesCsv([
        ['F1', 'Alpha', 'open', '2020-01-01', '0'],
        ['F2', 'Beta', 'open', '', '0'],
      ]),
    },
    'factories.csv:2: closed_on: expected an empty cell for an open factory, found 2020-01-01',
  ],
  [
    'a required cell is empty',
    {
      'factories.csv': factoriesCsv([
        ['F1', '', 'open', '', '0'],
        ['F2', 'Beta', 'open', '', '0'],
      ]),
    },
    'factories.csv:2: name: expected a value, found an empty cell',
  ],
  [
    'an id with a space',
    {
      'factories.csv': factoriesCsv([
        ['F 1', 'Alpha', 'open', '', '0'],
        ['F2', 'Beta', 'open', '', '0'],
      ]),
    },
    'factories.csv:2: factory_id: expected an id of letters, digits and hyphens',
  ],
  [
    'a malformed Open Supply Hub id',
    {
      'factories.csv':
        'factory_id,name,status,os_id\nF1,A,open,KH20190\nF2,B,open,KH-2020-114-9MZR2D\n',
    },
    'factories.csv:2: os_id: expected an Open Supply Hub id',
  ],
  [
    'dataset.json without demo',
    { 'dataset.json': '{\n  "title": "T",\n  "publisher": "P"\n}\n' },
    'dataset.json:1: demo: expected true or false',
  ],
  [
    'dataset.json with an empty title (reported on its line)',
    { 'dataset.json': '{\n  "title": "",\n  "publisher": "P",\n  "demo": false\n}\n' },
    'dataset.json:2: title: expected a non-empty string',
  ],
  [
    'dataset.json that is not JSON',
    { 'dataset.json': '{ title: 1 }' },
    'dataset.json:1: (file): is not valid JSON',
  ],
  [
    'dataset.json with a comma missing (reported on the line the parser stopped at)',
    { 'dataset.json': '{\n  "title": "T",\n  "publisher": "P"\n  "demo": true\n}\n' },
    'dataset.json:4: (file): is not valid JSON',
  ],
  [
    'dataset.json cut short (reported on its last line)',
    { 'dataset.json': '{\n  "title": "T",\n  "publisher": "P",\n  "demo": \n' },
    'dataset.json:4: (file): is not valid JSON',
  ],
  [
    'dataset.json with an object where text is expected',
    {
      'dataset.json':
        '{\n  "title": "T",\n  "publisher": "P",\n  "licence": { "name": "CC" },\n  "demo": true\n}\n',
    },
    'dataset.json:4: licence: expected text (a JSON string), found an object',
  ],
  [
    'a file separated by semicolons, as some spreadsheets save CSV',
    { 'factories.csv': 'factory_id;name;status\nF1;Alpha;open\nF2;Beta;open\n' },
    'factories.csv:1: (file): the header is one cell with its columns separated by semicolons: expected columns separated by commas',
  ],
  [
    'a file separated by tabs',
    { 'cycles.csv': 'cycle\tlabel\tperiod_start\tperiod_end\n2021\tY\t2021-01-01\t2021-12-31\n' },
    'cycles.csv:1: (file): the header is one cell with its columns separated by tabs',
  ],
  [
    'no assessment files at all',
    { 'assessments/2020.csv': null, 'assessments/2021.csv': null },
    'assessments/:1: (file): no assessment files',
  ],
  [
    'an unterminated quote',
    { 'factories.csv': 'factory_id,name,status\nF1,"Alpha,open\nF2,Beta,open\n' },
    'factories.csv:2: (row): quoted cell is never closed',
  ],
  [
    'an id with a Cyrillic letter that looks Latin',
    { 'factories.csv': 'factory_id,name,status\nF1,Alpha,open\n\u041aH-013,Beta,open\n' },
    'factories.csv:3: factory_id: expected an id of letters, digits and hyphens starting with a letter or digit, found "\u041aH-013"; it holds Cyrillic "\u041a" (U+041A), where plain ASCII is expected',
  ],
  [
    'a reference with a non-breaking hyphen',
    {
      'assessments/2021.csv': assessmentCsv([['F\u20111', '2021-03-01', 'C', 'C', 'C']]),
    },
    'assessments/2021.csv:2: factory_id: expected an id of letters, digits and hyphens starting with a letter or digit, found "F\u20111"; it holds a dash that is not the hyphen-minus (U+2011), where plain ASCII is expected',
  ],
  [
    'a finding written with a Cyrillic letter',
    { 'assessments/2021.csv': assessmentCsv([['F1', '2021-03-01', '\u0421', 'C', 'C']]) },
    'assessments/2021.csv:2: CI01: expected C, NC, NA or an empty cell, found "\u0421"; it holds Cyrillic "\u0421" (U+0421), where plain ASCII is expected',
  ],
  [
    'a stray quote that takes in the rows below it, up to the next quote',
    {
      'factories.csv':
        'factory_id,name,status\nF1,"Alpha,open\nF2,Beta,open\nF3,Gamma,open\nF4,"Delta",open\n',
    },
    'factories.csv:2: (row): malformed quotes: expected a quoted cell to end at a comma or line end (write a quote inside a cell as "") (the cell runs on to line 5: lines 3–5 were read as part of this row)',
  ],
];

describe('each error class is refused with its file, line and column', () => {
  it.each(cases)('%s', (_name, overrides, expected) => {
    const { dataset, problems } = loadDataset(makeFiles(overrides));
    expect(dataset).toBeUndefined();
    const errors = errorsOf(overrides);
    expect(
      errors.some((line) => line.startsWith(expected)),
      `expected a line starting with\n  ${expected}\ngot\n  ${errors.join('\n  ')}`,
    ).toBe(true);
    expect(problems.length).toBeGreaterThan(0);
  });
});

describe('a problem is reported once, not again at every reference to what it refused', () => {
  const utf16 = (text: string) =>
    Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
  it.each([
    [
      'factories.csv is not UTF-8',
      { 'factories.csv': latin1('factory_id,name,status\nF1,Alpha,open\nF2,Caf\xe9 Demo,open\n') },
      ['factories.csv:3: (file): is not valid UTF-8: expected the file saved as UTF-8'],
    ],
    [
      'factories.csv is UTF-16',
      { 'factories.csv': utf16('factory_id,name,status\nF1,Alpha,open\nF2,Beta,open\n') },
      [
        'factories.csv:1: (file): is UTF-16 (it starts with a UTF-16 byte order mark): expected the file saved as UTF-8 (in Excel: Save As, "CSV UTF-8")',
      ],
    ],
    [
      'factories.csv is missing',
      { 'factories.csv': null },
      ['factories.csv:1: (file): file is missing: expected it in the data folder'],
    ],
    [
      'the factory_id column is misspelt',
      { 'factories.csv': 'Factory_ID,name,status\nF1,Alpha,open\nF2,Beta,open\n' },
      [
        'factories.csv:1: Factory_ID: unknown column: did you mean "factory_id"?',
        'factories.csv:1: factory_id: missing required column',
      ],
    ],
    [
      'a factory row has too few fields',
      { 'factories.csv': 'factory_id,name,status\nF1,Alpha,open\nF2,Beta\n' },
      ['factories.csv:3: (row): expected 3 fields as in the header, found 2'],
    ],
    [
      'cycles.csv is not UTF-8',
      {
        'cycles.csv': latin1(
          'cycle,label,period_start,period_end\n2020,Ann\xe9e 2020,2020-01-01,2020-12-31\n2021,Year 2021,2021-01-01,2021-12-31\n',
        ),
      },
      ['cycles.csv:2: (file): is not valid UTF-8: expected the file saved as UTF-8'],
    ],
    [
      'a requirement id is in lower case',
      {
        'requirements.csv': [
          'id,track,group,label_en,label_km,label_zh,legal_ref',
          'ci01,critical,fundamental-rights,No child labour,,,',
          'CI02,critical,wages,Minimum wage paid,,,',
          'LR03,key,contracts,Payslips are accurate,,,',
          '',
        ].join('\n'),
      },
      [
        'requirements.csv:2: id: expected an id of capital letters and digits such as CI01, found "ci01"',
      ],
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(errorsOf(overrides)).toEqual(expected);
  });

  it('a factory whose only assessment rows are refused is not also "never assessed"', () => {
    const overrides = {
      'assessments/2020.csv': assessmentCsv([
        ['F1', '2020-03-01', 'C', 'C', 'C'],
        ['F2', '2021-04-01', 'C', 'C', 'C'],
      ]),
      'assessments/2021.csv': assessmentCsv([
        ['F1', '2021-03-01', 'C', 'C', 'C'],
        ['F2', '2021-04-01', 'C', 'C'],
      ]),
    };
    expect(errorsOf(overrides)).toEqual([
      'assessments/2020.csv:3: assessment_date: expected a date within cycle "2020" (2020-01-01 to 2020-12-31), found 2021-04-01',
      'assessments/2021.csv:3: (row): expected 5 fields as in the header, found 4',
    ]);
    expect(warningsOf(overrides)).toEqual([]);
  });
});

describe('problem reporting', () => {
  it('reports every problem in one run, across files, sorted by file and line', () => {
    const errors = errorsOf({
      'factories.csv': factoriesCsv([
        ['F1', 'Alpha', 'open', '', 'x'],
        ['F2', 'Beta', 'closed', '', '0'],
      ]),
      'assessments/2021.csv': assessmentCsv([
        ['F1', '2021-03-01', 'C', 'maybe', 'C'],
        ['F2', '2021-13-01', 'C', 'C', 'C'],
      ]),
    });
    expect(errors.map((line) => line.split(': ').slice(0, 2).join(': '))).toEqual([
      'assessments/2021.csv:2: CI02',
      'assessments/2021.csv:3: assessment_date',
      'factories.csv:2: prior_assessments',
      'factories.csv:3: closed_on',
    ]);
  });

  it('reports the checks between cells of a row whose other cells are refused', () => {
    const errors = errorsOf({
      'factories.csv': [
        'factory_id,name,status,closed_on,workers,women_workers,prior_assessments',
        'F1,Alpha,closed,,500,501,x',
        'F2,Beta,open,2020-01-01,many,5,0',
        'F3,Gamma,shut,2020-13-01,10,5,0',
        '',
      ].join('\n'),
      'cycles.csv': [
        'cycle,label,period_start,period_end,published_on',
        '2021,Reporting year 2021,2021-01-01,2020-12-31,someday',
        '',
      ].join('\n'),
      'strikes.csv': [
        'strike_id,factory_id,union,start_date,end_date,workers_involved,legal',
        'S1,F1,Union A,2021-06-05,2021-06-01,abc,no',
        '',
      ].join('\n'),
    });
    for (const expected of [
      'factories.csv:2: prior_assessments:',
      'factories.csv:2: women_workers: expected at most workers (500), found 501',
      'factories.csv:2: closed_on: expected the closing date of a closed factory, found an empty cell',
      'factories.csv:3: workers:',
      'factories.csv:3: closed_on: expected an empty cell for an open factory, found 2020-01-01',
      'factories.csv:4: status:',
      'factories.csv:4: closed_on: "2020-13-01" is not a day of the calendar',
      'cycles.csv:2: published_on:',
      'cycles.csv:2: period_end: expected a date on or after period_start 2021-01-01, found 2020-12-31',
      'strikes.csv:2: workers_involved:',
      'strikes.csv:2: end_date: expected a date on or after start_date 2021-06-05, found 2021-06-01',
    ]) {
      expect(
        errors.filter((line) => line.startsWith(expected)),
        expected,
      ).toHaveLength(1);
    }
    // A cell that did not parse is reported once, not again as empty by a check between cells.
    expect(errors.filter((line) => line.startsWith('factories.csv:4: closed_on:'))).toHaveLength(1);
  });

  it('counts physical lines: a quoted cell with line breaks moves the lines after it', () => {
    const errors = errorsOf({
      'factories.csv':
        'factory_id,name,address,status\nF1,Alpha,"Street 1\nBlock 2\nPhnom Penh",open\nF2,Beta,,opn\n',
    });
    expect(errors).toEqual(['factories.csv:5: status: expected open or closed, found "opn"']);
  });

  it('counts physical lines with CRLF line ends and a BOM', () => {
    const errors = errorsOf({
      'factories.csv': '\uFEFFfactory_id,name,status\r\nF1,Alpha,open\r\n\r\nF2,Beta,opn\r\n',
    });
    expect(errors).toEqual(['factories.csv:4: status: expected open or closed, found "opn"']);
  });
});

describe('warnings do not stop the build', () => {
  it.each([
    [
      'a factory never assessed',
      {
        'factories.csv': factoriesCsv([
          ['F1', 'Alpha', 'open', '', '0'],
          ['F2', 'Beta', 'open', '', '0'],
          ['F3', 'Gamma', 'open', '', '0'],
        ]),
      },
      'factories.csv:4: factory_id: warning: factory "F3" is never assessed',
    ],
    [
      'a cycle with no assessment file',
      { 'assessments/2021.csv': null },
      'cycles.csv:3: cycle: warning: cycle "2021" has no assessment file',
    ],
    [
      'a factory assessed twice in one cycle',
      {
        'assessments/2021.csv': assessmentCsv([
          ['F1', '2021-03-01', 'C', 'C', 'C'],
          ['F2', '2021-04-01', 'C', 'C', 'C'],
          ['F1', '2021-09-01', 'C', 'C', 'C'],
        ]),
      },
      'assessments/2021.csv:4: factory_id: warning: factory "F1" is assessed more than once in cycle "2021"',
    ],
    [
      'an unknown column outside assessment files',
      { 'factories.csv': 'factory_id,name,status,notes\nF1,A,open,x\nF2,B,open,y\n' },
      'factories.csv:1: notes: warning: unknown column: not part of the data contract, ignored',
    ],
  ] as const)('%s', (_name, overrides, expected) => {
    const { dataset } = loadDataset(makeFiles(overrides));
    expect(dataset).toBeDefined();
    expect(
      warningsOf(overrides).some((line) => line.startsWith(expected)),
      warningsOf(overrides).join('\n'),
    ).toBe(true);
  });

  it('a misspelt optional column is an error, not a warning (it would silently drop data)', () => {
    expect(
      errorsOf({
        'factories.csv': 'factory_id,name,status,prior_assesments\nF1,A,open,3\nF2,B,open,0\n',
      }),
    ).toEqual([
      'factories.csv:1: prior_assesments: unknown column: did you mean "prior_assessments"?',
    ]);
  });
});
