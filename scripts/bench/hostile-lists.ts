/**
 * Supplier lists that once froze the /check/ page, rebuilt for the check's figures: a CSV of one
 * row whose name is almost 5 MB, a JSON list whose every object brings a key of its own, a
 * workbook of 800,000 rows, and a JSON value nested 100,000 levels deep. Deterministic.
 */
import writeXlsxFile from 'write-excel-file/node';

export interface HostileList {
  label: string;
  name: string;
  bytes: Uint8Array;
}

const encode = (text: string) => new TextEncoder().encode(text);

export function oneRowCsv(): HostileList {
  const words = 'Golden Demo Garment Factory (Cambodia) Co., Ltd. ';
  const name = words.repeat(Math.floor((4.9 * 1024 * 1024) / words.length));
  return { label: 'one-row CSV, 4.9 MB', name: 'one-row.csv', bytes: encode(`name\n"${name}"\n`) };
}

export function keyPerObjectJson(): HostileList {
  const items: string[] = [];
  let size = 2;
  for (let i = 0; size < 335 * 1024; i += 1) {
    const item = JSON.stringify({ name: `Demo Supplier ${i}`, [`note_${i}`]: 'x' });
    items.push(item);
    size += item.length + 1;
  }
  return {
    label: 'JSON, 335 KB, a new key per object',
    name: 'keys.json',
    bytes: encode(`[${items.join(',')}]`),
  };
}

export function deeplyNestedJson(depth = 100_000): HostileList {
  return {
    label: `JSON nested ${depth.toLocaleString('en')} levels`,
    name: 'nested.json',
    bytes: encode(`[${'['.repeat(depth)}${']'.repeat(depth)}]`),
  };
}

export async function manyRowsXlsx(rows = 800_000): Promise<HostileList> {
  const data = [
    [{ value: 'Factory Name' }, { value: 'Country' }],
    ...Array.from({ length: rows }, (_, i) => [{ value: `Demo Supplier ${i}` }, { value: 'KH' }]),
  ];
  const buffer = await writeXlsxFile(data).toBuffer();
  return {
    label: `XLSX, ${rows.toLocaleString('en')} rows`,
    name: 'rows.xlsx',
    bytes: new Uint8Array(buffer),
  };
}
