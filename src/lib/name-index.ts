/**
 * The published factories' names as the name model reads them, built once per loaded index and
 * shared by the factory search and the supplier check: every name a factory bears (current,
 * former and other names, names in Khmer and Chinese), by key and by trigram, with each word
 * weighted by how many factories share it.
 */
import { createNameModel, isGenericWord, scriptOf, type NameModel, type ParsedName } from './names';
import {
  SAME_WORD,
  textSimilarity,
  weightedDice,
  wordSimilarity,
  type WeightedWord,
} from './name-similarity';
import { FILLER_WORDS, GENERIC_WORDS, HAN_GENERIC, KHMER_GENERIC, WORD_FORMS } from './name-words';

const SPACELESS = /[\u1780-\u17ff\p{Script=Han}]/u;
const SPACELESS_GENERIC = [...HAN_GENERIC, ...KHMER_GENERIC];
/** Words of the trade that say nothing about what a factory makes. */
const NOT_PRODUCTS: ReadonlySet<string> = new Set([
  ...FILLER_WORDS,
  'and',
  'of',
  'trading',
  'export',
  'import',
  'investment',
  'development',
  'production',
  'product',
  'design',
  '国际',
  '实业',
  '集团',
  '制造',
  '工厂',
  '贸易',
  'អន្តរជាតិ',
  'ឧស្សាហកម្ម',
  'រោងចក្រ',
]);
import type { SearchRecord } from './search';

/**
 * The kinds of a factory's names, in the order a tie between them is settled: the current name,
 * then its Khmer and Chinese names, then former names, aliases and other names.
 */
export const NAME_KINDS = [
  'name',
  'khmerName',
  'chineseName',
  'formerName',
  'alias',
  'otherName',
] as const;

/** Which of a factory's names matched. */
export type NameKind = (typeof NAME_KINDS)[number];

/** A name as compared: parsed, its words weighted, its own words apart from the trade's. */
export interface NameVariant {
  kind: NameKind;
  /** As written. */
  original: string;
  parsed: ParsedName;
  words: WeightedWord[];
  /** The words that are not words of the trade, weighted by length. */
  own: WeightedWord[];
  /** Those words joined without spaces, for a spacing-blind comparison. */
  ownText: string;
  /** The words of the trade. */
  trade: string[];
  /** Of those, the ones that say what the factory makes ("knitwear", "footwear", "制衣"). */
  products: string[];
  /** The script its own words are written in: names in two scripts are not compared. */
  script: 'khmer' | 'han' | 'other';
}

export interface NamedRecord {
  record: SearchRecord;
  variants: NameVariant[];
}

export interface NameMatch {
  /** 0 to 1; 1 only for the same key. */
  similarity: number;
  /** How alike the names' own words are, trade words aside. */
  own: number;
  /** Both names number a site, and not the same one. */
  siteDiffers: boolean;
  /** The names do not number the same site: different ones, or only one of them numbers one. */
  sitesUnlike: boolean;
  /** Both names say what the factory makes, and not the same thing ("Knitwear", "Footwear"). */
  tradeDiffers: boolean;
  /**
   * The first name has words the second lacks, misspellings aside: a site, a process or another
   * qualifier ("二厂", "Printing"), which may make it another factory of the same group.
   */
  saysMore: boolean;
}

/** Words a line's name may add without saying more than the factory's name. */
const NOTHING_MORE: ReadonlySet<string> = new Set(['factory', 'the']);

/** A word shared by at least this share of the factories (and this many) counts as the trade's. */
const COMMON_SHARE = 0.05;
const COMMON_COUNT = 5;
/** How much a word of the trade counts against a word of its own length. */
const TRADE_WEIGHT = 0.2;
/** Records compared with a name, picked by shared trigrams. */
const PREFILTER_SIZE = 30;
/** Share of a name's trigrams a record must have to be compared. */
const PREFILTER_MIN_SHARE = 0.3;

export interface NameIndex {
  model: NameModel;
  entries: NamedRecord[];
  /** Every name by its key. */
  byKey: ReadonlyMap<string, ReadonlyArray<{ entry: NamedRecord; variant: NameVariant }>>;
  /** A name (of a list's line or a query) read with the index's weights. */
  variant(text: string, kind?: NameKind): NameVariant;
  compare(a: NameVariant, b: NameVariant): NameMatch;
  /** The records whose names share most trigrams with a name's own words. */
  nearby(variant: NameVariant): NamedRecord[];
  /**
   * Where a factory is: its province; only a factory without one is placed by the provinces its
   * address and names mention (an address may name another province: "Lot 7, Kampot Special
   * Economic Zone, Kandal" is in Kandal).
   */
  placesOf(entry: NamedRecord): string[];
  /** Whether a word is one of the trade's, or shared by many factories. */
  isTrade(word: string): boolean;
}

function trigrams(text: string): string[] {
  const chars = [...` ${text} `];
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i += 1) grams.add(chars.slice(i, i + 3).join(''));
  return [...grams];
}

const cache = new WeakMap<readonly SearchRecord[], Map<string, NameIndex>>();

/** The index of a list of records, built once per list and country. */
export function nameIndexOf(
  records: readonly SearchRecord[],
  country: string | null = null,
): NameIndex {
  let byCountry = cache.get(records);
  if (!byCountry) {
    byCountry = new Map();
    cache.set(records, byCountry);
  }
  let index = byCountry.get(country ?? '');
  if (!index) {
    index = buildNameIndex(records, country);
    byCountry.set(country ?? '', index);
  }
  return index;
}

export function buildNameIndex(
  records: readonly SearchRecord[],
  country: string | null = null,
): NameIndex {
  const provinces = [...new Set(records.flatMap((r) => (r.pr ? [r.pr] : [])))];
  const model = createNameModel({ country, places: provinces });

  const namesOf = (record: SearchRecord): Array<{ text: string; kind: NameKind }> => [
    { text: record.n, kind: 'name' },
    ...(record.km ? [{ text: record.km, kind: 'khmerName' as const }] : []),
    ...(record.zh ? [{ text: record.zh, kind: 'chineseName' as const }] : []),
    ...(record.al ?? []).map((text) => ({ text, kind: 'alias' as const })),
  ];
  const parsedOf = (text: string) => model.parse(text);

  // First pass: parse, and count how many factories each word appears in.
  const parsedRecords = records.map((record) => {
    const names: Array<{ text: string; kind: NameKind; parsed: ParsedName }> = [];
    for (const { text, kind } of namesOf(record)) {
      const parsed = parsedOf(text);
      names.push({ text, kind, parsed });
      for (const note of parsed.notes) {
        names.push({ text: note.text, kind: note.kind, parsed: parsedOf(note.text) });
      }
    }
    return { record, names };
  });
  const counts = new Map<string, number>();
  for (const { names } of parsedRecords) {
    for (const word of new Set(names.flatMap((n) => n.parsed.words))) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const common = Math.max(COMMON_COUNT, records.length * COMMON_SHARE);
  const tradeWords = [
    ...GENERIC_WORDS,
    ...[...WORD_FORMS].flatMap(([form, word]) => (GENERIC_WORDS.has(word) ? [form] : [])),
  ].filter((w) => w.length >= 5);
  const misspelt = new Map<string, boolean>();
  /** A word no published name has, misspelt from a word of the trade ("Garmnet", "Knitware"). */
  const misspeltTrade = (word: string) => {
    let known = misspelt.get(word);
    if (known === undefined) {
      known =
        word.length >= 5 &&
        !counts.has(word) &&
        tradeWords.some((w) => textSimilarity(word, w, SAME_WORD) >= SAME_WORD);
      if (misspelt.size > 50_000) misspelt.clear();
      misspelt.set(word, known);
    }
    return known;
  };
  const isTrade = (word: string) =>
    isGenericWord(word) || (counts.get(word) ?? 0) >= common || misspeltTrade(word);

  /** A word that says what a factory makes, misspelt or not (not "factory", "international"…). */
  const isProduct = (word: string) =>
    !NOT_PRODUCTS.has(word) &&
    (GENERIC_WORDS.has(word) || SPACELESS_GENERIC.includes(word) || misspeltTrade(word));

  /**
   * Words of the trade as Khmer and Chinese names hold them inside longer words, longest first:
   * the built-in ones and those many of the registry's names share ("នីតវែរ" knitwear).
   */
  const spacelessTrade = [
    ...SPACELESS_GENERIC,
    ...[...counts].flatMap(([word, count]) =>
      SPACELESS.test(word) && [...word].length >= 2 && count >= common ? [word] : [],
    ),
  ].sort((a, b) => b.length - a.length);

  /** A word's own part and the trade's, for Khmer and Chinese words that run several together. */
  const splitTrade = (word: string): { own: string; trade: string[] } => {
    if (!SPACELESS.test(word))
      return isTrade(word) ? { own: '', trade: [word] } : { own: word, trade: [] };
    if (isTrade(word)) return { own: '', trade: [word] };
    let own = word;
    const trade: string[] = [];
    for (const part of spacelessTrade) {
      if (own.length > part.length && own.includes(part)) {
        own = own.split(part).join('');
        trade.push(part);
      }
    }
    return { own, trade };
  };

  const variantOf = (text: string, kind: NameKind, parsed: ParsedName): NameVariant => {
    const words: WeightedWord[] = [];
    const own: WeightedWord[] = [];
    const trade: string[] = [];
    for (const w of parsed.words) {
      const parts = splitTrade(w);
      const ownLength = [...parts.own].length;
      const tradeLength = [...w].length - ownLength;
      words.push({ text: w, weight: ownLength + tradeLength * TRADE_WEIGHT });
      if (parts.own !== '') own.push({ text: parts.own, weight: ownLength });
      trade.push(...parts.trade);
    }
    return {
      kind,
      original: text,
      parsed,
      words,
      own,
      ownText: own.map((w) => w.text).join(''),
      trade,
      products: trade.filter(isProduct),
      script: scriptOf(own[0]?.text ?? parsed.words[0] ?? ''),
    };
  };

  const entries: NamedRecord[] = parsedRecords.map(({ record, names }) => ({
    record,
    variants: names
      .filter((n) => n.parsed.key !== '')
      .map((n) => variantOf(n.text, n.kind, n.parsed)),
  }));

  const byKey = new Map<string, Array<{ entry: NamedRecord; variant: NameVariant }>>();
  const byGram = new Map<string, number[]>();
  const gramsOf: Array<Set<string>> = [];
  entries.forEach((entry, index) => {
    const grams = new Set<string>();
    for (const variant of entry.variants) {
      const same = byKey.get(variant.parsed.key);
      if (same) same.push({ entry, variant });
      else byKey.set(variant.parsed.key, [{ entry, variant }]);
      for (const gram of trigrams(variant.ownText || variant.parsed.key)) grams.add(gram);
    }
    gramsOf.push(grams);
    for (const gram of grams) {
      const list = byGram.get(gram);
      if (list) list.push(index);
      else byGram.set(gram, [index]);
    }
  });

  /**
   * Trigrams found in a great share of the names pick out nothing and cost most: records are
   * found by the others, then counted on all of them.
   */
  const commonGram = Math.max(50, Math.ceil(entries.length / 10));
  const shared = new Uint16Array(entries.length);
  const nearby = (variant: NameVariant): NamedRecord[] => {
    const text = variant.ownText;
    if (text === '') return [];
    const grams = trigrams(text);
    const telling = grams.filter((gram) => (byGram.get(gram)?.length ?? 0) <= commonGram);
    const commonGrams = grams.filter((gram) => (byGram.get(gram)?.length ?? 0) > commonGram);
    const finding = telling.length > 0 ? telling : grams;
    const touched: number[] = [];
    for (const gram of finding) {
      for (const index of byGram.get(gram) ?? []) {
        if (shared[index] === 0) touched.push(index);
        shared[index] = (shared[index] ?? 0) + 1;
      }
    }
    const count = (index: number) => shared[index] ?? 0;
    const leading =
      telling.length > 0
        ? touched.sort((a, b) => count(b) - count(a) || a - b).slice(0, 100)
        : touched;
    if (telling.length > 0) {
      for (const index of leading) {
        const own = gramsOf[index];
        for (const gram of commonGrams) if (own?.has(gram)) shared[index] = count(index) + 1;
      }
    }
    const found = leading
      .filter((index) => count(index) / grams.length >= PREFILTER_MIN_SHARE)
      .sort((a, b) => count(b) - count(a) || a - b)
      .slice(0, PREFILTER_SIZE)
      .flatMap((index) => entries[index] ?? []);
    for (const index of touched) shared[index] = 0;
    return found;
  };

  const compare = (a: NameVariant, b: NameVariant): NameMatch => {
    const sitesUnlike = a.parsed.sites.join('+') !== b.parsed.sites.join('+');
    const siteDiffers = sitesUnlike && a.parsed.sites.length > 0 && b.parsed.sites.length > 0;
    if (a.parsed.key === b.parsed.key) {
      return {
        similarity: 1,
        own: 1,
        siteDiffers: false,
        sitesUnlike: false,
        tradeDiffers: false,
        saysMore: false,
      };
    }
    if (a.ownText === '' || b.ownText === '' || a.script !== b.script) {
      return {
        similarity: 0,
        own: 0,
        siteDiffers,
        sitesUnlike,
        tradeDiffers: false,
        saysMore: true,
      };
    }
    const own = Math.max(weightedDice(a.own, b.own), textSimilarity(a.ownText, b.ownText, 0.5));
    const trade =
      a.trade.length === 0 && b.trade.length === 0
        ? 1
        : a.trade.length === 0 || b.trade.length === 0
          ? 0.5
          : weightedDice(
              a.trade.map((text) => ({ text, weight: [...text].length })),
              b.trade.map((text) => ({ text, weight: [...text].length })),
            );
    const sites = siteDiffers ? 0.9 : sitesUnlike ? 0.95 : 1;
    // Never 1: that is the same name.
    const similarity = Math.min(0.99, own * (0.8 + 0.2 * trade) * sites);
    const tradeDiffers =
      a.products.length > 0 &&
      b.products.length > 0 &&
      !a.products.some((p) => b.products.some((q) => wordSimilarity(p, q) >= SAME_WORD));
    // "Factory" and "the" say nothing of which factory ("Lotus Apparel Factory").
    const saysMore = a.parsed.words.some(
      (word) =>
        !NOTHING_MORE.has(word) &&
        !b.parsed.words.some((theirs) => wordSimilarity(word, theirs) >= SAME_WORD),
    );
    return { similarity, own, siteDiffers, sitesUnlike, tradeDiffers, saysMore };
  };

  const placeCache = new WeakMap<NamedRecord, string[]>();
  const placesOf = (entry: NamedRecord): string[] => {
    let places = placeCache.get(entry);
    if (!places) {
      const { record } = entry;
      places = record.pr
        ? [record.pr]
        : [
            ...new Set([
              ...(record.ad ? model.placesIn(record.ad) : []),
              ...entry.variants.flatMap((v) => v.parsed.places),
            ]),
          ];
      placeCache.set(entry, places);
    }
    return places;
  };

  return {
    model,
    entries,
    byKey,
    variant: (text, kind = 'name') => variantOf(text, kind, model.parse(text)),
    compare,
    nearby,
    placesOf,
    isTrade,
  };
}
