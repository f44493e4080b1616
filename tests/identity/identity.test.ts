import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../scripts/bench/identity';
import { readDataFolder } from '../../scripts/lib/data-folder';
import { loadDataset } from '../../src/lib/load-dataset';
import { buildPublicSite } from '../../src/lib/public-site';
import { scoreDataset } from '../../src/lib/score';
import { buildSearchIndex, EMPTY_SEARCH_STATE, searchFactories } from '../../src/lib/search';
import { emptyListValues } from '../../src/lib/supplier-list';
import { createMatcher } from '../../src/lib/supplier-match';

/**
 * The labelled corpus in this folder: a registry of fictional factories named after the patterns
 * of real registries (legal forms in brackets, the country in the middle, sites, export notes,
 * Khmer and Chinese names, one name in two provinces, look-alikes) and a supplier list whose right
 * answer is known for every line, with the traps real lists hold. See README.md here.
 */
const figures = evaluateCorpus(resolve(import.meta.dirname));
const describeLines = (lines: typeof figures.wrongDefinite) =>
  lines.map(
    (l) => `${l.line} ${l.name} [${l.pattern}] → ${l.match.result} ${l.match.record?.id ?? ''}`,
  );

describe('the identity corpus', () => {
  it('names no line’s factory wrongly', () => {
    expect(describeLines(figures.wrongDefinite)).toEqual([]);
  });

  it('matches at least 85% of the registered factories’ lines definitely', () => {
    expect(figures.definite / figures.registered).toBeGreaterThanOrEqual(0.85);
  });

  it('offers the right factory (matched or to confirm) for at least 95% of them', () => {
    expect(describeLines(figures.missed)).toEqual([]);
    expect(figures.offered / figures.registered).toBeGreaterThanOrEqual(0.95);
  });

  it('offers a candidate for at most 1 in 10 unknown suppliers', () => {
    expect(figures.unknownWithCandidates.length / figures.unknown).toBeLessThanOrEqual(0.1);
  });

  it('finds each registered factory among the first five results of the search', () => {
    expect(describeLines(figures.searchMissed)).toEqual([]);
  });

  it.each([
    'look-alike of a registered factory',
    'same name in another province',
    'typo',
    'word of the trade left out',
    'site left out',
    'OS ID of another factory',
    'name of another factory than its id',
    'same name in two provinces, no place given',
    'a group in brackets',
    'a description after a dash',
  ])('never decides a line with a pattern of doubt: %s', (pattern) => {
    const lines = figures.all.filter((l) => l.pattern === pattern);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.match.result === 'matched').map((l) => l.name)).toEqual([]);
  });

  it('gives no candidate to a line of words of the trade only', () => {
    const lines = figures.all.filter((l) => l.pattern === 'words of the trade only');
    expect(lines.length).toBeGreaterThan(0);
    expect(describeLines(lines.filter((l) => l.match.result !== 'unmatched'))).toEqual([]);
  });
});

describe('the demo data: what the search finds, the check finds too', () => {
  const { dataset } = loadDataset(readDataFolder(resolve(import.meta.dirname, '../../data')));
  if (dataset === undefined) throw new Error('the demo data does not load');
  const records = buildSearchIndex(buildPublicSite(dataset, scoreDataset(dataset)));
  const matcher = createMatcher(records, { country: dataset.meta.country ?? null });
  const first = (q: string) => searchFactories(records, { ...EMPTY_SEARCH_STATE, q })[0]?.id;
  const offered = (name: string) => {
    const m = matcher.match({ line: 1, values: { ...emptyListValues(), name }, problems: [] });
    return m.result === 'matched' ? [m.record?.id] : m.candidates.map((c) => c.record.id);
  };

  it('finds every published factory first by its current name', () => {
    const missed = records.filter((r) => first(r.n) !== r.id).map((r) => `${r.id} ${r.n}`);
    expect(missed).toEqual([]);
  });

  it('offers, for any Khmer spelling of a name the search finds first, the same factory', () => {
    const spellings = records.flatMap((r) => {
      if (r.km === undefined) return [];
      const words = r.km.split(' ');
      return [
        r.km,
        r.km.replace(/\s+/g, ''),
        words.filter((w) => w !== 'រោងចក្រ').join(' '),
        words.filter((w) => !w.startsWith('(')).join(' '),
        words.filter((w) => w !== 'រោងចក្រ' && !w.startsWith('(')).join(''),
      ];
    });
    const missed = spellings.flatMap((q) => {
      const id = first(q);
      return id === undefined || offered(q).includes(id) ? [] : [`${q} → ${id}`];
    });
    expect(spellings.length).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  });
});
