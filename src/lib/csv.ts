import Papa from 'papaparse';
import { FILE_COLUMN, makeProblem, ROW_COLUMN, type Problem } from './problems';

export interface CsvRecord {
  /** Physical line on which the record starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  file: string;
  /** Header names, trimmed. */
  header: string[];
  /** Records with exactly as many fields as the header; the others are reported and left out. */
  records: CsvRecord[];
}

const BOM = '\uFEFF';
const LF = 10;
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8, dropping a leading BOM. Invalid bytes are reported per physical line, so a file
 * saved as Latin-1 or Windows-1252 points to every line that needs fixing.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string; problems: Problem[] } {
  try {
    return { text: stripBom(strictDecoder.decode(bytes)), problems: [] };
  } catch {
    return { text: '', problems: findInvalidUtf8Lines(bytes, file) };
  }
}

function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

function findInvalidUtf8Lines(bytes: Uint8Array, file: string): Problem[] {
  const problems: Problem[] = [];
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(LF, start);
    if (end === -1) end = bytes.length;
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
    start = end + 1;
    line += 1;
  }
  return problems;
}

/**
 * Parses RFC 4180 CSV (comma, double quotes, LF or CRLF, line breaks inside quoted cells) and
 * records the physical line each record starts on. Blank lines are skipped.
 */
export function parseCsv(text: string, file: string): { table: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const table: CsvTable = { file, header: [], records: [] };
  if (text.trim() === '') {
    problems.push(
      makeProblem('error', file, 1, FILE_COLUMN, 'file is empty: expected a header row'),
    );
    return { table, problems };
  }

  const lineAt = makeLineCounter(text);
  let recordStart = 0;
  let headerSeen = false;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(recordStart);
      recordStart = result.meta.cursor;
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '' && result.errors.length === 0) return;
      for (const error of result.errors) {
        problems.push(makeProblem('error', file, line, ROW_COLUMN, describeParseError(error)));
      }
      if (!headerSeen) {
        headerSeen = true;
        table.header = cells.map((name) => name.trim());
        problems.push(...checkHeader(table.header, file));
        return;
      }
      if (result.errors.length > 0) return;
      if (cells.length !== table.header.length) {
        problems.push(
          makeProblem(
            'error',
            file,
            line,
            ROW_COLUMN,
            `expected ${table.header.length} fields as in the header, found ${cells.length}`,
          ),
        );
        return;
      }
      table.records.push({ line, cells });
    },
  });
  return { table, problems };
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

function checkHeader(header: readonly string[], file: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === '') {
      problems.push(
        makeProblem(
          'error',
          file,
          1,
          `column ${index + 1}`,
          'empty column name: expected a header',
        ),
      );
    } else if (seen.has(name)) {
      problems.push(
        makeProblem('error', file, 1, name, 'duplicate column: expected each column once'),
      );
    }
    seen.add(name);
  });
  return problems;
}

/**
 * Every trimmed value of a column, valid or not. References are checked against these, so a
 * row refused for one problem does not also make every reference to it an "unknown" error.
 */
export function declaredValues(table: CsvTable | undefined, column: string): Set<string> {
  const index = table?.header.indexOf(column) ?? -1;
  if (table === undefined || index === -1) return new Set();
  return new Set(table.records.map((record) => (record.cells[index] ?? '').trim()));
}

/** Splits a `;`-separated list cell: surrounding spaces ignored, empty items dropped. */
export function splitList(cell: string | undefined): string[] {
  if (cell === undefined) return [];
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
