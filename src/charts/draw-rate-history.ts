import { drawNoData } from './draw-common';
import { chartSvg, type ChartFrame } from './fluid';
import { dataLine, drawEndLabel, drawPlotFrame, plotPaths, segmentsPath } from './line-plot';
import {
  END_LINE,
  HISTORY_LEGEND_ROWS,
  layoutRateHistory,
  MARKER_RADIUS,
  type EndLabel,
  type RateHistoryData,
} from './rate-history';
import { h, pct, text } from './svg';
import { COLOURS, FONT } from './theme';

const THRESHOLD_TICK = 10;

/**
 * A factory's rate (solid line, circles) against the threshold (dashed, labelled). Cycles on
 * the list have filled circles, the others hollow ones, so the list does not rest on colour.
 */
export function drawRateHistory(
  frame: Omit<ChartFrame, 'margins' | 'plotHeight'>,
  data: RateHistoryData,
): string {
  const layout = layoutRateHistory(data);
  if (layout.kind === 'no-data') return drawNoData(frame, layout, data.locale);
  const { margins, plotHeight, words } = layout;
  const dash = `${frame.id}-dash`;
  // Every marker, the legend's too, is a hollow circle by its group's paint; one on the list
  // fills its own.
  const marker = (cx: number | string, cy: number, listed: boolean) =>
    h('circle', {
      cx,
      cy,
      r: MARKER_RADIUS,
      fill: listed && COLOURS.nc,
      stroke: listed && COLOURS.nc,
    });
  const markers = (...drawn: string[]) =>
    h('g', { fill: COLOURS.paper, stroke: COLOURS.accent, 'stroke-width': 2 }, ...drawn);
  const [listedRow = 0, notListedRow = 0, axisRow = 0] = HISTORY_LEGEND_ROWS;
  const legendX = -margins.left;
  const end = (label: EndLabel, fill: string) =>
    drawEndLabel(label.lines, label.y, { fill, 'font-weight': 600 }, END_LINE);
  const body = [
    layout.threshold.isolated.length > 0
      ? h('defs', {}, h('path', { id: dash, d: `M${-THRESHOLD_TICK},0H${THRESHOLD_TICK}` }))
      : '',
    markers(
      marker(legendX + MARKER_RADIUS + 2, listedRow - 4, true),
      marker(legendX + MARKER_RADIUS + 2, notListedRow - 4, false),
    ),
    h('text', { x: legendX + 16, y: listedRow }, text(words.listed)),
    h('text', { x: legendX + 16, y: notListedRow }, text(words.notListed)),
    h(
      'text',
      { x: legendX, y: axisRow, 'font-size': FONT.small, fill: COLOURS.muted },
      text(words.axis),
    ),
    drawPlotFrame(layout.yTicks, layout.axis, plotHeight),
    plotPaths(
      plotHeight,
      {
        d: segmentsPath(layout.threshold.segments),
        attrs: { stroke: COLOURS.nc, 'stroke-width': 2, 'stroke-dasharray': '6 4' },
      },
      {
        d: segmentsPath(layout.rate.segments),
        attrs: dataLine(COLOURS.accent),
      },
    ),
    layout.threshold.isolated.length > 0
      ? h(
          'g',
          { stroke: COLOURS.nc, 'stroke-width': 2 },
          ...layout.threshold.isolated.map((p) =>
            h('use', { href: `#${dash}`, x: pct(p.x), y: p.y }),
          ),
        )
      : '',
    words.threshold ? end(words.threshold, COLOURS.nc) : '',
    markers(...layout.rate.points.map((p) => marker(pct(p.x), p.y, p.listed))),
    end(words.rate, COLOURS.accent),
  ].join('');
  return chartSvg({ ...frame, margins, plotHeight }, body);
}
