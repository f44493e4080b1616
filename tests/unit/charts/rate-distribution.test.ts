import { describe, expect, it } from 'vitest';
import {
  binRates,
  describeRateDistribution,
  DOT_LIMIT,
  ROW_LIMIT,
  layoutRateDistribution,
  packRates,
  rateDistributionTable,
  type RateDistributionData,
  type RatedFactory,
} from '../../../src/charts/rate-distribution';
import { drawRateDistribution } from '../../../src/charts/draw-rate-distribution';

let serial = 0;
const f = (rate: number, below = false) => {
  serial += 1;
  const id = `KH-${String(serial).padStart(3, '0')}`;
  return { id, name: `Factory ${id}`, rate, below };
};

function dist(
  factories: RatedFactory[],
  mean: number | null = 0.85,
  threshold: number | null = 0.6,
): RateDistributionData {
  return {
    locale: 'en',
    cycleId: '2023',
    cycleLabel: 'Year 2023',
    ...packRates(factories),
    mean,
    threshold,
    binWidth: 0.05,
  };
}

function layout(input: RateDistributionData) {
  const result = layoutRateDistribution(input);
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

  it('every factory of the population is a dot at its rate, those on the list on top', () => {
    const result = layout(sample);
    expect(result.strip.dots).toHaveLength(10);
    expect(result.strip.dots.slice(-3).every((d) => d.below)).toBe(true);
    const at = (value: number) => (value - 0.3) / 0.7;
    expect(result.strip.dots.map((d) => d.x).sort()).toEqual(
      [0.3, 0.52, 0.55, 0.7, 0.8, 0.82, 0.9, 0.91, 0.93, 1].map((r) => expect.closeTo(at(r), 6)),
    );
    for (const dot of result.strip.dots) {
      expect(dot.y).toBeGreaterThanOrEqual(result.strip.top);
      expect(dot.y).toBeLessThanOrEqual(result.strip.top + result.strip.height);
    }
  });

  it('each listed factory has a row of its own, named, with its rate, lowest first', () => {
    const result = layout(sample);
    expect(result.belowCount).toBe(3);
    expect(result.population).toBe(10);
    expect(result.listedHeading?.lines.join(' ')).toBe(
      'Below the threshold (on the list): 3 factories',
    );
    const rows = result.rows.map((r) => r.label.lines.join(' '));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^Factory KH-\d{3} 30\.0%$/);
    expect(rows[2]).toMatch(/55\.0%$/);
    expect(result.rows[0]?.href).toMatch(/^\/factories\/KH-\d{3}\/$/);
    const ys = result.rows.map((r) => r.dotY);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(result.plotHeight).toBeGreaterThan(ys.at(-1) ?? 0);
  });

  it('the flag comes from the scorer: a rate on the threshold that the scorer did not list has no row', () => {
    const result = layout(dist([f(0.6, false), f(0.9)], 0.75, 0.6));
    expect(result.belowCount).toBe(0);
    expect(result.rows).toEqual([]);
    expect(result.listedHeading).toBeNull();
  });

  it('mean and threshold are marked on the x scale, with labels', () => {
    const result = layout(sample);
    expect(result.threshold?.label.text).toBe('Threshold 60.0%');
    expect(result.mean?.label.text).toBe('Mean 85.0%');
    const at = (value: number) => (value - 0.3) / 0.7;
    expect(result.threshold?.x).toBeCloseTo(at(0.6), 6);
    expect(result.mean?.x).toBeCloseTo(at(0.85), 6);
    // Each label reads away from the nearer edge of the chart.
    expect(result.threshold?.label.anchor).toBe('start');
    expect(result.mean?.label.anchor).toBe('end');
  });

  it('a rate just below the threshold is told apart by its digits', () => {
    const result = layout(dist([f(0.6923, true), f(0.9)], 0.8, 0.6924));
    expect(result.threshold?.label.text).toBe('Threshold 69.24%');
    expect(result.rows[0]?.label.lines.join(' ')).toMatch(/ 69\.23%$/);
  });

  it('the axis starts at the round ten below the lowest rate and ends at 100%', () => {
    const result = layout(dist([f(0.47), f(0.9)], 0.7, 0.55));
    expect(result.ticks[0]?.label).toBe('40%');
    expect(result.ticks[0]?.at).toBe(0);
    expect(result.ticks.at(-1)?.label).toBe('100%');
    expect(result.ticks.at(-1)?.at).toBe(1);
    expect(result.ticks.at(-1)?.className).toBeUndefined();
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
    expect(result.strip.dots.length).toBeGreaterThan(0);
  });

  it('without a threshold nothing is marked', () => {
    const result = layout(dist([f(0.5), f(0.9)], null, null));
    expect(result.threshold).toBeNull();
    expect(result.mean).toBeNull();
  });
});

describe('rate-distribution drawing', () => {
  it('sets every label above the strip and the rows on a band of the page’s colour, so no line runs through its letters', () => {
    const svg = drawRateDistribution(
      { id: 'rate-distribution-2023' },
      dist([f(0.3, true), f(0.55, true), f(0.8), f(0.9), f(1)]),
    );
    const labels = [...svg.matchAll(/<text\b[^>]*>(?:(?!<\/text>).)*<\/text>/gs)].map((m) => m[0]);
    const named = (words: string) => labels.filter((label) => label.includes(words));
    for (const words of [
      'Threshold',
      'Mean',
      'Each dot is one factory',
      'Below the threshold',
      'Factory KH-',
    ]) {
      expect(named(words).length, words).toBeGreaterThan(0);
      for (const label of named(words)) {
        expect(label, words).toMatch(/paint-order="stroke"/);
        expect(label, words).toMatch(/stroke-width="6"/);
      }
    }
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

describe('a registry of tens of thousands', () => {
  /** Rates spread over 40–100 %, the lowest tenth below the threshold, the same on every run. */
  const population = (count: number) =>
    Array.from({ length: count }, (_, i) => {
      const rate = 0.4 + 0.6 * ((i * 0.7548776662466927) % 1);
      return f(rate, rate < 0.46);
    });

  it.each([
    { count: DOT_LIMIT, merged: false },
    { count: DOT_LIMIT + 1, merged: true },
    { count: 20_000, merged: true },
  ])('$count factories: one dot each up to the limit, merged above it', ({ count, merged }) => {
    const result = layout(dist(population(count)));
    expect(result.population).toBe(count);
    if (!merged) {
      expect(result.strip.dots).toHaveLength(count);
      expect(result.strip.caption.lines.join(' ')).toContain('Each dot is one factory of the');
      return;
    }
    // Never more dots than spots, wherever the rates fall; both kinds of dot still drawn.
    expect(result.strip.dots.length).toBeLessThanOrEqual(2 * 201 * 4);
    expect(result.strip.dots.some((d) => d.below)).toBe(true);
    expect(result.strip.dots.some((d) => !d.below)).toBe(true);
    expect(result.strip.caption.lines.join(' ')).toContain('or more at nearly the same rate');
    // Every dot stays inside the strip and the axis.
    for (const dot of result.strip.dots) {
      expect(dot.x).toBeGreaterThanOrEqual(0);
      expect(dot.x).toBeLessThanOrEqual(1);
      expect(dot.y).toBeGreaterThan(result.strip.top);
      expect(dot.y).toBeLessThan(result.strip.top + result.strip.height);
    }
  });

  it('names the lowest listed factories, says how many more, and counts every one', () => {
    const factories = population(20_000);
    const listed = factories.filter((x) => x.below);
    expect(listed.length).toBeGreaterThan(ROW_LIMIT);
    const result = layout(dist(factories));
    expect(result.belowCount).toBe(listed.length);
    expect(result.rows).toHaveLength(ROW_LIMIT);
    const lowest = [...listed].sort((a, b) => a.rate - b.rate).slice(0, ROW_LIMIT);
    expect(result.rows.map((r) => r.id)).toEqual(lowest.map((x) => x.id));
    const heading = result.listedHeading?.lines.join(' ') ?? '';
    expect(heading).toContain(`the ${ROW_LIMIT} lowest are named here`);
    expect(heading).toContain(listed.length.toLocaleString('en'));
  });
});
