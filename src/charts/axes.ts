import { precisionFixed, type ScaleLinear } from 'd3';
import { formatPercent, type Locale } from '../i18n';
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
