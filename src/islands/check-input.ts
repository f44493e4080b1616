/**
 * The supplier check's input and output in the browser: reading a chosen file (the XLSX libraries
 * load only when a spreadsheet is read or written), matching in slices that leave the page
 * responsive, and saving the report. Nothing here sends the list anywhere.
 */
import {
  classifyFile,
  decodeListText,
  readJsonList,
  readSheetList,
  readTextList,
  type ListReading,
} from '../lib/supplier-list';
import type { ListRow } from '../lib/supplier-list';
import type { Matcher, RowMatch } from '../lib/supplier-match';
import { reportCsv, reportSheet, type ReportCell } from '../lib/check-report';

export interface FileReading {
  reading: ListReading;
  /** The text encoding a text file was read in, when it was not UTF-8. */
  encoding: string | null;
  /** For a workbook of several sheets: the one read (the first) and how many there are. */
  sheet?: { name: string; count: number } | undefined;
}

export async function readListFile(file: File): Promise<FileReading> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = classifyFile(file.name, bytes);
  if (!kind.ok) return { reading: kind, encoding: null };
  if (kind.kind === 'xlsx') {
    try {
      const { default: readXlsxFile } = await import('read-excel-file/browser');
      const sheets = await readXlsxFile(file);
      const [first] = sheets;
      return {
        reading: readSheetList(first?.data ?? []),
        encoding: null,
        sheet: first && sheets.length > 1 ? { name: first.sheet, count: sheets.length } : undefined,
      };
    } catch (error) {
      return {
        reading: { ok: false, error: { code: 'unreadable', detail: (error as Error).message } },
        encoding: null,
      };
    }
  }
  const decoded = decodeListText(bytes);
  if (decoded === null) {
    return {
      reading: { ok: false, error: { code: 'wrongType', name: file.name } },
      encoding: null,
    };
  }
  const reading = kind.kind === 'json' ? readJsonList(decoded.text) : readTextList(decoded.text);
  return { reading, encoding: decoded.encoding === 'UTF-8' ? null : decoded.encoding };
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
