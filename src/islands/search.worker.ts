/**
 * The factory search's worker: it reads the index as it arrives and answers each query with one
 * page of results, so that neither a large index nor a slow query ever holds up the page. The
 * first records answer the first keystrokes; once the whole index is in, the latest query is
 * answered again over all of it. Queries that arrive while one is being answered are not
 * answered one by one: only the latest is, since the page shows only its answer.
 */
import {
  EMPTY_SEARCH_STATE,
  searchFactoryPage,
  type SearchHit,
  type SearchRecord,
  type SearchState,
} from '../lib/search';
import { indexChoices, type IndexChoices } from './filter-choices';
import { streamSearchIndex } from './index-stream';

export interface SearchQuery {
  type: 'query';
  /** Increases with every query: answers to older ones are ignored. */
  id: number;
  state: SearchState;
  /** Hits wanted. */
  limit: number;
}

export type SearchReply =
  | {
      type: 'answer';
      id: number;
      total: number;
      hits: SearchHit[];
      /** Factories searched, and whether that is every published factory. */
      searched: number;
      complete: boolean;
    }
  /**
   * How much of the index can be searched: sent once the first part is in, and once all is, then
   * with every buyer and parent company for the filters.
   */
  | { type: 'loaded'; searched: number; complete: boolean; choices?: IndexChoices }
  | { type: 'failed'; message: string };

/** Records read before the first answers are given from them. */
const FIRST_PART = 2000;

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SearchQuery>) => void) | null;
  postMessage: (reply: SearchReply) => void;
};

let loaded: SearchRecord[] = [];
let searched: SearchRecord[] | null = null;
let complete = false;
let latest: SearchQuery | null = null;
let answered: SearchQuery | null = null;
let scheduled = false;

function answer(): void {
  if (latest === null || searched === null) return;
  answered = latest;
  const { id, state, limit } = latest;
  const page = searchFactoryPage(searched, state, limit);
  scope.postMessage({
    type: 'answer',
    id,
    total: page.total,
    hits: page.hits,
    searched: searched.length,
    complete,
  });
}

scope.onmessage = (event) => {
  latest = event.data;
  if (scheduled) return;
  scheduled = true;
  // Messages already queued run before this timer: a burst of keystrokes is answered once.
  setTimeout(() => {
    scheduled = false;
    if (latest !== answered) answer();
  }, 0);
};

streamSearchIndex((batch) => {
  for (const record of batch) loaded.push(record);
  if (searched === null && loaded.length >= FIRST_PART) {
    searched = loaded.slice();
    scope.postMessage({ type: 'loaded', searched: searched.length, complete: false });
    answer();
  }
}).then(
  (all) => {
    loaded = [];
    searched = all;
    complete = true;
    // Prepares the name index before the page hears it can search everything, so the first
    // keystroke over the whole index does not pay for it.
    if (latest === null) searchFactoryPage(all, { ...EMPTY_SEARCH_STATE, q: 'a' }, 1);
    scope.postMessage({
      type: 'loaded',
      searched: all.length,
      complete: true,
      choices: indexChoices(all),
    });
    answer();
  },
  (error: unknown) => scope.postMessage({ type: 'failed', message: String(error) }),
);
