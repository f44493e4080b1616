import { describe, expect, it } from 'vitest';
import type { SearchHit, SearchRecord, SearchWhy } from '../../src/lib/search';
import { rowKey, translator, whyText } from '../../src/islands/factory-search-view';
import { pickMessages } from '../../src/i18n';
import { SEARCH_MESSAGE_KEYS } from '../../src/islands/search-messages';

const t = translator(pickMessages('en', SEARCH_MESSAGE_KEYS));
const record = (id: string): SearchRecord => ({
  id,
  n: `Factory ${id}`,
  st: 'open',
  lc: false,
  nc: [],
});
const why = (change: Partial<SearchWhy> = {}): SearchWhy => ({
  field: 'name',
  text: 'Factory A',
  exact: false,
  similarity: 0.9,
  ...change,
});
const hit = (change: Partial<SearchHit> = {}): SearchHit => ({
  record: record('A'),
  why: why(),
  ...change,
});

describe('search results: a row is drawn again only when what it shows changes', () => {
  it.each<[string, Partial<SearchHit>, boolean, boolean]>([
    ['a fresh copy of the same factory, found the same way', { record: record('A') }, true, true],
    ['another factory', { record: record('B') }, true, false],
    ['found by another field', { why: why({ field: 'alias' }) }, true, false],
    ['found by another name', { why: why({ text: 'Old Factory A' }) }, true, false],
    ['found less closely', { why: why({ similarity: 0.8 }) }, true, false],
    ['found less closely, the reason not shown', { why: why({ similarity: 0.8 }) }, false, true],
  ])('%s: kept %s', (_, change, showWhy, kept) => {
    expect(rowKey(hit(), showWhy) === rowKey(hit(change), showWhy)).toBe(kept);
  });

  it('a row with its reason is not the row without it', () => {
    expect(rowKey(hit(), true)).not.toBe(rowKey(hit(), false));
  });
});

describe('search results: why a factory was found', () => {
  it.each<[SearchWhy, string]>([
    [why({ similarity: 1 }), 'Match: current name'],
    [why({ similarity: 0.876 }), 'Match: similar name (0.87) “Factory A”'],
    [
      why({ field: 'alias', text: 'Old Factory A', similarity: 0.85 }),
      'Match: similar to a former or other name (0.85) “Old Factory A”',
    ],
    [why({ field: 'buyer', text: 'Trey', similarity: 0.5 }), 'Match: buyer “Trey”'],
  ])('%j reads %j', (found, text) => {
    expect(whyText(found, t, 'en')).toBe(text);
  });
});
