/**
 * Charts that fill their column at any width with text at its real size. The SVG has no viewBox:
 * its content box is the plot, positions across it are percentages, and the margins around it
 * (axis labels, end labels) are CSS padding in pixels, inside the SVG's own box. What cannot fit
 * at every width (tick labels of a dense axis) is given the narrowest chart width at which it
 * fits, rounded up to a step that ChartFigure's container queries know.
 */
import { h, px } from './svg';
import { estimateTextWidth } from './text';
import type { Tick } from './types';
import { COLOURS, FONT, MIN_WIDTH } from './theme';

/** Chart widths (CSS px, margins included) at which more labels may appear. */
export const WIDTH_STEPS = [400, 480, 560, 640, 800, 960, 1120] as const;

/**
 * The class of an element shown only from `minWidth` on: none when it always fits, null when it
 * fits at no planned width (the caller leaves it out).
 */
export function widthClass(minWidth: number): string | undefined | null {
  if (minWidth <= MIN_WIDTH) return undefined;
  const step = WIDTH_STEPS.find((s) => s >= minWidth);
  return step === undefined ? null : `w${step}`;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartFrame {
  id: string;
  margins: Margins;
  /** Height of the plot, between the top and bottom margins. */
  plotHeight: number;
}

/** The chart's full height in pixels. */
export const frameHeight = (frame: Pick<ChartFrame, 'margins' | 'plotHeight'>) =>
  frame.margins.top + frame.plotHeight + frame.margins.bottom;

/** The id of a chart's title on its page: the caption of its data table (ChartFigure). */
export const chartTitleId = (id: string) => `${id}-name`;
/** The id of a chart's takeaway on its page: its figure's caption (ChartFigure). */
export const chartCaptionId = (id: string) => `${id}-caption`;

/**
 * The root of every chart: an accessible image around a body that is the same in every
 * language. It is named by its title and takeaway where the page writes them, beside it, rather
 * than carrying them a second time as its own title and desc. Its text is set in the page's own
 * font stack (FONT_FAMILY, global.css), inherited; a downloaded chart names the stack itself.
 */
export function chartSvg(frame: ChartFrame, body: string): string {
  const [top, right, bottom, left] = [
    frame.margins.top,
    frame.margins.right,
    frame.margins.bottom,
    frame.margins.left,
  ].map((margin) => px(Math.ceil(margin)));
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chart-svg',
      role: 'img',
      'aria-labelledby': `${chartTitleId(frame.id)} ${chartCaptionId(frame.id)}`,
      // With .chart-svg's box (ChartFigure: border-box, the column's width, overflow visible).
      style: `height:${px(frameHeight(frame))}px;padding:${top}px ${right}px ${bottom}px ${left}px`,
      'font-size': FONT.body,
      fill: COLOURS.ink,
    },
    body,
  );
}

/**
 * Labels of evenly spaced ticks across a plot whose margins take `margin` pixels: every other
 * label (counted back from the last) until the chart is wide enough for all of them.
 */
export function thinTicks(
  ticks: readonly Tick[],
  margin: number,
): Array<Tick & { className: string | undefined }> {
  const labelWidth =
    Math.max(...ticks.map((tick) => estimateTextWidth(tick.label, FONT.small))) + 12;
  const last = ticks.length - 1;
  const hidden = `w${WIDTH_STEPS.at(-1)}`;
  const half = widthClass(margin + (labelWidth * ticks.length) / 2);
  const all = widthClass(margin + labelWidth * ticks.length);
  return ticks.map((tick, i) => {
    if (i === last) return { ...tick, className: undefined };
    const needs = (last - i) % 2 === 0 ? half : all;
    return { ...tick, className: needs === null ? hidden : needs };
  });
}
