import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/lib/ids';
import { loadDataset, type LoadResult } from '../../src/lib/load-dataset';
import { formatProblem } from '../../src/lib/problems';
import { BASE_FILES, makeFiles, type FileOverrides } from '../helpers/dataset';

/**
 * Whatever the bytes, the validator ends in a dataset or in located errors: never an exception,
 * never a problem without a file, a line of at least 1, a column and a message, and never a
 * report line that the input could split or forge. Runs are bounded and seeded, so the suite
 * stays quick and a failure replays.
 */
const BUILD_DATE = '2026-03-15' as IsoDate;
const SEED = 20_140_301;
const NAUGHTY: string[] = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../golden/naughty-strings/blns.json'), 'utf8'),
) as string[];
const CSV_FILES = Object.keys(BASE_FILES).filter((name) => name.endsWith('.csv'));
const ALL_FILES = [...Object.keys(BASE_FILES), 'strikes.csv', 'responses.csv'];

/** Anything that could end a log line or change how it reads, raw. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_IN_REPORT = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/;

function load(overrides: FileOverrides): LoadResult {
  return loadDataset(makeFiles(overrides), { buildDate: BUILD_DATE });
}

/** The invariant every run must keep. */
function expectLocated(result: LoadResult): void {
  const errors = result.problems.filter((p) => p.severity === 'error');
  expect(result.dataset === undefined).toBe(errors.length > 0);
  for (const problem of result.problems) {
    expect(typeof problem.file).toBe('string');
    expect(Number.isInteger(problem.line) && problem.line >= 1, formatProblem(problem)).toBe(true);
    expect(problem.column.length).toBeGreaterThan(0);
    expect(problem.message.length).toBeGreaterThan(0);
    const line = formatProblem(problem);
    expect(RAW_IN_REPORT.test(line), line).toBe(false);
    expect(line.startsWith(`${problem.file}:${problem.line}: `) || problem.file !== '').toBe(true);
  }
}

const cell = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(...NAUGHTY),
  fc.constantFrom(
    'C',
    'NC',
    'na',
    'F1',
    'F2',
    '2020-03-01',
    '2021-02-29',
    'open',
    'closed',
    '"',
    '',
  ),
);
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

/** RFC 4180 text of arbitrary rows, with one line-end style or a mix. */
const csvText = fc
  .tuple(
    fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 8 }),
    lineEnd,
    fc.boolean(),
  )
  .map(([rows, newline, bom]) => (bom ? '\uFEFF' : '') + Papa.unparse(rows, { newline }));

describe('property: any input ends in a dataset or located errors', () => {
  it('random bytes in any file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_FILES), fc.uint8Array({ maxLength: 400 }), (file, bytes) =>
        expectLocated(load({ [file]: bytes })),
      ),
      { numRuns: 150, seed: SEED },
    );
  });

  it('random CSV in any CSV file', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CSV_FILES, 'strikes.csv', 'responses.csv'),
        csvText,
        (file, text) => expectLocated(load({ [file]: text })),
      ),
      { numRuns: 150, seed: SEED },
    );
  });

  it('one random cell in a valid file, the error (if any) on its own line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CSV_FILES), fc.nat(), fc.nat(), cell, (file, r, c, value) => {
        const rows = Papa.parse<string[]>(BASE_FILES[file] ?? '', { skipEmptyLines: true }).data;
        const row = 1 + (r % (rows.length - 1));
        const column = c % (rows[0]?.length ?? 1);
        const target = rows[row];
        if (target === undefined) return;
        target[column] = value;
        const result = load({ [file]: Papa.unparse(rows, { newline: '\n' }) + '\n' });
        expectLocated(result);
        // An error in the changed file is on the changed row, on the header, or names the row.
        const physical =
          Papa.unparse(rows.slice(0, row), { newline: '\n' }).split(/\r\n|\r|\n/).length + 1;
        const errors = result.problems.filter((p) => p.file === file && p.severity === 'error');
        if (errors.length > 0 && !/[\r\n\u2028\u2029"]/.test(value)) {
          const here = errors.filter(
            (p) => p.line === physical || p.line === 1 || p.message.includes(`line ${physical}`),
          );
          expect(here.length, errors.map((p) => formatProblem(p)).join('\n')).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200, seed: SEED },
    );
  });

  it('random file names in the folder', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }),
          fc.constantFrom(
            'x.csv',
            'X.CSV',
            'assessments/x.tsv',
            'a/b/c.json',
            'assessments/a/b.csv',
          ),
        ),
        fc.constantFrom('', '.csv', '.CSV', '.json', '.xlsx', '.md'),
        (name, extension) => expectLocated(load({ [`${name}${extension}`]: 'a,b\n' })),
      ),
      { numRuns: 150, seed: SEED },
    );
  });
});

describe('property: no input can forge a line of the report', () => {
  const forged = (text: string) =>
    `${text}\nfactories.csv:1: name: forged\r\u001b[2Kfactories.csv:2: x: y`;
  const places: Array<[string, (text: string) => FileOverrides]> = [
    [
      'a cell',
      (text) => ({
        'factories.csv': `factory_id,name,status\nF1,"${text.replaceAll('"', '""')}",open\nF2,B,opn\n`,
      }),
    ],
    [
      'a header',
      (text) => ({
        'factories.csv': `factory_id,name,status,"${text.replaceAll('"', '""')}"\nF1,A,open,\nF2,B,open,\n`,
      }),
    ],
    ['a file name', (text) => ({ [`${text}.csv`]: 'a\n' })],
    [
      'an unknown dataset.json key',
      (text) => ({
        'dataset.json': JSON.stringify({ title: 'T', publisher: 'P', demo: true, [text]: 1 }),
      }),
    ],
    [
      'a reference',
      (text) => ({
        'responses.csv': `factory_id,date,language,text\n"${text.replaceAll('"', '""')}",2020-01-01,en,x\n`,
      }),
    ],
  ];
  it.each(places)('in %s', (_place, overrides) => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => {
        const { problems } = load(overrides(forged(text)));
        const report = problems.map((p) => formatProblem(p, 'data/')).join('\n');
        expect(report.split('\n')).toHaveLength(problems.length);
        for (const line of report.split('\n')) {
          expect(line).toMatch(/^data\/[^\n]*:\d+: /);
          expect(RAW_IN_REPORT.test(line), line).toBe(false);
        }
      }),
      { numRuns: 40, seed: SEED },
    );
  });
});

describe('the Big List of Naughty Strings through every text field', () => {
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  /** Each string on its own row; a row's problems stay on its line and column. */
  const perRow: Array<[string, string, string, (value: string, i: number) => string]> = [
    ...[
      'name',
      'name_km',
      'name_zh',
      'aliases',
      'parent_company',
      'province',
      'address',
      'buyers',
    ].map((column): [string, string, string, (value: string, i: number) => string] => [
      'factories.csv',
      column,
      `factory_id,name,status,${column === 'name' ? 'province' : column}`,
      (value, i) =>
        column === 'name'
          ? `N${i},${quote(value)},open,`
          : `N${i},Naughty ${i},open,${quote(value)}`,
    ]),
    ...['union', 'federation', 'summary', 'requirements_missed'].map(
      (column): [string, string, string, (value: string, i: number) => string] => [
        'strikes.csv',
        column,
        `strike_id,factory_id,union,start_date,legal,${column === 'union' ? 'summary' : column}`,
        (value, i) =>
          column === 'union'
            ? `S${i},F1,${quote(value)},2020-05-01,no,`
            : `S${i},F1,Union,2020-05-01,no,${quote(value)}`,
      ],
    ),
    [
      'responses.csv',
      'text',
      'factory_id,date,language,text',
      (value) => `F1,2020-06-01,en,${quote(value)}`,
    ],
  ];

  it.each(perRow)('%s %s', (file, column, header, row) => {
    const lines = [header];
    const lineOf: number[] = [];
    let physical = 2;
    NAUGHTY.forEach((value, i) => {
      const text = row(value, i);
      lines.push(text);
      lineOf.push(physical);
      physical += text.split(/\r\n|\r|\n/).length;
    });
    const result = load({ [file]: `${lines.join('\n')}\n` });
    expectLocated(result);
    const rowLines = new Set(lineOf);
    for (const problem of result.problems.filter((p) => p.file === file)) {
      if (problem.severity === 'warning') continue;
      expect(rowLines.has(problem.line), formatProblem(problem)).toBe(true);
      expect([column, '(file)'], formatProblem(problem)).toContain(problem.column);
    }
    // Most strings are ordinary text with odd content: they must pass.
    const refused = new Set(
      result.problems.filter((p) => p.file === file && p.severity === 'error').map((p) => p.line),
    );
    expect(refused.size).toBeLessThan(NAUGHTY.length / 4);
  });

  const perDataset: Array<[string, (value: string) => FileOverrides]> = [
    ...['title', 'publisher', 'country', 'licence', 'source_url', 'contact'].map(
      (key): [string, (value: string) => FileOverrides] => [
        `dataset.json ${key}`,
        (value) => ({
          'dataset.json': JSON.stringify({ title: 'T', publisher: 'P', demo: true, [key]: value }),
        }),
      ],
    ),
    ...['label_en', 'label_km', 'label_zh', 'legal_ref'].map(
      (column): [string, (value: string) => FileOverrides] => [
        `requirements.csv ${column}`,
        (value) => ({
          'requirements.csv': `id,track,group,label_en,${column === 'label_en' ? 'legal_ref' : column}\nCI01,critical,a,${column === 'label_en' ? `${quote(value)},` : `x,${quote(value)}`}\nCI02,critical,a,y,\nLR03,key,a,z,\n`,
        }),
      ],
    ),
    [
      'cycles.csv label',
      (value) => ({
        'cycles.csv': `cycle,label,period_start,period_end\n2020,${quote(value)},2020-01-01,2020-12-31\n2021,Y,2021-01-01,2021-12-31\n`,
      }),
    ],
  ];

  it.each(perDataset)('%s', (_field, overrides) => {
    for (const value of NAUGHTY) {
      const result = load(overrides(value));
      expectLocated(result);
      for (const problem of result.problems.filter((p) => p.severity === 'error')) {
        expect(problem.line, formatProblem(problem)).toBeLessThanOrEqual(2);
      }
    }
  });
});
