/**
 * The rows of a supplier list that are not suppliers. Notes a brand writes below its list:
 * "Total: 45", "Source: …, March 2024", "* Tier 1 only", "Last updated 2024-06-30". And headings
 * that group it by country ("VIETNAM", "Country: China"), whose country is the rows' under them.
 * Read as rows, each would be a supplier "not found"; the check leaves them out and says which
 * lines it read as notes and as headings. Pure.
 *
 * Only the rows at the end of the list are candidates, and only when they read as a note: one
 * filled cell that starts the way a note does (a word such as "Source" or "Total" and a colon, a
 * footnote mark and a space), or a total's label beside numbers. A factory's row has a name no note starts
 * with, or more cells than a note; "Total Garment Co., Ltd." stays a supplier.
 */

import { countryNamedBy } from './name-places';

/** A note's first words, then a colon (any script's), or a footnote mark. */
const NOTE_OPENING = new RegExp(
  [
    String.raw`^(?:notes?|remarks?|comments?|sources?|totals?|grand total|disclaimer|legend|key|updated|last updated|updated on|date|as of|published|published on|prepared by|copyright)\s*[:：]`,
    String.raw`^(?:last updated|updated on|as of|published on|copyright)\b`,
    String.raw`^(?:totals?|grand total)\s+\d`,
    // "Total number of sites: 12", "Number of factories: 45", "Total factories: 45".
    String.raw`^(?:total\s+)?(?:number|no\.?)\s+of\s+[\p{L}\s]{1,40}[:：]\s*\d`,
    String.raw`^totals?\s+[\p{L}]+(?:\s+[\p{L}]+)?\s*[:：]\s*\d`,
    // A page's number, copied from a PDF: "Page 2 of 3".
    String.raw`^page\s+\d+(?:\s+of\s+\d+)?$`,
    String.raw`^(?:[*†‡※¹²³⁴⁵⁶⁷⁸⁹⁰]+\s|©)`,
    String.raw`^(?:注|备注|说明|来源|数据来源|合计|总计|更新|更新日期)\s*[:：]`,
    String.raw`^(?:ចំណាំ|ប្រភព|សរុប|កំណត់សម្គាល់)\s*[:៖]`,
  ].join('|'),
  'iu',
);

/** A total's label alone in its cell, with numbers in the others ("Total", "45", "12,300"). */
const TOTAL_LABEL = /^(?:totals?|grand total|合计|总计|សរុប)\s*[:：៖]?$/iu;
const NUMBER = /^[\d\s.,%]+$/u;

/** Whether a row's cells (read as the check reads them: trimmed, "N/A" empty) are a note. */
export function isNoteRow(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => cell !== '');
  const [first, ...others] = filled;
  if (first === undefined) return false;
  if (others.length === 0) return NOTE_OPENING.test(first);
  return TOTAL_LABEL.test(first) && others.every((cell) => NUMBER.test(cell));
}

/**
 * How many rows at the end of a table are notes, blank rows among and after them included: the
 * table's rows from `rows.length - count` on are not suppliers. Zero when the last filled row is
 * not a note, or when every filled row would be (a list of notes is no list: its rows stay).
 */
export function noteRowsAtEnd(rows: ReadonlyArray<readonly string[]>): number {
  let start = rows.length;
  let notes = 0;
  for (let i = rows.length - 1; i >= 0; i -= 1) {
    const cells = rows[i] ?? [];
    if (cells.every((cell) => cell === '')) continue;
    if (!isNoteRow(cells)) break;
    notes += 1;
    start = i;
  }
  if (notes === 0) return 0;
  const suppliersAbove = rows.slice(0, start).some((cells) => cells.some((cell) => cell !== ''));
  return suppliersAbove ? rows.length - start : 0;
}

/**
 * A count of factories after a heading's country: "Bangladesh (1)", "Vietnam - 2 factories",
 * "China: 3 suppliers", "越南（2家）".
 */
const COUNT_WORD =
  '(?:factories|factory|suppliers|supplier|sites|site|facilities|facility|家|个|間|រោងចក្រ)';
const COUNT_WORDS = `${COUNT_WORD}?`;
const HEADING_COUNT = new RegExp(
  `\\s*(?:[-–—:：]\\s*\\d+\\s*${COUNT_WORDS}|[(（]\\s*\\d+\\s*${COUNT_WORDS}\\s*[)）])\\s*$`,
  'iu',
);
/**
 * A cell that is only a count of factories ("2 factories", "(2)"); a bare number is not one: it
 * may be a row's workers beside a country column ("Vietnam", "", "250").
 */
const HEADING_COUNT_ALONE = new RegExp(
  `^(?:[(（]\\s*\\d+\\s*${COUNT_WORDS}\\s*[)）]|\\d+\\s*${COUNT_WORD})$`,
  'iu',
);

/** "Country:" before a heading's country, or a colon after it. */
const HEADING_FORM = /^(?:country|region|国家|国家或地区|ប្រទេស)\s*[:：៖]\s*|\s*[:：៖]$/giu;

/**
 * The country a row names as a heading of the rows under it, or null: one filled cell, and that
 * a country's name whole.
 */
export function countryHeading(cells: readonly string[]): string | null {
  const filled = cells.filter((cell) => cell !== '');
  // The country, and at most a count of its factories beside it ("Vietnam", "2 factories").
  if (filled.length === 0 || filled.length > 2) return null;
  if (filled.length === 2 && !HEADING_COUNT_ALONE.test(filled[1] as string)) return null;
  const text = (filled[0] as string).replace(HEADING_COUNT, '').replace(HEADING_FORM, '').trim();
  return text !== '' && countryNamedBy(text) !== null ? text : null;
}
