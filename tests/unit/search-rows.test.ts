import { describe, expect, it } from 'vitest';
import type { SearchRecord, SearchWhy } from '../../src/lib/search';
import { sameRow, whyText, type RowContext } from '../../src/islands/FactorySearchResults';
import { fillTemplate } from '../../src/i18n/format';
import { en } from '../../src/i18n/en';

const context: RowContext = {
  locale: 'en',
  t: (key, values) => fillTemplate(en[key], values),
  cycleLabels: {},
  provinceLabels: {},
  linkPrefix: '',
  dateOf: (iso) => iso,
};
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
const row = (change: Partial<Parameters<typeof sameRow>[0]> = {}) => ({
  record: record('A'),
  why: why(),
  showWhy: true,
  context,
  ...change,
});

describe('search results: a row is drawn again only when what it shows changes', () => {
  it.each<[string, Partial<Parameters<typeof sameRow>[0]>, boolean]>([
    ['a fresh copy of the same factory, found the same way', { record: record('A') }, true],
    ['another factory', { record: record('B') }, false],
    ['found by another field', { why: why({ field: 'alias' }) }, false],
    ['found by another name', { why: why({ text: 'Old Factory A' }) }, false],
    ['found less closely', { why: why({ similarity: 0.8 }) }, false],
    ['the reason no longer shown', { showWhy: false }, false],
    ['another language', { context: { ...context, locale: 'km' } }, false],
  ])('%s: kept %s', (_, change, kept) => {
    expect(sameRow(row(), row(change))).toBe(kept);
  });

  it('without a query the reason is not shown, so it does not matter', () => {
    expect(
      sameRow(row({ showWhy: false }), row({ showWhy: false, why: why({ similarity: 0 }) })),
    ).toBe(true);
  });
});

describe('search results: why a factory was found', () => {
  it.each<[SearchWhy, string]>([
    [why({ similarity: 1 }), 'Match: current name'],
    [why({ similarity: 0.876 }), 'Match: similar name (0.87) “Factory A”'],
    [why({ field: 'buyer', text: 'Trey', similarity: 0.5 }), 'Match: buyer “Trey”'],
  ])('%j reads %j', (found, text) => {
    expect(whyText(found, context.t, 'en')).toBe(text);
  });
});
