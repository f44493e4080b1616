import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseCsv, splitList } from '../../src/lib/csv';
import { formatProblem } from '../../src/lib/problems';

/**
 * RFC 4180 edge cases, each from a way real exports go wrong: Excel's BOM and CRLF, addresses
 * with commas and line breaks, names with quotes, a trailing blank line from editors.
 */
const parse = (text: string) => parseCsv(text, 'test.csv');

describe('parseCsv', () => {
  it.each<[string, string, string[][], number[]]>([
    [
      'quoted commas stay in one cell (addresses)',
      'a,b\n"Street 1, Phnom Penh",x\n',
      [['Street 1, Phnom Penh', 'x']],
      [2],
    ],
    [
      'doubled quotes are one quote (names with nicknames)',
      'a,b\n"Pearl ""Factory 2""",x\n',
      [['Pearl "Factory 2"', 'x']],
      [2],
    ],
    [
      'line breaks inside quotes stay in the cell and move later lines',
      'address,b\n"one\ntwo",x\ny,z\n',
      [
        ['one\ntwo', 'x'],
        ['y', 'z'],
      ],
      [2, 4],
    ],
    [
      'CRLF line ends (Excel on Windows)',
      'a,b\r\n1,2\r\n3,4\r\n',
      [
        ['1', '2'],
        ['3', '4'],
      ],
      [2, 3],
    ],
    [
      'CRLF inside a quoted cell becomes LF (one line end in every stored text)',
      'address,b\r\n"x\r\ny",2\r\n3,4\r\n',
      [
        ['x\ny', '2'],
        ['3', '4'],
      ],
      [2, 4],
    ],
    ['no newline after the last record', 'a,b\n1,2', [['1', '2']], [2]],
    ['an empty trailing line', 'a,b\n1,2\n\n', [['1', '2']], [2]],
    [
      'blank lines in the middle are skipped but counted',
      'a,b\n1,2\n\n3,4\n',
      [
        ['1', '2'],
        ['3', '4'],
      ],
      [2, 4],
    ],
    ['empty cells', 'a,b,c\n,,\n', [['', '', '']], [2]],
    ['Khmer and Chinese text', 'a,b\nរោងចក្រ,莲花\n', [['រោងចក្រ', '莲花']], [2]],
  ])('%s', (_name, text, cells, lines) => {
    const { table, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(table.records.map((r) => r.cells)).toEqual(cells);
    expect(table.records.map((r) => r.line)).toEqual(lines);
  });

  it('trims header names', () => {
    expect(parse(' a , b \n1,2\n').table.header).toEqual(['a', 'b']);
  });

  it('reports a stray quote inside an unquoted-looking cell', () => {
    const { problems } = parse('a,b\n"x"y,2\n');
    expect(problems.map((p) => `${p.line}: ${p.column}`)).toContain('2: (row)');
  });
});

describe('parseCsv: line ends and lines as an editor shows them', () => {
  it.each<[string, string, string[], number[]]>([
    [
      'a lone CR ends a line (and is refused once for the file)',
      'a,b\r1,2\r3,4\n',
      [
        'test.csv:1: (file): line ends with a lone carriage return (CR, old Mac style) (2 lines of this file end so): expected LF or CRLF line ends',
      ],
      [2, 3],
    ],
    [
      'CRLF, LF and a lone CR in one file',
      'a,b\r\n1,2\n3,4\r5,6\r\n',
      [
        'test.csv:3: (file): line ends with a lone carriage return (CR, old Mac style): expected LF or CRLF line ends',
      ],
      [2, 3, 4],
    ],
    [
      'a header after blank lines is read on its own line',
      '\n\na,a\n1,2\n',
      ['test.csv:3: a: duplicate column: expected each column once'],
      [4],
    ],
  ])('%s', (_name, text, problems, lines) => {
    const result = parse(text);
    expect(result.problems.map((p) => formatProblem(p))).toEqual(problems);
    expect(result.table.records.map((r) => r.line)).toEqual(lines);
  });

  it('a line break inside a quoted cell of a one-line column is refused on the record line', () => {
    const { problems } = parse('name,address\nx,"a\nb"\n"c\nd",y\n');
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'test.csv:4: name: cell holds a line break (U+000A) at character 2: expected one line; only address, summary and text cells may hold line breaks',
    ]);
  });
});

describe('decodeUtf8', () => {
  it('drops a leading BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a,b\n')]);
    expect(decodeUtf8(bytes, 'x.csv')).toEqual({ text: 'a,b\n', problems: [] });
  });

  it('counts CR-only and CRLF line ends when naming lines with invalid UTF-8', () => {
    const bytes = new Uint8Array([0x61, 0x0d, 0x62, 0x0d, 0x0a, 0xe9, 0x0a]);
    expect(decodeUtf8(bytes, 'x.csv').problems.map((p) => p.line)).toEqual([3]);
  });

  it('reports each line holding invalid UTF-8', () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0xe9, 0x0a, 0x62, 0x0a, 0xff, 0x0a]);
    expect(decodeUtf8(bytes, 'x.csv').problems.map((p) => p.line)).toEqual([2, 4]);
  });
});

describe('splitList', () => {
  it.each([
    ['Demo Brand A; Demo Brand B', ['Demo Brand A', 'Demo Brand B']],
    [' a ;; b ; ', ['a', 'b']],
    ['', []],
    [undefined, []],
  ])('%j', (cell, expected) => {
    expect(splitList(cell)).toEqual(expected);
  });
});
