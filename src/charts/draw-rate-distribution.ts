import { drawLabel, drawNoData } from './draw-common';
import { chartSvg, type ChartFrame } from './fluid';
import {
  DOT_RADIUS,
  LINE,
  LISTED_RADIUS,
  layoutRateDistribution,
  type RateDistributionData,
  type RateMarker,
} from './rate-distribution';
import { h, pct, text } from './svg';
import { COLOURS, FONT } from './theme';

/**
 * Every factory of the population as a dot; those on the list are red, sit on top and have a
 * labelled row each, so the list does not rest on colour. A click on a row leads to the factory's
 * page; the list beside the chart has the same links for keyboards and screen readers.
 */
export function drawRateDistribution(
  frame: Omit<ChartFrame, 'margins' | 'plotHeight'>,
  data: RateDistributionData,
): string {
  const layout = layoutRateDistribution(data);
  if (layout.kind === 'no-data') return drawNoData(frame, layout, data.locale);
  const { margins, plotHeight, strip } = layout;
  const markerLine = (m: RateMarker, attrs: Record<string, string | number>) =>
    h('line', { x1: pct(m.x), x2: pct(m.x), y1: m.label.y + 5, y2: plotHeight, ...attrs });
  /** A band of the page's colour behind a label's letters, so that no line runs through them. */
  const halo = { stroke: COLOURS.paper, 'stroke-width': 6, 'paint-order': 'stroke' };
  const markerLabel = (m: RateMarker, fill: string) =>
    h(
      'text',
      {
        x: pct(m.x),
        dx: m.label.anchor === 'end' ? -4 : 4,
        y: m.label.y,
        'text-anchor': m.label.anchor === 'end' ? 'end' : undefined,
        'font-weight': 600,
        fill,
        ...halo,
      },
      text(m.label.text),
    );
  const body = [
    h('rect', {
      x: 0,
      y: strip.top,
      width: '100%',
      height: strip.height,
      fill: COLOURS.surface,
    }),
    layout.threshold
      ? markerLine(layout.threshold, {
          stroke: COLOURS.nc,
          'stroke-width': 2,
          'stroke-dasharray': '6 4',
        })
      : '',
    layout.mean
      ? markerLine(layout.mean, {
          stroke: COLOURS.ink,
          'stroke-width': 1.5,
          'stroke-dasharray': '2 3',
        })
      : '',
    layout.threshold ? markerLabel(layout.threshold, COLOURS.nc) : '',
    layout.mean ? markerLabel(layout.mean, COLOURS.ink) : '',
    drawLabel(strip.caption, { 'font-size': FONT.small, fill: COLOURS.muted, ...halo }, LINE),
    h(
      'g',
      { 'fill-opacity': 0.75 },
      ...strip.dots.map((dot) =>
        h('circle', {
          cx: pct(dot.x),
          cy: dot.y,
          r: DOT_RADIUS,
          fill: dot.below ? COLOURS.nc : COLOURS.accent,
        }),
      ),
    ),
    layout.listedHeading
      ? drawLabel(layout.listedHeading, { 'font-weight': 600, fill: COLOURS.nc, ...halo }, LINE)
      : '',
    ...layout.rows.map((row) =>
      h(
        'g',
        { 'data-href': row.href, class: 'chart-link' },
        drawLabel(row.label, halo, LINE),
        h('line', {
          x1: 0,
          x2: '100%',
          y1: row.dotY,
          y2: row.dotY,
          stroke: COLOURS.grid,
        }),
        h('circle', { cx: pct(row.dotX), cy: row.dotY, r: LISTED_RADIUS, fill: COLOURS.nc }),
      ),
    ),
    h('line', { x1: 0, x2: '100%', y1: plotHeight, y2: plotHeight, stroke: COLOURS.axis }),
    h(
      'g',
      { 'font-size': FONT.small, fill: COLOURS.muted, 'text-anchor': 'middle' },
      ...layout.ticks.map((tick) =>
        h(
          'g',
          { class: tick.className },
          h('line', {
            x1: pct(tick.at),
            x2: pct(tick.at),
            y1: plotHeight,
            y2: plotHeight + 5,
            stroke: COLOURS.axis,
          }),
          h('text', { x: pct(tick.at), y: plotHeight + 18 }, text(tick.label)),
        ),
      ),
    ),
    h(
      'text',
      { x: 0, y: plotHeight + 38, 'font-size': FONT.small, fill: COLOURS.muted },
      text(layout.xLabel),
    ),
  ].join('');
  return chartSvg({ ...frame, margins, plotHeight }, body);
}
