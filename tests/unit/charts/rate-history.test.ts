import { describe, expect, it } from 'vitest';
import {
  describeRateHistory,
  layoutRateHistory,
  rateHistoryTable,
  type RateHistoryData,
  type RateHistoryPoint,
} from '../../../src/charts/rate-history';

const point = (
  cycleId: string,
  rate: number | null,
  threshold: number | null,
  listed = false,
): RateHistoryPoint => ({
  cycleId,
  label: `Cycle ${cycleId}`,
  shortLabel: cycleId,
  rate,
  threshold,
  listed,
});

const history = (...points: RateHistoryPoint[]): RateHistoryData => ({
  locale: 'en',
  factoryId: 'KH-1',
  factoryName: 'Alpha Demo',
  points,
});

function layout(input: RateHistoryData) {
  const result = layoutRateHistory(input, { width: 680 });
  if (result.kind !== 'rate-history') throw new Error(`no chart: ${result.reason}`);
  return result;
}

const sample = history(
  point('2019', 0.5, 0.6, true),
  point('2020', null, 0.62),
  point('2021', 0.75, 0.61),
  point('2022', 0.9, 0.65),
);

describe('rate-history layout', () => {
  it('the y axis runs from 0% at the bottom to 100% at the top', () => {
    const result = layout(sample);
    expect(result.yTicks[0]).toMatchObject({ at: result.plot.y + result.plot.height, label: '0%' });
    expect(result.yTicks.at(-1)).toMatchObject({ at: result.plot.y, label: '100%' });
  });

  it.each([
    ['2019', 0.5, true],
    ['2021', 0.75, false],
    ['2022', 0.9, false],
  ])('%s: rate %d at its height, on the list: %s', (cycleId, rate, listed) => {
    const result = layout(sample);
    const p = result.rate.points.find((q) => q.cycleId === cycleId);
    expect(p?.y).toBeCloseTo(result.plot.y + result.plot.height * (1 - rate), 6);
    expect(p?.listed).toBe(listed);
  });

  it('a cycle out of the population breaks the rate line but not the threshold line', () => {
    const result = layout(sample);
    expect(result.rate.points.map((p) => p.cycleId)).toEqual(['2019', '2021', '2022']);
    expect(result.rate.path.match(/M/g)).toHaveLength(2);
    expect(result.threshold.path.match(/M/g)).toHaveLength(1);
    expect(result.threshold.isolated).toEqual([]);
  });

  it('the threshold and the rate are labelled at their ends, without overlapping', () => {
    const result = layout(history(point('2022', 0.66, 0.65)));
    expect(result.rate.label.lines).toEqual(['This factory 66.0%']);
    expect(result.threshold.label?.lines).toEqual(['Threshold 65.0%']);
    expect(Math.abs(result.rate.label.y - (result.threshold.label?.y ?? 0))).toBeGreaterThanOrEqual(
      18,
    );
  });

  it('a single eligible cycle is a valid chart, its threshold drawn as a dash', () => {
    const result = layout(history(point('2022', 0.4, 0.65, true)));
    expect(result.rate.points).toHaveLength(1);
    expect(result.threshold.isolated).toHaveLength(1);
    expect(result.rate.points[0]?.x).toBeCloseTo(result.plot.x + result.plot.width / 2, 6);
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
  });

  it.each([
    ['no cycle', history()],
    ['no rate in any cycle', history(point('2022', null, 0.6))],
  ])('%s gives a typed no-data result', (_name, input) => {
    expect(layoutRateHistory(input)).toMatchObject({ kind: 'no-data', reason: 'no-values' });
  });
});

describe('rate-history table and takeaway', () => {
  it('the table lists the cycles in the population only', () => {
    expect(rateHistoryTable(sample).rows).toEqual([
      ['2019', 'Cycle 2019', 0.5, 0.6, 'yes'],
      ['2021', 'Cycle 2021', 0.75, 0.61, 'no'],
      ['2022', 'Cycle 2022', 0.9, 0.65, 'no'],
    ]);
  });

  it.each([
    [
      sample,
      'Alpha Demo had a compliance rate of 90.0% in Cycle 2022, against a threshold of 65.0%, and was on the low-compliance list in 1 of its 3 cycles in the population.',
    ],
    [
      history(point('2022', 0.4, 0.65, true)),
      'Alpha Demo had a compliance rate of 40.0% in Cycle 2022, against a threshold of 65.0%.',
    ],
    [history(), 'Alpha Demo has not been in the low-compliance population.'],
  ])('takeaway %#', (input, sentence) => {
    expect(describeRateHistory(input)).toBe(sentence);
  });
});
