import { describe, expect, it } from 'vitest';
import {
  binRates,
  describeRateDistribution,
  layoutRateDistribution,
  rateDistributionTable,
  type RateDistributionData,
} from '../../../src/charts/rate-distribution';

const f = (rate: number, below = false) => ({ rate, below });

function dist(
  factories: { rate: number; below: boolean }[],
  mean: number | null = 0.85,
  threshold: number | null = 0.6,
): RateDistributionData {
  return {
    locale: 'en',
    cycleId: '2023',
    cycleLabel: 'Year 2023',
    factories,
    mean,
    threshold,
    binWidth: 0.05,
  };
}

function layout(input: RateDistributionData) {
  const result = layoutRateDistribution(input, { width: 680 });
  if (result.kind !== 'rate-distribution') throw new Error(`no chart: ${result.reason}`);
  return result;
}

describe('binRates', () => {
  it.each([
    { name: 'empty', rates: [] as number[] },
    { name: 'one factory', rates: [0.5] },
    { name: 'all at 100%', rates: [1, 1, 1] },
    { name: 'spread', rates: [0, 0.05, 0.1, 0.33, 0.5, 0.85, 17 / 20, 34 / 40, 0.99, 1] },
  ])('$name: 20 bins whose counts sum to the population', ({ rates }) => {
    const bins = binRates(rates.map((r) => f(r)));
    expect(bins).toHaveLength(20);
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(rates.length);
  });

  it.each([
    { rate: 0, bin: 0 },
    { rate: 0.049999, bin: 0 },
    { rate: 0.05, bin: 1 },
    { rate: 17 / 20, bin: 17 },
    { rate: 34 / 40, bin: 17 },
    { rate: 0.95, bin: 19 },
    { rate: 1, bin: 19 },
  ])(
    'a rate of $rate is in bin $bin (lower bound inclusive, 100% in the last bin)',
    ({ rate, bin }) => {
      const bins = binRates([f(rate)]);
      expect(bins.findIndex((b) => b.count === 1)).toBe(bin);
    },
  );

  it('bins count the factories flagged below the threshold', () => {
    const bins = binRates([f(0.41, true), f(0.42, true), f(0.43), f(0.9)]);
    expect(bins[8]).toEqual({ x0: 0.4, x1: 0.45, count: 3, below: 2 });
  });
});

describe('rate-distribution layout', () => {
  const sample = dist([
    f(0.3, true),
    f(0.52, true),
    f(0.55, true),
    f(0.7),
    f(0.8),
    f(0.82),
    f(0.9),
    f(0.91),
    f(0.93),
    f(1),
  ]);

  it('bar heights are proportional to counts, the hatched part to those below the threshold', () => {
    const result = layout(sample);
    const bottom = result.plot.y + result.plot.height;
    const unit = (bottom - (result.bars.find((b) => b.count === 3)?.y ?? 0)) / 3;
    for (const bar of result.bars) {
      expect(bottom - bar.y).toBeCloseTo(bar.count * unit, 6);
      expect(bar.belowHeight).toBeCloseTo(bar.below * unit, 6);
      expect(bar.belowHeight + bar.restHeight).toBeCloseTo(bar.count * unit, 6);
    }
  });

  it('the factories below the threshold are counted in words', () => {
    const result = layout(sample);
    expect(result.belowCount).toBe(3);
    expect(result.population).toBe(10);
    expect(result.legend.below.lines[0]).toBe('Below the threshold (on the list): 3 factories');
    expect(result.legend.rest.lines[0]).toBe('At or above the threshold: 7 factories');
    expect(layout(dist([f(0.2, true), f(0.9)])).legend.below.lines[0]).toContain('1 factory');
  });

  it('the flag comes from the scorer: a rate on the threshold that the scorer did not list is not hatched', () => {
    const result = layout(dist([f(0.6, false), f(0.9)], 0.75, 0.6));
    expect(result.belowCount).toBe(0);
    expect(result.bars.every((b) => b.belowHeight === 0)).toBe(true);
  });

  it('mean and threshold are marked on the x scale, with labels', () => {
    const result = layout(sample);
    expect(result.threshold?.label.lines).toEqual(['Threshold 60.0%']);
    expect(result.mean?.label.lines).toEqual(['Mean 85.0%']);
    expect(result.threshold?.x).toBeLessThan(result.mean?.x ?? 0);
    expect(result.belowBand?.width).toBeCloseTo((result.threshold?.x ?? 0) - result.plot.x, 6);
    const at = (value: number) => result.plot.x + ((value - 0.3) / 0.7) * result.plot.width;
    expect(result.threshold?.x).toBeCloseTo(at(0.6), 6);
    expect(result.mean?.x).toBeCloseTo(at(0.85), 6);
  });

  it('the axis starts at the round ten below the lowest rate and ends at 100%', () => {
    const result = layout(dist([f(0.47), f(0.9)], 0.7, 0.55));
    expect(result.bars[0]?.x0).toBe(0.4);
    expect(result.bars.at(-1)?.x1).toBe(1);
    expect(result.xTicks[0]?.label).toBe('40%');
    expect(result.xTicks.at(-1)?.label).toBe('100%');
  });

  it('an empty population gives a typed no-data result', () => {
    expect(layoutRateDistribution(dist([]))).toMatchObject({
      kind: 'no-data',
      reason: 'empty-population',
    });
  });

  it.each([
    ['one factory', dist([f(0.8)], 0.8, 0.8)],
    ['every factory at 100%', dist([f(1), f(1)], 1, 1)],
    ['no threshold', dist([f(0.5), f(0.9)], null, null)],
    ['a negative threshold', dist([f(0.1), f(1)], 0.55, -0.35)],
  ])('%s: a valid chart without NaN', (_name, input) => {
    const result = layout(input);
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
    expect(result.bars.length).toBeGreaterThan(0);
  });

  it('without a threshold nothing is marked', () => {
    const result = layout(dist([f(0.5), f(0.9)], null, null));
    expect(result.threshold).toBeNull();
    expect(result.mean).toBeNull();
    expect(result.belowBand).toBeNull();
  });
});

describe('rate-distribution table and takeaway', () => {
  it('the table lists every bin with its count and those below the threshold', () => {
    const table = rateDistributionTable(dist([f(0.41, true), f(0.9), f(1)]));
    expect(table.rows).toHaveLength(20);
    expect(table.rows[8]).toEqual([0.4, 0.45, 1, 1]);
    expect(table.rows[19]).toEqual([0.95, 1, 1, 0]);
  });

  it('the takeaway states the count below the threshold, the threshold and the mean', () => {
    expect(describeRateDistribution(dist([f(0.41, true), f(0.9), f(1)], 0.77, 0.5))).toBe(
      'In Year 2023, 1 of the 3 factories in the low-compliance population had a compliance rate below the threshold of 50.0% (mean 77.0%): that is what puts a factory on the list.',
    );
  });
});
