/**
 * Merged cells in a workbook's sheets. A brand's list often merges the country cell over every
 * factory of that country; the XLSX file holds the value in the merge's top cell only, so without
 * this every factory under the first would have no country and could be matched at home.
 */
import { strFromU8, unzipSync } from 'fflate';

/** A merged range, 0-based and inclusive. */
export interface MergedRange {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

const XML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (!entity.startsWith('#')) return XML_ENTITIES[entity] ?? whole;
    const hex = entity.startsWith('#x') || entity.startsWith('#X');
    const code = parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** An element's attributes, whatever their order and namespace prefix. */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = (m[1] ?? '').replace(/^[\w.-]+:/, '');
    if (!found.has(name)) found.set(name, unescapeXml(m[2] ?? m[3] ?? ''));
  }
  return found;
}

/** Elements named `name` (any namespace prefix), as their opening tags. */
const elements = (xml: string, name: string) =>
  xml.match(new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*>`, 'g')) ?? [];

/** "AB12" as [row, column], 0-based. */
function cellAddress(ref: string): [number, number] | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase());
  if (!m) return undefined;
  let column = 0;
  for (const letter of m[1] ?? '') column = column * 26 + (letter.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, column - 1];
}

function mergedRange(ref: string): MergedRange | undefined {
  const [from, to = from] = ref.split(':');
  const start = from === undefined ? undefined : cellAddress(from);
  const end = to === undefined ? undefined : cellAddress(to);
  if (!start || !end) return undefined;
  return {
    firstRow: Math.min(start[0], end[0]),
    lastRow: Math.max(start[0], end[0]),
    firstColumn: Math.min(start[1], end[1]),
    lastColumn: Math.max(start[1], end[1]),
  };
}

/** A relationship's target as a path inside the package ("worksheets/sheet1.xml" is under xl/). */
const partPath = (target: string) =>
  target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;

/** A sheet's name and merged ranges, in the workbook's order. */
export interface SheetMerges {
  name: string;
  ranges: MergedRange[];
}

/**
 * The merged ranges of each sheet of an XLSX workbook, in the workbook's order. A workbook whose
 * parts cannot be found or read gives none: its values are then read as they are stored.
 */
export function mergedRangesOfSheets(xlsx: Uint8Array): SheetMerges[] {
  try {
    return readMerges(xlsx);
  } catch {
    return [];
  }
}

function readMerges(xlsx: Uint8Array): SheetMerges[] {
  const sheets: SheetMerges[] = [];
  const files = unzipSync(xlsx, {
    filter: (file) =>
      file.name === WORKBOOK ||
      file.name === WORKBOOK_RELS ||
      file.name.startsWith('xl/worksheets/'),
  });
  const workbook = files[WORKBOOK];
  const rels = files[WORKBOOK_RELS];
  if (workbook === undefined || rels === undefined) return sheets;
  const targets = new Map<string, string>();
  for (const tag of elements(strFromU8(rels), 'Relationship')) {
    const a = attributes(tag);
    const id = a.get('Id');
    const target = a.get('Target');
    if (id !== undefined && target !== undefined) targets.set(id, partPath(target));
  }
  for (const tag of elements(strFromU8(workbook), 'sheet')) {
    const a = attributes(tag);
    const name = a.get('name') ?? '';
    const target = targets.get(a.get('id') ?? '');
    const part = target === undefined ? undefined : files[target];
    const xml = part === undefined ? '' : strFromU8(part);
    // The merges follow the sheet's data; only that tail is searched.
    const at = xml.search(/<(?:[\w.-]+:)?mergeCells\b/);
    const ranges =
      at === -1
        ? []
        : elements(xml.slice(at), 'mergeCell').flatMap((cell) => {
            const range = mergedRange(attributes(cell).get('ref') ?? '');
            return range ? [range] : [];
          });
    sheets.push({ name, ranges });
  }
  return sheets;
}

/**
 * The merges of each sheet a reader gave, told apart by name and, for sheets of one name (which
 * Excel forbids, and generated files have), by their order.
 */
export function mergesFor(
  sheets: readonly string[],
  merges: readonly SheetMerges[],
): MergedRange[][] {
  const seen = new Map<string, number>();
  return sheets.map((name) => {
    const nth = seen.get(name) ?? 0;
    seen.set(name, nth + 1);
    return merges.filter((sheet) => sheet.name === name)[nth]?.ranges ?? [];
  });
}

/**
 * A sheet's rows with the value of each merge spanning several rows written into every row it
 * covers, in its first column: the country merged over the factories of that country becomes
 * each factory's country. A merge within one row (a heading across the columns) is left as it
 * is, so a heading row still reads as a heading; the caller passes only the merges below the
 * list's header (a header of two rows merged is no row of the list).
 */
export function fillMergedRows(
  rows: ReadonlyArray<readonly unknown[]>,
  ranges: readonly MergedRange[],
): ReadonlyArray<readonly unknown[]> {
  const filled = new Map<number, unknown[]>();
  for (const range of ranges) {
    if (range.lastRow === range.firstRow) continue;
    const value = rows[range.firstRow]?.[range.firstColumn];
    if (value === null || value === undefined || value === '') continue;
    const last = Math.min(range.lastRow, rows.length - 1);
    for (let r = range.firstRow + 1; r <= last; r++) {
      const row = filled.get(r) ?? [...(rows[r] ?? [])];
      filled.set(r, row);
      const current = row[range.firstColumn];
      if (current === null || current === undefined || current === '') {
        while (row.length <= range.firstColumn) row.push(null);
        row[range.firstColumn] = value;
      }
    }
  }
  if (filled.size === 0) return rows;
  return rows.map((row, r) => filled.get(r) ?? row);
}
