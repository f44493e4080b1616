/**
 * A supplier list as the user gives it: a file's bytes, checked (size, type), decoded (UTF-8,
 * UTF-16, Windows-1252) and read as a list. Pure: reading a spreadsheet is passed in, so the page
 * and `npm run check-suppliers` read a file with exactly the same code.
 */
import { utf16WithoutBom } from './csv';
import { readJsonList } from './supplier-json';
import {
  MAX_LIST_BYTES,
  MAX_LIST_ROWS,
  readPastedList,
  readSheetList,
  readTextList,
  type ListError,
  type ListField,
  type ListReading,
  type SupplierList,
} from './supplier-list';
import { mergedRangesOfSheets, mergesFor } from './xlsx-merges';

/** What kind of file the bytes are, from their first bytes and the file name. */
export type FileKind = 'text' | 'json' | 'xlsx';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];

/**
 * Checks an uploaded file before it is read: size, emptiness and type. XLSX is a zip file; other
 * zip files (ODS, DOCX) and the old binary Excel format are refused with what to save them as.
 */
export function classifyFile(
  name: string,
  bytes: Uint8Array,
): { ok: true; kind: FileKind } | { ok: false; error: ListError } {
  if (bytes.length === 0) return { ok: false, error: { code: 'empty' } };
  if (bytes.length > MAX_LIST_BYTES)
    return { ok: false, error: { code: 'tooBig', bytes: bytes.length, limit: MAX_LIST_BYTES } };
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, ZIP)) {
    return ['xlsx', 'xlsm'].includes(extension)
      ? { ok: true, kind: 'xlsx' }
      : { ok: false, error: { code: 'wrongType', name } };
  }
  if (startsWith(bytes, OLE)) {
    return extension === 'xls'
      ? { ok: false, error: { code: 'legacyExcel' } }
      : { ok: false, error: { code: 'wrongType', name } };
  }
  if (startsWith(bytes, PDF) || !['csv', 'tsv', 'txt', 'json', ''].includes(extension)) {
    return { ok: false, error: { code: 'wrongType', name } };
  }
  return { ok: true, kind: extension === 'json' ? 'json' : 'text' };
}

/**
 * Text from bytes: UTF-8 (with or without BOM), UTF-16 with or without a BOM (Excel's "Unicode
 * text", and the exports of some systems), and otherwise Windows-1252, the encoding of a CSV saved
 * by Excel on a Western-language Windows. Returns null for binary content.
 */
export function decodeListText(bytes: Uint8Array): { text: string; encoding: string } | null {
  let decoded: { text: string; encoding: string };
  const bomless = utf16WithoutBom(bytes);
  if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  } else if (bomless !== null) {
    decoded = { text: new TextDecoder(bomless).decode(bytes), encoding: 'UTF-16' };
  } else {
    try {
      decoded = {
        text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
        encoding: 'UTF-8',
      };
    } catch {
      decoded = { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
    }
  }
  // A NUL means binary data, and so do control bytes beyond the odd one a pasted cell brought in
  // (a stray BEL in one name does not make a list unreadable).
  const sample = decoded.text.slice(0, 4096);
  // eslint-disable-next-line no-control-regex -- counting control bytes is the point
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001a]/g)?.length ?? 0;
  return sample.includes('\u0000') || controls > Math.max(4, sample.length / 100) ? null : decoded;
}

/** The sheets of a workbook, as the XLSX reader gives them. */
export type SheetsReader = (
  bytes: Uint8Array,
) => Promise<ReadonlyArray<{ sheet: string; data: ReadonlyArray<readonly unknown[]> }>>;

export interface FileReading {
  reading: ListReading;
  /** The text encoding a text file was read in, when it was not UTF-8. */
  encoding: string | null;
  /**
   * For a workbook of several sheets: those read (each with a column of factory names), in the
   * workbook's order, and how many there are.
   */
  sheets?: { read: string[]; count: number } | undefined;
}

/**
 * The lists of a workbook's sheets as one: their lines in the workbook's order, each with its
 * sheet's name ("Tier 1", "Tier 2"). The rows above or below a sheet's list and its country
 * headings are each sheet's own, and said per sheet.
 */
function joinSheets(lists: ReadonlyArray<{ sheet: string; list: SupplierList }>): ListReading {
  const [first] = lists;
  if (first === undefined) return { ok: false, error: { code: 'empty' } };
  const rows = lists.flatMap(({ sheet, list }) => list.rows.map((row) => ({ ...row, sheet })));
  if (rows.length > MAX_LIST_ROWS) {
    return { ok: false, error: { code: 'tooManyRows', rows: rows.length, limit: MAX_LIST_ROWS } };
  }
  // Each field with every header it was read from ("Factory name / Subcontractor Name").
  const columns: Partial<Record<ListField, string>> = {};
  for (const { list } of lists) {
    for (const [field, header] of Object.entries(list.columns) as Array<[ListField, string]>) {
      const before = columns[field];
      if (before === undefined) columns[field] = header;
      else if (!before.split(' / ').includes(header)) columns[field] = `${before} / ${header}`;
    }
  }
  const sheets = lists.flatMap(({ sheet, list }) =>
    list.title || list.notes || list.headings
      ? [
          {
            sheet,
            ...(list.title ? { title: list.title } : {}),
            ...(list.notes ? { notes: list.notes } : {}),
            ...(list.headings ? { headings: list.headings } : {}),
          },
        ]
      : [],
  );
  return {
    ok: true,
    list: {
      layout: first.list.layout,
      columns,
      rows,
      blankRows: lists.reduce((sum, { list }) => sum + list.blankRows, 0),
      ...(sheets.length > 0 ? { sheets } : {}),
    },
  };
}

/**
 * A file's bytes as a supplier list: a CSV, TSV, TXT, JSON or XLSX file (every sheet with a
 * column of factory names, "Tier 1" and "Tier 2" alike, past a sheet of notes; a cell merged over
 * several rows gives its value to each).
 */
export async function readListBytes(
  name: string,
  bytes: Uint8Array,
  readSheets: SheetsReader,
): Promise<FileReading> {
  const kind = classifyFile(name, bytes);
  if (!kind.ok) return { reading: kind, encoding: null };
  if (kind.kind === 'xlsx') {
    try {
      const sheets = await readSheets(bytes);
      const merges = mergesFor(
        sheets.map((sheet) => sheet.sheet),
        mergedRangesOfSheets(bytes),
      );
      const readings = sheets.map((sheet, index) => ({
        sheet: sheet.sheet,
        reading: readSheetList(sheet.data, merges[index]),
      }));
      const lists = readings.flatMap(({ sheet, reading }) =>
        reading.ok ? [{ sheet, list: reading.list }] : [],
      );
      // A sheet too long to check stops the whole workbook, as a list too long does.
      const failed = readings.find(
        ({ reading }) => !reading.ok && reading.error.code === 'tooManyRows',
      );
      const reading =
        failed?.reading ??
        (lists.length > 1
          ? joinSheets(lists)
          : ((lists[0] ? { ok: true as const, list: lists[0].list } : readings[0]?.reading) ?? {
              ok: false as const,
              error: { code: 'empty' as const },
            }));
      return {
        reading,
        encoding: null,
        sheets:
          lists.length > 0 && sheets.length > 1
            ? { read: lists.map(({ sheet }) => sheet), count: sheets.length }
            : undefined,
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
    return { reading: { ok: false, error: { code: 'wrongType', name } }, encoding: null };
  }
  // A .txt file is what a user would paste: one name per line (commas and all), or a table.
  const reading =
    kind.kind === 'json'
      ? readJsonList(decoded.text)
      : /\.txt$/i.test(name)
        ? readPastedList(decoded.text)
        : readTextList(decoded.text);
  return { reading, encoding: decoded.encoding === 'UTF-8' ? null : decoded.encoding };
}
