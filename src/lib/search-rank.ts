/**
 * Which factories a query finds, best first, and why each was found. The order a user expects
 * from a registry: a factory whose current name is the query (once the name model sets legal
 * forms, countries and spacing aside) first, then one whose former or other name is, then those
 * where every word of the query is found (misspelt, abbreviated, or as the start of a word still
 * being typed), then names merely similar to the whole query.
 */
import {
  wordIndexOf,
  wordsFound,
  KEPT_WORDS,
  scratchOf,
  type FieldText,
  type Found,
  type Scratch,
  type SearchField,
} from './search-words';
import type { SearchRecord } from './search';
import { withoutAdditions } from './names';
import { normaliseText } from './text';
import { LEGAL_PHRASES, WORD_FORMS } from './name-words';

export type { SearchField } from './search-words';

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

/** A name merely similar to the whole query is shown when at least this similar. */
const SIMILAR_NAME = 0.6;
const LEGAL = new Set(LEGAL_PHRASES.filter((p) => !p.includes(' ')));

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

/** A factory found by one of its names as a whole: a few per query. */
interface Offer {
  tier: number;
  score: number;
  why: LazyWhy;
}

/** A hit before the page is cut: its record's position, its tier and score. */
interface Ranked {
  index: number;
  tier: number;
  score: number;
  rank: number;
}

/** A field of a record and the query's words it holds. */
interface FieldTally {
  source: FieldText;
  /** Words the query needs (not of the trade) it holds. */
  needed: number;
  words: number;
  /** The sum of those words' likeness to the query's. */
  similarity: number;
}

/** Best first: tier, then score, then id. */
const before = (a: Ranked, b: Ranked) => a.tier - b.tier || b.score - a.score || a.rank - b.rank;

/**
 * `rankFactories` for one page of results: every hit is counted, but only the first `limit` that
 * the filters keep are ordered and returned, and only theirs is it worked out why they were found.
 * A query's words are counted in arrays indexed by record rather than in maps, so a prefix that
 * finds most of the registry ("de" for every "Demo …") costs a pass over its postings.
 */
export function rankFactoryPage(
  records: readonly SearchRecord[],
  query: string,
  typed: string = query,
  options: RankOptions = {},
): { total: number; hits: SearchHit[] } {
  const index = wordIndexOf(records);
  const { names } = index;
  const offers = new Map<number, Offer>();
  const offer = (at: number, tier: number, score: number, why: LazyWhy) => {
    const before = offers.get(at);
    if (!before || tier < before.tier || (tier === before.tier && score > before.score)) {
      offers.set(at, { tier, score, why });
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
    offer(index.positions.get(entry.record) ?? -1, current ? 0 : 1, placed + written, {
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
    const found = wordsFound(index, word, i === words.length - 1);
    // Two words typed apart that the registry writes as one ("In Jae" for "Injae").
    const joined = `${word}${words[i + 1] ?? ''}`;
    if (i + 1 < words.length && index.wordIds.has(joined)) {
      found.set(joined, { score: 1, similarity: 1 });
    }
    const previous = `${words[i - 1] ?? ''}${word}`;
    if (i > 0 && index.wordIds.has(previous)) found.set(previous, { score: 1, similarity: 1 });
    return { word, found };
  });
  // Words the query needs first: a record missing one is out, so the words of the trade that
  // many records share are then counted only for the records still in.
  const ordered = [
    ...perWord.filter((w) => required.has(w.word)),
    ...perWord.filter((w) => !required.has(w.word)),
  ];
  const scratch = scratchOf(index, records.length, ordered.length);
  const { alive, total, sameSource, best } = scratch;
  const stamp = (scratch.counter += 1);
  let aliveStamp = -1;
  let still: number[] = [];
  const howFound = ordered.map(({ found }) => [...found.values()]);
  const { forward } = index;
  const wordsPerRecord = forward.word.length / Math.max(1, records.length);
  ordered.forEach(({ word, found }, position) => {
    const needed = required.has(word);
    const narrowing = position > 0 || !needed;
    const { seen, source, via } = scratch.words[position] as Scratch['words'][number];
    const touched: number[] = [];
    const { postings, weights } = index;
    const ids = [...found.keys()].map((w) => index.wordIds.get(w) ?? -1);
    let entries = 0;
    for (const id of ids) {
      if (id >= 0) entries += (postings.start[id + 1] as number) - (postings.start[id] as number);
    }
    if (narrowing && still.length * wordsPerRecord < entries) {
      // Few records are still in: read their words rather than every record this word finds.
      // Of equal scores the first found word wins, then the first field, as through postings.
      const how = howFound[position] as Found[];
      const wanted = new Map<number, number>();
      let through = 0;
      for (const w of found.keys()) {
        const id = index.wordIds.get(w);
        if (id !== undefined && !wanted.has(id)) wanted.set(id, through);
        through += 1;
      }
      for (const at of still) {
        for (let e = forward.start[at] as number; e < (forward.start[at + 1] as number); e += 1) {
          const t = wanted.get(forward.word[e] as number);
          if (t === undefined) continue;
          const field = index.sources[forward.source[e] as number] as FieldText;
          const score = (how[t] as Found).score * field.weight;
          if (seen[at] !== stamp) {
            seen[at] = stamp;
            touched.push(at);
          } else if (!(
            score > (best[at] as number) ||
            (score === best[at] && t < (via[at] as number))
          )) {
            continue;
          }
          best[at] = score;
          source[at] = field.id;
          via[at] = t;
        }
      }
    } else {
      let through = 0;
      for (const how of found.values()) {
        const id = ids[through] as number;
        const end = id < 0 ? 0 : (postings.start[id + 1] as number);
        for (let e = id < 0 ? 0 : (postings.start[id] as number); e < end; e += 1) {
          const at = postings.record[e] as number;
          if (narrowing && alive[at] !== aliveStamp) continue;
          const field = postings.source[e] as number;
          const score = how.score * (weights[field] as number);
          if (seen[at] !== stamp) {
            seen[at] = stamp;
            touched.push(at);
          } else if (!(score > (best[at] as number))) continue;
          best[at] = score;
          source[at] = field;
          via[at] = through;
        }
        through += 1;
      }
    }
    const weight = needed ? 1 : 0.3;
    if (!narrowing) {
      aliveStamp = scratch.counter += 1;
      for (const at of touched) {
        alive[at] = aliveStamp;
        total[at] = (best[at] as number) * weight;
        sameSource[at] = source[at] as number;
      }
      still = touched;
      return;
    }
    for (const at of touched) {
      total[at] = (total[at] as number) + (best[at] as number) * weight;
      if (sameSource[at] !== source[at]) sameSource[at] = -1;
    }
    if (needed) {
      // A record this required word did not find is out.
      aliveStamp = scratch.counter += 1;
      for (const at of touched) alive[at] = aliveStamp;
      still = touched;
    } else {
      for (const at of still) if (seen[at] !== stamp) sameSource[at] = -1;
    }
  });

  /** Per word of the query, the words it found, by number, with how alike each is. */
  let foundIds: Array<Map<number, number>> | undefined;
  /**
   * Why a record was found by its words: the field holding most of the words the query needs
   * (not those of the trade), then most of its words, then the weightier. A word counts for every
   * field of the record that holds it: "Coral Demo Aparel" finds a factory whose former name is
   * "Coral Demo Denim", and that name says why, not its current name "Crane Demo Knitwear".
   */
  const whyByWords = (at: number): SearchWhy => {
    const record = records[at] as SearchRecord;
    foundIds ??= ordered.map(({ found }) => {
      const ids = new Map<number, number>();
      for (const [word, how] of found) {
        const id = index.wordIds.get(word);
        if (id !== undefined && !((ids.get(id) ?? -1) >= how.similarity)) {
          ids.set(id, how.similarity);
        }
      }
      return ids;
    });
    const fields = new Map<number, FieldTally>();
    const byPosition = foundIds;
    ordered.forEach(({ word }, position) => {
      const ids = byPosition[position] as Map<number, number>;
      /** This word's best likeness in each field of the record that holds it. */
      const inField = new Map<number, number>();
      for (let e = forward.start[at] as number; e < (forward.start[at + 1] as number); e += 1) {
        const similarity = ids.get(forward.word[e] as number);
        const source = forward.source[e] as number;
        if (similarity !== undefined && !((inField.get(source) ?? -1) >= similarity)) {
          inField.set(source, similarity);
        }
      }
      for (const [source, similarity] of inField) {
        let tally = fields.get(source);
        if (tally === undefined) {
          tally = {
            source: index.sources[source] as FieldText,
            needed: 0,
            words: 0,
            similarity: 0,
          };
          fields.set(source, tally);
        }
        if (required.has(word)) tally.needed += 1;
        tally.words += 1;
        tally.similarity += similarity;
      }
    });
    let top: FieldTally | undefined;
    for (const f of fields.values()) {
      if (
        top === undefined ||
        f.needed > top.needed ||
        (f.needed === top.needed && f.words > top.words) ||
        (f.needed === top.needed && f.words === top.words && f.source.weight > top.source.weight)
      ) {
        top = f;
      }
    }
    const tally = top ?? { words: 0, similarity: 0 };
    const field: SearchField = top?.source.field ?? 'name';
    const text = top?.source.text ?? '';
    // A name holding only some of the query's words is a similar name: how similar, the name
    // model says. One holding all of them says so by how alike its words are.
    const variant =
      tally.words === ordered.length
        ? undefined
        : names.entries[at]?.variants.find((v) => v.original === text && v.kind === field);
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
  };

  // A name like the whole query, when no factory has every word.
  if (still.length === 0 && ![...offers.values()].some((o) => o.tier <= 2)) {
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
          offer(index.positions.get(found.record) ?? -1, 3, similarity, {
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
  const page: Ranked[] = [];
  let count = 0;
  /**
   * Counts a hit, and keeps it if it belongs on the page. `most` bounds its score, so that a hit
   * that cannot reach the page is counted without working out its score.
   */
  const consider = (at: number, tier: number, most: number, scoreOf: () => number) => {
    if (!keep(records[at] as SearchRecord)) return;
    count += 1;
    const last = page.length >= limit ? page[page.length - 1] : undefined;
    if (last !== undefined && (tier > last.tier || (tier === last.tier && most < last.score))) {
      return;
    }
    const hit: Ranked = { index: at, tier, score: scoreOf(), rank: index.idRank[at] as number };
    if (limit === Infinity) {
      page.push(hit);
      return;
    }
    if (limit < 1 || (last !== undefined && !(before(hit, last) < 0))) return;
    // Binary insertion into the page, best first: most hits of a large result fall past its end.
    let lo = 0;
    let hi = page.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(page[mid] as Ranked, hit) < 0) lo = mid + 1;
      else hi = mid;
    }
    page.splice(lo, 0, hit);
    if (page.length > limit) page.pop();
  };
  for (const at of still) {
    if (offers.has(at)) continue;
    const byWords = (total[at] as number) / words.length;
    const whole = sameSource[at] !== -1 ? 0.5 : 0;
    // A record holding the query as typed gets a point: looked for only where it could tell.
    consider(at, 2, byWords + 1 + whole, () => {
      const phrase = index.phrases[at]?.includes(query) ? 1 : 0;
      return byWords + phrase + whole;
    });
  }
  for (const [at, { tier, score }] of offers) {
    if (at >= 0) consider(at, tier, score, () => score);
  }
  if (limit === Infinity) page.sort(before);
  const hits = page.map(({ index: at, tier }) => {
    const record = records[at] as SearchRecord;
    const why = offers.get(at)?.why;
    if (tier === 2 || why === undefined) {
      return { record, why: whyByWords(at) };
    }
    return { record, why: typeof why === 'function' ? why() : why };
  });
  if (scratch.words.length > KEPT_WORDS) scratch.words.length = KEPT_WORDS;
  return { total: count, hits };
}
