import type { ReactNode, SVGProps } from 'react';
import { t, type Locale } from '../i18n';
import { wrapText } from './text';
import { COLOURS, FONT, FONT_FAMILY } from './theme';
import type { NoData, TextBlock } from './types';

/** Rounds a coordinate to 2 decimals: enough for any screen, and a much smaller file. */
export const px = (value: number) => Math.round(value * 100) / 100;

const FRAME_PADDING = 12;
const TITLE_LINE = 20;
const FOOTER = 30;

interface ChartSvgProps {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  frame?: { heading: string; source: string } | undefined;
  children: ReactNode;
}

/**
 * The root of every chart: an accessible image (role, title, desc) that also stands alone as a
 * file, with its own namespace and fonts. A framed chart (the download) carries its title and
 * credit line inside, since it is seen without the page around it.
 */
export function ChartSvg({
  id,
  title,
  description,
  width,
  height,
  frame,
  children,
}: ChartSvgProps) {
  const headingLines = frame ? wrapText(frame.heading, width - 2 * FRAME_PADDING, FONT.title) : [];
  const top = frame ? FRAME_PADDING + headingLines.length * TITLE_LINE + 10 : 0;
  const total = top + height + (frame ? FOOTER : 0);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${px(width)} ${px(total)}`}
      width={px(width)}
      height={px(total)}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      fontFamily={FONT_FAMILY}
      fontSize={FONT.body}
      fill={COLOURS.ink}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {frame && (
        <>
          <rect width={px(width)} height={px(total)} fill={COLOURS.paper} />
          <Label
            block={{ x: 0, y: FRAME_PADDING + FONT.title, lines: headingLines, anchor: 'start' }}
            fontSize={FONT.title}
            lineHeight={TITLE_LINE}
            fontWeight={700}
          />
        </>
      )}
      <g transform={top === 0 ? undefined : `translate(0 ${px(top)})`}>{children}</g>
      {frame && (
        <text x={0} y={px(total - 10)} fontSize={FONT.small} fill={COLOURS.muted}>
          {frame.source}
        </text>
      )}
    </svg>
  );
}

type LabelProps = Omit<SVGProps<SVGTextElement>, 'x' | 'y'> & {
  block: TextBlock;
  lineHeight?: number;
};

/** A text block, one <tspan> per line when wrapped. */
export function Label({ block, lineHeight = 16, fontSize = FONT.body, ...rest }: LabelProps) {
  const [first, ...more] = block.lines;
  return (
    <text
      x={px(block.x)}
      y={px(block.y)}
      textAnchor={block.anchor === 'start' ? undefined : block.anchor}
      fontSize={fontSize}
      {...rest}
    >
      {more.length === 0
        ? first
        : block.lines.map((line, i) => (
            <tspan key={i} x={px(block.x)} dy={i === 0 ? undefined : lineHeight}>
              {line}
            </tspan>
          ))}
    </text>
  );
}

interface NoDataChartProps {
  id: string;
  title: string;
  description: string;
  layout: NoData;
  locale: Locale;
  frame?: { heading: string; source: string } | undefined;
}

/** What a chart draws when its layout found nothing to draw: a sentence, not an empty frame. */
export function NoDataChart({ layout, locale, ...props }: NoDataChartProps) {
  return (
    <ChartSvg {...props} width={layout.width} height={layout.height}>
      <rect
        x={0.5}
        y={0.5}
        width={px(layout.width - 1)}
        height={px(layout.height - 1)}
        fill="none"
        stroke={COLOURS.grid}
      />
      <text
        x={px(layout.width / 2)}
        y={px(layout.height / 2 + 5)}
        textAnchor="middle"
        fill={COLOURS.muted}
        data-reason={layout.reason}
      >
        {t(locale, 'chart.noData')}
      </text>
    </ChartSvg>
  );
}
