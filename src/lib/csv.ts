import Papa from 'papaparse';
import {
  CELL_LIMITS,
  cellLimit,
  formatCount,
  MAX_COLUMNS,
  MAX_ROWS,
  MULTILINE_COLUMNS,
} from './limits';
import { FILE_COLUMN, makeProblem, ROW_COLUMN, type Problem } from './problems';
import { describeUnsafe, findUnsafeCharacter, SUSPECT_IN_FILE } from './unsafe-text';
import { pushAll } from './arrays';

export interface CsvRecord {
  /** Physical line on which the record starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  file: string;
  /** Header names, trimmed. */
  header: string[];
  /** Records with exactly as many fields as the header; the others are reported and left out… */
  records: CsvRecord[];
  /** …and kept here, so that what they declare is not reported again where it is referred to. */
  refused: CsvRecord[];
}

const BOM = '\uFEFF';
const LF = 10;
const CR = 13;
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8, dropping a leading BOM. Invalid bytes are reported per physical line, so a file
 * saved as Latin-1 or Windows-1252 points to every line that needs fixing.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string; problems: Problem[] } {
  try {
    return { text: stripBom(strictDecoder.decode(bytes)), problems: [] };
  } catch {
    const utf16 = utf16Sign(bytes);
    if (utf16 !== null) {
      return {
        text: '',
        problems: [
          makeProblem(
            'error',
            file,
            1,
            FILE_COLUMN,
            `is UTF-16 (${utf16}): expected the file saved as UTF-8 (in Excel: Save As, "CSV UTF-8")`,
          ),
        ],
      };
    }
    return { text: '', problems: findInvalidUtf8Lines(bytes, file) };
  }
}

/**
 * How a file shows it is UTF-16, which every line would otherwise be reported for: its byte order
 * mark, or zero bytes beside its letters (`utf16WithoutBom`).
 */
function utf16Sign(bytes: Uint8Array): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'it starts with a UTF-16 byte order mark';
  }
  return utf16WithoutBom(bytes) === null ? null : 'every other byte of its start is zero';
}

/**
 * The byte order of UTF-16 text written without a byte order mark, or null. Separators, line
 * ends and headers are ASCII, which UTF-16 writes with a zero byte beside each character's other
 * byte: zeros at one parity of the first bytes and almost none at the other. UTF-8 and
 * Windows-1252 text has no zero bytes.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (bytes[2 * i] === 0) evenZeros += 1;
    if (bytes[2 * i + 1] === 0) oddZeros += 1;
  }
  const many = (zeros: number) => zeros >= pairs * 0.3;
  const few = (zeros: number) => zeros <= pairs * 0.02;
  if (many(oddZeros) && few(evenZeros)) return 'utf-16le';
  if (many(evenZeros) && few(oddZeros)) return 'utf-16be';
  return null;
}

function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

function findInvalidUtf8Lines(bytes: Uint8Array, file: string): Problem[] {
  const problems: Problem[] = [];
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    // A line ends at LF, CRLF or a lone CR, as an editor shows it.
    let end = start;
    while (end < bytes.length && bytes[end] !== LF && bytes[end] !== CR) end += 1;
    try {
      strictDecoder.decode(bytes.subarray(start, end));
    } catch {
      problems.push(
        makeProblem(
          'error',
          file,
          line,
          FILE_COLUMN,
          'is not valid UTF-8: expected the file saved as UTF-8',
        ),
      );
    }
    start = bytes[end] === CR && bytes[end + 1] === LF ? end + 2 : end + 1;
    line += 1;
  }
  return problems;
}

/**
 * Parses RFC 4180 CSV (comma, double quotes, LF or CRLF, line breaks inside quoted cells) and
 * records the physical line each record starts on. Blank lines are skipped. Every cell and header
 * is checked for refused characters and for its length, and the file for lone CR line ends and
 * its row count, each problem on the line an editor shows.
 */
export function parseCsv(
  text: string,
  file: string,
  maxRows = MAX_ROWS,
): { table: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const refuse = (line: number, column: string, message: string) =>
    problems.push(makeProblem('error', file, line, column, message));
  const table: CsvTable = { file, header: [], records: [], refused: [] };
  if (text.trim() === '') {
    refuse(1, FILE_COLUMN, 'file is empty: expected a header row');
    return { table, problems };
  }
  if (text.includes('\r')) {
    pushAll(problems, findLoneCarriageReturns(text, file));
    // Editors break lines at a lone CR too: with every line end made LF, lines are counted as
    // they show them and the other problems of the file are still found.
    text = text.replace(/\r\n?/g, '\n');
  }
  const checkCharacters = SUSPECT_IN_FILE.test(text);

  const lineAt = makeLineCounter(text);
  let recordStart = 0;
  let headerSeen = false;
  let columns: ColumnRule[] = [];
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    step: (result, parser) => {
      const line = lineAt(recordStart);
      recordStart = result.meta.cursor;
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '' && result.errors.length === 0) return;
      if (result.errors.length > 0) {
        // A stray quote makes one cell of every line up to the next quote: say which lines.
        const last = lineAt(Math.max(recordStart - 1, 0));
        const ranOn =
          last > line
            ? ` (the cell runs on to line ${last}: lines ${line + 1}–${last} were read as part of this row)`
            : '';
        for (const error of result.errors) {
          refuse(line, ROW_COLUMN, `${describeParseError(error)}${ranOn}`);
        }
      }
      const spansLines = lineAt(recordStart) - line > 1;
      if (!headerSeen) {
        headerSeen = true;
        if (cells.length > MAX_COLUMNS) {
          refuse(
            line,
            FILE_COLUMN,
            `header has ${formatCount(cells.length)} columns: expected at most ${formatCount(MAX_COLUMNS)} (the file was not read further)`,
          );
          parser.abort();
          return;
        }
        table.header = cells.map((name) => name.trim());
        columns = table.header.map((name) => ({
          name,
          limit: cellLimit(name),
          multiline: MULTILINE_COLUMNS.has(name),
        }));
        pushAll(problems, checkHeader(cells, file, line));
        return;
      }
      if (result.errors.length > 0) return;
      if (cells.length !== table.header.length) {
        refuse(
          line,
          ROW_COLUMN,
          `expected ${table.header.length} fields as in the header, found ${cells.length}`,
        );
        table.refused.push({ line, cells });
        return;
      }
      if (table.records.length === maxRows) {
        refuse(
          line,
          FILE_COLUMN,
          `file has more than ${formatCount(maxRows)} rows: expected at most ${formatCount(maxRows)} (the rest of the file was not read)`,
        );
        parser.abort();
        return;
      }
      checkCells(cells, columns, file, line, checkCharacters || spansLines, problems);
      table.records.push({ line, cells });
    },
  });
  return { table, problems };
}

function findLoneCarriageReturns(text: string, file: string): Problem[] {
  const lone = /\r(?!\n)/g;
  const first = lone.exec(text);
  if (first === null) return [];
  let count = 1;
  while (lone.exec(text) !== null) count += 1;
  const before = text.slice(0, first.index);
  const line = (before.match(/\r\n?|\n/g)?.length ?? 0) + 1;
  const more = count > 1 ? ` (${formatCount(count)} lines of this file end so)` : '';
  return [
    makeProblem(
      'error',
      file,
      line,
      FILE_COLUMN,
      `line ends with a lone carriage return (CR, old Mac style)${more}: expected LF or CRLF line ends`,
    ),
  ];
}

interface ColumnRule {
  name: string;
  limit: number;
  multiline: boolean;
}

/**
 * Length and characters of each cell, into `problems`; characters only when the file or the
 * record can hold a bad one, so a clean file costs one comparison per cell.
 */
function checkCells(
  cells: readonly string[],
  columns: readonly ColumnRule[],
  file: string,
  line: number,
  checkCharacters: boolean,
  problems: Problem[],
): void {
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i] ?? '';
    const column = columns[i];
    if (column === undefined) continue;
    if (cell.length > column.limit) {
      problems.push(
        makeProblem(
          'error',
          file,
          line,
          column.name,
          `cell is ${formatCount(cell.length)} characters long: expected at most ${formatCount(column.limit)}`,
        ),
      );
      continue;
    }
    if (!checkCharacters) continue;
    const unsafe = findUnsafeCharacter(cell, column.multiline);
    if (unsafe !== undefined) {
      problems.push(
        makeProblem('error', file, line, column.name, `cell ${describeUnsafe(unsafe)}`),
      );
    }
  }
}

/** Returns a function from a character offset to its 1-based line; offsets must not decrease. */
export function makeLineCounter(text: string): (offset: number) => number {
  let position = 0;
  let line = 1;
  return (offset) => {
    while (position < offset) {
      const next = text.indexOf('\n', position);
      if (next === -1 || next >= offset) {
        position = offset;
        break;
      }
      line += 1;
      position = next + 1;
    }
    return line;
  };
}

function describeParseError(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'quoted cell is never closed: expected a closing double quote';
    case 'InvalidQuotes':
      return 'malformed quotes: expected a quoted cell to end at a comma or line end (write a quote inside a cell as "")';
    default:
      return `cannot parse the row: ${error.message}`;
  }
}

function checkHeader(cells: readonly string[], file: string, line: number): Problem[] {
  const problems: Problem[] = [];
  const refuse = (column: string, message: string) =>
    problems.push(makeProblem('error', file, line, column, message));
  const seen = new Set<string>();
  cells.forEach((raw, index) => {
    const name = raw.trim();
    const position = `column ${index + 1}`;
    const unsafe = findUnsafeCharacter(raw, false);
    if (unsafe !== undefined) {
      refuse(name || position, `column name ${describeUnsafe(unsafe)}`);
    } else if (name.length > CELL_LIMITS.header) {
      refuse(
        position,
        `column name is ${formatCount(name.length)} characters long: expected at most ${CELL_LIMITS.header}`,
      );
    }
    if (name === '') refuse(position, 'empty column name: expected a header');
    else if (seen.has(name)) refuse(name, 'duplicate column: expected each column once');
    seen.add(name);
  });
  return problems;
}

/**
 * The values a column holds in every row of a table, rows refused for their number of fields
 * included: the ids a file declares, valid or not, so that a reference to an id whose row is
 * refused is not reported again. Null when the table or the column could not be read (an error
 * says so already): then no reference to it can be checked.
 */
export function declaredValues(table: CsvTable | undefined, column: string): Set<string> | null {
  const index = table?.header.indexOf(column) ?? -1;
  if (table === undefined || index === -1) return null;
  return new Set(
    [...table.records, ...table.refused].flatMap((record) =>
      record.cells[index] === undefined ? [] : [record.cells[index].trim()],
    ),
  );
}

/** Splits a `;`-separated list cell: surrounding spaces ignored, empty items dropped. */
export function splitList(cell: string | undefined): string[] {
  if (cell === undefined) return [];
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
