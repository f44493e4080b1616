/**
 * Factory search: the index the site serves as /search-index.json, and the matching and filtering
 * the search island runs on it. Pure, so the same code builds the index at build time, answers
 * queries in the browser and runs in unit tests.
 *
 * What users asked of registries like this one (research notes, part 2 section 3): find a factory
 * by any alias or former name, by its name in Khmer or Chinese, by its id or Open Supply Hub id, and
 * treat case, accents and punctuation as trivial ("ST Screen" must find "S.T. Screen Co., Ltd").
 */
import type { PublicSite } from './public-site';
import type { FactoryStatus } from './rules';
import { rankFactoryPage, type SearchHit } from './search-rank';
import { normaliseText } from './text';

export type { SearchField, SearchHit, SearchWhy } from './search-rank';

/**
 * Text as the search compares it: compatibility-decomposed (full-width Latin becomes ASCII),
 * without Latin accents, lower-case, without punctuation, single-spaced. Khmer and Chinese letters
 * are kept (in one typing order, and simplified).
 */
export const normaliseForSearch = normaliseText;

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
  /** Address. */
  ad?: string;
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
  /** Compliance rate in the latest published record, where the factory was in its population. */
  rt?: number;
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
      ...optional('ad', f.address, nonEmpty(f.address)),
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
      ...optional('rt', latest?.complianceRate),
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
  /** The order of the results; '' is best match first, or the list's order without a query. */
  sort: SearchSort;
}

/**
 * A query with the reader's names of provinces ("ភ្នំពេញ", "金边") written as the index writes
 * them ("Phnom Penh"), so that a province is found by the name the page shows. `names` maps the
 * reader's name of each province to the index's; the longest is read first.
 */
export function withIndexProvinceNames(q: string, names: ReadonlyMap<string, string>): string {
  let out = q;
  const own = [...names.keys()].filter((name) => name !== '').sort((a, b) => b.length - a.length);
  for (const name of own) {
    if (out.includes(name)) out = out.split(name).join(` ${names.get(name) ?? name} `);
  }
  return out === q ? q : out.replace(/\s+/g, ' ').trim();
}

export const SEARCH_SORTS = ['name', 'closed', 'rate', 'critical'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number] | '';

export const EMPTY_SEARCH_STATE: Readonly<SearchState> = {
  q: '',
  province: '',
  status: '',
  lc: false,
  req: '',
  buyer: '',
  parent: '',
  sort: '',
};

/**
 * How two records compare in a chosen order: by name; most recently closed first (open
 * factories after); lowest compliance rate first; most critical issues first. Records without
 * the value come last; ties keep the order they had.
 */
function compareBy(sort: SearchSort): ((a: SearchRecord, b: SearchRecord) => number) | null {
  const last = <T>(a: T | undefined, b: T | undefined, by: (x: T, y: T) => number) =>
    a === undefined ? (b === undefined ? 0 : 1) : b === undefined ? -1 : by(a, b);
  switch (sort) {
    case 'name':
      return (a, b) => a.n.localeCompare(b.n, 'en');
    case 'closed':
      return (a, b) => last(a.cl, b.cl, (x, y) => (x < y ? 1 : x > y ? -1 : 0));
    case 'rate':
      return (a, b) => last(a.rt, b.rt, (x, y) => x - y);
    case 'critical':
      return (a, b) =>
        last(
          a.cy === undefined ? undefined : a.nc.length,
          b.cy === undefined ? undefined : b.nc.length,
          (x, y) => y - x,
        );
    default:
      return null;
  }
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

const preparedIds = new WeakMap<readonly SearchRecord[], Map<string, SearchRecord[]>>();
function idsOf(records: readonly SearchRecord[]): Map<string, SearchRecord[]> {
  let byId = preparedIds.get(records);
  if (!byId) {
    byId = new Map();
    for (const record of records) {
      for (const id of new Set([compactId(record.id), compactId(record.os ?? '')])) {
        if (id !== '') byId.set(id, [...(byId.get(id) ?? []), record]);
      }
    }
    preparedIds.set(records, byId);
  }
  return byId;
}

/**
 * The factories that match the query and every filter, with why each was found. Without a query
 * they come in index order; with one, best match first (see `rankFactories`). A query that is
 * exactly a factory id or OS id (in any case, with or without hyphens and spaces) returns only
 * that factory: ids that differ by a character or two are different factories, and listing them
 * as fuzzy matches would bury the one asked for.
 */
export function searchFactoryHits(
  records: readonly SearchRecord[],
  state: SearchState,
): SearchHit[] {
  return searchFactoryPage(records, state, Infinity).hits;
}

/** One page of a search's results: the first `limit` hits, and how many there are in all. */
export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

/**
 * The first `limit` factories `searchFactoryHits` finds, and their number: what a page shows,
 * since nobody reads thousands of rows and rendering them is what made a large registry slow.
 */
export function searchFactoryPage(
  records: readonly SearchRecord[],
  state: SearchState,
  limit: number,
): SearchPage {
  const compare = compareBy(state.sort);
  if (compare !== null) {
    const all = unsortedPage(records, state, Infinity);
    const hits = all.hits.sort((a, b) => compare(a.record, b.record));
    return { total: all.total, hits: hits.slice(0, limit) };
  }
  return unsortedPage(records, state, limit);
}

function unsortedPage(
  records: readonly SearchRecord[],
  state: SearchState,
  limit: number,
): SearchPage {
  const query = normaliseForSearch(state.q);
  if (query === '') {
    // Every factory the filters keep is a hit, in index order: counted, not copied.
    let total = 0;
    const hits: SearchHit[] = [];
    for (const record of records) {
      if (!matchesFilters(record, state)) continue;
      total += 1;
      if (hits.length < limit) {
        hits.push({ record, why: { field: 'name', text: record.n, exact: false, similarity: 0 } });
      }
    }
    return { total, hits };
  }
  const compact = query.replace(/ /g, '');
  const exact = idsOf(records).get(compact);
  if (exact) {
    const hits: SearchHit[] = exact
      .filter((record) => matchesFilters(record, state))
      .map((record) => ({
        record,
        why: {
          field: compactId(record.id) === compact ? 'factoryId' : 'osId',
          text: compactId(record.id) === compact ? record.id : (record.os ?? ''),
          exact: true,
          similarity: 1,
        },
      }));
    return { total: hits.length, hits: hits.slice(0, limit) };
  }
  return rankFactoryPage(records, query, state.q, {
    keep: (record) => matchesFilters(record, state),
    limit,
  });
}

/** The factories that match the query and every filter (see `searchFactoryHits`). */
export function searchFactories(
  records: readonly SearchRecord[],
  state: SearchState,
): SearchRecord[] {
  return searchFactoryHits(records, state).map((hit) => hit.record);
}
