/**
 * A supplier list given as JSON: an array of objects keyed by header, as the ODSAS template allows.
 * Its nesting and its keys are bounded before it is read as a table.
 */
import { listFromTable, type ListReading } from './supplier-list';
import { mapHeader } from './supplier-headers';

/** A list's objects hold text, not structures: deeper nesting is refused before it is parsed. */
export const MAX_JSON_DEPTH = 16;
/**
 * Keys of a JSON list kept besides those naming a field: a list whose every object brings keys
 * of its own would otherwise be read as a table of as many columns as rows.
 */
export const MAX_OTHER_COLUMNS = 100;
/** How deeply the JSON text nests arrays and objects (strings skipped), up to `limit` + 1. */
function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return deepest;
}

const isObjectArray = (value: unknown): value is object[] =>
  Array.isArray(value) && value.every((item) => item !== null && typeof item === 'object');

/**
 * The array of a JSON export wrapped in an object (`{"facilities": [...], "count": 12}`, as APIs
 * answer): the one property that holds an array of objects. The data itself otherwise.
 */
function listIn(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  const arrays = Object.values(data).filter((value) => isObjectArray(value) && value.length > 0);
  return arrays.length === 1 ? arrays[0] : data;
}

/** A JSON file: an array of objects keyed by header, as ODSAS allows, or an object holding one. */
export function readJsonList(text: string): ListReading {
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    return { ok: false, error: { code: 'jsonTooDeep', limit: MAX_JSON_DEPTH } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'badJson' } };
  }
  data = listIn(data);
  if (!Array.isArray(data) || !data.every((item) => item !== null && typeof item === 'object')) {
    return { ok: false, error: { code: 'badJson' } };
  }
  if (data.length === 0) return { ok: false, error: { code: 'empty' } };
  const keys = new Set<string>();
  let others = 0;
  for (const item of data as object[]) {
    for (const key of Object.keys(item)) {
      if (keys.has(key)) continue;
      if (mapHeader([key])[0] !== undefined) keys.add(key);
      else if (others < MAX_OTHER_COLUMNS) {
        keys.add(key);
        others += 1;
      }
    }
  }
  const header = [...keys];
  const rows = data.map((item: Record<string, unknown>, index) => ({
    line: index + 1,
    cells: header.map((key) => item[key]),
    problems: [],
  }));
  return listFromTable(header, rows);
}
