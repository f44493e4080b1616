import { describe, expect, it } from 'vitest';
import {
  describeFullComplianceTrend,
  describeRequirementTrend,
  layoutShareTrend,
  shareTrendTable,
  type ShareTrendData,
} from '../../../src/charts/share-trend';
import { estimateTextWidth } from '../../../src/charts/text';

const cycle = (id: string, total: number) => ({
  id,
  label: `Cycle ${id}`,
  periodStart: `${id}-01-01`,
  periodEnd: `${id}-12-31`,
  total,
});

function trend(totals: number[], ...series: (number | null)[][]): ShareTrendData {
  return {
    locale: 'en',
    cycles: totals.map((total, i) => cycle(String(2010 + i), total)),
    series: series.map((counts, i) => ({ key: `s${i}`, label: `Series ${i}`, counts })),
  };
}

function layout(input: ShareTrendData) {
  const result = layoutShareTrend(input);
  if (result.kind !== 'share-trend') throw new Error(`no chart: ${result.reason}`);
  return result;
}

describe('share-trend layout', () => {
  it('the y scale maps 0 to the bottom of the plot and shares linearly above it', () => {
    const result = layout(trend([10, 10, 10], [0, 2, 4]));
    const [p0, p1, p2] = result.series[0]?.points ?? [];
    const bottom = result.plotHeight;
    expect(p0?.y).toBeCloseTo(bottom, 6);
    expect(bottom - (p2?.y ?? 0)).toBeCloseTo(2 * (bottom - (p1?.y ?? 0)), 6);
    expect(result.yTicks[0]).toMatchObject({ at: bottom, label: '0%' });
    expect(result.yTicks.at(-1)?.at).toBeCloseTo(0, 6);
  });

  it('points run left to right inside the plot, one per cycle', () => {
    const result = layout(trend([10, 20, 30, 40], [1, 2, 3, 4]));
    const xs = result.series[0]?.points.map((p) => p.x) ?? [];
    expect(xs).toHaveLength(4);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(xs[0]).toBeGreaterThan(0);
    expect(xs.at(-1)).toBeLessThan(1);
  });

  it('a cycle without published factories breaks the line instead of plotting zero', () => {
    const result = layout(trend([10, 0, 10], [5, 0, 5]));
    expect(result.series[0]?.points.map((p) => p.cycleId)).toEqual(['2010', '2012']);
    expect(result.series[0]?.segments).toEqual([]);
  });

  it('a single cycle gives one point in the middle of the plot', () => {
    const result = layout(trend([8], [2]));
    const point = result.series[0]?.points[0];
    expect(point?.x).toBeCloseTo(0.5, 6);
    expect(point?.share).toBe(0.25);
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
  });

  it.each([
    { name: 'no cycles', input: trend([], []), reason: 'no-cycles' },
    {
      name: 'no published factory in any cycle',
      input: trend([0, 0], [0, 0]),
      reason: 'no-values',
    },
    { name: 'no counts at all', input: trend([5, 5], [null, null]), reason: 'no-values' },
  ])('$name gives a typed no-data result', ({ input, reason }) => {
    expect(layoutShareTrend(input)).toMatchObject({ kind: 'no-data', reason });
  });

  it('each series has its own marker shape, and end labels that end together do not overlap', () => {
    const result = layout(trend([10, 10], [2, 5], [3, 5]));
    const [a, b] = result.series;
    expect(a?.symbol).not.toBe(b?.symbol);
    expect(a?.marker).not.toBe(b?.marker);
    expect(a?.colour).not.toBe(b?.colour);
    const height = (a?.endLabel.lines.length ?? 0) * 15;
    expect(Math.abs((a?.endLabel.y ?? 0) - (b?.endLabel.y ?? 0))).toBeGreaterThanOrEqual(height);
    expect(a?.endLabel.lines).toEqual(['Series 0', '50.0%']);
  });

  it('end labels fit in the right margin', () => {
    const result = layout(trend([10], [1]));
    const label = result.series[0]?.endLabel;
    const widest = Math.max(...(label?.lines ?? []).map((line) => estimateTextWidth(line, 13)));
    expect(10 + widest).toBeLessThanOrEqual(result.margins.right);
  });
});

describe('share-trend table and takeaways', () => {
  it('the table gives the denominator, the count and the share of every cycle', () => {
    const table = shareTrendTable(trend([10, 0, 20], [2, 0, 5]));
    expect(table.keys).toEqual(['cycle_id', 'cycle', 'published', 's0_count', 's0_share']);
    expect(table.rows).toEqual([
      ['2010', 'Cycle 2010', 10, 2, 0.2],
      ['2011', 'Cycle 2011', 0, 0, ''],
      ['2012', 'Cycle 2012', 20, 5, 0.25],
    ]);
  });

  it.each([
    [
      trend([10, 0, 20], [2, 0, 5]),
      'The share of published factories fully compliant on the critical issues went from 20.0% (2 of 10) in Cycle 2010 to 25.0% (5 of 20) in Cycle 2012.',
    ],
    [
      trend([4], [1]),
      'In Cycle 2010, 25.0% (1 of 4) of the published factories were fully compliant on the critical issues.',
    ],
    [trend([0], [0]), 'No factory has been published on the critical issues yet.'],
  ])('full compliance takeaway %#', (input, sentence) => {
    expect(describeFullComplianceTrend(input)).toBe(sentence);
  });

  it('requirement takeaway names the requirement', () => {
    expect(describeRequirementTrend(trend([10, 20], [1, 1]), 'CI15')).toBe(
      'The share of published factories non-compliant on CI15 went from 10.0% (1 of 10) in Cycle 2010 to 5.0% (1 of 20) in Cycle 2011.',
    );
  });
});
