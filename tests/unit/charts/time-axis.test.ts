import { describe, expect, it } from 'vitest';
import { thinTicks, WIDTH_STEPS, widthClass } from '../../../src/charts/fluid';
import { estimateTextWidth } from '../../../src/charts/text';
import { layoutTimeAxis, type TimedCycle } from '../../../src/charts/time-axis';

const half = (year: number, h: 1 | 2): TimedCycle => ({
  id: `${year}-H${h}`,
  periodStart: h === 1 ? `${year}-01-01` : `${year}-07-01`,
  periodEnd: h === 1 ? `${year}-06-30` : `${year}-12-31`,
});
const whole = (year: number): TimedCycle => ({
  id: String(year),
  periodStart: `${year}-01-01`,
  periodEnd: `${year}-12-31`,
});

/** Half-years 2014–2017, then whole years 2018–2023 without 2020: the demo's kind of history. */
const mixed = [
  ...[2014, 2015, 2016, 2017].flatMap((y) => [half(y, 1), half(y, 2)]),
  whole(2018),
  whole(2019),
  whole(2021),
  whole(2022),
  whole(2023),
];

/** The classes a chart of this width hides (see ChartFigure's container queries). */
const hiddenAt = (width: number) =>
  new Set(WIDTH_STEPS.filter((step) => step > width).map((step) => `w${step}`));

describe('a proportional time axis', () => {
  const axis = layoutTimeAxis(mixed, 100);
  const span = 2024 - 2014;

  it('a half-year takes half the width of a year', () => {
    const halfYear = axis.of('2014-H2') - axis.of('2014-H1');
    const year = axis.of('2019') - axis.of('2018');
    expect(halfYear * 2).toBeCloseTo(year, 2);
    expect(year).toBeCloseTo(1 / span, 2);
  });

  it('a year without a cycle leaves its gap', () => {
    expect(axis.of('2021') - axis.of('2019')).toBeCloseTo(2 / span, 2);
  });

  it('a cycle sits at the middle of its period, inside the axis', () => {
    expect(axis.of('2014-H1')).toBeCloseTo(0.25 / span, 2);
    expect(axis.of('2023')).toBeCloseTo(1 - 0.5 / span, 2);
  });

  it('a tick at each new year, each year labelled under its middle', () => {
    expect(axis.ticks).toHaveLength(span - 1);
    expect(axis.labels.map((l) => l.text).at(-1)).toBe('2023');
    expect(axis.labels.find((l) => l.text === '2018')?.at).toBeCloseTo(axis.of('2018'), 2);
  });

  it.each([320, 360, 480, 640, 800, 1152])(
    'at %i px the labels shown never touch, and the last year is always shown',
    (width) => {
      const hidden = hiddenAt(width);
      const shown = axis.labels.filter((l) => !l.className || !hidden.has(l.className));
      expect(shown.at(-1)?.text).toBe('2023');
      const plot = width - 100;
      const labelWidth = estimateTextWidth('2023', 12);
      for (let i = 1; i < shown.length; i++) {
        expect(((shown[i]?.at ?? 0) - (shown[i - 1]?.at ?? 0)) * plot).toBeGreaterThan(labelWidth);
      }
    },
  );

  it('a wide chart labels every year', () => {
    expect(axis.labels.filter((l) => !hiddenAt(1152).has(l.className ?? ''))).toHaveLength(span);
  });

  it('a single cycle is one point in the middle of its year', () => {
    const one = layoutTimeAxis([whole(2020)], 100);
    expect(one.of('2020')).toBeCloseTo(0.5, 2);
    expect(one.ticks).toEqual([]);
    expect(one.labels.map((l) => l.text)).toEqual(['2020']);
  });
});

describe('widthClass', () => {
  it.each([
    { width: 0, expected: undefined },
    { width: 320, expected: undefined },
    { width: 321, expected: 'w400' },
    { width: 480, expected: 'w480' },
    { width: 1000, expected: 'w1120' },
    { width: 5000, expected: null },
  ])('a label that needs $width px: $expected', ({ width, expected }) => {
    expect(widthClass(width)).toBe(expected);
  });
});

describe('thinTicks', () => {
  const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((at) => ({ at, label: `${at * 100}%` }));

  it('the last label always shows; the others show in two steps, every other one first', () => {
    const thinned = thinTicks(ticks, 40);
    expect(thinned.at(-1)?.className).toBeUndefined();
    const every = thinned.filter((_, i) => (ticks.length - 1 - i) % 2 === 0);
    const rest = thinned.filter((_, i) => (ticks.length - 1 - i) % 2 === 1);
    expect(new Set(every.map((t) => t.className)).size).toBe(1);
    expect(new Set(rest.map((t) => t.className)).size).toBe(1);
    const step = (className: string | undefined) => Number(className?.slice(1) ?? 0);
    expect(step(rest[0]?.className)).toBeGreaterThanOrEqual(step(every[0]?.className));
  });

  it('a wide margin asks for a wider chart before the labels show', () => {
    const step = (margin: number) => Number(thinTicks(ticks, margin)[0]?.className?.slice(1) ?? 0);
    expect(step(400)).toBeGreaterThan(step(40));
  });
});
