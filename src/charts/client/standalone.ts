/**
 * A chart of the page as a file that stands alone: the page's own SVG at a fixed width, with its
 * title (wrapped to the width, never cut), source, publisher and the date of the data drawn in,
 * and the bundled Khmer face embedded when there is Khmer text, so that it renders on a machine
 * without a Khmer font. Runs in the browser; the text is measured with the page's own fonts.
 */
import { FONT, FONT_FAMILY, KHMER_FAMILY, COLOURS } from '../theme';
import { WIDTH_STEPS } from '../fluid';
import { pathInPixels } from '../line-plot';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Wide enough for a newsroom's column; the chart's layout holds at any width. */
export const DOWNLOAD_WIDTH = 800;
const PAD = 16;
const TITLE_LINE = 21;
const SMALL_LINE = 16;
const KHMER = /[\u1780-\u17FF\u19E0-\u19FF]/;

export interface FontFile {
  weight: number;
  url: string;
}

function measure(): (text: string, font: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  return (text, font) => {
    if (!context) return text.length * 9;
    context.font = font;
    return context.measureText(text).width;
  };
}

/** Lines no wider than `width`: at spaces, and inside a word only where a word is wider. */
export function wrapMeasured(
  text: string,
  width: number,
  widthOf: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (widthOf(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    // Khmer and Chinese write words without spaces: a run wider than the line breaks by cluster.
    for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(
      word,
    )) {
      if (line !== '' && widthOf(line + segment) > width) {
        lines.push(line);
        line = '';
      }
      line += segment;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function textElement(
  content: string,
  x: number,
  y: number,
  attrs: Record<string, string | number> = {},
): SVGTextElement {
  const element = document.createElementNS(SVG_NS, 'text');
  element.setAttribute('x', String(x));
  element.setAttribute('y', String(y));
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  element.textContent = content;
  return element;
}

async function fontFaceCss(fonts: readonly FontFile[]): Promise<string> {
  const faces = await Promise.all(
    fonts.map(async ({ weight, url }) => {
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return `@font-face{font-family:'${KHMER_FAMILY}';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2')}`;
    }),
  );
  return faces.join('');
}

export interface StandaloneChart {
  svg: string;
  width: number;
  height: number;
}

/** The figure's chart as a standalone SVG document. */
export async function standaloneSvg(
  figure: HTMLElement,
  fonts: readonly FontFile[],
): Promise<StandaloneChart> {
  const chart = figure.querySelector<SVGSVGElement>('svg.chart-svg');
  if (!chart) throw new Error('no chart in the figure');
  const style = getComputedStyle(chart);
  const margin = (side: string) => parseFloat(style.getPropertyValue(`padding-${side}`)) || 0;
  const [top, right, bottom, left] = ['top', 'right', 'bottom', 'left'].map(margin) as [
    number,
    number,
    number,
    number,
  ];
  const plotHeight = chart.getBoundingClientRect().height - top - bottom;
  const width = DOWNLOAD_WIDTH;
  const widthOf = measure();
  const family = FONT_FAMILY;
  // The page names the chart by its title and its takeaway, written beside it.
  const [title = '', description = ''] = (chart.getAttribute('aria-labelledby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '');
  const titleLines = wrapMeasured(title, width - 2 * PAD, (text) =>
    widthOf(text, `700 ${FONT.title}px ${family}`),
  );
  const credit = [figure.dataset['source'] ?? '', figure.dataset['date'] ?? ''].filter(Boolean);
  const creditLines = credit.flatMap((line) =>
    wrapMeasured(line, width - 2 * PAD, (text) => widthOf(text, `${FONT.small}px ${family}`)),
  );
  const chartTop = PAD + titleLines.length * TITLE_LINE + 12;
  const chartHeight = top + plotHeight + bottom;
  const height = chartTop + chartHeight + 10 + creditLines.length * SMALL_LINE + PAD;

  const root = document.createElementNS(SVG_NS, 'svg');
  const set = (element: Element, attrs: Record<string, string | number>) => {
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  };
  set(root, {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': 'title desc',
    'font-family': family,
    'font-size': FONT.body,
    fill: COLOURS.ink,
  });
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.id = 'title';
  titleElement.textContent = title;
  const descElement = document.createElementNS(SVG_NS, 'desc');
  descElement.id = 'desc';
  descElement.textContent = description;
  root.append(titleElement, descElement);
  const background = document.createElementNS(SVG_NS, 'rect');
  set(background, { width, height, fill: COLOURS.paper });
  root.append(background);
  titleLines.forEach((line, i) =>
    root.append(
      textElement(line, PAD, PAD + FONT.title + i * TITLE_LINE, {
        'font-size': FONT.title,
        'font-weight': 700,
      }),
    ),
  );

  const plotWidth = width - 2 * PAD - left - right;
  const plot = document.createElementNS(SVG_NS, 'svg');
  set(plot, {
    x: PAD + left,
    y: chartTop + top,
    width: plotWidth,
    height: plotHeight,
    overflow: 'visible',
  });
  for (const child of chart.children) plot.append(child.cloneNode(true));
  // Paths drawn across a stretched box on the page are drawn in pixels here: the file's width is
  // known, and an editor need not keep strokes unscaled.
  plot.querySelectorAll('svg[preserveAspectRatio="none"]').forEach((stretched) => {
    const group = document.createElementNS(SVG_NS, 'g');
    for (const { name, value } of stretched.attributes) {
      if (!['viewBox', 'preserveAspectRatio', 'overflow'].includes(name)) {
        group.setAttribute(name, value);
      }
    }
    for (const path of stretched.querySelectorAll('path')) {
      path.setAttribute('d', pathInPixels(path.getAttribute('d') ?? '', plotWidth));
      path.removeAttribute('vector-effect');
      group.append(path);
    }
    stretched.replaceWith(group);
  });
  // Labels that the page shows only on a wider chart than this one are left out, as on the page.
  const chartWidth = width - 2 * PAD;
  for (const step of WIDTH_STEPS) {
    if (step > chartWidth) plot.querySelectorAll(`.w${step}`).forEach((e) => e.remove());
  }
  // A file is no page: its bars and rows become links, to the site from wherever it is opened.
  plot.querySelectorAll('[data-href]').forEach((target) => {
    const link = document.createElementNS(SVG_NS, 'a');
    link.setAttribute('href', new URL(target.getAttribute('data-href') ?? '', location.href).href);
    target.removeAttribute('data-href');
    target.replaceWith(link);
    link.append(target);
  });
  root.append(plot);
  creditLines.forEach((line, i) =>
    root.append(
      textElement(line, PAD, chartTop + chartHeight + 10 + (i + 1) * SMALL_LINE - 4, {
        'font-size': FONT.small,
        fill: COLOURS.muted,
      }),
    ),
  );

  if (KHMER.test(root.textContent ?? '')) {
    const css = document.createElementNS(SVG_NS, 'style');
    css.textContent = await fontFaceCss(fonts);
    const defs = document.createElementNS(SVG_NS, 'defs');
    defs.append(css);
    root.insertBefore(defs, root.firstChild);
  }
  const markup = new XMLSerializer().serializeToString(root);
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`,
    width,
    height,
  };
}
