import { line, precisionFixed, scalePoint, type ScaleLinear } from 'd3';
import { formatNumber, formatPercent, type Locale } from '../i18n';
import { estimateTextWidth } from './text';
import { FONT } from './theme';
import type { Tick } from './types';

/** Ticks of a scale over shares in [0, 1], labelled as percentages with as few decimals as the step needs. */
export function percentTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  locale: Locale,
): Tick[] {
  const values = scale.ticks(count);
  const step = values.length > 1 ? (values[1] ?? 0) - (values[0] ?? 0) : 1;
  const digits = Math.min(2, precisionFixed(step * 100));
  return values.map((value) => ({ at: scale(value), label: formatPercent(locale, value, digits) }));
}

/** Whole-number ticks of a count scale (no "2.5 factories"). */
export function countTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  locale: Locale,
): Tick[] {
  return scale
    .ticks(count)
    .filter((value) => Number.isInteger(value))
    .map((value) => ({ at: scale(value), label: formatNumber(locale, value) }));
}

/**
 * Which of n evenly spaced category labels to show so that labels `labelWidth` wide do not
 * touch: every k-th, counted back from the last so the latest cycle is always labelled.
 */
export function thinLabelIndices(
  n: number,
  spacing: number,
  labelWidth: number,
  gap = 10,
): number[] {
  if (n <= 0) return [];
  const every = spacing <= 0 ? n : Math.max(1, Math.ceil((labelWidth + gap) / spacing));
  const indices: number[] = [];
  for (let i = n - 1; i >= 0; i -= every) indices.unshift(i);
  return indices;
}

export interface DodgeItem {
  /** Preferred centre. */
  y: number;
  height: number;
}

/**
 * Moves labels apart vertically so none overlap, keeping each as close as it can to where it
 * wants to be, and all of them inside [min, max]. Returns the new centres in input order.
 */
export function dodgeLabels(items: readonly DodgeItem[], min: number, max: number): number[] {
  const order = items
    .map((item, index) => ({ at: item.y, height: item.height, index }))
    .sort((a, b) => a.at - b.at || a.index - b.index);
  let previous: (typeof order)[number] | undefined;
  for (const item of order) {
    const floor = previous
      ? previous.at + (previous.height + item.height) / 2
      : min + item.height / 2;
    item.at = Math.max(item.at, floor);
    previous = item;
  }
  let next: (typeof order)[number] | undefined;
  for (const item of [...order].reverse()) {
    const ceiling = next ? next.at - (next.height + item.height) / 2 : max - item.height / 2;
    item.at = Math.min(item.at, ceiling);
    next = item;
  }
  const centres = items.map((item) => item.y);
  for (const item of order) centres[item.index] = item.at;
  return centres;
}

/**
 * The horizontal axis of the charts over cycles: one evenly spaced point per cycle across the plot,
 * and a tick per cycle, labelled where the labels do not collide.
 */
export function layoutCycleAxis(
  cycles: ReadonlyArray<{ id: string; shortLabel: string }>,
  plot: { x: number; width: number },
): { xOf: (id: string) => number; ticks: Array<Tick & { labelled: boolean }> } {
  const x = scalePoint<string>()
    .domain(cycles.map((c) => c.id))
    .range([plot.x, plot.x + plot.width])
    .padding(0.3);
  const xOf = (id: string) => x(id) ?? plot.x;
  const labelWidth = Math.max(...cycles.map((c) => estimateTextWidth(c.shortLabel, FONT.small)));
  const shown = new Set(thinLabelIndices(cycles.length, x.step(), labelWidth));
  const ticks = cycles.map((c, i) => ({
    at: xOf(c.id),
    label: c.shortLabel,
    labelled: shown.has(i),
  }));
  return { xOf, ticks };
}

/**
 * The layout of a line chart over cycles: the plot area between the left and right margins, the
 * cycle axis across it, and a path drawer whose lines break where a point is missing.
 */
export function layoutCycleLinePlot(
  cycles: ReadonlyArray<{ id: string; shortLabel: string }>,
  box: { width: number; height: number; left: number; right: number; top: number; bottom: number },
): {
  plot: { x: number; y: number; width: number; height: number };
  xOf: (id: string) => number;
  ticks: Array<Tick & { labelled: boolean }>;
  path: (points: ReadonlyArray<{ x: number; y: number } | null>) => string;
} {
  const plot = {
    x: box.left,
    y: box.top,
    width: Math.max(40, box.width - box.left - box.right),
    height: box.height - box.top - box.bottom,
  };
  const { xOf, ticks } = layoutCycleAxis(cycles, plot);
  const draw = line<{ x: number; y: number } | null>()
    .digits(2)
    .defined((p) => p !== null)
    .x((p) => p?.x ?? 0)
    .y((p) => p?.y ?? 0);
  return { plot, xOf, ticks, path: (points) => draw([...points]) ?? '' };
}
