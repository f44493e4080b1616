/**
 * What the factory search's workers do, apart from the worker globals they run in
 * (search.worker.ts wires them), so that it can be run and tested in one thread.
 *
 * The page runs two workers. The index's worker reads the whole index and answers over it. Once
 * the whole index is in, it prepares its word and name indexes in one go, which takes seconds at
 * registry size (about 10 s for 100,000 factories on a 2-core machine), and a worker busy with
 * that answers nothing. The first part's worker reads no index of its own: it is handed the index
 * worker's first records and answers over them until the page has the whole index's answers, so
 * a query typed while the index is read or prepared is still answered, from the first part, as
 * the page says.
 */
import {
  EMPTY_SEARCH_STATE,
  searchFactoryPage,
  type SearchHit,
  type SearchRecord,
  type SearchState,
} from '../lib/search';
import { indexChoices, type IndexChoices } from './filter-choices';

export interface SearchQuery {
  type: 'query';
  /** Increases with every query: answers to older ones are ignored. */
  id: number;
  state: SearchState;
  /** Hits wanted. */
  limit: number;
}

/**
 * The page's first message to each worker: `index` to the one that reads the index, `first-part`
 * to the one that answers from its first records; each given one end of a channel between them.
 */
export interface SearchRole {
  type: 'index' | 'first-part';
  partner?: MessagePort;
}

export type SearchMessage = SearchQuery | SearchRole;

export type SearchAnswer = {
  type: 'answer';
  id: number;
  total: number;
  hits: SearchHit[];
  /** Factories searched, and whether that is every published factory. */
  searched: number;
  complete: boolean;
};

export type SearchReply =
  | SearchAnswer
  /**
   * How much of the index can be searched: sent once the first part is in, and once all is, then
   * with every buyer and parent company for the filters.
   */
  | { type: 'loaded'; searched: number; complete: boolean; choices?: IndexChoices }
  | { type: 'failed'; message: string };

/** Records read before the first answers are given from them. */
export const FIRST_PART = 2000;

export interface SearchWorker {
  /** A message from the page. */
  receive(message: SearchMessage): void;
  /** A batch of the index as it is read (the index's worker only). */
  read(batch: readonly SearchRecord[]): void;
  /** Every record of the index, once all are read. */
  readAll(all: SearchRecord[]): void;
  fail(error: unknown): void;
}

/**
 * One worker's state. `post` sends to the page; `later` runs a function once the messages already
 * queued have been handled (setTimeout 0 in a worker), so a burst of keystrokes is answered once.
 */
export function createSearchWorker(
  post: (reply: SearchReply) => void,
  later: (run: () => void) => void,
): SearchWorker {
  let loaded: SearchRecord[] = [];
  let searched: SearchRecord[] | null = null;
  let complete = false;
  let latest: SearchQuery | null = null;
  let answered: SearchQuery | null = null;
  let scheduled = false;
  let partner: MessagePort | null = null;
  let handedOver = false;
  let role: SearchRole['type'] = 'index';

  const answer = () => {
    if (latest === null || searched === null) return;
    // With a partner, the index's worker leaves the first part's answers to it.
    if (role === 'index' && partner !== null && !complete) return;
    answered = latest;
    const { id, state, limit } = latest;
    const page = searchFactoryPage(searched, state, limit);
    post({
      type: 'answer',
      id,
      total: page.total,
      hits: page.hits,
      searched: searched.length,
      complete,
    });
  };

  /** Answers from `records`, a list of its own, until the whole index is in. */
  const firstPart = (records: SearchRecord[]) => {
    searched = records;
    post({ type: 'loaded', searched: searched.length, complete: false });
    answer();
  };

  return {
    receive(message) {
      if (message.type !== 'query') {
        // Told its role again without a partner (the first part's worker has failed), the
        // index's worker answers from the records it has, as it does alone.
        if (message.type === 'index' && role === 'index' && partner !== null && !message.partner) {
          partner = null;
          if (handedOver && !complete) firstPart(loaded.slice());
          return;
        }
        role = message.type;
        partner = message.partner ?? null;
        if (role === 'first-part' && partner !== null) {
          partner.onmessage = (event: MessageEvent<SearchRecord[]>) => {
            if (searched === null) firstPart(event.data);
          };
        }
        return;
      }
      latest = message;
      if (scheduled) return;
      scheduled = true;
      later(() => {
        scheduled = false;
        if (latest !== answered) answer();
      });
    },
    read(batch) {
      for (const record of batch) loaded.push(record);
      if (searched !== null || handedOver || loaded.length < FIRST_PART) return;
      if (partner === null) {
        firstPart(loaded.slice());
      } else {
        // Handed over: this worker answers only once it has every record, or once it hears
        // that its partner is gone.
        partner.postMessage(loaded);
        handedOver = true;
      }
    },
    readAll(all) {
      loaded = [];
      searched = all;
      complete = true;
      // Prepares the whole index's word and name indexes before the page hears it can search
      // everything: until then the page keeps the first part's worker, which answers meanwhile.
      searchFactoryPage(all, { ...EMPTY_SEARCH_STATE, q: 'a' }, 1);
      post({ type: 'loaded', searched: all.length, complete: true, choices: indexChoices(all) });
      answer();
    },
    fail(error) {
      post({ type: 'failed', message: String(error) });
    },
  };
}
