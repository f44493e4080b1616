/**
 * A link-preview card as SVG (1200 × 630, the size Open Graph and Twitter's large card show
 * uncropped), in the charts' colours and measured by the charts' text estimates, so that it is
 * drawn by the same rules as the charts. The rasteriser is given the fonts by name: Noto Sans
 * Khmer (Latin and Khmer faces) first, Noto Sans CJK SC for Chinese.
 */
import { scaleLinear } from 'd3';
import type { PreviewCard } from '../site/previews';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from '../site/previews';
import { h, text } from './svg';
import { estimateTextWidth, wrapText } from './text';
import { COLOURS } from './theme';

/**
 * Chinese cards name the CJK face first: it has Latin letters and digits too, and a face found by
 * name is much faster to draw with than one found by searching every face for each character.
 */
export const previewFontFamily = (locale: PreviewCard['locale']) =>
  locale === 'zh'
    ? "'Noto Sans CJK SC', 'Noto Sans Khmer', sans-serif"
    : "'Noto Sans Khmer', 'Noto Sans CJK SC', sans-serif";

const PAD = 64;
const INNER = PREVIEW_WIDTH - 2 * PAD;
/**
 * Noto Sans Khmer's faces lack `…`, and a bold line that needs it is drawn from a regular
 * face found for it: cards set in them end a cut line with three full stops.
 */
const ellipsisOf = (locale: PreviewCard['locale']) => (locale === 'zh' ? '…' : '...');

/**
 * Khmer vowel signs and subscript consonants sit on or under their consonant; the charts'
 * estimate counts each as a letter, which on a card of large type wraps Khmer far too early.
 */
const KHMER_MARKS = /\u17D2[\u1780-\u17B3]|[\u17B4-\u17D3\u17DD]/gu;

/** Noto Sans Khmer's letters run about this much wider than the estimate's average letter. */
const KHMER_LETTER = 1.3;

/** Khmer text's width on a card: its letters, wide, without the marks they carry. */
function khmerWidth(value: string, size: number, bold: boolean): number {
  return estimateTextWidth(value.replace(KHMER_MARKS, ''), size, bold) * KHMER_LETTER;
}

/** A line's width on a card: Khmer measured as Khmer, any other text by the charts' estimate. */
function cardWidth(value: string, size: number, bold: boolean): number {
  return /[\u1780-\u17FF]/u.test(value)
    ? khmerWidth(value, size, bold)
    : estimateTextWidth(value, size, bold);
}

/** The width to wrap at, so that the charts' estimate wraps Khmer where it really fills a line. */
function wrapWidth(value: string, width: number, size: number, bold: boolean): number {
  if (!/[\u1780-\u17FF]/u.test(value)) return width;
  const counted = estimateTextWidth(value, size, bold);
  const seen = khmerWidth(value, size, bold);
  return seen > 0 ? (width * counted) / seen : width;
}

/** At most `max` lines; the last one cut with an ellipsis when the text goes on. */
export function clampLines(
  value: string,
  width: number,
  size: number,
  max: number,
  bold = false,
  ellipsis = '…',
): string[] {
  width = wrapWidth(value, width, size, bold);
  const lines = wrapText(value, width, size, bold);
  if (lines.length <= max) return lines;
  let last = lines[max - 1] ?? '';
  const chars = [...last];
  while (chars.length > 1 && estimateTextWidth(chars.join('') + ellipsis, size, bold) > width) {
    chars.pop();
  }
  last = chars.join('').trimEnd() + ellipsis;
  return [...lines.slice(0, max - 1), last];
}

function lines(
  values: readonly string[],
  x: number,
  y: number,
  size: number,
  lineHeight: number,
  attrs: Record<string, string | number> = {},
): string {
  return values
    .map((line, i) =>
      h('text', { x, y: y + i * lineHeight, 'font-size': size, ...attrs }, text(line)),
    )
    .join('');
}

function demoBadge(label: string): { svg: string; width: number } {
  const size = 24;
  const width = cardWidth(label, size, true) + 32;
  const x = PREVIEW_WIDTH - PAD - width;
  return {
    width,
    svg:
      h('rect', { x, y: 56, width, height: 44, rx: 8, fill: COLOURS.ncBg }) +
      h(
        'text',
        { x: x + 16, y: 87, 'font-size': size, 'font-weight': 700, fill: COLOURS.nc },
        text(label),
      ),
  };
}

/** The share trend of the site's charts, small: a line, a dot per cycle, the stressed cycle ringed. */
function trendSketch(
  trend: NonNullable<PreviewCard['trend']>,
  x: number,
  y: number,
  width: number,
  cut: string,
) {
  const titleLines = clampLines(trend.title, width, 20, 2, false, cut);
  const top = y + titleLines.length * 26 + 16;
  const bottom = PREVIEW_HEIGHT - 72;
  const sx = scaleLinear()
    .domain([0, Math.max(1, trend.shares.length - 1)])
    .range(trend.shares.length === 1 ? [x + width / 2, x + width / 2] : [x + 8, x + width - 8]);
  const sy = scaleLinear().domain([0, 1]).range([bottom, top]);
  const points = trend.shares.map((share, i) =>
    share === null ? null : { x: sx(i), y: sy(share) },
  );
  let path = '';
  points.forEach((point, i) => {
    if (point === null) return;
    path += `${points[i - 1] ? 'L' : 'M'}${Math.round(point.x * 10) / 10} ${Math.round(point.y * 10) / 10}`;
  });
  const stressed = points[trend.stress];
  return [
    lines(titleLines, x, y + 20, 20, 26, { fill: COLOURS.muted }),
    h('line', {
      x1: x,
      x2: x + width,
      y1: bottom,
      y2: bottom,
      stroke: COLOURS.axis,
      'stroke-width': 2,
    }),
    h('line', { x1: x, x2: x + width, y1: top, y2: top, stroke: COLOURS.grid, 'stroke-width': 2 }),
    path && h('path', { d: path, fill: 'none', stroke: COLOURS.accent, 'stroke-width': 4 }),
    ...points.map((point) =>
      point === null ? '' : h('circle', { cx: point.x, cy: point.y, r: 5, fill: COLOURS.accent }),
    ),
    stressed
      ? h('circle', {
          cx: stressed.x,
          cy: stressed.y,
          r: 12,
          fill: 'none',
          stroke: COLOURS.nc,
          'stroke-width': 4,
        })
      : '',
  ].join('');
}

/** The card as an SVG document. */
export function drawPreview(card: PreviewCard): string {
  const cut = ellipsisOf(card.locale);
  const clamp = (value: string, width: number, size: number, max: number, bold = false) =>
    clampLines(value, width, size, max, bold, cut);
  const parts: string[] = [
    h('rect', { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fill: COLOURS.paper }),
    h('rect', { width: PREVIEW_WIDTH, height: 14, fill: COLOURS.accent }),
  ];
  let kickerWidth = INNER;
  if (card.demo !== null) {
    const badge = demoBadge(card.demo);
    parts.push(badge.svg);
    kickerWidth -= badge.width + 24;
  }
  parts.push(
    lines(clamp(card.kicker, kickerWidth, 28, 1), PAD, 88, 28, 36, { fill: COLOURS.muted }),
  );
  const heading = clamp(card.heading, INNER, 60, 2, true);
  parts.push(lines(heading, PAD, 180, 60, 74, { 'font-weight': 700, fill: COLOURS.ink }));
  let y = 180 + (heading.length - 1) * 74 + 64;
  const sublineLines = clamp(card.subline, INNER, 30, card.figures.length > 0 ? 1 : 3);
  if (card.subline !== '') {
    parts.push(lines(sublineLines, PAD, y, 30, 42, { fill: COLOURS.ink }));
    y += sublineLines.length * 42;
  }
  const columns = card.figures.length;
  const trendWidth = card.trend ? 300 : 0;
  const figuresWidth = INNER - (card.trend ? trendWidth + 48 : 0);
  const column = columns > 0 ? figuresWidth / columns : 0;
  const figuresTop = Math.max(y + 24, 400);
  card.figures.forEach((figure, i) => {
    const x = PAD + i * column;
    parts.push(
      h(
        'text',
        { x, y: figuresTop + 52, 'font-size': 56, 'font-weight': 700, fill: COLOURS.accent },
        text(figure.value),
      ),
      lines(clamp(figure.label, column - 24, 22, 3), x, figuresTop + 92, 22, 30, {
        fill: COLOURS.muted,
      }),
    );
  });
  if (card.trend) {
    parts.push(
      trendSketch(card.trend, PREVIEW_WIDTH - PAD - trendWidth, figuresTop - 8, trendWidth, cut),
    );
  }
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      viewBox: `0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}`,
      'font-family': previewFontFamily(card.locale),
    },
    ...parts,
  );
}
