/**
 * Which of the search workers' answers the page shows: the two workers (src/islands/
 * search-worker-core.ts) answer the same queries, the first part's worker sooner, the index's
 * worker over every factory, and their answers reach the page in either order.
 */
import type { SearchAnswer } from './search-worker-core';

/**
 * Whether `reply` takes the place of the answer shown: only an answer to the latest query does,
 * and an answer from the first part never once the whole index answers, nor in place of the
 * whole index's answer to the same query.
 */
export function showsAnswer(
  shown: SearchAnswer | null,
  reply: SearchAnswer,
  latest: number,
  indexComplete: boolean,
): boolean {
  if (reply.id !== latest) return false;
  if (reply.complete) return true;
  return !indexComplete && !(shown !== null && shown.id === reply.id && shown.complete);
}
