/**
 * A fixed set of misspelt factory names for the search's figures: factories picked evenly through
 * the index, each name written as a hurried user would (a letter swapped, dropped, doubled or
 * wrong in its most distinctive word, the legal form left off or in lower case). Deterministic:
 * the same index always gives the same queries.
 */
import type { SearchRecord } from '../../src/lib/search';

export interface SearchQuery {
  query: string;
  /** The factory the query means. */
  id: string;
}

const LEGAL_TAIL = /\s*\b(?:co\.?,?\s*ltd\.?|company limited|ltd\.?|plc|inc\.?)\s*$/i;
const VOWELS = 'aeiou';

function misspell(word: string, kind: number): string {
  const at = Math.max(1, Math.floor(word.length / 2));
  switch (kind % 4) {
    case 0: // two letters swapped
      return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
    case 1: // a letter dropped
      return word.slice(0, at) + word.slice(at + 1);
    case 2: // a letter doubled
      return word.slice(0, at) + word[at] + word.slice(at);
    default: {
      // a vowel written as another
      const i = [...word].findIndex((c, j) => j > 0 && VOWELS.includes(c.toLowerCase()));
      if (i === -1) return word.slice(0, at) + word.slice(at + 1);
      const vowel = word[i]?.toLowerCase() ?? 'a';
      const other = VOWELS[(VOWELS.indexOf(vowel) + 1) % VOWELS.length] as string;
      return word.slice(0, i) + other + word.slice(i + 1);
    }
  }
}

/** `count` misspelt queries over the index, with the factory each one means. */
export function misspeltQueries(records: readonly SearchRecord[], count = 20): SearchQuery[] {
  const queries: SearchQuery[] = [];
  for (let i = 0; i < count && records.length > 0; i += 1) {
    const record = records[Math.floor(((i + 0.5) * records.length) / count)] as SearchRecord;
    const name = i % 2 === 0 ? record.n.replace(LEGAL_TAIL, '') : record.n;
    const words = name.split(' ');
    // The longest word of letters: the one a user is likeliest to get wrong.
    let longest = 0;
    words.forEach((w, j) => {
      if (/^[A-Za-z]{5,}$/.test(w) && w.length > (words[longest] ?? '').length) longest = j;
    });
    words[longest] = misspell(words[longest] ?? '', i);
    const typed = words.join(' ');
    queries.push({ query: i % 3 === 0 ? typed.toLowerCase() : typed, id: record.id });
  }
  return queries;
}
