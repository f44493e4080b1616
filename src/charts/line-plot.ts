/**
 * What the two line charts over cycles share: the proportional time axis below, percentage
 * gridlines at the left, and lines through neighbouring points, broken where a point is missing.
 * Percentages across the plot cannot be written in a path, so lines, gridlines and ticks are
 * paths in a plot-sized SVG whose width is stretched to 100 units: their strokes keep their width
 * (non-scaling), and a path costs a fraction of a line element per segment. A downloaded chart
 * has them in pixels again (client/standalone.ts).
 */
import { pct, px, h, text, type Attrs } from './svg';
import type { TimeAxis } from './time-axis';
import { COLOURS, FONT } from './theme';
import type { Tick } from './types';

export interface PlotPoint {
  /** Across the plot, 0 to 1. */
  x: number;
  /** Down from the top of the plot, in pixels. */
  y: number;
}

/** A path across the plot (x in hundredths of its width, y in pixels down) and its paint. */
export interface PlotPath {
  d: string;
  attrs: Attrs;
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

/** Paths across the plot, in the order given; empty ones are left out. */
export function plotPaths(plotHeight: number, ...paths: PlotPath[]): string {
  const drawn = paths.filter((path) => path.d !== '');
  if (drawn.length === 0) return '';
  return h(
    'svg',
    {
      viewBox: `0 0 100 ${px(plotHeight)}`,
      preserveAspectRatio: 'none',
      overflow: 'visible',
      fill: 'none',
    },
    ...drawn.map(({ d, attrs }) =>
      h('path', { d, 'vector-effect': 'non-scaling-stroke', ...attrs }),
    ),
  );
}

const at = (p: PlotPoint) => `${px(p.x * 100)} ${px(p.y)}`;

/** A path through the pairs' points: one stroke where pairs meet, a new one after a gap. */
export function segmentsPath(pairs: ReadonlyArray<[PlotPoint, PlotPoint]>): string {
  let d = '';
  let last: PlotPoint | undefined;
  for (const [a, b] of pairs) {
    d += `${a === last ? '' : `M${at(a)}`}L${at(b)}`;
    last = b;
  }
  return d;
}

/** The gridlines across the plot, the baseline, and a tick under it at each new year. */
function gridPaths(yTicks: readonly Tick[], axis: TimeAxis, plotHeight: number): PlotPath[] {
  const base = px(plotHeight);
  return [
    { d: yTicks.map((tick) => `M0 ${px(tick.at)}H100`).join(''), attrs: { stroke: COLOURS.grid } },
    {
      d: `M0 ${base}H100${axis.ticks.map((tick) => `M${px(tick.at * 100)} ${base}v6`).join('')}`,
      attrs: { stroke: COLOURS.axis },
    },
  ];
}

/** The gridlines' values in the left margin. */
function drawYLabels(ticks: readonly Tick[]): string {
  return h(
    'g',
    { 'font-size': FONT.small, fill: COLOURS.muted, 'text-anchor': 'end' },
    ...ticks.map((tick) => h('text', { x: -8, y: tick.at + 4 }, text(tick.label))),
  );
}

/** The years' labels under the time axis. */
function drawXLabels(axis: TimeAxis, plotHeight: number): string {
  return h(
    'g',
    { 'font-size': FONT.small, fill: COLOURS.muted, 'text-anchor': 'middle' },
    ...axis.labels.map((label) =>
      h('text', { x: pct(label.at), y: plotHeight + 18, class: label.className }, label.text),
    ),
  );
}

/** Frames drawn, by their ticks and axis: factories' charts share both (rate-history.ts). */
const frames = new WeakMap<TimeAxis, WeakMap<readonly Tick[], Map<number, string>>>();

/** The plot's frame: gridlines, baseline and year ticks, with their values and years. */
export function drawPlotFrame(yTicks: readonly Tick[], axis: TimeAxis, plotHeight: number): string {
  let byTicks = frames.get(axis);
  if (byTicks === undefined) {
    byTicks = new WeakMap();
    frames.set(axis, byTicks);
  }
  let byHeight = byTicks.get(yTicks);
  if (byHeight === undefined) {
    byHeight = new Map();
    byTicks.set(yTicks, byHeight);
  }
  let frame = byHeight.get(plotHeight);
  if (frame === undefined) {
    frame =
      plotPaths(plotHeight, ...gridPaths(yTicks, axis, plotHeight)) +
      drawYLabels(yTicks) +
      drawXLabels(axis, plotHeight);
    byHeight.set(plotHeight, frame);
  }
  return frame;
}

/** A data line's paint: one colour, round ends and joins. */
export const dataLine = (colour: string): Attrs => ({
  stroke: colour,
  'stroke-width': 2.5,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
});

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

/**
 * A plot path's data with x in pixels of a plot `width` wide instead of hundredths of it: for a
 * file opened in an editor that does not keep strokes unscaled. Takes the commands plotPaths'
 * paths use (M, L, H, V, absolute or relative).
 */
export function pathInPixels(d: string, width: number): string {
  const scale = width / 100;
  let out = '';
  for (const [, command = '', args = ''] of d.matchAll(/([MLHVmlhv])([^MLHVmlhv]*)/g)) {
    const numbers =
      args.trim() === ''
        ? []
        : args
            .trim()
            .split(/[\s,]+/)
            .map(Number);
    const kind = command.toUpperCase();
    const scaled = numbers.map((n, i) =>
      kind === 'H' || ((kind === 'M' || kind === 'L') && i % 2 === 0) ? px(n * scale) : px(n),
    );
    out += command + scaled.join(' ');
  }
  return out;
}
