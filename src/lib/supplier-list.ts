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

/** The fields of a list the check uses. Other columns are kept out of the report. */
export const LIST_FIELDS = [
  'name',
  'nativeName',
  'address',
  'city',
  'province',
  'country',
  'parentCompany',
  'osId',
  'factoryId',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/**
 * Header names per field, compared after normalisation (lower case; spaces, underscores and hyphens
 * alike; "(optional)" and a trailing `*` ignored). ODSAS and OSH names first, then common variants.
 */
const HEADER_NAMES: Readonly<Record<ListField, readonly string[]>> = {
  name: [
    'name',
    'factory name',
    'facility name',
    'supplier name',
    'site name',
    'production unit',
    'production unit name',
    'manufacturer name',
    'vendor name',
    'factory',
    'facility',
    'supplier',
    'vendor',
  ],
  nativeName: [
    'native language name',
    'local name',
    'name in local language',
    'khmer name',
    'chinese name',
    'name km',
    'name zh',
  ],
  address: ['address', 'site address', 'factory address', 'facility address', 'full address'],
  city: ['city', 'town', 'city town', 'town city', 'district', 'municipality'],
  province: ['province', 'state province', 'province state', 'state', 'region', 'state region'],
  country: ['country', 'country name', 'country code', 'country region'],
  parentCompany: ['parent company', 'parent company name', 'parent', 'owner', 'owner company'],
  osId: ['os id', 'osid', 'open supply hub id', 'oar id', 'os hub id'],
  factoryId: ['factory id'],
};

/** The list's layout, recognised from its header; shown to the user, not used for matching. */
export type ListLayout = 'odsas' | 'osh' | 'columns' | 'lines';

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
}

export type ListReading = { ok: true; list: SupplierList } | { ok: false; error: ListError };

/** Open Supply Hub takes files under 5 MB; a supplier list is far smaller than that. */
export const MAX_LIST_BYTES = 5 * 1024 * 1024;
/** Rows checked at most in one go; larger lists are split by the user. */
export const MAX_LIST_ROWS = 10_000;
/** A list's objects hold text, not structures: deeper nesting is refused before it is parsed. */
export const MAX_JSON_DEPTH = 16;
/**
 * Keys of a JSON list kept besides those naming a field: a list whose every object brings keys
 * of its own would otherwise be read as a table of as many columns as rows.
 */
export const MAX_OTHER_COLUMNS = 100;
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

/**
 * A header as compared: lower case; a bracketed note ("(optional)", "(English)") and a trailing
 * `*` ignored; spaces, underscores, hyphens and slashes alike ("Country/Region").
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/\*+\s*$/, '')
    .replace(/[\s_/-]+/g, ' ')
    .trim();
}

/**
 * The field each header names, or `undefined` for other columns. Where several headers name one
 * field, the earlier name in the lists above wins: a list with "Factory Name" and "Supplier" is
 * read by "Factory Name".
 */
export function mapHeader(header: readonly string[]): Array<ListField | undefined> {
  const names = header.map(normaliseHeader);
  const fields: Array<ListField | undefined> = names.map(() => undefined);
  for (const field of LIST_FIELDS) {
    let best = -1;
    let bestRank = Infinity;
    names.forEach((name, index) => {
      const rank = HEADER_NAMES[field].indexOf(name);
      if (rank !== -1 && rank < bestRank) {
        best = index;
        bestRank = rank;
      }
    });
    if (best !== -1) fields[best] = field;
  }
  return fields;
}

function layoutOf(header: readonly string[]): ListLayout {
  const names = new Set(header.map(normaliseHeader));
  if (
    names.has('factory name') &&
    ['brands produced', 'factory type', 'total workers'].some((n) => names.has(n))
  )
    return 'odsas';
  if (['name', 'address', 'country'].every((n) => names.has(n))) return 'osh';
  return 'columns';
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
export function listFromTable(header: readonly string[], rows: readonly RawRow[]): ListReading {
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
  const list: SupplierList = { layout: layoutOf(header), columns, rows: [], blankRows: 0 };
  for (const raw of rows) {
    const cells = raw.cells.map(cellValue);
    if (cells.every((cell) => cell === '') && raw.problems.length === 0) {
      // An empty line (the end of the file, say) is not a row; a row of empty cells is.
      if (raw.cells.length > 1) list.blankRows += 1;
      continue;
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
    list.rows.push({
      line: raw.line,
      values,
      problems: [...raw.problems, ...long, ...rowProblems(values)],
    });
  }
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
 * from a spreadsheet), with the physical line each record starts on.
 */
function parseDelimited(text: string): { header: string[]; rows: RawRow[] } {
  const lineAt = makeLineCounter(text);
  let recordStart = 0;
  let header: string[] | undefined;
  const rows: RawRow[] = [];
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(firstLine),
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(recordStart);
      recordStart = result.meta.cursor;
      const cells = result.data;
      if (header === undefined) {
        if (cells.every((cell) => cell.trim() === '')) return;
        header = cells;
        return;
      }
      rows.push({
        line,
        cells,
        problems: result.errors.map((error) => ({
          code: 'malformedRow',
          detail: error.code === 'MissingQuotes' ? 'a quoted cell is never closed' : error.message,
        })),
      });
    },
  });
  return { header: header ?? [], rows };
}

/** The separator of the header line: tab, semicolon or comma, whichever it has most of. */
function guessDelimiter(line: string): string {
  const count = (c: string) => line.split(c).length - 1;
  const candidates = ['\t', ';', ','].map((c) => ({ c, n: count(c) }));
  const best = candidates.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.c : ',';
}

/**
 * Pasted text. A first line with a column of factory names is read as a table with that header;
 * anything else as one factory name per line.
 */
export function readPastedList(text: string): ListReading {
  if (text.trim() === '') return { ok: false, error: { code: 'empty' } };
  const table = parseDelimited(text);
  const names = mapHeader(table.header).some((f) => f === 'name' || f === 'nativeName');
  // Cells copied from a spreadsheet are separated by tabs: that is a table, with or without a
  // header the check knows. Commas and semicolons may be part of a name ("Co., Ltd.").
  const copiedCells = table.header.length > 1 && text.split(/\r?\n/, 1)[0]?.includes('\t');
  if (table.header.length > 1 && (names || copiedCells)) {
    return listFromTable(table.header, table.rows);
  }
  const list: SupplierList = { layout: 'lines', columns: {}, rows: [], blankRows: 0 };
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    // A first line naming the column ("Supplier name") is a header, not a factory.
    if (index === 0 && table.header.length === 1 && names) return;
    const name = cellValue(raw);
    if (name === '') {
      if (raw.trim() !== '') list.blankRows += 1;
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
  const reading = listFromTable(table.header, table.rows);
  // A file without a header, just names, reads as one name per line.
  if (!reading.ok && reading.error.code === 'noNameColumn' && table.header.length === 1) {
    return readPastedList(text);
  }
  return reading;
}

/** How deeply the JSON text nests arrays and objects (strings skipped), up to `limit` + 1. */
function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return deepest;
}

/** A JSON file: an array of objects keyed by header, as ODSAS allows. */
export function readJsonList(text: string): ListReading {
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    return { ok: false, error: { code: 'jsonTooDeep', limit: MAX_JSON_DEPTH } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'badJson' } };
  }
  if (!Array.isArray(data) || !data.every((item) => item !== null && typeof item === 'object')) {
    return { ok: false, error: { code: 'badJson' } };
  }
  if (data.length === 0) return { ok: false, error: { code: 'empty' } };
  const keys = new Set<string>();
  let others = 0;
  for (const item of data as object[]) {
    for (const key of Object.keys(item)) {
      if (keys.has(key)) continue;
      if (mapHeader([key])[0] !== undefined) keys.add(key);
      else if (others < MAX_OTHER_COLUMNS) {
        keys.add(key);
        others += 1;
      }
    }
  }
  const header = [...keys];
  const rows = data.map((item: Record<string, unknown>, index) => ({
    line: index + 1,
    cells: header.map((key) => item[key]),
    problems: [],
  }));
  return listFromTable(header, rows);
}

/**
 * The first sheet of a spreadsheet (rows of cells as the XLSX reader gives them) as a supplier
 * list. Leading empty rows are skipped; line numbers are the spreadsheet's row numbers.
 */
export function readSheetList(sheet: ReadonlyArray<readonly unknown[]>): ListReading {
  const first = sheet.findIndex((row) => row.some((cell) => cellValue(cell) !== ''));
  if (first === -1) return { ok: false, error: { code: 'empty' } };
  const header = (sheet[first] ?? []).map((cell) => cellValue(cell));
  const rows = sheet.slice(first + 1).map((cells, index) => ({
    line: first + index + 2,
    cells: [...cells],
    problems: [],
  }));
  return listFromTable(header, rows);
}
