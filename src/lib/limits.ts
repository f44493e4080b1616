/**
 * Limits that stop a hostile or broken file before it exhausts memory or bloats every page. Each
 * is far beyond what a national registry needs: 100,000 factories over 20 cycles is about
 * 30 MB of factories.csv and 100,000 rows of 20 MB per assessment file.
 */

/** A CSV file: about 8× the factories.csv of 100,000 fully described factories. */
export const MAX_CSV_BYTES = 256 * 1024 * 1024;
/** dataset.json holds a handful of short strings. */
export const MAX_METADATA_BYTES = 1024 * 1024;
/** Records per CSV file: 10× the largest national registry. */
export const MAX_ROWS = 1_000_000;
/** Columns per CSV file: an assessment file has one per requirement (BFC's catalogue has 52). */
export const MAX_COLUMNS = 1_000;
/** Files and folders in the data folder, all levels: a dataset has a few dozen. */
export const MAX_FOLDER_ENTRIES = 10_000;

/** Cell lengths in characters (UTF-16 code units: a Khmer or Chinese letter is one). */
export const CELL_LIMITS = {
  /** Ids are permalinks and file names. */
  id: 100,
  /** A name, union, federation, province, label; also one item of a list. */
  name: 500,
  /** A list of names (aliases, buyers). */
  list: 5_000,
  /** Addresses, summaries, responses, requirement wording, legal references. */
  text: 5_000,
  /** Any other column: dates, numbers, tokens, ignored columns. */
  other: 1_000,
  /** A column name. */
  header: 200,
} as const;

const COLUMN_LIMITS: ReadonlyMap<string, number> = new Map([
  ...['factory_id', 'strike_id', 'cycle', 'id', 'requirement_id', 'os_id'].map(
    (column) => [column, CELL_LIMITS.id] as const,
  ),
  ...[
    'name',
    'name_en',
    'name_km',
    'name_zh',
    'parent_company',
    'province',
    'union',
    'federation',
    'label',
    'group',
  ].map((column) => [column, CELL_LIMITS.name] as const),
  ...['aliases', 'buyers', 'requirements_missed'].map(
    (column) => [column, CELL_LIMITS.list] as const,
  ),
  ...[
    'address',
    'summary',
    'text',
    'label_en',
    'label_km',
    'label_zh',
    'legal_ref',
    'legal_ref_km',
    'legal_ref_zh',
  ].map((column) => [column, CELL_LIMITS.text] as const),
]);

export function cellLimit(column: string): number {
  return COLUMN_LIMITS.get(column) ?? CELL_LIMITS.other;
}

/** The free-text columns whose quoted cells may hold line breaks. */
export const MULTILINE_COLUMNS: ReadonlySet<string> = new Set(['address', 'summary', 'text']);

/** `1000000` → `1,000,000`, the same in every locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
