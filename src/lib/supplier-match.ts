/**
 * Matching the rows of a supplier list to the published factories, in the browser, over the same
 * index the factory search loads (names, former names, names in Khmer and Chinese, ids, OS ids).
 *
 * The order of evidence, strongest first:
 * 1. an id: the list's factory id or Open Supply Hub id, or a line that is an id. An id decides the
 *    match even when the list's name differs (the report then says so);
 * 2. the same name, former name or name in another language, once case, accents, punctuation and
 *    legal forms ("Co., Ltd.", "(Cambodia)") are set aside;
 * 3. a similar name, taken only when one candidate is clearly closer than the others.
 * Anything in between is "ambiguous" and the user picks among the candidates; a row with no close
 * candidate stays in the report as "unmatched". Nothing is dropped.
 *
 * Similarity is measured word by word (see `nameSimilarity`) rather than with the factory search's
 * Fuse.js scores: Fuse.js finds a query inside a longer name, which suits a search box, but its
 * score for a whole name with one swapped letter (0.25–0.55 on the demo data) overlaps with its
 * score for a different factory (0.32–0.55), and one Fuse.js query over the whole index takes
 * ~7 ms, so 3,000 lines would take 20 s. A trigram index picks a few candidates per line first.
 */
import { compactId, normaliseForSearch, type SearchRecord } from './search';
import { parseOsId, type ListRow } from './supplier-list';

export type MatchBasis = 'factoryId' | 'osId' | 'name' | 'formerName' | 'similarName' | 'chosen';
export type MatchResult = 'matched' | 'ambiguous' | 'unmatched';

/** Something the user should know about a row's match. */
export type RowNote =
  | { code: 'noName' }
  | { code: 'factoryIdNotFound'; value: string }
  | { code: 'osIdNotFound'; value: string }
  | { code: 'nameDiffers'; listName: string }
  | { code: 'otherCountry'; country: string };

export interface Candidate {
  record: SearchRecord;
  /** The name or former name of the factory that resembles the list's name. */
  matchedName: string;
  /** 1 for the same name, 0 for nothing in common (see `nameSimilarity`). */
  similarity: number;
}

export interface RowMatch {
  result: MatchResult;
  basis: MatchBasis | null;
  /** The matched factory, for `matched` rows. */
  record: SearchRecord | null;
  matchedName: string | null;
  /** For `ambiguous` rows the choices; for rows matched by a similar name, the next closest. */
  candidates: Candidate[];
  notes: RowNote[];
}

/** A similar name is taken when its similarity is at least this… */
export const SIMILAR_NAME = 0.85;
/** …and the next candidate's is at least this much lower. */
export const CLEAR_LEAD = 0.05;
/** Candidates less similar than this are not shown. */
export const CANDIDATE_SIMILARITY = 0.6;
const MAX_CANDIDATES = 5;
/** Records compared with each line, picked by shared trigrams. */
const PREFILTER_SIZE = 20;
/** Share of a line's trigrams a record must have to be compared. */
const PREFILTER_MIN_SHARE = 0.25;

const HAN = /\p{Script=Han}/u;

/** Roman numerals as factories number their sites; single letters are left out (they are initials). */
const ROMAN: ReadonlyMap<string, number> = new Map([
  ['ii', 2],
  ['iii', 3],
  ['iv', 4],
  ['vi', 6],
  ['vii', 7],
  ['viii', 8],
  ['ix', 9],
  ['xi', 11],
  ['xii', 12],
]);

/** Legal forms that say nothing about which factory is meant. */
const LEGAL_FORMS = [
  'co',
  'company',
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'plc',
  'llc',
  'llp',
  'pte',
  'pvt',
  'private',
  'sa',
  'sarl',
  'gmbh',
  'bv',
  'jsc',
  '有限公司',
  '公司',
];

interface Variant {
  text: string;
  tokens: string[];
  kind: 'name' | 'formerName';
  /** As published, for the report. */
  original: string;
}

interface Entry {
  record: SearchRecord;
  variants: Variant[];
}

export interface MatcherOptions {
  /** ISO 3166-1 alpha-2 code of the dataset's country; rows naming another country are not matched by name. */
  country?: string | null;
}

export interface Matcher {
  match(row: ListRow): RowMatch;
}

/**
 * Names of countries in English, Khmer and Chinese, and their two-letter codes, normalised, each
 * to its code. Built from the browser's own region names (Intl.DisplayNames), so no table ships.
 */
function countryNames(): Map<string, string> {
  const names = new Map<string, string>();
  const displays = ['en', 'km', 'zh'].map((l) => new Intl.DisplayNames([l], { type: 'region' }));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      let name: string | undefined;
      try {
        name = displays[0]?.of(code);
      } catch {
        continue;
      }
      if (name === undefined || name === code) continue;
      names.set(code.toLowerCase(), code);
      for (const display of displays) {
        const local = display.of(code);
        if (local !== undefined && local !== code) names.set(normaliseForSearch(local), code);
      }
    }
  }
  return names;
}

function trigrams(text: string): string[] {
  const padded = ` ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  return [...grams];
}

export function createMatcher(
  records: readonly SearchRecord[],
  options: MatcherOptions = {},
): Matcher {
  const countries = options.country ? countryNames() : new Map<string, string>();
  const ownCountry = options.country?.toUpperCase() ?? null;
  const ownCountryWords = [...countries].flatMap(([name, code]) =>
    code === ownCountry ? [name] : [],
  );

  const hanSuffixes = [...LEGAL_FORMS, ...ownCountryWords].filter((w) => HAN.test(w));
  /**
   * A name without case, accents, punctuation, trailing legal forms or the dataset's country (a
   * misspelt "Cambodia" included).
   */
  const nameKey = (text: string): string => {
    const words = normaliseForSearch(text).split(' ');
    const ownCountryWord = (word: string) =>
      ownCountryWords.some((country) => wordSimilarity(word, country) >= SAME_WORD);
    for (let last = words.at(-1); words.length > 1 && last !== undefined; last = words.at(-1)) {
      if (!LEGAL_FORMS.includes(last) && !ownCountryWord(last)) break;
      words.pop();
    }
    // Chinese writes no spaces: "…服装柬埔寨有限公司" ends in the country and the legal form.
    let key = words.join(' ');
    for (let changed = true; changed;) {
      const suffix = hanSuffixes.find((s) => key.endsWith(s) && key.length > s.length);
      changed = suffix !== undefined;
      if (suffix !== undefined) key = key.slice(0, -suffix.length).trimEnd();
    }
    return key;
  };

  const variant = (original: string, kind: Variant['kind']): Variant => {
    const text = nameKey(original);
    return { text, tokens: text.split(' '), kind, original };
  };

  const entries: Entry[] = records.map((record) => {
    const named = [record.n, record.km, record.zh].filter((v): v is string => !!v);
    const variants: Variant[] = [
      ...named.map((original) => variant(original, 'name')),
      ...(record.al ?? []).map((original) => variant(original, 'formerName')),
    ].filter((v) => v.text !== '');
    return { record, variants };
  });

  const entryOf = new Map(entries.map((entry) => [entry.record, entry]));
  const byFactoryId = new Map<string, SearchRecord>();
  const byOsId = new Map<string, SearchRecord>();
  const byKey = new Map<string, Array<{ entry: Entry; variant: Variant }>>();
  /** By the name as written, only normalised: "X Co., Ltd." and "X (Cambodia) Co., Ltd." differ. */
  const byWritten = new Map<string, Array<{ entry: Entry; variant: Variant }>>();
  const byGram = new Map<string, number[]>();
  const gramsOf: Array<Set<string>> = [];
  entries.forEach((entry, index) => {
    byFactoryId.set(compactId(entry.record.id), entry.record);
    if (entry.record.os) byOsId.set(compactId(entry.record.os), entry.record);
    const grams = new Set<string>();
    for (const variant of entry.variants) {
      byKey.set(variant.text, [...(byKey.get(variant.text) ?? []), { entry, variant }]);
      const written = normaliseForSearch(variant.original);
      byWritten.set(written, [...(byWritten.get(written) ?? []), { entry, variant }]);
      for (const gram of trigrams(variant.text)) grams.add(gram);
    }
    gramsOf.push(grams);
    for (const gram of grams) {
      const list = byGram.get(gram);
      if (list) list.push(index);
      else byGram.set(gram, [index]);
    }
  });

  /**
   * The records sharing most trigrams with a name. Trigrams found in a great share of the names
   * ("dem", "ent", " co") pick out nothing and cost most: records are found by the others, then
   * counted on all of them.
   */
  const commonGram = Math.max(50, Math.ceil(entries.length / 10));
  const shared = new Uint16Array(entries.length);
  const prefilter = (key: string): Entry[] => {
    const grams = trigrams(key);
    const common = grams.filter((gram) => (byGram.get(gram)?.length ?? 0) > commonGram);
    const telling = grams.filter((gram) => (byGram.get(gram)?.length ?? 0) <= commonGram);
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
        for (const gram of common) if (own?.has(gram)) shared[index] = count(index) + 1;
      }
    }
    const found = leading
      .filter((index) => (shared[index] ?? 0) / grams.length >= PREFILTER_MIN_SHARE)
      .sort((a, b) => (shared[b] ?? 0) - (shared[a] ?? 0) || a - b)
      .slice(0, PREFILTER_SIZE)
      .flatMap((index) => entries[index] ?? []);
    for (const index of touched) shared[index] = 0;
    return found;
  };

  /** Candidates by similarity, best first, one per factory. */
  const similar = (
    key: string,
    pool: readonly Entry[],
    min = CANDIDATE_SIMILARITY,
  ): Candidate[] => {
    const tokens = key.split(' ');
    const best = new Map<SearchRecord, Candidate>();
    for (const entry of pool) {
      for (const variant of entry.variants) {
        const score = nameSimilarity(tokens, variant.tokens);
        const before = best.get(entry.record);
        if (score >= min && (before === undefined || score > before.similarity)) {
          best.set(entry.record, {
            record: entry.record,
            matchedName: variant.original,
            similarity: score,
          });
        }
      }
    }
    return [...best.values()].sort(
      (a, b) => b.similarity - a.similarity || a.record.id.localeCompare(b.record.id),
    );
  };

  /**
   * "Lotus Garment 1" and "Lotus Garment 2" are different factories, however alike the rest; so are
   * "Phase II" and "Phase III" ("Phase II" and "Phase 2" are the same).
   */
  const sameNumbers = (keys: readonly string[], candidate: Candidate): boolean => {
    const numbers = (text: string) =>
      text
        .split(' ')
        .flatMap((w) => (/\d/.test(w) ? [w] : ROMAN.has(w) ? [String(ROMAN.get(w))] : []))
        .sort()
        .join(' ');
    const theirs = numbers(nameKey(candidate.matchedName));
    return keys.some((key) => numbers(key) === theirs);
  };

  const sameParent = (record: SearchRecord, parent: string) =>
    parent !== '' && record.pc !== undefined && nameKey(record.pc) === nameKey(parent);

  /** Whether the list's name is a name of the matched factory, give or take typos. */
  const nameFits = (record: SearchRecord, listName: string): boolean => {
    const entry = entryOf.get(record);
    return entry !== undefined && similar(nameKey(listName), [entry]).length > 0;
  };

  const matchedBy = (
    basis: MatchBasis,
    record: SearchRecord,
    matchedName: string,
    notes: RowNote[],
    candidates: Candidate[] = [],
  ): RowMatch => ({ result: 'matched', basis, record, matchedName, candidates, notes });

  const byId = (row: ListRow, notes: RowNote[]): RowMatch | null => {
    const { factoryId, osId, name, nativeName } = row.values;
    const listName = name || nativeName;
    const checkName = (record: SearchRecord) =>
      listName !== '' && !nameFits(record, listName)
        ? [{ code: 'nameDiffers' as const, listName }]
        : [];
    if (factoryId !== '') {
      const record = byFactoryId.get(compactId(factoryId));
      if (record)
        return matchedBy('factoryId', record, record.id, [...notes, ...checkName(record)]);
      notes.push({ code: 'factoryIdNotFound', value: factoryId });
    }
    const os = osId === '' ? null : parseOsId(osId);
    // A factory id typed in the OS ID column is still an id of this site.
    const idInOsColumn = os === null && osId !== '' ? byFactoryId.get(compactId(osId)) : undefined;
    if (idInOsColumn) {
      return matchedBy('factoryId', idInOsColumn, idInOsColumn.id, [
        ...notes,
        ...checkName(idInOsColumn),
      ]);
    }
    if (os !== null) {
      const record = byOsId.get(compactId(os));
      if (record)
        return matchedBy('osId', record, record.os ?? os, [...notes, ...checkName(record)]);
      notes.push({ code: 'osIdNotFound', value: osId });
    }
    // A line that is nothing but an id.
    const compact = compactId(listName);
    const asFactory = byFactoryId.get(compact);
    if (asFactory) return matchedBy('factoryId', asFactory, asFactory.id, notes);
    const asOs = byOsId.get(compact);
    if (asOs) return matchedBy('osId', asOs, asOs.os ?? listName, notes);
    return null;
  };

  const match = (row: ListRow): RowMatch => {
    const notes: RowNote[] = [];
    const unmatched = (): RowMatch => ({
      result: 'unmatched',
      basis: null,
      record: null,
      matchedName: null,
      candidates: [],
      notes,
    });
    const ambiguous = (candidates: Candidate[]): RowMatch => ({
      result: 'ambiguous',
      basis: null,
      record: null,
      matchedName: null,
      candidates,
      notes,
    });
    const sameName = (hit: { entry: Entry; variant: Variant }) =>
      matchedBy(
        hit.variant.kind === 'name' ? 'name' : 'formerName',
        hit.entry.record,
        hit.variant.original,
        notes,
      );
    const identified = byId(row, notes);
    if (identified) return identified;

    const { name, nativeName, parentCompany, country } = row.values;
    const countryCode = country === '' ? undefined : countries.get(normaliseForSearch(country));
    if (countryCode !== undefined && ownCountry !== null && countryCode !== ownCountry) {
      notes.push({ code: 'otherCountry', country });
      return unmatched();
    }
    const keys = [...new Set([name, nativeName].filter((v) => v !== '').map(nameKey))].filter(
      (k) => k !== '',
    );
    if (keys.length === 0) {
      notes.push({ code: 'noName' });
      return unmatched();
    }

    // 2. The same name: as written first, then without legal forms and country.
    const written = [name, nativeName].filter((v) => v !== '').map(normaliseForSearch);
    for (const text of written) {
      const same = byWritten.get(text) ?? [];
      const first = same[0];
      if (first === undefined || new Set(same.map((s) => s.entry.record)).size !== 1) continue;
      // A former name written exactly is not enough when another factory bears that name today,
      // give or take the legal form: either may be meant.
      const bearer = (byKey.get(nameKey(text)) ?? []).some(
        (s) => s.entry.record !== first.entry.record && s.variant.kind === 'name',
      );
      if (first.variant.kind === 'formerName' && bearer) continue;
      return sameName(first);
    }
    for (const key of keys) {
      const same = byKey.get(key) ?? [];
      const records = [...new Set(same.map((s) => s.entry.record))];
      const pick =
        records.length === 1 ? records : records.filter((r) => sameParent(r, parentCompany));
      const found = pick.length === 1 ? same.find((s) => s.entry.record === pick[0]) : undefined;
      if (found) return sameName(found);
      if (records.length > 1) {
        return ambiguous(
          records.map((record) => ({
            record,
            matchedName: same.find((s) => s.entry.record === record)?.variant.original ?? record.n,
            similarity: 1,
          })),
        );
      }
    }

    // 3. A similar name.
    const candidates = keys
      .flatMap((key) => similar(key, prefilter(key)))
      .sort((a, b) => b.similarity - a.similarity)
      .filter((c, i, all) => all.findIndex((d) => d.record === c.record) === i);
    const [best, next] = candidates;
    if (best === undefined) return unmatched();
    const close = candidates.filter((c) => best.similarity - c.similarity < CLEAR_LEAD);
    const byParent = close.filter((c) => sameParent(c.record, parentCompany));
    const chosen =
      best.similarity < SIMILAR_NAME || !sameNumbers(keys, best)
        ? undefined
        : next === undefined || best.similarity - next.similarity >= CLEAR_LEAD
          ? best
          : byParent.length === 1
            ? byParent[0]
            : undefined;
    if (chosen) {
      const others = candidates.filter((c) => c !== chosen).slice(0, MAX_CANDIDATES - 1);
      return matchedBy('similarName', chosen.record, chosen.matchedName, notes, others);
    }
    return ambiguous(candidates.slice(0, MAX_CANDIDATES));
  };

  return { match };
}

/** A row's match after the user picked a candidate, or decided none of them is the factory. */
export function choose(match: RowMatch, record: SearchRecord | null): RowMatch {
  if (record === null) {
    return { ...match, result: 'unmatched', basis: 'chosen', record: null, matchedName: null };
  }
  const candidate = match.candidates.find((c) => c.record === record);
  return {
    ...match,
    result: 'matched',
    basis: 'chosen',
    record,
    matchedName: candidate?.matchedName ?? record.n,
  };
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let before = new Array<number>(y.length + 1).fill(0);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      }
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/** Similarity of two words: 1 − edit distance ÷ the longer length. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const lengths = [[...a].length, [...b].length];
  const longer = Math.max(...lengths);
  const shorter = Math.min(...lengths);
  // The distance is at least the difference in length; skip the table when that alone rules it out.
  if (1 - (longer - shorter) / longer < SAME_WORD) return 1 - (longer - shorter) / longer;
  return 1 - editDistance(a, b) / longer;
}

/** Words this similar count as the same word with a typo ("bamobo", "bamboo": 0.83). */
const SAME_WORD = 0.75;

/**
 * Similarity of two names given as words, from 0 to 1: each word of the first is paired with the
 * most similar unpaired word of the second, if they are at least `SAME_WORD` alike; the paired
 * letters, weighted by their similarity, are then counted against the letters of both names
 * (a Dice coefficient). Word order does not matter, a typo costs a little, and a missing or extra
 * word costs its length: "harbor demo bags" and "harbor demo denim" share 10 of 30 letters.
 */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  const length = (words: readonly string[]) => words.reduce((sum, w) => sum + [...w].length, 0);
  const total = length(a) + length(b);
  if (total === 0) return 1;
  const unpaired = new Set(b.keys());
  let shared = 0;
  for (const word of a) {
    let bestIndex = -1;
    let bestScore = SAME_WORD;
    for (const index of unpaired) {
      const score = wordSimilarity(word, b[index] ?? '');
      if (score >= bestScore) {
        bestIndex = index;
        bestScore = score;
        if (score === 1) break;
      }
    }
    if (bestIndex !== -1) {
      unpaired.delete(bestIndex);
      shared += bestScore * Math.max([...word].length, [...(b[bestIndex] ?? '')].length);
    }
  }
  return Math.min(1, (2 * shared) / total);
}
