/**
 * The names of an index that go on from a name: "X Garment International" and "X Garment
 * Industrial" from "X Garment", so that a line naming one factory exactly is not taken for it
 * when it may be another's name shortened. Pure.
 */
import type { NamedRecord, NameIndex, NameVariant } from './name-index';

/** Keys read at most for one name. */
const MAX_KEYS_SCANNED = 1_000;

/**
 * A finder of the names that are a name's words and more, up to about `limit` of them. They are
 * among the keys that begin with its key; keys are spacing-blind, so "X Garmentex" is among them
 * too, and left out by its words.
 */
export function longerNamesOf(
  index: NameIndex,
  limit: number,
): (name: NameVariant) => Array<{ entry: NamedRecord; variant: NameVariant }> {
  const keys = [...index.byKey.keys()].sort();
  return (name) => {
    const { key, words } = name.parsed;
    const joined = words.join('');
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((keys[mid] as string) < key) low = mid + 1;
      else high = mid;
    }
    const found: Array<{ entry: NamedRecord; variant: NameVariant }> = [];
    const last = Math.min(keys.length, low + MAX_KEYS_SCANNED);
    for (let i = low; i < last && (keys[i] as string).startsWith(key); i += 1) {
      if (keys[i] === key) continue;
      for (const hit of index.byKey.get(keys[i] as string) ?? []) {
        // Its words, read from the first, spell the name's and go on.
        const theirs = hit.variant.parsed.words;
        let prefix = '';
        for (let j = 0; j < theirs.length - 1 && prefix.length < joined.length; j += 1) {
          prefix += theirs[j];
          if (prefix === joined) found.push(hit);
        }
      }
      if (found.length > limit) break;
    }
    return found;
  };
}
