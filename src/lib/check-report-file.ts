/**
 * The supplier check's reports as files that stand on their own: what was checked, against which
 * data, when, and the risk summary, above the table.
 *
 * - CSV: lines starting with `#` before the header, one `# key,value` pair each, keys stable and
 *   in English (ABOUT_KEYS); then the stable machine header (REPORT_COLUMNS) and a row per line.
 *   A CSV reader skips them with its comment option (papaparse `comments: '#'`).
 * - XLSX: a few lines of context in the reader's language, then the header in the reader's
 *   language, frozen, with an autofilter, and columns of sensible widths.
 */
import { plainText } from './khmer-words';
import { neutraliseCell, toSafeCsv } from './downloads';
import Papa from 'papaparse';
import { REPORT_COLUMNS, type ReportCell, type SheetCell } from './check-report';

/** The report's context, in the order written. */
export const ABOUT_KEYS = [
  'dataset',
  'publisher',
  'data_as_of',
  'latest_cycle',
  'site',
  'checked_on',
  'list',
  'lines',
  'matched',
  'to_confirm',
  'not_found',
  'on_low_compliance_list',
  'critical_issues_non_compliant',
  'critical_issues_by_frequency',
  'closed',
  'strikes_not_legal',
] as const;
export type AboutKey = (typeof ABOUT_KEYS)[number];
export type ReportAbout = Record<AboutKey, string | number>;

export type ReportColumn = (typeof REPORT_COLUMNS)[number];

/** The CSV report: the context as `#` lines, then the machine header and the rows. */
export function reportCsvWithAbout(rows: readonly ReportCell[][], about: ReportAbout): string {
  const preamble = Papa.unparse(
    ABOUT_KEYS.map((key) => [`# ${key}`, neutraliseCell(String(about[key]))]),
    { newline: '\n' },
  );
  const table = toSafeCsv(REPORT_COLUMNS, rows);
  // The byte-order mark stays first, so Khmer and Chinese open right in spreadsheets; the pages'
  // line-break joiners inside Khmer words stay out of a file that is searched and pasted.
  return plainText(`\uFEFF${preamble}\n${table.replace(/^\uFEFF/, '')}`);
}

/** Columns' widths in characters: names and reasons wide, counts narrow. */
const WIDTHS: Record<ReportColumn, number> = {
  line: 7,
  sheet: 12,
  list_name: 34,
  list_address: 28,
  list_os_id: 18,
  list_country: 10,
  result: 14,
  match_basis: 18,
  match_reason: 30,
  matched_name: 30,
  factory_id: 12,
  factory_name: 34,
  factory_url: 40,
  status: 14,
  closed_on: 12,
  latest_published_cycle: 18,
  critical_issues_non_compliant_count: 12,
  critical_issues_non_compliant: 40,
  on_latest_low_compliance_list: 14,
  low_compliance_cycles: 20,
  strikes: 9,
  strikes_not_legal: 12,
  candidates: 60,
  notes: 50,
};

export interface Workbook {
  data: Array<Array<SheetCell | null>>;
  columns: Array<{ width: number }>;
  /** Rows frozen at the top: the context and the header. */
  stickyRowsCount: number;
  /** The autofilter's range, in A1 notation: header and every row. */
  filterRange: string;
}

/** A column's letters in A1 notation: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The XLSX report: `context` lines (already in the reader's language), a blank line, the header
 * in the reader's language, then the rows with `human` turning a cell's code into words.
 */
export function reportWorkbook(
  rows: readonly ReportCell[][],
  context: readonly string[],
  headers: Record<ReportColumn, string>,
  human: (column: ReportColumn, cell: ReportCell) => ReportCell,
): Workbook {
  const text = (value: string, bold = false): SheetCell => ({
    value: plainText(value),
    type: String,
    ...(bold ? { fontWeight: 'bold' as const } : {}),
  });
  const header = REPORT_COLUMNS.map((column) => text(headers[column], true));
  const body = rows.map((row) =>
    row.map((raw, i) => {
      const column = REPORT_COLUMNS[i];
      const cell = column === undefined ? raw : human(column, raw);
      return cell === null || cell === ''
        ? null
        : typeof cell === 'number'
          ? { value: cell, type: Number }
          : text(String(cell));
    }),
  );
  const top = [...context.map((line, i) => [text(line, i === 0)]), []];
  const headerRow = top.length + 1;
  const last = headerRow + Math.max(rows.length, 1);
  return {
    data: [...top, header, ...body],
    columns: REPORT_COLUMNS.map((column) => ({ width: WIDTHS[column] })),
    stickyRowsCount: headerRow,
    filterRange: `A${headerRow}:${columnLetters(REPORT_COLUMNS.length - 1)}${last}`,
  };
}
