/**
 * Which factories a query finds, best first, and why each was found. The order a user expects
 * from a registry: a factory whose current name is the query (once the name model sets legal
 * forms, countries and spacing aside) first, then one whose former or other name is, then those
 * where every word of the query is found (misspelt, abbreviated, or as the start of a word still
 * being typed), then names merely similar to the whole query.
 */
import { nameIndexOf, type NameIndex, type NameKind } from './name-index';
import { textSimilarity } from './name-similarity';
import { LEGAL_PHRASES, WORD_FORMS } from './name-words';
import type { SearchRecord } from './search';
import { withoutAdditions } from './names';
import { normaliseText } from './text';

/** Where a query was found in a factory's record. */
export type SearchField = NameKind | 'factoryId' | 'osId' | 'parentCompany' | 'buyer' | 'province';

export interface SearchWhy {
  field: SearchField;
  /** The text that matched, as published. */
  text: string;
  /** The whole query is that name, once normalised. */
  exact: boolean;
  /** 1 for words found as typed; less for misspelt words or a similar name. */
  similarity: number;
}

export interface SearchHit {
  record: SearchRecord;
  why: SearchWhy;
}

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
const NAME_FIELDS: ReadonlySet<SearchField> = new Set([
  'name',
  'khmerName',
  'chineseName',
  'formerName',
  'alias',
  'otherName',
]);
/** A name merely similar to the whole query is shown when at least this similar. */
const SIMILAR_NAME = 0.6;
const LEGAL = new Set(LEGAL_PHRASES.filter((p) => !p.includes(' ')));
const SPACELESS = /[\u1780-\u17ff\p{Script=Han}]/u;

/** One field of one record: shared by the postings of its words, so a query compares no strings to tell fields apart. */
interface FieldText {
  field: SearchField;
  /** The field's text as published. */
  text: string;
  weight: number;
}

interface Posting {
  record: number;
  source: FieldText;
}

interface Prepared {
  names: NameIndex;
  postings: Map<string, Posting[]>;
  /** Every word, sorted, for prefixes. */
  vocabulary: string[];
  /** Words by trigram, for misspellings. */
  byGram: Map<string, string[]>;
  /** Words in scripts written without spaces, found inside longer words. */
  spaceless: string[];
  /** Each field's whole normalised text, for whole-phrase matches. */
  phrases: Array<Array<{ field: SearchField; text: string; normalised: string }>>;
}

function trigrams(word: string): string[] {
  const chars = [...` ${word} `];
  const grams: string[] = [];
  for (let i = 0; i + 3 <= chars.length; i += 1) grams.push(chars.slice(i, i + 3).join(''));
  return grams;
}

const preparedCache = new WeakMap<readonly SearchRecord[], Prepared>();

function prepare(records: readonly SearchRecord[]): Prepared {
  const cached = preparedCache.get(records);
  if (cached) return cached;
  const postings = new Map<string, Posting[]>();
  const add = (word: string, posting: Posting) => {
    const list = postings.get(word);
    if (list) list.push(posting);
    else postings.set(word, [posting]);
  };
  const phrases: Prepared['phrases'] = [];
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
    const own: Prepared['phrases'][number] = [];
    const sources = new Map<string, FieldText>();
    for (const { field, text } of fields) {
      const normalised = normaliseText(text);
      const words = normalised
        .split(' ')
        .filter(Boolean)
        .map((w) => WORD_FORMS.get(w) ?? w);
      // The same text in one field twice (a buyer listed twice) is one field.
      const sourceKey = `${field}\u0000${text}`;
      const source = sources.get(sourceKey) ?? { field, text, weight: FIELD_WEIGHT[field] };
      sources.set(sourceKey, source);
      for (const word of new Set(words)) add(word, { record: index, source });
      // Words a list writes joined ("Goldenthread", "Injae") where the name splits them.
      if (NAME_FIELDS.has(field)) {
        for (let i = 0; i + 1 < words.length; i += 1) {
          add(`${words[i]}${words[i + 1]}`, { record: index, source });
        }
      }
      own.push({ field, text, normalised });
    }
    phrases.push(own);
  });
  const vocabulary = [...postings.keys()].sort();
  const byGram = new Map<string, string[]>();
  for (const word of vocabulary) {
    for (const gram of new Set(trigrams(word))) {
      const list = byGram.get(gram);
      if (list) list.push(word);
      else byGram.set(gram, [word]);
    }
  }
  const prepared: Prepared = {
    names: nameIndexOf(records),
    postings,
    vocabulary,
    byGram,
    spaceless: vocabulary.filter((w) => SPACELESS.test(w)),
    phrases,
  };
  preparedCache.set(records, prepared);
  return prepared;
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

/** How a query word found a word of the index: its score, and how alike the two are. */
interface Found {
  score: number;
  similarity: number;
}

/** The words of the index a query word finds, each with how well. */
function wordsFound(prepared: Prepared, word: string, last: boolean): Map<string, Found> {
  const found = new Map<string, Found>();
  const keep = (w: string, score: number, similarity = score) => {
    const before = found.get(w);
    if (!before || score > before.score) found.set(w, { score, similarity });
  };
  if (prepared.postings.has(word)) keep(word, 1);
  // The word still being typed is the start of a word.
  const length = [...word].length;
  if (last && length >= 2) {
    for (let i = lowerBound(prepared.vocabulary, word); i < prepared.vocabulary.length; i += 1) {
      const w = prepared.vocabulary[i] as string;
      if (!w.startsWith(word)) break;
      keep(w, 0.9, 1);
    }
  }
  const spaceless = SPACELESS.test(word);
  if (spaceless) {
    // Khmer and Chinese are written without spaces: a word may stand inside a longer one.
    for (const w of prepared.spaceless) if (w.includes(word)) keep(w, 0.95, 1);
  }
  const edits = spaceless ? Math.floor(length / 4) : allowedEdits(length);
  if (edits > 0) {
    const counts = new Map<string, number>();
    for (const gram of trigrams(word)) {
      for (const w of prepared.byGram.get(gram) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    for (const [w, shared] of counts) {
      if (shared === 0 || Math.abs([...w].length - length) > edits) continue;
      const similarity = textSimilarity(word, w, 0.5);
      if (1 - similarity <= edits / Math.max(length, [...w].length) + 1e-9) keep(w, similarity);
    }
  }
  return found;
}

/**
 * The factories the query finds, best first, with why. The caller has ruled out a query that is
 * an id; `query` is normalised, `typed` as the user typed it.
 */
export function rankFactories(
  records: readonly SearchRecord[],
  query: string,
  typed: string = query,
): SearchHit[] {
  return rankFactoryPage(records, query, typed).hits;
}

export interface RankOptions {
  /** Only the factories this keeps are counted and returned (the page's filters). */
  keep?: (record: SearchRecord) => boolean;
  /** Hits returned; all are counted. */
  limit?: number;
}

/** Why a factory was found; worked out only for the hits a page shows. */
type LazyWhy = SearchWhy | (() => SearchWhy);

/**
 * `rankFactories` for one page of results: every hit is ranked and counted, but only the first
 * `limit` that the filters keep are returned, and only theirs is it worked out why they were found.
 */
export function rankFactoryPage(
  records: readonly SearchRecord[],
  query: string,
  typed: string = query,
  options: RankOptions = {},
): { total: number; hits: SearchHit[] } {
  const prepared = prepare(records);
  const { names } = prepared;
  const hits = new Map<SearchRecord, { tier: number; score: number; why: LazyWhy }>();
  const offer = (record: SearchRecord, tier: number, score: number, why: LazyWhy) => {
    const before = hits.get(record);
    if (!before || tier < before.tier || (tier === before.tier && score > before.score)) {
      hits.set(record, { tier, score, why });
    }
  };

  // The query is a name of the factory: its current name first, then another of its names.
  const asName = names.variant(typed);
  for (const { entry, variant } of names.byKey.get(asName.parsed.key) ?? []) {
    const current = ['name', 'khmerName', 'chineseName'].includes(variant.kind);
    const places = names.placesOf(entry);
    const placed = asName.parsed.places.some((p) => places.includes(p)) ? 1 : 0;
    // Of two factories with one normalised name, the one named exactly as typed comes first.
    const written = normaliseText(variant.original) === query ? 2 : 0;
    offer(entry.record, current ? 0 : 1, placed + written, {
      field: variant.kind,
      text: variant.original,
      exact: true,
      similarity: 1,
    });
  }

  // Every word of the query found somewhere in the record.
  const all = query.split(' ').map((w) => WORD_FORMS.get(w) ?? w);
  const meaningful = all.filter((w) => !LEGAL.has(w));
  const words = meaningful.length > 0 ? meaningful : all;
  const ownWords = words.filter((w) => !names.isTrade(w));
  const required = new Set(ownWords.length > 0 ? ownWords : words);
  const perWord = words.map((word, i) => {
    const found = wordsFound(prepared, word, i === words.length - 1);
    // Two words typed apart that the registry writes as one ("In Jae" for "Injae").
    const joined = `${word}${words[i + 1] ?? ''}`;
    if (i + 1 < words.length && prepared.postings.has(joined)) {
      found.set(joined, { score: 1, similarity: 1 });
    }
    const previous = `${words[i - 1] ?? ''}${word}`;
    if (i > 0 && prepared.postings.has(previous)) found.set(previous, { score: 1, similarity: 1 });
    return { word, found };
  });
  interface FieldTally {
    source: FieldText;
    words: number;
    similarity: number;
  }
  interface Tally {
    total: number;
    matched: number;
    /** By field and text, in the order first found: words found there, and their summed similarity. */
    fields: FieldTally[];
  }
  const scores = new Map<number, Tally>();
  // Words the query needs first: a record missing one is out, so the words of the trade that
  // many records share are then counted only for the records still in.
  const ordered = [
    ...perWord.filter((w) => required.has(w.word)),
    ...perWord.filter((w) => !required.has(w.word)),
  ];
  ordered.forEach(({ word, found }, position) => {
    const needed = required.has(word);
    const narrowing = position > 0 || !needed;
    const best = new Map<number, { score: number; similarity: number; posting: Posting }>();
    for (const [w, how] of found) {
      for (const posting of prepared.postings.get(w) ?? []) {
        if (narrowing && !scores.has(posting.record)) continue;
        const score = how.score * posting.source.weight;
        const before = best.get(posting.record);
        if (!before || score > before.score) {
          best.set(posting.record, { score, similarity: how.similarity, posting });
        }
      }
    }
    if (needed && position > 0) {
      for (const record of [...scores.keys()]) if (!best.has(record)) scores.delete(record);
    }
    for (const [record, { score, similarity, posting }] of best) {
      let entry = scores.get(record);
      if (entry === undefined) {
        entry = { total: 0, matched: 0, fields: [] };
        scores.set(record, entry);
      }
      entry.total += score * (needed ? 1 : 0.3);
      if (needed) entry.matched += 1;
      let tally = entry.fields.find((f) => f.source === posting.source);
      if (tally === undefined) {
        tally = { source: posting.source, words: 0, similarity: 0 };
        entry.fields.push(tally);
      }
      tally.words += 1;
      tally.similarity += similarity;
    }
  });
  const requiredCount = perWord.filter((w) => required.has(w.word)).length;
  for (const [index, { total, matched, fields }] of scores) {
    if (matched < requiredCount) continue;
    const record = records[index] as SearchRecord;
    // The field holding most of the query's words says why; a field holding the whole query
    // as typed comes first.
    let top = fields[0];
    for (const f of fields) {
      if (top === undefined || f.words > top.words) top = f;
      else if (f.words === top.words && f.source.weight > top.source.weight) top = f;
    }
    const tally = top ?? { words: 0, similarity: 0 };
    const field: SearchField = top?.source.field ?? 'name';
    const text = top?.source.text ?? '';
    const phrase = prepared.phrases[index]?.some((p) => p.normalised.includes(query)) ? 1 : 0;
    const whole = tally.words >= words.length;
    offer(record, 2, total / words.length + phrase + (whole ? 0.5 : 0), () => {
      // A name holding only some of the query's words is a similar name: how similar, the name
      // model says.
      const variant = whole
        ? undefined
        : names.entries[index]?.variants.find((v) => v.original === text && v.kind === field);
      return {
        field,
        text: text || record.n,
        exact: false,
        similarity: variant
          ? names.compare(asName, variant).similarity
          : tally.words === 0
            ? 0
            : tally.similarity / tally.words,
      };
    });
  }

  // A name like the whole query, when no factory has every word.
  if (![...hits.values()].some((h) => h.tier <= 2)) {
    // Also without what a list adds in brackets or after a dash ("(Cut & Sew)", "- Unit 2").
    const bare = withoutAdditions(typed);
    const asked = [asName, ...(bare !== '' && bare !== typed ? [names.variant(bare)] : [])];
    for (const entry of asked.flatMap((a) => names.nearby(a).map((e) => [a, e] as const))) {
      const [asking, found] = entry;
      for (const variant of found.variants) {
        const compared = names.compare(asking, variant);
        const similarity = Math.min(asking === asName ? 1 : 0.99, compared.similarity);
        const { own } = compared;
        if (similarity >= SIMILAR_NAME && own >= 0.7) {
          offer(found.record, 3, similarity, {
            field: variant.kind,
            text: variant.original,
            exact: false,
            similarity,
          });
        }
      }
    }
  }

  const { keep = () => true, limit = Infinity } = options;
  const ranked = [...hits]
    .filter(([record]) => keep(record))
    .sort(([a, x], [b, y]) => x.tier - y.tier || y.score - x.score || a.id.localeCompare(b.id));
  return {
    total: ranked.length,
    hits: ranked
      .slice(0, limit)
      .map(([record, { why }]) => ({ record, why: typeof why === 'function' ? why() : why })),
  };
}
