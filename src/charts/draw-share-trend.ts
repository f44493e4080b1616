import { drawNoData } from './draw-common';
import { chartSvg, type ChartFrame } from './fluid';
import { dataLine, drawEndLabel, drawPlotFrame, plotPaths, segmentsPath } from './line-plot';
import { layoutShareTrend, type ShareTrendData } from './share-trend';
import { h, pct, text } from './svg';
import { COLOURS, FONT } from './theme';

/** Lines of shares over the cycles: a marker shape per series and a label at each line's end. */
export function drawShareTrend(
  frame: Omit<ChartFrame, 'margins' | 'plotHeight'>,
  data: ShareTrendData,
): string {
  const layout = layoutShareTrend(data);
  if (layout.kind === 'no-data') return drawNoData(frame, layout, data.locale);
  const { margins, plotHeight } = layout;
  const body = [
    h(
      'defs',
      {},
      ...layout.series.map((series) =>
        h('path', { id: `${frame.id}-${series.symbol}`, d: series.marker }),
      ),
    ),
    h(
      'text',
      { x: -margins.left, y: -margins.top + 14, 'font-size': FONT.small, fill: COLOURS.muted },
      text(layout.axisLabel),
    ),
    drawPlotFrame(layout.yTicks, layout.axis, plotHeight),
    plotPaths(
      plotHeight,
      ...layout.series.map((series) => ({
        d: segmentsPath(series.segments),
        attrs: dataLine(series.colour),
      })),
    ),
    ...layout.series.map((series) =>
      h(
        'g',
        {},
        h(
          'g',
          { fill: series.colour, stroke: COLOURS.paper, 'stroke-width': 1 },
          ...series.points.map((p) =>
            h('use', { href: `#${frame.id}-${series.symbol}`, x: pct(p.x), y: p.y }),
          ),
        ),
        drawEndLabel(series.endLabel.lines, series.endLabel.y, {
          fill: series.colour,
          'font-weight': 600,
        }),
      ),
    ),
  ].join('');
  return chartSvg({ ...frame, margins, plotHeight }, body);
}
