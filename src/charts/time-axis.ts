/**
 * A proportional time axis over assessment cycles: a cycle sits at the middle of its period, a
 * half-year takes half a year's width, and a year without a cycle leaves its gap. The axis runs
 * over whole calendar years; each year's label stands under the middle of the year, and a dense
 * axis labels every 2nd, 4th, 8th… year (counted back from the last, which is always labelled)
 * until the chart is wide enough for more. The steps divide each other, so the labels of a wider
 * chart only ever add to those of a narrower one.
 */
import { widthClass } from './fluid';
import { estimateTextWidth } from './text';
import { FONT } from './theme';

export interface TimedCycle {
  id: string;
  periodStart: string;
  periodEnd: string;
}

export interface TimeTick {
  /** Position across the plot, 0 to 1. */
  at: number;
}

export interface TimeLabel extends TimeTick {
  text: string;
  /** Class that hides the label on charts too narrow for it (see fluid.ts). */
  className: string | undefined;
}

export interface TimeAxis {
  /** Position of a cycle across the plot, 0 to 1. */
  of: (cycleId: string) => number;
  /** Year boundaries. */
  ticks: TimeTick[];
  labels: TimeLabel[];
}

const DAY = 86_400_000;
const dayOf = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY;
const yearStart = (year: number) => Date.UTC(year, 0, 1) / DAY;
const LABEL_GAP = 10;
const STEPS = [1, 2, 4, 8, 16, 32, 64];

/**
 * The axis for cycles in chronological order, in a chart whose margins take `margin` pixels of
 * its width (the label thinning depends on the width left for the plot).
 */
export function layoutTimeAxis(cycles: readonly TimedCycle[], margin: number): TimeAxis {
  const starts = cycles.map((c) => dayOf(c.periodStart)).filter(Number.isFinite);
  const ends = cycles.map((c) => dayOf(c.periodEnd)).filter(Number.isFinite);
  const firstYear = new Date(Math.min(...starts) * DAY).getUTCFullYear();
  const lastYear = new Date(Math.max(...ends) * DAY).getUTCFullYear();
  const from = yearStart(firstYear);
  const span = yearStart(lastYear + 1) - from;
  const at = (day: number) => (day - from) / span;
  const middles = new Map(
    cycles.map((c) => [c.id, at((dayOf(c.periodStart) + dayOf(c.periodEnd) + 1) / 2)]),
  );

  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const labelWidth = estimateTextWidth(String(lastYear), FONT.small) + LABEL_GAP;
  /** The chart width at which labels every `step` years do not touch. */
  const widthFor = (step: number) => margin + (labelWidth * years.length) / step;
  const labels = years.flatMap((year): TimeLabel[] => {
    // The coarsest step that shows this year decides when it appears; the last year always shows.
    const coarsest = STEPS.filter((s) => (lastYear - year) % s === 0).at(-1) ?? 1;
    const className = widthClass(year === lastYear ? 0 : Math.ceil(widthFor(coarsest)));
    if (className === null) return [];
    const middle = at((yearStart(year) + yearStart(year + 1)) / 2);
    return [{ at: middle, text: String(year), className }];
  });
  return {
    of: (id) => middles.get(id) ?? 0,
    ticks: years.slice(1).map((year) => ({ at: at(yearStart(year)) })),
    labels,
  };
}
