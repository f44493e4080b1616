/**
 * The search's state in the page address (`?q=…&province=…&status=closed&lc=1&req=CI15&buyer=…
 * &parent=…&sort=rate`), so a search can be bookmarked, shared and cited. Pure functions: no DOM.
 */
import { SEARCH_SORTS, type SearchSort, type SearchState } from '../lib/search';

/**
 * The values the filters offer; a value from the address that is not among them is ignored.
 * Buyers and parent companies come from the search index, after the address is read: undefined
 * until then, and any value is kept.
 */
export interface SearchChoices {
  provinces: readonly string[];
  buyers: readonly string[] | undefined;
  parents: readonly string[] | undefined;
  requirements: readonly string[];
}

/** Longer queries are cut: nobody types one, and fuzzy matching slows with the pattern's length. */
export const MAX_QUERY_LENGTH = 200;

/** The state in the address: unknown parameters and values not offered are ignored. */
export function parseSearchState(
  query: string | URLSearchParams,
  choices?: SearchChoices,
): SearchState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const text = (name: string) => params.get(name)?.trim() ?? '';
  const among = (value: string, allowed: readonly string[] | undefined) =>
    allowed === undefined || allowed.includes(value) ? value : '';
  const status = text('status');
  const sort = text('sort');
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    province: among(text('province'), choices?.provinces),
    status: status === 'open' || status === 'closed' ? status : '',
    lc: text('lc') === '1',
    req: among(text('req'), choices?.requirements),
    buyer: among(text('buyer'), choices?.buyers),
    parent: among(text('parent'), choices?.parents),
    sort: (SEARCH_SORTS as readonly string[]).includes(sort) ? (sort as SearchSort) : '',
  };
}

/**
 * The address query for a state, without the leading `?`: only the parameters that differ from
 * "any", always in the same order, so the same search always has the same address.
 */
export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q !== '') params.set('q', q);
  if (state.province !== '') params.set('province', state.province);
  if (state.status !== '') params.set('status', state.status);
  if (state.lc) params.set('lc', '1');
  if (state.req !== '') params.set('req', state.req);
  if (state.buyer !== '') params.set('buyer', state.buyer);
  if (state.parent !== '') params.set('parent', state.parent);
  if (state.sort !== '') params.set('sort', state.sort);
  return params.toString();
}

/**
 * No query, no filter, the list's own order: the search whose address is the list's own, and
 * whose answer is the static table the page already shows.
 */
export const asksForTheList = (state: SearchState): boolean => serialiseSearchState(state) === '';

const STATE_PARAMS = ['q', 'province', 'status', 'lc', 'req', 'buyer', 'parent', 'sort'];

/**
 * The page's query with the search state put in: parameters that are not the search's (a campaign
 * tag, a language) are kept as they were, ahead of the search's own.
 */
export function withSearchState(currentQuery: string, state: SearchState): string {
  const foreign = [...new URLSearchParams(currentQuery)].filter(
    ([name]) => !STATE_PARAMS.includes(name),
  );
  const own = [...new URLSearchParams(serialiseSearchState(state))];
  return new URLSearchParams([...foreign, ...own]).toString();
}
