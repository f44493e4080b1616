/**
 * Saving the supplier check's report in the browser (the XLSX library loads only when a
 * spreadsheet is written). Nothing here sends the list anywhere.
 */
import { reportCsv, reportSheet, type ReportCell } from '../lib/check-report';

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
