/**
 * The supplier check's input and output in the browser: reading a chosen file (the XLSX libraries
 * load only when a spreadsheet is read or written), matching in slices that leave the page
 * responsive, and saving the report. Nothing here sends the list anywhere.
 */
import { readListBytes, type FileReading } from '../lib/supplier-file';
import type { ListRow } from '../lib/supplier-list';
import type { Matcher, RowMatch } from '../lib/supplier-match';
import { reportCsv, reportSheet, type ReportCell } from '../lib/check-report';

export async function readListFile(file: File): Promise<FileReading> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return readListBytes(file.name, bytes, async (data) => {
    const { default: readXlsxFile } = await import('read-excel-file/browser');
    return readXlsxFile(new Blob([data as Uint8Array<ArrayBuffer>]));
  });
}

/** Work done between two chances for the page to paint and answer input. */
const SLICE_MS = 30;

/**
 * Matches every row, yielding to the browser every `SLICE_MS`. Returns null when `cancelled()`
 * turns true (a newer check started).
 */
export async function matchRows(
  rows: readonly ListRow[],
  matcher: Matcher,
  onProgress: (done: number) => void,
  cancelled: () => boolean,
): Promise<RowMatch[] | null> {
  const matches: RowMatch[] = [];
  let sliceStart = performance.now();
  for (const row of rows) {
    matches.push(matcher.match(row));
    if (performance.now() - sliceStart > SLICE_MS) {
      onProgress(matches.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (cancelled()) return null;
      sliceStart = performance.now();
    }
  }
  return matches;
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function saveCsv(rows: readonly ReportCell[][], name: string): void {
  save(new Blob([reportCsv(rows)], { type: 'text/csv;charset=utf-8' }), name);
}

export async function saveXlsx(rows: readonly ReportCell[][], name: string): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const blob = await writeXlsxFile(reportSheet(rows), { sheet: 'Supplier check' }).toBlob();
  save(blob, name);
}
