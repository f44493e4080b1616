/**
 * The supplier check's report: one row per line of the user's list, matched or not, in the order
 * of the list. The same rows make the CSV download (spreadsheet-safe like every CSV the site
 * offers, contract section 4), the XLSX download and the table on the page.
 */
import { toSafeCsv } from './downloads';
import type { SearchRecord } from './search';
import type { ListRow, RowProblem } from './supplier-list';
import type { Candidate, RowMatch, RowNote } from './supplier-match';

/** Column names of the downloads: stable and in English, like the site's other data files. */
export const REPORT_COLUMNS = [
  'line',
  'sheet',
  'list_name',
  'list_address',
  'list_os_id',
  'list_country',
  'result',
  'match_basis',
  'match_reason',
  'matched_name',
  'factory_id',
  'factory_name',
  'factory_url',
  'status',
  'closed_on',
  'latest_published_cycle',
  'critical_issues_non_compliant_count',
  'critical_issues_non_compliant',
  'on_latest_low_compliance_list',
  'low_compliance_cycles',
  'strikes',
  'strikes_not_legal',
  'candidates',
  'notes',
] as const;

export type ReportCell = string | number | boolean | null;

export interface ReportContext {
  /** A factory's page, absolute when the site's address is known. */
  factoryUrl: (id: string) => string;
  /** A critical requirement's label in the reader's language. */
  requirementLabel: (id: string) => string;
  /** A note or row problem as a sentence in the reader's language. */
  describe: (item: RowNote | RowProblem) => string;
  /** Why the line has its result, in a few words. */
  reason: (match: RowMatch) => string;
  /** A candidate to confirm in one line: id, name, how it resembles the line, where, standing. */
  candidate: (candidate: Candidate) => string;
}

const joined = (values: readonly string[]) => values.join('; ');

function standing(record: SearchRecord | null, context: ReportContext): ReportCell[] {
  if (record === null) return Array<ReportCell>(12).fill(null);
  return [
    record.id,
    record.n,
    context.factoryUrl(record.id),
    record.st,
    record.cl ?? null,
    record.cy ?? null,
    record.nc.length,
    joined(record.nc.map(context.requirementLabel)),
    record.lc,
    joined(record.lcs ?? []),
    record.sk ?? 0,
    record.skn ?? 0,
  ];
}

/** The report's rows, in the list's order; `matches[i]` is the match of `rows[i]`. */
export function reportRows(
  rows: readonly ListRow[],
  matches: readonly RowMatch[],
  context: ReportContext,
): ReportCell[][] {
  return rows.map((row, index) => {
    const match = matches[index];
    const record = match?.result === 'matched' ? match.record : null;
    const candidates =
      match?.result === 'ambiguous' ? joined(match.candidates.map(context.candidate)) : '';
    const where = [row.values.address, row.values.city, row.values.province].filter(Boolean);
    return [
      row.line,
      row.sheet ?? null,
      row.values.name || row.values.nativeName || row.values.supplierName,
      where.join(', '),
      row.values.osId,
      row.values.country,
      match?.result ?? 'unmatched',
      match?.basis ?? null,
      match ? context.reason(match) : null,
      match?.matchedName ?? null,
      ...standing(record, context),
      candidates,
      joined([...row.problems, ...(match?.notes ?? [])].map(context.describe)),
    ];
  });
}

export function reportCsv(rows: readonly ReportCell[][]): string {
  return toSafeCsv(REPORT_COLUMNS, rows);
}

export interface SheetCell {
  value: string | number;
  type: StringConstructor | NumberConstructor;
  fontWeight?: 'bold';
}

/**
 * The report as spreadsheet cells: header first, every text cell typed as text, so a spreadsheet
 * never runs one as a formula and ids keep their leading zeros; counts are numbers.
 */
export function reportSheet(rows: readonly ReportCell[][]): Array<Array<SheetCell | null>> {
  const text = (value: string): SheetCell => ({ value, type: String });
  return [
    REPORT_COLUMNS.map(text),
    ...rows.map((row) =>
      row.map((cell) =>
        cell === null || cell === ''
          ? null
          : typeof cell === 'number'
            ? { value: cell, type: Number }
            : text(String(cell)),
      ),
    ),
  ];
}
