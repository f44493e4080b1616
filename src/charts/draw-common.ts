import { t, type Locale } from '../i18n';
import { chartSvg, type ChartFrame } from './fluid';
import { h, text } from './svg';
import { COLOURS, FONT } from './theme';
import type { NoData, TextBlock } from './types';

/** A text block, one <tspan> per line when wrapped; x may be a length such as "100%". */
export function drawLabel(
  block: Omit<TextBlock, 'x'> & { x: number | string },
  attrs: Record<string, string | number | undefined> = {},
  lineHeight = 16,
): string {
  const [first, ...more] = block.lines;
  const anchor = block.anchor === 'start' ? undefined : block.anchor;
  return h(
    'text',
    { x: block.x, y: block.y, 'text-anchor': anchor, ...attrs },
    ...(more.length === 0
      ? [text(first ?? '')]
      : block.lines.map((line, i) =>
          h('tspan', { x: block.x, dy: i === 0 ? undefined : lineHeight }, text(line)),
        )),
  );
}

/** What a chart draws when its layout found nothing to draw: a sentence, not an empty frame. */
export function drawNoData(
  frame: Omit<ChartFrame, 'margins' | 'plotHeight'>,
  layout: NoData,
  locale: Locale,
): string {
  return chartSvg(
    { ...frame, margins: { top: 0, right: 0, bottom: 0, left: 0 }, plotHeight: 80 },
    h('rect', { x: 0.5, y: 0.5, width: '99%', height: 79, fill: 'none', stroke: COLOURS.grid }) +
      h(
        'text',
        {
          x: '50%',
          y: 45,
          'text-anchor': 'middle',
          fill: COLOURS.muted,
          'font-size': FONT.body,
          'data-reason': layout.reason,
        },
        text(t(locale, 'chart.noData')),
      ),
  );
}
