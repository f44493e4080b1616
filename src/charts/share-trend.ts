/**
 * Share trend: one or more shares of published factories over all cycles, as lines with point
 * markers of a distinct shape per series and labels at the line ends.
 */
import {
  scaleLinear,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  type SymbolType,
} from 'd3';
import { formatNumber, t, type Locale } from '../i18n';
import type { PublicSite } from '../lib/public-site';
import { dodgeLabels, layoutCycleLinePlot, percentTicks } from './axes';
import { formatShare } from './format';
import { estimateTextWidth, wrapText } from './text';
import { CHART_WIDTH, FONT, SERIES_STYLES, type SymbolName } from './theme';
import {
  noData,
  type ChartSize,
  type ChartTable,
  type NoData,
  type TextBlock,
  type Tick,
} from './types';

export interface ShareTrendCycle {
  id: string;
  label: string;
  /** The label on the x axis: the id when it is shorter than the label. */
  shortLabel: string;
  /** The denominator of every series in this cycle (published factories). */
  total: number;
}

export interface ShareTrendSeries {
  /** snake_case, used in CSV headers. */
  key: string;
  label: string;
  /** One per cycle; null where the cycle has no figure for this series. */
  counts: (number | null)[];
}

export interface ShareTrendData {
  locale: Locale;
  cycles: ShareTrendCycle[];
  series: ShareTrendSeries[];
}

export const shortCycleLabel = (cycle: { id: string; label: string }) =>
  cycle.id.length < cycle.label.length ? cycle.id : cycle.label;

const trendCycles = (site: PublicSite): ShareTrendCycle[] =>
  site.cycles.map((c) => ({
    id: c.id,
    label: c.label,
    shortLabel: shortCycleLabel(c),
    total: c.ciPublished,
  }));

export function fullComplianceTrendData(site: PublicSite, locale: Locale): ShareTrendData {
  return {
    locale,
    cycles: trendCycles(site),
    series: [
      {
        key: 'fully_compliant',
        label: t(locale, 'chart.trend.fullCompliance.series'),
        counts: site.cycles.map((c) => c.ciFullyCompliant),
      },
    ],
  };
}

export function requirementTrendData(
  site: PublicSite,
  requirementId: string,
  locale: Locale,
): ShareTrendData {
  return {
    locale,
    cycles: trendCycles(site),
    series: [
      {
        key: 'non_compliant',
        label: t(locale, 'chart.trend.requirement.series', { id: requirementId }),
        counts: site.cycles.map(
          (c) => c.ciNonCompliantByRequirement.find((r) => r.id === requirementId)?.count ?? null,
        ),
      },
    ],
  };
}

/** The share of a series in a cycle, or null where there is no count or no denominator. */
export function shareAt(
  data: ShareTrendData,
  series: ShareTrendSeries,
  index: number,
): number | null {
  const count = series.counts[index];
  const total = data.cycles[index]?.total ?? 0;
  return count === null || count === undefined || total <= 0 ? null : count / total;
}

export interface TrendPoint {
  x: number;
  y: number;
  share: number;
  count: number;
  total: number;
  cycleId: string;
}

export interface TrendSeriesLayout {
  key: string;
  label: string;
  colour: string;
  symbol: SymbolName;
  /** Marker outline centred on 0,0. */
  marker: string;
  /** The line, broken where a cycle has no figure. */
  path: string;
  points: TrendPoint[];
  endLabel: TextBlock;
  /** Drawn when the end label had to move away from the line's end. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface ShareTrendLayout {
  kind: 'share-trend';
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  yTicks: Tick[];
  /** Every cycle has a tick; `labelled` marks those whose label fits. */
  xTicks: (Tick & { labelled: boolean })[];
  axisLabel: TextBlock;
  series: TrendSeriesLayout[];
}

const HEIGHT = 320;
const MARGIN = { top: 34, bottom: 32 };
const END_LABEL_MAX = 170;
const LABEL_LINE = 15;

export const SYMBOLS: Record<SymbolName, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
};

export const markerPath = (name: SymbolName, area = 64) =>
  symbol(SYMBOLS[name], area).digits(2)() ?? '';

export function layoutShareTrend(
  data: ShareTrendData,
  size: ChartSize = { width: CHART_WIDTH },
): ShareTrendLayout | NoData {
  const { width } = size;
  const { locale } = data;
  if (data.cycles.length === 0) return noData('no-cycles', width);
  const shares = data.series.map((s) => data.cycles.map((_, i) => shareAt(data, s, i)));
  const defined = shares.flat().filter((v): v is number => v !== null);
  if (defined.length === 0) return noData('no-values', width);

  const y = scaleLinear()
    .domain([0, Math.min(1, Math.max(0.05, Math.max(...defined) * 1.15))])
    .nice(5);
  const yTicksProbe = percentTicks(y, 5, locale);
  const left =
    Math.max(...yTicksProbe.map((tick) => estimateTextWidth(tick.label, FONT.small))) + 14;

  const endTexts = data.series.map((s, i) => {
    const last = lastDefined(shares[i] ?? []);
    const text = last === null ? s.label : `${s.label} ${formatShare(locale, last.value)}`;
    return wrapText(text, END_LABEL_MAX, FONT.body);
  });
  const endWidth = Math.max(
    ...endTexts.flat().map((lineText) => estimateTextWidth(lineText, FONT.body)),
  );
  const right = Math.min(END_LABEL_MAX, endWidth) + 20;

  const {
    plot,
    xOf,
    ticks: xTicks,
    path,
  } = layoutCycleLinePlot(
    data.cycles.map((c) => ({ id: c.id, shortLabel: c.shortLabel })),
    {
      width,
      height: HEIGHT,
      left,
      right,
      top: MARGIN.top,
      bottom: MARGIN.bottom,
    },
  );
  y.range([plot.y + plot.height, plot.y]);

  const seriesPoints = data.series.map((s, si) =>
    data.cycles.map((c, ci): TrendPoint | null => {
      const share = shares[si]?.[ci] ?? null;
      const count = s.counts[ci];
      if (share === null || count === null || count === undefined) return null;
      return { x: xOf(c.id), y: y(share), share, count, total: c.total, cycleId: c.id };
    }),
  );
  const ends = seriesPoints.map((points) => points.filter((p) => p !== null).at(-1) ?? null);
  const blocks = endTexts.map((lines, i) => ({
    y: ends[i]?.y ?? plot.y + plot.height,
    height: lines.length * LABEL_LINE + 4,
  }));
  const centres = dodgeLabels(blocks, plot.y - MARGIN.top / 2, plot.y + plot.height + 8);

  const series = data.series.map((s, i): TrendSeriesLayout => {
    const style = SERIES_STYLES[i % SERIES_STYLES.length] ?? SERIES_STYLES[0];
    const points = seriesPoints[i] ?? [];
    const end = ends[i] ?? null;
    const lines = endTexts[i] ?? [s.label];
    const centre = centres[i] ?? plot.y;
    const labelX = (end?.x ?? plot.x + plot.width) + 12;
    const firstBaseline = centre - ((lines.length - 1) * LABEL_LINE) / 2 + FONT.body * 0.35;
    const moved = end !== null && Math.abs(centre - end.y) > 4;
    return {
      key: s.key,
      label: s.label,
      colour: style.colour,
      symbol: style.symbol,
      marker: markerPath(style.symbol),
      path: path(points),
      points: points.filter((p) => p !== null),
      endLabel: { x: labelX, y: firstBaseline, lines, anchor: 'start' },
      leader: moved && end ? { x1: end.x + 5, y1: end.y, x2: labelX - 3, y2: centre } : null,
    };
  });

  return {
    kind: 'share-trend',
    width,
    height: HEIGHT,
    plot,
    yTicks: percentTicks(y, 5, locale),
    xTicks,
    axisLabel: { x: 0, y: 14, lines: [t(locale, 'chart.trend.axis')], anchor: 'start' },
    series,
  };
}

function lastDefined(values: readonly (number | null)[]): { index: number; value: number } | null {
  for (let i = values.length - 1; i >= 0; i--) {
    const value = values[i];
    if (value !== null && value !== undefined) return { index: i, value };
  }
  return null;
}

function firstDefined(values: readonly (number | null)[]): { index: number; value: number } | null {
  const index = values.findIndex((v) => v !== null);
  const value = values[index];
  return value === null || value === undefined ? null : { index, value };
}

export function shareTrendTable(data: ShareTrendData): ChartTable {
  const { locale } = data;
  return {
    columns: [
      t(locale, 'chart.col.cycleId'),
      t(locale, 'chart.col.cycle'),
      t(locale, 'chart.col.published'),
      ...data.series.flatMap((s) => [
        t(locale, 'chart.col.seriesCount', { label: s.label }),
        t(locale, 'chart.col.seriesShare', { label: s.label }),
      ]),
    ],
    keys: [
      'cycle_id',
      'cycle',
      'published',
      ...data.series.flatMap((s) => [`${s.key}_count`, `${s.key}_share`]),
    ],
    kinds: ['text', 'text', 'count', ...data.series.flatMap(() => ['count', 'percent'] as const)],
    rowHeader: 1,
    rows: data.cycles.map((c, i) => [
      c.id,
      c.label,
      c.total,
      ...data.series.flatMap((s) => [s.counts[i] ?? '', shareAt(data, s, i) ?? '']),
    ]),
  };
}

/**
 * The first and last cycles with a figure for the first series, each as "12.5% (3 of 24)",
 * for the one-sentence takeaway.
 */
export function trendEnds(data: ShareTrendData) {
  const series = data.series[0];
  if (!series) return null;
  const shares = data.cycles.map((_, i) => shareAt(data, series, i));
  const first = firstDefined(shares);
  const last = lastDefined(shares);
  if (!first || !last) return null;
  const describe = (index: number, share: number) => {
    const cycle = data.cycles[index];
    return {
      cycle: cycle?.label ?? '',
      value: t(data.locale, 'chart.shareOf', {
        share: formatShare(data.locale, share),
        count: formatNumber(data.locale, series.counts[index] ?? 0),
        total: formatNumber(data.locale, cycle?.total ?? 0),
      }),
    };
  };
  return {
    single: first.index === last.index,
    first: describe(first.index, first.value),
    last: describe(last.index, last.value),
  };
}

export function describeFullComplianceTrend(data: ShareTrendData): string {
  const ends = trendEnds(data);
  if (!ends) return t(data.locale, 'chart.trend.descEmpty');
  if (ends.single) {
    return t(data.locale, 'chart.trend.fullCompliance.descOne', {
      cycle: ends.last.cycle,
      value: ends.last.value,
    });
  }
  return t(data.locale, 'chart.trend.fullCompliance.desc', {
    firstCycle: ends.first.cycle,
    first: ends.first.value,
    lastCycle: ends.last.cycle,
    last: ends.last.value,
  });
}

export function describeRequirementTrend(data: ShareTrendData, requirementId: string): string {
  const ends = trendEnds(data);
  if (!ends) return t(data.locale, 'chart.trend.descEmpty');
  if (ends.single) {
    return t(data.locale, 'chart.trend.requirement.descOne', {
      id: requirementId,
      cycle: ends.last.cycle,
      value: ends.last.value,
    });
  }
  return t(data.locale, 'chart.trend.requirement.desc', {
    id: requirementId,
    firstCycle: ends.first.cycle,
    first: ends.first.value,
    lastCycle: ends.last.cycle,
    last: ends.last.value,
  });
}
