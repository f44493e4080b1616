/**
 * The factory search's worker: it reads the index as it arrives and answers each query with one
 * page of results, so that neither a large index nor a slow query ever holds up the page. The
 * first records answer the first keystrokes; once the whole index is in, the latest query is
 * answered again over all of it.
 */
import {
  EMPTY_SEARCH_STATE,
  searchFactoryPage,
  type SearchHit,
  type SearchRecord,
  type SearchState,
} from '../lib/search';
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

function answer(): void {
  if (latest === null || searched === null) return;
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
  answer();
};

streamSearchIndex((batch) => {
  for (const record of batch) loaded.push(record);
  if (searched === null && loaded.length >= FIRST_PART) {
    searched = loaded.slice();
    answer();
  }
}).then(
  (all) => {
    loaded = [];
    searched = all;
    complete = true;
    answer();
    // Prepares the name index now rather than on the next keystroke.
    if (latest === null) searchFactoryPage(all, { ...EMPTY_SEARCH_STATE, q: 'a' }, 1);
  },
  (error: unknown) => scope.postMessage({ type: 'failed', message: String(error) }),
);
