/**
 * Factory search: the index the site serves as /search-index.json, and the matching and filtering
 * the search island runs on it. Pure, so the same code builds the index at build time, answers
 * queries in the browser and runs in unit tests.
 *
 * What users asked of registries like this one (research notes, part 2 section 3): find a factory
 * by any alias or former name, by its name in Khmer or Chinese, by its id or Open Supply Hub id, and
 * treat case, accents and punctuation as trivial ("ST Screen" must find "S.T. Screen Co., Ltd").
 */
import Fuse from 'fuse.js/basic';
import type { PublicSite } from './public-site';
import type { FactoryStatus } from './rules';

/**
 * Accents that decomposition splits off Latin, Greek and Cyrillic letters (é → e + ◌́). Marks on
 * other scripts stay: Khmer vowel signs and the coeng are combining marks too, and removing them
 * would corrupt Khmer names.
 */
const ACCENTS = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
/** Letters that carry their accent as a stroke, so decomposition leaves them as they are. */
const STROKED: Readonly<Record<string, string>> = {
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const STROKED_RE = new RegExp(`[${Object.keys(STROKED).join('')}]`, 'g');
/**
 * Marks inside a word or code ("S.T.", "O'Neil", "KH-0001") are dropped, so the parts join; so are
 * invisible zero-width characters, which Khmer text may or may not carry between words.
 */
const JOINERS = /[.'`\u2018\u2019\u02bc\u2010\u2011\u00ad\u200b-\u200d\u2060\ufeff-]/g;
/** Every other punctuation mark or symbol separates words. */
const SEPARATORS = /[\p{P}\p{S}\s]+/gu;

/**
 * Text as the search compares it: compatibility-decomposed (full-width Latin becomes ASCII),
 * without Latin accents, lower-case, without punctuation, single-spaced. Khmer and Chinese letters
 * are kept as they are.
 */
export function normaliseForSearch(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(ACCENTS, '$1')
      .toLowerCase()
      .replace(STROKED_RE, (c) => STROKED[c] ?? c)
      // "Home & Style" and "Home and Style" are the same name.
      .replace(/\s*&\s*/g, ' and ')
      .replace(JOINERS, '')
      .replace(SEPARATORS, ' ')
      .trim()
  );
}

/** An id as typed in any form ("KH-2019-0224 RXZPH"): normalised, without spaces. */
export const compactId = (text: string): string => normaliseForSearch(text).replace(/ /g, '');

/**
 * One published factory in /search-index.json. Keys are short because the browser downloads the
 * whole index; optional fields are absent rather than null or empty.
 */
export interface SearchRecord {
  id: string;
  /** Name. */
  n: string;
  /** Name in Khmer. */
  km?: string;
  /** Name in Chinese. */
  zh?: string;
  /** Aliases and former names. */
  al?: string[];
  /** Parent company. */
  pc?: string;
  /** Province. */
  pr?: string;
  /** Buyers. */
  b?: string[];
  /** Open Supply Hub id. */
  os?: string;
  /** Status. */
  st: FactoryStatus;
  /** Closed on (ISO date). */
  cl?: string;
  /** Latest cycle in which the factory's findings were published. */
  cy?: string;
  /** On the latest cycle's low-compliance list. */
  lc: boolean;
  /** Cycles in whose low-compliance list the factory was, oldest first. */
  lcs?: string[];
  /** Strikes recorded at the factory. */
  sk?: number;
  /** Of those, strikes that did not meet the legal requirements. */
  skn?: number;
  /** Critical requirements found non-compliant in the latest published record, catalogue order. */
  nc: string[];
}

const nonEmpty = (value: string | null): value is string => value !== null && value.trim() !== '';

/** Adds `key` to the object only when the value is present, so JSON carries no nulls. */
function optional<K extends string, V>(key: K, value: V | null | undefined, keep = true) {
  return value === null || value === undefined || !keep ? {} : ({ [key]: value } as Record<K, V>);
}

/**
 * The search index: one record per factory of the public snapshot, in the snapshot's order (by id).
 * The snapshot holds published factories only (contract section 4), so nothing here can name a
 * factory the site may not show.
 */
export function buildSearchIndex(site: PublicSite): SearchRecord[] {
  const critical = site.requirements.filter((r) => r.track === 'critical').map((r) => r.id);
  const latestCycle = site.cycles.at(-1)?.id;
  const strikesAt = new Map<string, { all: number; notLegal: number }>();
  for (const strike of site.strikes) {
    if (strike.factoryId === null) continue;
    const counts = strikesAt.get(strike.factoryId) ?? { all: 0, notLegal: 0 };
    counts.all += 1;
    if (!strike.legal) counts.notLegal += 1;
    strikesAt.set(strike.factoryId, counts);
  }
  return site.factories.map((f) => {
    const latest = f.cycles.at(-1);
    const listed = f.cycles.filter((c) => c.lowCompliance).map((c) => c.cycle);
    const strikes = strikesAt.get(f.id);
    const aliases = f.aliases.filter(nonEmpty);
    const buyers = f.buyers.filter(nonEmpty);
    return {
      id: f.id,
      n: f.name,
      ...optional('km', f.nameKm, nonEmpty(f.nameKm)),
      ...optional('zh', f.nameZh, nonEmpty(f.nameZh)),
      ...optional('al', aliases, aliases.length > 0),
      ...optional('pc', f.parentCompany, nonEmpty(f.parentCompany)),
      ...optional('pr', f.province, nonEmpty(f.province)),
      ...optional('b', buyers, buyers.length > 0),
      ...optional('os', f.osId, nonEmpty(f.osId)),
      st: f.status,
      ...optional('cl', f.closedOn),
      ...optional('cy', latest?.cycle),
      lc: f.cycles.some((c) => c.cycle === latestCycle && c.lowCompliance),
      ...optional('lcs', listed, listed.length > 0),
      ...optional('sk', strikes?.all),
      ...optional('skn', strikes?.notLegal, (strikes?.notLegal ?? 0) > 0),
      nc: (latest?.critical ?? []).flatMap((finding, i) =>
        finding === 'non_compliant' && critical[i] !== undefined ? [critical[i]] : [],
      ),
    };
  });
}

/** What the user asked for; an empty string means "any". */
export interface SearchState {
  q: string;
  province: string;
  status: FactoryStatus | '';
  /** Only factories on the latest cycle's low-compliance list. */
  lc: boolean;
  /** Only factories non-compliant on this critical requirement in their latest published record. */
  req: string;
  buyer: string;
  parent: string;
}

export const EMPTY_SEARCH_STATE: Readonly<SearchState> = {
  q: '',
  province: '',
  status: '',
  lc: false,
  req: '',
  buyer: '',
  parent: '',
};

/**
 * The text fuzzy search compares, per record: normalised, ids without spaces. Derived when the
 * index is loaded rather than shipped in it: the copies would double the download (measured on the
 * demo data: 23 KB gzipped without them, 44 KB with).
 */
export interface SearchKeys {
  id: string;
  n: string;
  al: string[];
  km: string;
  zh: string;
  pc: string;
  b: string[];
  pr: string;
  os: string;
}

export function searchKeysOf(record: SearchRecord): SearchKeys {
  return {
    id: compactId(record.id),
    n: normaliseForSearch(record.n),
    al: (record.al ?? []).map(normaliseForSearch),
    km: normaliseForSearch(record.km ?? ''),
    zh: normaliseForSearch(record.zh ?? ''),
    pc: normaliseForSearch(record.pc ?? ''),
    b: (record.b ?? []).map(normaliseForSearch),
    pr: normaliseForSearch(record.pr ?? ''),
    os: compactId(record.os ?? ''),
  };
}

interface Entry {
  record: SearchRecord;
  k: SearchKeys;
}

/**
 * Which fields a query is compared with, by the scripts it is written in. Text in one script
 * cannot come within the threshold of text in another, and skipping those fields halves the time
 * of a Latin query (the Khmer names are the longest field). Names and aliases are searched in every
 * script, because a name may be recorded in any of them.
 */
type Scripts = 'latin' | 'khmer' | 'han' | 'mixed';
const KHMER = /[\u1780-\u17ff\u19e0-\u19ff]/u;
const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The scripts of a query's letters and digits; "latin" stands for every script but Khmer and Han. */
function scriptsOf(query: string): Scripts {
  const seen = new Set<Scripts>();
  for (const c of query) {
    if (KHMER.test(c)) seen.add('khmer');
    else if (HAN.test(c)) seen.add('han');
    else if (LETTER_OR_DIGIT.test(c)) seen.add('latin');
  }
  const [only, ...more] = seen;
  return only === undefined ? 'latin' : more.length > 0 ? 'mixed' : only;
}

/**
 * Names, former names and ids weigh more than the company, buyers or province they share with
 * many factories.
 */
const KEYS = [
  { name: 'k.n', weight: 1, scripts: ['latin', 'khmer', 'han'] },
  { name: 'k.al', weight: 0.9, scripts: ['latin', 'khmer', 'han'] },
  { name: 'k.km', weight: 0.9, scripts: ['khmer'] },
  { name: 'k.zh', weight: 0.9, scripts: ['han'] },
  { name: 'k.id', weight: 1, scripts: ['latin'] },
  { name: 'k.os', weight: 1, scripts: ['latin'] },
  { name: 'k.pc', weight: 0.6, scripts: ['latin', 'khmer', 'han'] },
  { name: 'k.b', weight: 0.5, scripts: ['latin', 'khmer', 'han'] },
  { name: 'k.pr', weight: 0.4, scripts: ['latin', 'khmer', 'han'] },
] as const;

/**
 * How far a match may be from the query (share of its characters wrong). A phrase lets one or two
 * typos through ("Lotsu Demo" finds "Lotus Demo") without matching unrelated names. Single words
 * matched one by one are held closer, or every short word would find some field ("screen" would
 * match "green").
 */
const PHRASE_THRESHOLD = 0.35;
const WORD_THRESHOLD = 0.2;

/** A name matches wherever the query falls in it, not only near its start. */
function createFuse(entries: readonly Entry[], scripts: Scripts, threshold: number): Fuse<Entry> {
  return new Fuse(entries, {
    includeScore: true,
    threshold,
    ignoreLocation: true,
    keys: KEYS.filter(
      (key) => scripts === 'mixed' || (key.scripts as readonly string[]).includes(scripts),
    ).map(({ name, weight }) => ({ name, weight })),
  });
}

interface Prepared {
  entries: Entry[];
  keysOf: Map<SearchRecord, SearchKeys>;
  byId: Map<string, SearchRecord[]>;
  /** By scripts and threshold. */
  fuse: Map<string, Fuse<Entry>>;
  /** By threshold and query. */
  answers: Map<string, Match[]>;
}

/** Prepared once per loaded index: building the keys and Fuse indexes costs more than a query. */
const preparedCache = new WeakMap<readonly SearchRecord[], Prepared>();
function prepare(records: readonly SearchRecord[]): Prepared {
  let prepared = preparedCache.get(records);
  if (!prepared) {
    const entries = records.map((record) => ({ record, k: searchKeysOf(record) }));
    const byId = new Map<string, SearchRecord[]>();
    for (const { record, k } of entries) {
      for (const id of new Set([k.id, k.os])) {
        if (id !== '') byId.set(id, [...(byId.get(id) ?? []), record]);
      }
    }
    prepared = {
      entries,
      keysOf: new Map(entries.map(({ record, k }) => [record, k])),
      byId,
      fuse: new Map(),
      answers: new Map(),
    };
    preparedCache.set(records, prepared);
  }
  return prepared;
}

interface Match {
  record: SearchRecord;
  score: number;
}

/** Recent answers, so that typing one more letter re-runs only what that letter changed. */
const MAX_CACHED_ANSWERS = 100;

function fuzzySearch(prepared: Prepared, query: string, threshold: number): Match[] {
  const answerKey = `${threshold} ${query}`;
  const cached = prepared.answers.get(answerKey);
  if (cached) return cached;
  const scripts = scriptsOf(query);
  const fuseKey = `${scripts} ${threshold}`;
  let fuse = prepared.fuse.get(fuseKey);
  if (!fuse) {
    fuse = createFuse(prepared.entries, scripts, threshold);
    prepared.fuse.set(fuseKey, fuse);
  }
  const matches = fuse
    .search(query)
    .map((result) => ({ record: result.item.record, score: result.score ?? 1 }));
  if (prepared.answers.size >= MAX_CACHED_ANSWERS) prepared.answers.clear();
  prepared.answers.set(answerKey, matches);
  return matches;
}

/** Records in which every word matches some field, lowest total score first. */
function matchEveryWord(prepared: Prepared, words: readonly string[]): SearchRecord[] {
  let scores: Map<SearchRecord, number> | undefined;
  for (const word of words) {
    const next = new Map<SearchRecord, number>();
    for (const { record, score } of fuzzySearch(prepared, word, WORD_THRESHOLD)) {
      const before = scores === undefined ? 0 : scores.get(record);
      if (before !== undefined) next.set(record, before + score);
    }
    scores = next;
    if (scores.size === 0) return [];
  }
  return [...(scores ?? [])].sort((a, b) => a[1] - b[1]).map(([record]) => record);
}

/** Whether one field holds the whole query as typed (after normalisation). */
function holdsPhrase(keys: SearchKeys | undefined, query: string): boolean {
  if (keys === undefined) return false;
  const fields = [keys.n, ...keys.al, keys.km, keys.zh, keys.pc, ...keys.b, keys.pr];
  return fields.some((field) => field.includes(query));
}

/**
 * A query of several words finds the factories where each word matches some field, in any order
 * ("Knitwear Bamboo", "Lotus Kandal"), those with a field holding the whole query first. If none
 * does, the whole query is matched as one phrase, which tolerates typos spread over the words
 * ("Lotsu Demo"), as a single word is.
 */
function matchQuery(prepared: Prepared, query: string): SearchRecord[] {
  const words = [...new Set(query.split(' '))];
  const everyWord = words.length > 1 ? matchEveryWord(prepared, words) : [];
  if (everyWord.length > 0) {
    const phrase = everyWord.filter((r) => holdsPhrase(prepared.keysOf.get(r), query));
    const first = new Set(phrase);
    const rest = everyWord.filter((r) => !first.has(r));
    return [...phrase, ...rest];
  }
  return fuzzySearch(prepared, query, PHRASE_THRESHOLD).map((match) => match.record);
}

function matchesFilters(record: SearchRecord, state: SearchState): boolean {
  return (
    (state.province === '' || record.pr === state.province) &&
    (state.status === '' || record.st === state.status) &&
    (!state.lc || record.lc) &&
    (state.req === '' || record.nc.includes(state.req)) &&
    (state.buyer === '' || (record.b ?? []).includes(state.buyer)) &&
    (state.parent === '' || record.pc === state.parent)
  );
}

/**
 * The factories that match the query and every filter. Without a query they come in index order;
 * with one, best match first. A query that is exactly a factory id or OS id (in any case, with or
 * without hyphens and spaces) returns only that factory: ids that differ by a character or two are
 * different factories, and listing them as fuzzy matches would bury the one asked for.
 */
export function searchFactories(
  records: readonly SearchRecord[],
  state: SearchState,
): SearchRecord[] {
  const query = normaliseForSearch(state.q);
  if (query === '') return records.filter((r) => matchesFilters(r, state));
  const prepared = prepare(records);
  const exact = prepared.byId.get(query.replace(/ /g, ''));
  const found = exact ?? matchQuery(prepared, query);
  return found.filter((r) => matchesFilters(r, state));
}
