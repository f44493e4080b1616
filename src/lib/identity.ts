import { makeProblem, type Problem } from './problems';
import { quoteValue } from './unsafe-text';

/**
 * Ids are exact, but two ids of one kind that differ only in case or hyphens would name the same
 * page on a case-insensitive file system and the same factory in the reader's mind, so they are
 * refused. The canonical form is the id without hyphens, in upper case (ids are ASCII).
 */
export function canonicalId(id: string): string {
  return id.replaceAll('-', '').toUpperCase();
}

const RESERVED = /^(?:CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$/i;
export const RESERVED_FILE_NAMES = 'CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9';

/** Device names that Windows refuses as file or folder names, in any case. */
export function isReservedFileName(id: string): boolean {
  return RESERVED.test(id);
}

export interface Located<T> {
  line: number;
  value: T;
}

/**
 * Reports every row whose id was already used, exactly or once case and hyphens are ignored,
 * pointing back at the first use; returns the rows that keep their id (the first of each).
 */
export function findIdCollisions<T>(
  file: string,
  column: string,
  rows: readonly Located<T>[],
  idOf: (row: T) => string,
  what: string,
): { unique: Located<T>[]; problems: Problem[] } {
  const first = new Map<string, { id: string; line: number }>();
  const unique: Located<T>[] = [];
  const problems: Problem[] = [];
  for (const row of rows) {
    const id = idOf(row.value);
    const key = canonicalId(id);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, { id, line: row.line });
      unique.push(row);
    } else {
      const message =
        earlier.id === id
          ? `duplicate ${what} ${quoteValue(id)}: first on line ${earlier.line}`
          : `${quoteValue(id)} is the same id as ${quoteValue(earlier.id)} on line ${earlier.line} once case and hyphens are ignored`;
      problems.push(makeProblem('error', file, row.line, column, message));
    }
  }
  return { unique, problems };
}

/** The ids of one kind as declared in their file, with the one a mistyped reference meant. */
export interface IdIndex {
  has(id: string): boolean;
  /** The declared id equal to `id` once case and hyphens are ignored, when exactly one is. */
  meant(id: string): string | undefined;
}

/**
 * The index of the ids a file declares; when the file or its id column could not be read (null),
 * one that takes every id, as that error is reported once, not again at every reference.
 */
export function makeIdIndex(ids: Iterable<string> | null): IdIndex {
  if (ids === null) return { has: () => true, meant: () => undefined };
  const exact = new Set<string>();
  // A declared id that holds invisible or control characters is refused where it is declared;
  // the reference that writes it without them is to it, and not reported again.
  const unseen = /[\p{Cc}\p{Cf}]/u;
  const byCanonical = new Map<string, string | null>();
  for (const id of ids) {
    exact.add(id);
    if (unseen.test(id)) exact.add(id.replace(/[\p{Cc}\p{Cf}]/gu, '').trim());
    const key = canonicalId(id);
    const seen = byCanonical.get(key);
    // Two declared ids with one canonical form are refused already; suggest neither.
    byCanonical.set(key, seen === undefined || seen === id ? id : null);
  }
  return {
    has: (id) => exact.has(id),
    meant: (id) => byCanonical.get(canonicalId(id)) ?? undefined,
  };
}
