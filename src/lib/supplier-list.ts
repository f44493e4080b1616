/**
 * Reading a brand's supplier list for the supplier check: pasted text or an uploaded file, in the
 * layouts brands already keep (research notes, part 2 section 2): the ODSAS template, Transparency
 * Pledge style lists and Open Supply Hub upload files. Pure, so the browser and the tests run the
 * same code; reading XLSX is left to the caller, which loads that library only when needed.
 *
 * Tolerant where lists are messy (research notes, part 2 section 3, row 15): headers in any case
 * and order, comma, semicolon or tab separated, `N/A` read as empty, blank rows skipped, rows with
 * missing trailing cells padded, a problem in one row reported on that row without failing the file.
 */
import Papa from 'papaparse';
import { makeLineCounter } from './csv';
import {
  HEADER_SEARCH_ROWS,
  headerRowOf,
  layoutOf,
  mapHeader,
  MAX_TITLE_ROWS,
  type ListField,
  type ListLayout,
} from './supplier-headers';
import { countryHeading, noteRowsAtEnd } from './supplier-notes';
import { fillMergedRows, type MergedRange } from './xlsx-merges';

export {
  LIST_FIELDS,
  mapHeader,
  normaliseHeader,
  type ListField,
  type ListLayout,
} from './supplier-headers';

/** A file the check cannot read, with what to do about it. */
export type ListError =
  | { code: 'empty' }
  | { code: 'tooBig'; bytes: number; limit: number }
  | { code: 'tooManyRows'; rows: number; limit: number }
  | { code: 'wrongType'; name: string }
  | { code: 'legacyExcel' }
  | { code: 'noNameColumn'; header: string[] }
  | { code: 'badJson' }
  | { code: 'jsonTooDeep'; limit: number }
  | { code: 'unreadable'; detail: string };

/** A problem with one row; the row still appears in the report. */
export type RowProblem =
  | { code: 'malformedRow'; detail: string }
  | { code: 'badOsId'; value: string }
  | { code: 'longValue'; column: string; length: number; limit: number };

export interface ListRow {
  /** Line in the pasted text or file (the header is line 1 of a file); row number in a spreadsheet. */
  line: number;
  /** The workbook's sheet the row is on, when the list is read from several. */
  sheet?: string;
  values: Record<ListField, string>;
  problems: RowProblem[];
}

export interface SupplierList {
  layout: ListLayout;
  /** Which header of the list each field was read from. */
  columns: Partial<Record<ListField, string>>;
  rows: ListRow[];
  /** Rows left out because every cell was empty. */
  blankRows: number;
  /** Rows above the header read as the list's title, and the header's line, when there are any. */
  title?: { rows: number; headerLine: number };
  /** Rows at the end read as notes below the list ("Total: 45", "Source: …"), when there are any. */
  notes?: { rows: number; firstLine: number };
  /** Lines read as country headings ("VIETNAM"), whose country is the rows' under them. */
  headings?: number[];
  /** Lines of pasted text that number a page of the document it came from ("Page 2 of 3"). */
  pageLines?: number[];
  /** For a list read from several sheets: each sheet's title, notes and headings, if any. */
  sheets?: Array<{ sheet: string } & Pick<SupplierList, 'title' | 'notes' | 'headings'>>;
}

export type ListReading = { ok: true; list: SupplierList } | { ok: false; error: ListError };

/** Open Supply Hub takes files under 5 MB; a supplier list is far smaller than that. */
export const MAX_LIST_BYTES = 5 * 1024 * 1024;
/** Rows checked at most in one go; larger lists are split by the user. */
export const MAX_LIST_ROWS = 10_000;
/**
 * Characters of a cell compared; the rest is left out, with a note. The longest registered
 * factory names and addresses are a few hundred characters; comparing megabytes of text as a
 * name took the check minutes.
 */
export const MAX_CELL_LENGTH = 500;

const EMPTY_VALUES = /^(?:n\/a|#n\/a|-|–|—)$/i;

/** A cell as the check reads it: trimmed, with "N/A" and a lone dash read as empty. */
export function cellValue(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  const text = (raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw)).trim();
  return EMPTY_VALUES.test(text) ? '' : text;
}

const OS_ID = /^[A-Z]{2}\d{7}[A-Z0-9]{6}$/;

/** An OS id as written in a list ("KH2019063XQ4T7B", "kh-2019063-xq4t7b"), or null if it has another shape. */
export function parseOsId(value: string): string | null {
  const compact = value.replace(/[-\s]/g, '').toUpperCase();
  return OS_ID.test(compact) ? compact : null;
}

/** A row's values with every field empty. */
export const emptyListValues = (): Record<ListField, string> => ({
  name: '',
  nativeName: '',
  supplierName: '',
  address: '',
  city: '',
  province: '',
  country: '',
  parentCompany: '',
  osId: '',
  factoryId: '',
});

interface RawRow {
  line: number;
  cells: unknown[];
  problems: RowProblem[];
}

/**
 * A table (header first) as a supplier list. Fails only when no column holds factory names; every
 * other problem stays with its row.
 */
export function listFromTable(
  header: readonly string[],
  rows: readonly RawRow[],
  title: SupplierList['title'] | null = null,
): ListReading {
  const fields = mapHeader(header);
  const nameAt = fields.indexOf('name');
  const nativeAt = fields.indexOf('nativeName');
  if (nameAt === -1 && nativeAt === -1) {
    return { ok: false, error: { code: 'noNameColumn', header: header.map((h) => h.trim()) } };
  }
  const columns: Partial<Record<ListField, string>> = {};
  fields.forEach((field, index) => {
    if (field !== undefined) columns[field] = (header[index] ?? '').trim();
  });
  const list: SupplierList = {
    layout: layoutOf(header),
    columns,
    rows: [],
    blankRows: 0,
    ...(title ? { title } : {}),
  };
  const read = rows.map((raw) => raw.cells.map(cellValue));
  const notesFrom = rows.length - noteRowsAtEnd(read);
  /** The country of the last heading above, for rows that give none. */
  let country = '';
  rows.forEach((raw, rowIndex) => {
    const cells = read[rowIndex] ?? [];
    if (cells.every((cell) => cell === '') && raw.problems.length === 0) {
      // An empty line (the end of the file, say) is not a row; a row of empty cells is.
      if (raw.cells.length > 1) list.blankRows += 1;
      return;
    }
    if (rowIndex >= notesFrom) {
      const firstLine = list.notes?.firstLine ?? raw.line;
      list.notes = { rows: (list.notes?.rows ?? 0) + 1, firstLine };
      return;
    }
    const heading = countryHeading(cells);
    if (heading !== null) {
      (list.headings ??= []).push(raw.line);
      country = heading;
      return;
    }
    const values = emptyListValues();
    const long: RowProblem[] = [];
    fields.forEach((field, index) => {
      if (field === undefined) return;
      const cell = cells[index] ?? '';
      if (cell.length > MAX_CELL_LENGTH) {
        const column = (header[index] ?? '').trim();
        long.push({ code: 'longValue', column, length: cell.length, limit: MAX_CELL_LENGTH });
      }
      values[field] = cell.length > MAX_CELL_LENGTH ? cell.slice(0, MAX_CELL_LENGTH).trim() : cell;
    });
    if (values.country === '') values.country = country;
    list.rows.push({
      line: raw.line,
      values,
      problems: [...raw.problems, ...long, ...rowProblems(values)],
    });
  });
  return tooManyRows(list) ?? { ok: true, list };
}

function rowProblems(values: Record<ListField, string>): RowProblem[] {
  return values.osId !== '' && parseOsId(values.osId) === null
    ? [{ code: 'badOsId', value: values.osId }]
    : [];
}

function tooManyRows(list: SupplierList): ListReading | undefined {
  return list.rows.length > MAX_LIST_ROWS
    ? { ok: false, error: { code: 'tooManyRows', rows: list.rows.length, limit: MAX_LIST_ROWS } }
    : undefined;
}

/**
 * Delimited text (CSV, semicolon-separated CSV from European Excel, or tab-separated text copied
 * from a spreadsheet), with the physical line each record starts on (lines end with LF, CRLF or
 * a CR alone), its header found under any title rows (`headerRowOf`).
 */
function parseDelimited(raw: string): {
  header: string[];
  rows: RawRow[];
  delimiter: string;
  title: SupplierList['title'] | null;
} {
  // Old Mac files end lines with CR alone: counted as lines, as an editor shows them.
  const text = raw.replace(/\r\n?/g, '\n');
  const lineAt = makeLineCounter(text);
  let recordStart = 0;
  const records: RawRow[] = [];
  const delimiter = guessDelimiter(text);
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(recordStart);
      recordStart = result.meta.cursor;
      records.push({
        line,
        cells: result.data,
        problems: result.errors.map((error) => ({
          code: 'malformedRow',
          detail: error.code === 'MissingQuotes' ? 'a quoted cell is never closed' : error.message,
        })),
      });
    },
  });
  // Only the top of the table can hold its header: a list of thousands of rows is not read twice.
  const head: RawRow[] = [];
  for (const record of records) {
    if (head.length === HEADER_SEARCH_ROWS) break;
    if (record.cells.some((cell) => String(cell).trim() !== '')) head.push(record);
  }
  const at = headerRowOf(head.map((r) => r.cells.map(String)));
  const header = head[at];
  if (header === undefined) return { header: [], rows: [], delimiter, title: null };
  return {
    header: header.cells.map(String),
    rows: records.slice(records.indexOf(header) + 1),
    delimiter,
    title: at > 0 ? { rows: at, headerLine: header.line } : null,
  };
}

const DELIMITERS = ['\t', ';', ','] as const;

/** The separator a line has most of, and how many times; none when it has none. */
function mostIn(line: string): { delimiter: string; count: number } {
  const counts = DELIMITERS.map((d) => ({ delimiter: d, count: line.split(d).length - 1 }));
  return counts.reduce((a, b) => (b.count > a.count ? b : a));
}

/**
 * The separator of the header line (the first line, blank lines and a title aside, that reads as
 * a header with a column of names when cut at its most frequent separator); else of the first
 * line that is not blank: tab, semicolon or comma, whichever it has most of.
 */
function guessDelimiter(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/, 10 * MAX_TITLE_ROWS)
    .filter((line) => line.trim() !== '')
    .slice(0, MAX_TITLE_ROWS + 1);
  for (const line of lines) {
    const { delimiter, count } = mostIn(line);
    const fields = count > 0 ? mapHeader(line.split(delimiter)) : [];
    if (fields.includes('name') || fields.includes('nativeName')) return delimiter;
  }
  const first = lines[0] === undefined ? null : mostIn(lines[0]);
  return first !== null && first.count > 0 ? first.delimiter : ',';
}

const PAGE_NUMBER = /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/iu;

/**
 * A list's own numbering or bullet before a name pasted from a document: "1. ", "2) ", "• ",
 * "១. " in Khmer digits, "一、" and "1、" as Chinese numbers a list.
 */
const LIST_MARKER =
  /^(?:[(（]?[\d\u17e0-\u17e9]{1,4}[.)）、]\s*|[一二三四五六七八九十]{1,3}、\s*|[•·▪◦‣●○*–—-]\s+)(?=\S)/u;

/**
 * Pasted text. A first line with a column of factory names is read as a table with that header;
 * anything else as one factory name per line, without the numbers or bullets a document gave
 * its lines.
 */
export function readPastedList(text: string): ListReading {
  if (text.trim() === '') return { ok: false, error: { code: 'empty' } };
  const table = parseDelimited(text);
  const names = mapHeader(table.header).some((f) => f === 'name' || f === 'nativeName');
  // Cells copied from a spreadsheet are separated by tabs: that is a table, with or without a
  // header the check knows. Commas and semicolons may be part of a name ("Co., Ltd.").
  const copiedCells = table.header.length > 1 && table.delimiter === '\t';
  if (table.header.length > 1 && (names || copiedCells)) {
    return listFromTable(table.header, table.rows, table.title);
  }
  const list: SupplierList = { layout: 'lines', columns: {}, rows: [], blankRows: 0 };
  const raws = text.split(/\r\n|\n|\r/);
  const cells = raws.map(cellValue);
  // Notes below the names ("¹ Subcontractor approved", "* Tier 1 only") are not factories.
  const notesFrom = cells.length - noteRowsAtEnd(cells.map((cell) => [cell]));
  const lines = cells.map((cell) => cell.replace(LIST_MARKER, ''));
  lines.forEach((name, index) => {
    // A first line naming the column ("Supplier name") is a header, not a factory.
    if (index === 0 && table.header.length === 1 && names) return;
    if (name === '') {
      if ((raws[index] ?? '').trim() !== '') list.blankRows += 1;
      return;
    }
    // A document's page number, wherever a page broke the list.
    if (PAGE_NUMBER.test(name)) {
      (list.pageLines ??= []).push(index + 1);
      return;
    }
    if (index >= notesFrom) {
      list.notes = {
        rows: (list.notes?.rows ?? 0) + 1,
        firstLine: list.notes?.firstLine ?? index + 1,
      };
      return;
    }
    list.rows.push({ line: index + 1, values: { ...emptyListValues(), name }, problems: [] });
  });
  if (list.rows.length === 0) return { ok: false, error: { code: 'empty' } };
  return tooManyRows(list) ?? { ok: true, list };
}

/** A delimited text file (CSV, TSV, TXT) as a supplier list. */
export function readTextList(text: string): ListReading {
  if (text.trim() === '') return { ok: false, error: { code: 'empty' } };
  const table = parseDelimited(text);
  const reading = listFromTable(table.header, table.rows, table.title);
  // A file without a header, just names, reads as one name per line.
  if (!reading.ok && reading.error.code === 'noNameColumn' && table.header.length === 1) {
    return readPastedList(text);
  }
  return reading;
}

/**
 * A sheet of a spreadsheet (rows of cells as the XLSX reader gives them) as a supplier list, its
 * header found under any title rows (`headerRowOf`). Line numbers are the spreadsheet's row
 * numbers.
 */
export function readSheetList(
  sheet: ReadonlyArray<readonly unknown[]>,
  merged: readonly MergedRange[] = [],
): ListReading {
  // Only the top of the sheet can hold its header: its other rows are read once, as rows.
  const head: Array<{ index: number; cells: string[] }> = [];
  for (let index = 0; index < sheet.length && head.length < HEADER_SEARCH_ROWS; index += 1) {
    const cells = (sheet[index] ?? []).map((cell) => cellValue(cell));
    if (cells.some((cell) => cell !== '')) head.push({ index, cells });
  }
  const at = headerRowOf(head.map((row) => row.cells));
  const header = head[at];
  if (header === undefined) return { ok: false, error: { code: 'empty' } };
  // A cell merged over rows of the list gives its value to each (`xlsx-merges.ts`).
  const below = merged.filter((range) => range.firstRow > header.index);
  const data = below.length > 0 ? fillMergedRows(sheet, below) : sheet;
  const rows = data.slice(header.index + 1).map((cells, index) => ({
    line: header.index + index + 2,
    cells: [...cells],
    problems: [],
  }));
  return listFromTable(
    header.cells,
    rows,
    at > 0 ? { rows: at, headerLine: header.index + 1 } : null,
  );
}
