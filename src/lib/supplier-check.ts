/**
 * The supplier check from a list's bytes or text to a match per line: what the /check/ page's
 * worker and `npm run check-suppliers` both run, so the two cannot answer differently. Pure:
 * reading a spreadsheet is passed in, as in supplier-file.ts.
 */
import { readListBytes, type SheetsReader } from './supplier-file';
import { readPastedList, type ListError, type SupplierList } from './supplier-list';
import type { Matcher, RowMatch } from './supplier-match';

export interface CheckedList {
  list: SupplierList;
  matches: RowMatch[];
  /** The text encoding a text file was read in, when it was not UTF-8. */
  encoding: string | null;
  /** For a workbook of several sheets: those read and how many there are. */
  sheets?: { read: string[]; count: number } | undefined;
}

export type CheckOutcome = { ok: true; checked: CheckedList } | { ok: false; error: ListError };

/** Where a list comes from: a file's bytes, or text pasted into the page. */
export type ListSource = { file: string; bytes: Uint8Array } | { pasted: string };

export interface CheckOptions {
  readSheets: SheetsReader;
  /** Told how many lines are matched, now and then, once the list is read. */
  onProgress?: (done: number, total: number) => void;
  /** Lines matched between two progress reports. */
  every?: number;
}

/** Reads the list and matches every line against the published factories. */
export async function checkList(
  source: ListSource,
  matcher: Matcher,
  options: CheckOptions,
): Promise<CheckOutcome> {
  const read =
    'pasted' in source
      ? { reading: readPastedList(source.pasted), encoding: null, sheets: undefined }
      : await readListBytes(source.file, source.bytes, options.readSheets);
  if (!read.reading.ok) return { ok: false, error: read.reading.error };
  const { list } = read.reading;
  const every = options.every ?? 100;
  const matches: RowMatch[] = [];
  options.onProgress?.(0, list.rows.length);
  /** The first line matched to each factory, for the lines that name it again. */
  const firstLine = new Map<string, { line: number; sheet?: string }>();
  for (const row of list.rows) {
    const match = matcher.match(row);
    const id = match.result === 'matched' ? match.record?.id : undefined;
    if (id !== undefined) {
      const first = firstLine.get(id);
      if (first === undefined) {
        firstLine.set(
          id,
          row.sheet === undefined ? { line: row.line } : { line: row.line, sheet: row.sheet },
        );
      } else match.notes.push({ code: 'sameFactoryAs', ...first });
    }
    matches.push(match);
    if (matches.length % every === 0) options.onProgress?.(matches.length, list.rows.length);
  }
  return {
    ok: true,
    checked: { list, matches, encoding: read.encoding, sheets: read.sheets },
  };
}
