/**
 * Characters that must not reach the site or a log: control characters break XML (feeds, SVG)
 * and terminals, bidirectional controls make a name read differently from what is stored, and
 * invisible characters make two equal-looking names differ. One regular expression finds every
 * candidate; the few that are allowed in context (a line break in a free-text cell, a zero-width
 * character in Khmer text) are let through by `findUnsafeCharacter`.
 */

/**
 * Every candidate in one class: C0 controls but tab, DEL and C1 controls, zero-width space/non-
 * joiner/joiner, line and paragraph separators, bidi embeddings, overrides and isolates, U+FEFF,
 * the noncharacters U+FFFE/U+FFFF, and (for JSON strings) unpaired surrogates.
 */
const CANDIDATE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u200B-\u200D\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CANDIDATES = new RegExp(CANDIDATE.source, 'g');

/**
 * The same class without LF and CR, for a whole file: line ends are everywhere and are judged per
 * cell, and decoded UTF-8 holds no surrogate halves. A file without a match skips the per-cell check.
 */
export const SUSPECT_IN_FILE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/;

/** Khmer (U+1780–U+17FF) and Khmer Symbols (U+19E0–U+19FF). */
const KHMER = /[\u1780-\u17FF\u19E0-\u19FF]/;
const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029']);
const ZERO_WIDTH = new Set(['\u200B', '\u200C', '\u200D']);

export interface UnsafeCharacter {
  /** 1-based position of the character in the text. */
  position: number;
  codePoint: string;
  /** What the character is, for the message. */
  what: string;
  /** What was expected instead. */
  expected: string;
}

/** `U+000B`, upper-case hex, at least four digits. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The first character of `text` that the contract refuses, or undefined. `allowLineBreaks` is
 * true only for the free-text columns whose cells may span lines.
 */
export function findUnsafeCharacter(
  text: string,
  allowLineBreaks: boolean,
): UnsafeCharacter | undefined {
  if (!CANDIDATE.test(text)) return undefined;
  CANDIDATES.lastIndex = 0;
  for (let match = CANDIDATES.exec(text); match !== null; match = CANDIDATES.exec(text)) {
    const char = match[0];
    const index = match.index;
    if (LINE_BREAKS.has(char) && allowLineBreaks && char !== '\r') continue;
    if (ZERO_WIDTH.has(char) && besideKhmer(text, index)) continue;
    const [what, expected] = describe(char);
    return { position: index + 1, codePoint: codePointName(char), what, expected };
  }
  return undefined;
}

function besideKhmer(text: string, index: number): boolean {
  return KHMER.test(text.charAt(index - 1)) || KHMER.test(text.charAt(index + 1));
}

/** What the character is, then what was expected instead. */
function describe(char: string): [string, string] {
  const name = codePointName(char);
  if (LINE_BREAKS.has(char)) {
    return [
      `a line break (${name})`,
      'expected one line; only address, summary and text cells may hold line breaks',
    ];
  }
  if (ZERO_WIDTH.has(char)) {
    return [
      `the invisible character ${name} outside Khmer text`,
      'expected it only beside Khmer letters, where Khmer writing needs it',
    ];
  }
  if (char === '\uFEFF') {
    return [
      `the invisible character ${name} (byte-order mark)`,
      'expected it only as the first character of a file',
    ];
  }
  if (/[\u202A-\u202E\u2066-\u2069]/.test(char)) {
    return [
      `the bidirectional control ${name}`,
      'expected text without direction overrides or isolates, which make it read differently from what is stored',
    ];
  }
  if (char === '\uFFFE' || char === '\uFFFF') {
    return [`the noncharacter ${name}`, 'expected text'];
  }
  if (/[\uD800-\uDFFF]/.test(char)) {
    return [`an unpaired surrogate ${name}`, 'expected text that can be written as UTF-8'];
  }
  return [
    `the control character ${name}`,
    'expected text without control characters (a tab is allowed)',
  ];
}

/** The message for a cell or header holding `unsafe`: `holds … at character N: expected …`. */
export function describeUnsafe(unsafe: UnsafeCharacter): string {
  return `holds ${unsafe.what} at character ${unsafe.position}: ${unsafe.expected}`;
}

/**
 * Everything that could change how a log line reads (controls, line and paragraph separators,
 * bidi and invisible characters, unpaired surrogates) written as `\uXXXX`, so no input can start a
 * new line or hide text in a report.
 */
const LOG_UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeForLog(text: string): string {
  return text.replace(
    LOG_UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A value quoted for a message, cut to `max` characters so a huge cell cannot flood a log. */
export function quoteValue(value: unknown, max = 80): string {
  const text = String(value);
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut) + (text.length > max ? ` (${text.length} characters)` : '');
}
