import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { misspeltQueries } from '../../scripts/bench/search-queries';
import { readDataFolder } from '../../scripts/lib/data-folder';
import type { IsoDate } from '../../src/lib/ids';
import { loadDataset } from '../../src/lib/load-dataset';
import { buildPublicSite } from '../../src/lib/public-site';
import { scoreDataset } from '../../src/lib/score';
import {
  EMPTY_SEARCH_STATE,
  buildSearchIndex,
  searchFactoryHits,
  searchFactoryPage,
  type SearchRecord,
  type SearchState,
} from '../../src/lib/search';

const { dataset } = loadDataset(readDataFolder(resolve(import.meta.dirname, '../../data')), {
  buildDate: '2030-01-01' as IsoDate,
});
if (dataset === undefined) throw new Error('the demo data has errors');
const JSON_INDEX = JSON.stringify(
  buildSearchIndex(buildPublicSite(dataset, scoreDataset(dataset))),
);
/** A fresh copy of the demo's index, as each page load gets: nothing prepared yet. */
const freshIndex = () => JSON.parse(JSON_INDEX) as SearchRecord[];
const INDEX = freshIndex();

/** Every prefix of a text: what the search is asked as it is typed. */
const typing = (text: string) => [...text].map((_, i) => text.slice(0, i + 1));

/**
 * Queries as typed, a key at a time: misspelt names of the demo's factories, prefixes that
 * find most of the registry ("d", "de", "dem" for every "Demo …"), words of the trade, a
 * province, a buyer, a name in Khmer, and words found nowhere.
 */
const TYPED = [
  ...misspeltQueries(INDEX, 6).map((q) => q.query),
  'demo garment',
  'co ltd',
  'phnom penh demo',
  INDEX.find((r) => r.km !== undefined)?.km ?? '',
  INDEX.find((r) => r.b !== undefined)?.b?.[0] ?? '',
  'xyzzy quux',
  // More words than the search keeps working space for between queries.
  'demo garment co ltd phnom penh kandal apparel textile knitting factory international fashion sportswear',
].flatMap(typing);

const FILTERS: Array<[string, Partial<SearchState>]> = [
  ['no filter', {}],
  ['closed factories', { status: 'closed' }],
  ['the low-compliance list', { lc: true }],
];

describe('searchFactoryPage: a page is the start of the whole ranking, counted in full', () => {
  it.each(FILTERS)('for every keystroke of every query, with %s', (_, filter) => {
    for (const q of TYPED) {
      const state = { ...EMPTY_SEARCH_STATE, ...filter, q };
      const all = searchFactoryHits(INDEX, state);
      for (const limit of [1, 5, 50]) {
        const page = searchFactoryPage(INDEX, state, limit);
        expect({ q, limit, total: page.total }).toEqual({ q, limit, total: all.length });
        expect(page.hits).toEqual(all.slice(0, limit));
      }
    }
  });

  it('finds most of the registry for the first letters of a word every name shares', () => {
    const page = searchFactoryPage(INDEX, { ...EMPTY_SEARCH_STATE, q: 'de' }, 50);
    expect(page.total).toBeGreaterThan(INDEX.length * 0.9);
    expect(page.hits).toHaveLength(50);
  });
});

describe('searchFactoryPage: an answer does not depend on the queries asked before it', () => {
  it('answers every keystroke the same typed forwards, backwards, or between queries on another index', () => {
    const page = (records: SearchRecord[], q: string) => {
      const { total, hits } = searchFactoryPage(records, { ...EMPTY_SEARCH_STATE, q }, 50);
      return { q, total, hits: hits.map((h) => [h.record.id, h.why]) };
    };
    const forwards = freshIndex();
    const answers = TYPED.map((q) => page(forwards, q));
    const backwards = freshIndex();
    const other = freshIndex();
    for (let i = TYPED.length - 1; i >= 0; i -= 1) {
      page(other, TYPED[(i * 7) % TYPED.length] as string);
      expect(page(backwards, TYPED[i] as string)).toEqual(answers[i]);
    }
  });
});

describe('searchFactoryPage: the same factories rank the same among few or many that share a word', () => {
  const record = (id: string, n: string, al?: string[]): SearchRecord => ({
    id,
    n,
    st: 'open',
    lc: false,
    nc: [],
    ...(al ? { al } : {}),
  });
  // Named so that a word's score decides their order: an exact "Demo" against a misspelt one,
  // a name against an alias, a word found whole against one still being typed.
  const targets = [
    record('KH-0009', 'Saffron Demi Knitting'),
    record('KH-0008', 'Saffron Demo Knitting'),
    record('KH-0007', 'Saffron Knitting', ['Saffron Demo Knitwear']),
    record('KH-0006', 'Saffron Demonstration Knits'),
  ];
  const fillers = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      record(`KH-1${String(i).padStart(4, '0')}`, `Filler ${i} Demo Knitting`),
    );
  // Six names share "Demo" in the first, hundreds in the second: the words that narrow the
  // "Saffron" factories are counted through their postings in one, through the records in the
  // other. "Saffron" stays the factories' own word in both (fewer than five names share it).
  const few = [...targets, ...fillers(6)];
  const many = [...targets, ...fillers(600)];

  it.each([
    'saffron demo knitting',
    'saffron demi knitting',
    'saffron demo knit',
    'saffron dem',
    'safron demo',
    'saffron knitting demo',
  ])('%s', (q) => {
    const page = (records: SearchRecord[]) =>
      searchFactoryHits(records, { ...EMPTY_SEARCH_STATE, q })
        .filter((h) => h.record.id < 'KH-1')
        .map((h) => [h.record.id, h.why]);
    const ranked = page(few);
    expect(ranked.length).toBeGreaterThan(1);
    expect(page(many)).toEqual(ranked);
  });
});

describe('searchFactoryPage: a misspelt word written in a form the index keeps as another', () => {
  const record = (id: string, n: string): SearchRecord => ({
    id,
    n,
    st: 'open',
    lc: false,
    nc: [],
  });
  // The index keeps "textiles" as "textile" and "industries" as "industrial": "textles" is one
  // letter from what was written but two from the indexed word. Sister factories share every
  // other word, as a group's numbered units do, so only the misspelt word tells them apart.
  const products = ['Apparel', 'Knitting', 'Sportswear', 'Bags', 'Footwear', 'Garment', 'Denim'];
  const records = [
    ...products.map((p, i) => record(`KH-00${10 + i}`, `Summit Demo ${p} 11 (Cambodia)`)),
    record('KH-0099', 'Summit Demo Textiles 11 (Cambodia)'),
    record('KH-0098', 'Summit Demo Industries 11 (Cambodia)'),
  ];

  it.each([
    ['Summit Demo Textles 11 (Cambodia)', 'KH-0099'],
    ['summit demo texitles 11', 'KH-0099'],
    ['Summit Demo Industires 11 (Cambodia)', 'KH-0098'],
  ])('%s finds %s first', (q, id) => {
    const hits = searchFactoryHits(records, { ...EMPTY_SEARCH_STATE, q });
    expect(hits[0]?.record.id).toBe(id);
    expect(hits[0]?.why.similarity).toBeLessThan(1);
  });
});
