/**
 * Saving the supplier check's report in the browser (the XLSX library loads only when a
 * spreadsheet is written). Nothing here sends the list anywhere.
 */
import type { Workbook } from '../lib/check-report-file';

export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function saveCsv(csv: string, name: string): void {
  saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
}

/** Saves the report as XLSX; `sheet` names its sheet in the reader's language. */
export async function saveXlsx(book: Workbook, name: string, sheet: string): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const blob = await writeXlsxFile(book.data, {
    sheet,
    columns: book.columns,
    stickyRowsCount: book.stickyRowsCount,
  }).toBlob();
  // The zip library behind the filter loads with the spreadsheet writer, not with the page.
  const { withAutoFilter } = await import('../lib/xlsx-filter');
  const filtered = withAutoFilter(
    new Uint8Array(await blob.arrayBuffer()),
    book.filterRange,
    sheet,
  );
  saveFile(
    new Blob([filtered as Uint8Array<ArrayBuffer>], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    name,
  );
}
