/**
 * Reads /search-index.json as it arrives (see src/lib/search-index-lines.ts), for the workers of
 * the factory search and the supplier check.
 */
import type { SearchRecord } from '../lib/search';
import { SearchIndexReader } from '../lib/search-index-lines';

export const SEARCH_INDEX_URL = '/search-index.json';

/**
 * Calls `onRecords` with each batch of records read, then resolves with every record. Throws on
 * an HTTP error or a malformed index.
 */
export async function streamSearchIndex(
  onRecords: (batch: readonly SearchRecord[]) => void,
): Promise<SearchRecord[]> {
  const response = await fetch(SEARCH_INDEX_URL);
  if (!response.ok || response.body === null) {
    throw new Error(`${SEARCH_INDEX_URL}: HTTP ${response.status}`);
  }
  const reader = new SearchIndexReader();
  const all: SearchRecord[] = [];
  const take = (batch: SearchRecord[]) => {
    if (batch.length === 0) return;
    for (const record of batch) all.push(record);
    onRecords(batch);
  };
  const text = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await text.read();
    if (done) break;
    take(reader.push(value));
  }
  take(reader.end());
  return all;
}
