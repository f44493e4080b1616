/**
 * What the two line charts over cycles share: the proportional time axis below, percentage
 * gridlines at the left, and lines drawn as segments between neighbouring points (percentages
 * across the plot cannot be written in a path), broken where a point is missing.
 */
import { pct, h, text } from './svg';
import type { TimeAxis } from './time-axis';
import { COLOURS, FONT } from './theme';
import type { Tick } from './types';

export interface PlotPoint {
  /** Across the plot, 0 to 1. */
  x: number;
  /** Down from the top of the plot, in pixels. */
  y: number;
}

/** Pairs of neighbouring points that both exist: a missing point breaks the line. */
export function segmentsOf<P extends PlotPoint>(points: ReadonlyArray<P | null>): Array<[P, P]> {
  const pairs: Array<[P, P]> = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) pairs.push([a, b]);
  }
  return pairs;
}

export const drawSegments = (pairs: ReadonlyArray<[PlotPoint, PlotPoint]>) =>
  pairs.map(([a, b]) => h('line', { x1: pct(a.x), y1: a.y, x2: pct(b.x), y2: b.y })).join('');

/** Horizontal gridlines across the plot with their values in the left margin. */
export function drawYGrid(ticks: readonly Tick[]): string {
  return (
    h(
      'g',
      { stroke: COLOURS.grid },
      ...ticks.map((tick) => h('line', { x1: 0, x2: '100%', y1: tick.at, y2: tick.at })),
    ) +
    h(
      'g',
      { 'font-size': FONT.small, fill: COLOURS.muted, 'text-anchor': 'end' },
      ...ticks.map((tick) => h('text', { x: -8, y: tick.at + 4 }, text(tick.label))),
    )
  );
}

/** The baseline, a tick at each new year, and the years' labels under them. */
export function drawTimeAxis(axis: TimeAxis, plotHeight: number): string {
  return (
    h('line', { x1: 0, x2: '100%', y1: plotHeight, y2: plotHeight, stroke: COLOURS.axis }) +
    h(
      'g',
      { stroke: COLOURS.axis },
      ...axis.ticks.map((tick) =>
        h('line', { x1: pct(tick.at), x2: pct(tick.at), y1: plotHeight, y2: plotHeight + 6 }),
      ),
    ) +
    h(
      'g',
      { 'font-size': FONT.small, fill: COLOURS.muted, 'text-anchor': 'middle' },
      ...axis.labels.map((label) =>
        h('text', { x: pct(label.at), y: plotHeight + 18, class: label.className }, label.text),
      ),
    )
  );
}

/** Lines of text in the right margin, starting `gap` pixels right of the plot. */
export function drawEndLabel(
  lines: readonly string[],
  firstBaseline: number,
  attrs: Record<string, string | number>,
  lineHeight = 15,
  gap = 10,
): string {
  return h(
    'text',
    { y: firstBaseline, ...attrs },
    ...lines.map((line, i) =>
      h('tspan', { x: '100%', dx: gap, dy: i === 0 ? undefined : lineHeight }, text(line)),
    ),
  );
}
