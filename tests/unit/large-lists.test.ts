import { describe, expect, it } from 'vitest';
import { ByteMatcher } from '../../scripts/lib/byte-matcher';
import { drawRateDistribution } from '../../src/charts/draw-rate-distribution';
import {
  layoutRateDistribution,
  packRates,
  type RateDistributionData,
} from '../../src/charts/rate-distribution';
import type { IsoDate } from '../../src/lib/ids';
import { loadDataset } from '../../src/lib/load-dataset';
import { scoreDataset } from '../../src/lib/score';
import type { SearchRecord } from '../../src/lib/search';
import { SearchIndexReader } from '../../src/lib/search-index-lines';
import { assessmentCsv, factoriesCsv, makeFiles } from '../helpers/dataset';

/**
 * A registry larger than a function call takes arguments (about 125,000 on Node's default
 * stack): every list the size of the data is appended and searched item by item, never spread
 * into a call.
 */
const MANY = 150_000;
const ids = Array.from({ length: MANY }, (_, i) => `F${String(i + 1).padStart(6, '0')}`);

describe(`${MANY.toLocaleString('en')} factories`, () => {
  it('are validated and scored in one cycle', () => {
    const { dataset, problems } = loadDataset(
      makeFiles({
        'factories.csv': factoriesCsv(ids.map((id) => [id, `Demo ${id}`, 'open', '', '0'])),
        'assessments/2020.csv': assessmentCsv(ids.map((id) => [id, '2020-03-01', 'C', 'NC', 'C'])),
        'assessments/2021.csv': null,
      }),
      { buildDate: '2026-03-15' as IsoDate },
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    if (dataset === undefined) throw new Error('the dataset was refused');
    const scores = scoreDataset(dataset);
    expect(scores.factoryCycles.filter((row) => row.cycleId === '2020')).toHaveLength(MANY);
    expect(scores.cycles.map((c) => [c.cycle.id, c.factoriesActive])).toEqual([
      ['2020', MANY],
      ['2021', MANY],
    ]);
  });

  it('draw a rate distribution', () => {
    const rates = ids.map((id, i) => ({ id, name: id, rate: (i % 100) / 100, below: i % 100 < 3 }));
    const data: RateDistributionData = {
      locale: 'en',
      cycleId: '2020',
      cycleLabel: 'Year 2020',
      ...packRates(rates),
      mean: 0.5,
      threshold: 0.025,
      binWidth: 0.05,
    };
    const layout = layoutRateDistribution(data);
    if (layout.kind !== 'rate-distribution') throw new Error(`no chart: ${layout.reason}`);
    expect(layout.population).toBe(MANY);
    expect(layout.belowCount).toBe((3 * MANY) / 100);
    const svg = drawRateDistribution({ id: 'rate-distribution-2020' }, data);
    expect(svg).toContain('150,000');
    expect(svg).toContain('4,500 factories');
    expect(svg).toContain(`/factories/${ids[0]}/`);
  });

  it('are found by the output scan, each a pattern of its own', () => {
    const matcher = new ByteMatcher(ids);
    const text = new TextEncoder().encode(`${ids[0]} ${ids.at(-1)} F0000001`);
    expect(matcher.find(text)).toEqual([
      { pattern: 0, start: 0 },
      { pattern: MANY - 1, start: 8 },
    ]);
  });

  it('are read from a search index written on one line', () => {
    const records = ids.map((id) => ({ id, name: id }) as unknown as SearchRecord);
    const reader = new SearchIndexReader();
    const read = [...reader.push(JSON.stringify(records)), ...reader.end()];
    expect(read).toHaveLength(MANY);
    expect(read.at(-1)).toEqual(records.at(-1));
  });
});
