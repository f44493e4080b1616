import { drawLabel, drawNoData } from './draw-common';
import { chartSvg, type ChartFrame } from './fluid';
import { layoutIssueRates, type IssueRatesData } from './issue-rates';
import { h, pct, text } from './svg';
import { COLOURS, FONT } from './theme';

/**
 * Horizontal bars of non-compliance per critical requirement, each labelled with its value.
 * A click on a bar or its label leads to the requirement's page. The chart is one image to
 * keyboards and screen readers, which can hold no links (WCAG 4.1.2), so the data table under it
 * has the same links for them, and for pages without scripts.
 */
export function drawIssueRates(
  frame: Omit<ChartFrame, 'margins' | 'plotHeight'>,
  data: IssueRatesData,
): string {
  const layout = layoutIssueRates(data);
  if (layout.kind === 'no-data') return drawNoData(frame, layout, data.locale);
  const { margins, plotHeight } = layout;
  const body = [
    h(
      'g',
      { stroke: COLOURS.grid },
      ...layout.ticks.map((tick) =>
        h('line', { x1: pct(tick.at), x2: pct(tick.at), y1: 0, y2: plotHeight }),
      ),
    ),
    h('line', { x1: 0, x2: '100%', y1: plotHeight, y2: plotHeight, stroke: COLOURS.axis }),
    h(
      'g',
      { 'font-size': FONT.small, fill: COLOURS.muted },
      ...layout.ticks.map((tick, i) =>
        h(
          'text',
          {
            x: pct(tick.at),
            y: plotHeight + 16,
            'text-anchor': i === 0 ? 'start' : 'middle',
            class: tick.className,
          },
          text(tick.label),
        ),
      ),
    ),
    h(
      'text',
      { x: 0, y: plotHeight + 38, 'font-size': FONT.small, fill: COLOURS.muted },
      text(layout.axisLabel),
    ),
    ...layout.headings.map((heading) =>
      drawLabel(heading, { 'font-size': FONT.heading, 'font-weight': 700 }),
    ),
    ...layout.bars.map((bar) =>
      h(
        'g',
        { 'data-href': bar.href, class: 'chart-link' },
        drawLabel(bar.label),
        h('rect', {
          x: 0,
          y: bar.y,
          width: pct(bar.length),
          height: bar.height,
          fill: COLOURS.nc,
        }),
        h(
          'text',
          { x: pct(bar.length), dx: 6, y: bar.value.y, 'font-weight': 600 },
          text(bar.value.text),
        ),
      ),
    ),
  ].join('');
  return chartSvg({ ...frame, margins, plotHeight }, body);
}
