/**
 * The words of a loaded search index, built once per list of records: which fields of which
 * records hold each word, every word sorted for prefixes, words by trigram for misspellings, and
 * each record's fields as one text for whole-phrase matches. A query word is looked up here; the
 * ranking (search-rank.ts) counts what it finds.
 */
import { NAME_KINDS, nameIndexOf, type NameIndex, type NameKind } from './name-index';
import { textSimilarity } from './name-similarity';
import { WORD_FORMS } from './name-words';
import type { SearchRecord } from './search';
import { normaliseText } from './text';

/** Where a query was found in a factory's record. */
export type SearchField = NameKind | 'factoryId' | 'osId' | 'parentCompany' | 'buyer' | 'province';

/** How much a word found in a field counts: names and ids above what many factories share. */
const FIELD_WEIGHT: Readonly<Record<SearchField, number>> = {
  name: 1,
  khmerName: 1,
  chineseName: 1,
  formerName: 0.95,
  alias: 0.95,
  otherName: 0.95,
  factoryId: 1,
  osId: 1,
  parentCompany: 0.6,
  buyer: 0.5,
  province: 0.4,
};
const NAME_FIELDS: ReadonlySet<SearchField> = new Set(NAME_KINDS);
export const SPACELESS = /[\u1780-\u17ff\p{Script=Han}]/u;

/** One field of one record: shared by the postings of its words, so a query compares no strings to tell fields apart. */
export interface FieldText {
  /** Its place in `WordIndex.sources`. */
  id: number;
  field: SearchField;
  /** The field's text as published. */
  text: string;
  weight: number;
}

/** Records and their fields, in flat arrays: entries `start[w]` to `start[w + 1]` are word w's. */
export interface Postings {
  start: Int32Array;
  record: Int32Array;
  source: Int32Array;
}

export interface WordIndex {
  names: NameIndex;
  /** The records holding each word (by number, `wordIds`), and the fields it is in. */
  postings: Postings;
  /** Every field of every record, by id. */
  sources: FieldText[];
  /** Each field's weight, by id. */
  weights: Float64Array;
  /** Every word, sorted, for prefixes. */
  vocabulary: string[];
  /** Words by trigram, for misspellings. */
  byGram: Map<string, string[]>;
  /** Words in scripts written without spaces, found inside longer words. */
  spaceless: string[];
  /**
   * Each record's fields, normalised and joined by a line break (which a normalised query never
   * holds), for whole-phrase matches: one search of one string per record.
   */
  phrases: string[];
  /** Each record's place in the order of ids, for ties: integers compare faster than strings. */
  idRank: Int32Array;
  /** Each record's place in the list. */
  positions: Map<SearchRecord, number>;
  /** Each word's number, for `forward`. */
  wordIds: Map<string, number>;
  /**
   * The postings again, by record: record r's words (by number) and fields (source ids), in the
   * order of the postings, at `start[r]` to `start[r + 1]`. A word that only narrows a few
   * records already found looks there rather than through all its postings.
   */
  forward: { start: Int32Array; word: Int32Array; source: Int32Array };
}

/**
 * The postings of a word, word by word: the forward index sorted by word, stably, so that each
 * word's entries come in the order of the records and of their fields.
 */
function postingsOf(forward: WordIndex['forward'], words: number): Postings {
  const start = new Int32Array(words + 1);
  for (const word of forward.word) start[word + 1] = (start[word + 1] as number) + 1;
  for (let w = 0; w < words; w += 1) start[w + 1] = (start[w + 1] as number) + (start[w] as number);
  const next = start.slice(0, words);
  const record = new Int32Array(forward.word.length);
  const source = new Int32Array(forward.word.length);
  for (let at = 0; at + 1 < forward.start.length; at += 1) {
    for (let e = forward.start[at] as number; e < (forward.start[at + 1] as number); e += 1) {
      const word = forward.word[e] as number;
      const to = next[word] as number;
      next[word] = to + 1;
      record[to] = at;
      source[to] = forward.source[e] as number;
    }
  }
  return { start, record, source };
}

export function trigrams(word: string): string[] {
  const chars = [...` ${word} `];
  const grams: string[] = [];
  for (let i = 0; i + 3 <= chars.length; i += 1) grams.push(chars.slice(i, i + 3).join(''));
  return grams;
}

const cache = new WeakMap<readonly SearchRecord[], WordIndex>();

/** The word index of a list of records, built on first use and kept while the list lives. */
export function wordIndexOf(records: readonly SearchRecord[]): WordIndex {
  const cached = cache.get(records);
  if (cached) return cached;
  const wordIds = new Map<string, number>();
  const start = new Int32Array(records.length + 1);
  const forwardWord: number[] = [];
  const forwardSource: number[] = [];
  const add = (word: string, source: FieldText) => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(word, id);
    }
    forwardWord.push(id);
    forwardSource.push(source.id);
  };
  const sources: FieldText[] = [];
  const phrases: string[] = [];
  records.forEach((record, index) => {
    const fields: Array<{ field: SearchField; text: string }> = [
      { field: 'name', text: record.n },
      ...(record.km ? [{ field: 'khmerName' as const, text: record.km }] : []),
      ...(record.zh ? [{ field: 'chineseName' as const, text: record.zh }] : []),
      ...(record.al ?? []).map((text) => ({ field: 'alias' as const, text })),
      ...(record.pc ? [{ field: 'parentCompany' as const, text: record.pc }] : []),
      ...(record.b ?? []).map((text) => ({ field: 'buyer' as const, text })),
      ...(record.pr ? [{ field: 'province' as const, text: record.pr }] : []),
    ];
    const own = new Map<string, FieldText>();
    const texts: string[] = [];
    for (const { field, text } of fields) {
      const normalised = normaliseText(text);
      const words = normalised
        .split(' ')
        .filter(Boolean)
        .map((w) => WORD_FORMS.get(w) ?? w);
      // The same text in one field twice (a buyer listed twice) is one field.
      const sourceKey = `${field}\u0000${text}`;
      let source = own.get(sourceKey);
      if (source === undefined) {
        source = { id: sources.length, field, text, weight: FIELD_WEIGHT[field] };
        sources.push(source);
        own.set(sourceKey, source);
      }
      for (const word of new Set(words)) add(word, source);
      // Words a list writes joined ("Goldenthread", "Injae") where the name splits them.
      if (NAME_FIELDS.has(field)) {
        for (let i = 0; i + 1 < words.length; i += 1) {
          add(`${words[i]}${words[i + 1]}`, source);
        }
      }
      texts.push(normalised);
    }
    phrases.push(texts.join('\n'));
    start[index + 1] = forwardWord.length;
  });
  const vocabulary = [...wordIds.keys()].sort();
  const forward = {
    start,
    word: Int32Array.from(forwardWord),
    source: Int32Array.from(forwardSource),
  };
  const byGram = new Map<string, string[]>();
  for (const word of vocabulary) {
    for (const gram of new Set(trigrams(word))) {
      const list = byGram.get(gram);
      if (list) list.push(word);
      else byGram.set(gram, [word]);
    }
  }
  const idRank = new Int32Array(records.length);
  records
    .map((record, index) => ({ id: record.id, index }))
    .sort((a, b) => a.id.localeCompare(b.id))
    .forEach(({ index }, rank) => {
      idRank[index] = rank;
    });
  const index: WordIndex = {
    names: nameIndexOf(records),
    postings: postingsOf(forward, wordIds.size),
    sources,
    weights: Float64Array.from(sources, (source) => source.weight),
    vocabulary,
    byGram,
    spaceless: vocabulary.filter((w) => SPACELESS.test(w)),
    phrases,
    idRank,
    positions: new Map(records.map((record, at) => [record, at])),
    wordIds,
    forward,
  };
  cache.set(records, index);
  return index;
}

/** The first index of a sorted list at which `prefix` could stand. */
function lowerBound(sorted: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Letters a word may have wrong: none in short words, one from four letters, two from eight. */
const allowedEdits = (length: number) => (length < 4 ? 0 : length < 8 ? 1 : 2);

/**
 * The index holds a word in the form it stands for ("textile" for "textiles", "industrial" for
 * "industries"); a misspelling is one or two letters from the form a user writes, which may be
 * further from the indexed one ("textles" is two letters from "textile", one from "textiles").
 */
const WRITTEN_FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const forms = new Map<string, string[]>();
  for (const [written, word] of WORD_FORMS) forms.set(word, [...(forms.get(word) ?? []), written]);
  return forms;
})();

/** How a query word found a word of the index: its score, and how alike the two are. */
export interface Found {
  score: number;
  similarity: number;
}

/** Query words looked up lately, per index: typing a query looks up its first words again and again. */
const lookedUp = new WeakMap<WordIndex, Map<string, ReadonlyMap<string, Found>>>();
const LOOKED_UP = 64;

/** The words of the index a query word finds, each with how well: a map of the caller's own. */
export function wordsFound(index: WordIndex, word: string, last: boolean): Map<string, Found> {
  let recent = lookedUp.get(index);
  if (recent === undefined) {
    recent = new Map();
    lookedUp.set(index, recent);
  }
  const key = `${last ? 1 : 0}${word}`;
  let found = recent.get(key);
  if (found === undefined) {
    found = lookUp(index, word, last);
    if (recent.size >= LOOKED_UP) recent.delete(recent.keys().next().value as string);
    recent.set(key, found);
  }
  return new Map(found);
}

function lookUp(index: WordIndex, word: string, last: boolean): Map<string, Found> {
  const found = new Map<string, Found>();
  const keep = (w: string, score: number, similarity = score) => {
    const before = found.get(w);
    if (!before || score > before.score) found.set(w, { score, similarity });
  };
  if (index.wordIds.has(word)) keep(word, 1);
  // The word still being typed is the start of a word.
  const length = [...word].length;
  if (last && length >= 2) {
    for (let i = lowerBound(index.vocabulary, word); i < index.vocabulary.length; i += 1) {
      const w = index.vocabulary[i] as string;
      if (!w.startsWith(word)) break;
      keep(w, 0.9, 1);
    }
  }
  const spaceless = SPACELESS.test(word);
  if (spaceless) {
    // Khmer and Chinese are written without spaces: a word may stand inside a longer one.
    for (const w of index.spaceless) if (w.includes(word)) keep(w, 0.95, 1);
  }
  const edits = spaceless ? Math.floor(length / 4) : allowedEdits(length);
  if (edits > 0) {
    const counts = new Map<string, number>();
    for (const gram of trigrams(word)) {
      for (const w of index.byGram.get(gram) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    for (const [w, shared] of counts) {
      if (shared === 0) continue;
      // The closest of the word and the forms it is written in, each within the edits allowed.
      let best = -1;
      for (const form of [w, ...(WRITTEN_FORMS.get(w) ?? [])]) {
        const formLength = [...form].length;
        if (Math.abs(formLength - length) > edits) continue;
        const similarity = textSimilarity(word, form, 0.5);
        if (1 - similarity <= edits / Math.max(length, formLength) + 1e-9) {
          best = Math.max(best, similarity);
        }
      }
      if (best >= 0) keep(w, best);
    }
  }
  return found;
}

/**
 * Working space of the word count, one slot per record, kept between queries so that a keystroke
 * allocates nothing in proportion to the registry. A slot is valid when its stamp is the current
 * one, so nothing is cleared either.
 */
export interface Scratch {
  counter: number;
  /** Records every required word so far has found: stamped with that word's count. */
  alive: Uint32Array;
  /** The record's score so far. */
  total: Float64Array;
  /** The one field (source id) every word so far was found in, or −1. */
  sameSource: Int32Array;
  /** The best score of the word being counted. */
  best: Float64Array;
  /** Per query word: whether it found the record, in which field, through which word it found. */
  words: Array<{ seen: Uint32Array; source: Int32Array; via: Int32Array }>;
}

const scratches = new WeakMap<object, Scratch>();
/** Query words whose slots are kept between queries; a longer query's others are let go after it. */
export const KEPT_WORDS = 12;

export function scratchOf(key: object, size: number, words: number): Scratch {
  let scratch = scratches.get(key);
  if (scratch === undefined) {
    scratch = {
      counter: 0,
      alive: new Uint32Array(size),
      total: new Float64Array(size),
      sameSource: new Int32Array(size),
      best: new Float64Array(size),
      words: [],
    };
    scratches.set(key, scratch);
  }
  while (scratch.words.length < words) {
    scratch.words.push({
      seen: new Uint32Array(size),
      source: new Int32Array(size),
      via: new Int32Array(size),
    });
  }
  // A stamp is never reused while a slot could still hold it.
  if (scratch.counter > 0xfff0_0000) {
    scratch.counter = 0;
    scratch.alive.fill(0);
    for (const word of scratch.words) word.seen.fill(0);
  }
  return scratch;
}
