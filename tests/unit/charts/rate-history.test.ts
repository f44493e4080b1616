import { describe, expect, it } from 'vitest';
import {
  describeRateHistory,
  layoutRateHistory,
  rateHistoryTable,
  type RateHistoryData,
  type RateHistoryPoint,
} from '../../../src/charts/rate-history';
import { drawRateHistory } from '../../../src/charts/draw-rate-history';
import { estimateTextWidth } from '../../../src/charts/text';
import { t } from '../../../src/i18n';
import { LOCALES } from '../../../src/i18n/locales';

const point = (
  cycleId: string,
  rate: number | null,
  threshold: number | null,
  listed = false,
): RateHistoryPoint => ({
  cycleId,
  label: `Cycle ${cycleId}`,
  periodStart: `${cycleId}-01-01`,
  periodEnd: `${cycleId}-12-31`,
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
  const result = layoutRateHistory(input);
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
    expect(result.yTicks[0]).toMatchObject({ at: result.plotHeight, label: '0%' });
    expect(result.yTicks.at(-1)).toMatchObject({ at: 0, label: '100%' });
  });

  it.each([
    ['2019', 0.5, true],
    ['2021', 0.75, false],
    ['2022', 0.9, false],
  ])('%s: rate %d at its height, on the list: %s', (cycleId, rate, listed) => {
    const result = layout(sample);
    const p = result.rate.points.find((q) => q.cycleId === cycleId);
    expect(p?.y).toBeCloseTo(result.plotHeight * (1 - rate), 6);
    expect(p?.listed).toBe(listed);
  });

  it('cycles stand at the middle of their years, in proportion to time', () => {
    const xs = layout(sample).rate.points.map((p) => p.x);
    expect(xs).toEqual([0.125, 0.625, 0.875].map((x) => expect.closeTo(x, 2)));
  });

  it('a cycle out of the population breaks the rate line but not the threshold line', () => {
    const result = layout(sample);
    expect(result.rate.points.map((p) => p.cycleId)).toEqual(['2019', '2021', '2022']);
    expect(result.rate.segments).toHaveLength(1);
    expect(result.threshold.segments).toHaveLength(3);
    expect(result.threshold.isolated).toEqual([]);
  });

  it('the threshold and the rate are labelled at their ends, without overlapping', () => {
    const result = layout(history(point('2022', 0.66, 0.65)));
    expect(result.words.rate.lines).toEqual(['This factory', '66.0%']);
    expect(result.words.threshold?.lines).toEqual(['Threshold', '65.0%']);
    expect(Math.abs(result.words.rate.y - (result.words.threshold?.y ?? 0))).toBeGreaterThanOrEqual(
      2 * 15,
    );
  });

  it('a rate just below the threshold is shown with the digits that tell them apart', () => {
    const result = layout(history(point('2022', 0.6923, 0.6924, true)));
    expect(result.words.rate.lines[1]).toBe('69.23%');
    expect(result.words.threshold?.lines[1]).toBe('69.24%');
  });

  it('the right margin holds the end labels of every language', () => {
    const margins = LOCALES.map((locale) => layout({ ...sample, locale }).margins);
    expect(new Set(margins.map((m) => JSON.stringify(m))).size).toBe(1);
    for (const locale of LOCALES) {
      for (const key of ['chart.history.rateWord', 'chart.history.thresholdWord'] as const) {
        expect(estimateTextWidth(t(locale, key), 13)).toBeLessThan(margins[0]?.right ?? 0);
      }
    }
  });

  it('a single eligible cycle is a valid chart, its threshold drawn as a dash', () => {
    const result = layout(history(point('2022', 0.4, 0.65, true)));
    expect(result.rate.points).toHaveLength(1);
    expect(result.threshold.isolated).toHaveLength(1);
    expect(result.rate.points[0]?.x).toBeCloseTo(0.5, 2);
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
  });

  it.each([
    ['no cycle', history()],
    ['no rate in any cycle', history(point('2022', null, 0.6))],
  ])('%s gives a typed no-data result', (_name, input) => {
    expect(layoutRateHistory(input)).toMatchObject({ kind: 'no-data', reason: 'no-values' });
  });
});

describe('rate-history drawing', () => {
  const frame = { id: 'factory-kh-1-rate' };
  /** The drawing without its words: what must not depend on the page's language. */
  const geometry = (svg: string) => svg.replace(/>[^<]+</g, '><');

  it('the drawing is the same in the three languages but for its words', () => {
    const drawn = LOCALES.map((locale) => drawRateHistory(frame, { ...sample, locale }));
    expect(new Set(drawn.map(geometry)).size).toBe(1);
    expect(new Set(drawn).size).toBe(3);
  });

  it('is an accessible image that stretches to its column', () => {
    const svg = drawRateHistory(frame, sample);
    expect(svg).toMatch(
      /^<svg [^>]*role="img"[^>]*aria-labelledby="factory-kh-1-rate-name factory-kh-1-rate-caption"/,
    );
    // Its box is the column's (.chart-svg), never scaled: the text keeps its size. Only the
    // lines' own box is stretched across the plot, and it holds no text.
    expect(svg).toMatch(/^<svg [^>]*class="chart-svg"/);
    expect(svg.slice(0, svg.indexOf('>'))).not.toContain('viewBox');
    const stretched = [...svg.matchAll(/<svg viewBox="0 0 100 220"[^>]*>(.*?)<\/svg>/g)];
    expect(stretched).toHaveLength(2);
    for (const [, inside = ''] of stretched) {
      expect(inside).toMatch(/^(<path [^>]*vector-effect="non-scaling-stroke"[^>]*\/>)+$/);
    }
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
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

  it('shows a rate with the decimals that tell it from its own cycle’s threshold', () => {
    const close = history(
      point('2019', 0.673077, 0.673051, false),
      point('2020', 0.6923, 0.6924, true),
      point('2021', 0.75, 0.61),
      point('2022', 0.8, null),
    );
    const table = rateHistoryTable(close);
    expect(table.percentDigits).toEqual([3, 2, 1, 1]);
    const digitsOf = (row: number) => table.percentDigits?.[row] ?? 1;
    const read = (row: number, column: number) =>
      `${(Number(table.rows[row]?.[column]) * 100).toFixed(digitsOf(row))}%`;
    expect([read(0, 2), read(0, 3)]).toEqual(['67.308%', '67.305%']);
    expect([read(1, 2), read(1, 3)]).toEqual(['69.23%', '69.24%']);
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
