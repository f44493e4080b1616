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
import { cycleLabel, formatNumber, t, type Locale } from '../i18n';
import type { PublicSite } from '../lib/public-site';
import { dodgeLabels, percentTicks } from './axes';
import type { Margins } from './fluid';
import { formatShare } from './format';
import { segmentsOf, type PlotPoint } from './line-plot';
import { estimateTextWidth, wrapText } from './text';
import { layoutTimeAxis, type TimeAxis } from './time-axis';
import { FONT, SERIES_STYLES, type SymbolName } from './theme';
import { noData, type ChartTable, type NoData, type Tick } from './types';

export interface ShareTrendCycle {
  id: string;
  label: string;
  periodStart: string;
  periodEnd: string;
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

const trendCycles = (site: PublicSite, locale: Locale): ShareTrendCycle[] =>
  site.cycles.map((c) => ({
    id: c.id,
    label: cycleLabel(locale, c),
    periodStart: c.periodStart,
    periodEnd: c.periodEnd,
    total: c.ciPublished,
  }));

export function fullComplianceTrendData(site: PublicSite, locale: Locale): ShareTrendData {
  return {
    locale,
    cycles: trendCycles(site, locale),
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
    cycles: trendCycles(site, locale),
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

export interface TrendPoint extends PlotPoint {
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
  segments: [PlotPoint, PlotPoint][];
  points: TrendPoint[];
  /** In the right margin, beside the line's end or moved clear of another series' label. */
  endLabel: { y: number; lines: string[] };
}

export interface ShareTrendLayout {
  kind: 'share-trend';
  margins: Margins;
  plotHeight: number;
  yTicks: Tick[];
  axis: TimeAxis;
  axisLabel: string;
  series: TrendSeriesLayout[];
}

const PLOT_HEIGHT = 240;
const TOP = 34;
const BOTTOM = 28;
/** End labels wrap to this width, so the plot keeps most of a phone's width. */
const END_LABEL_MAX = 120;
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

export function layoutShareTrend(data: ShareTrendData): ShareTrendLayout | NoData {
  const { locale } = data;
  if (data.cycles.length === 0) return noData('no-cycles');
  const shares = data.series.map((s) => data.cycles.map((_, i) => shareAt(data, s, i)));
  const defined = shares.flat().filter((v): v is number => v !== null);
  if (defined.length === 0) return noData('no-values');

  const y = scaleLinear()
    .domain([0, Math.min(1, Math.max(0.05, Math.max(...defined) * 1.15))])
    .nice(5)
    .range([PLOT_HEIGHT, 0]);
  const yTicks = percentTicks(y, 5, locale);
  const left = Math.max(...yTicks.map((tick) => estimateTextWidth(tick.label, FONT.small))) + 14;

  const endTexts = data.series.map((s, i) => {
    const last = lastDefined(shares[i] ?? []);
    const lines = wrapText(s.label, END_LABEL_MAX, FONT.body, true);
    return last === null ? lines : [...lines, formatShare(locale, last.value)];
  });
  const endWidth = Math.max(
    ...endTexts.flat().map((lineText) => estimateTextWidth(lineText, FONT.body, true)),
  );
  const right = endWidth + 16;
  const axis = layoutTimeAxis(data.cycles, left + right);

  const seriesPoints = data.series.map((s, si) =>
    data.cycles.map((c, ci): TrendPoint | null => {
      const share = shares[si]?.[ci] ?? null;
      const count = s.counts[ci];
      if (share === null || count === null || count === undefined) return null;
      return { x: axis.of(c.id), y: y(share), share, count, total: c.total, cycleId: c.id };
    }),
  );
  const ends = seriesPoints.map((points) => points.filter((p) => p !== null).at(-1) ?? null);
  const blocks = endTexts.map((lines, i) => ({
    y: ends[i]?.y ?? PLOT_HEIGHT,
    height: lines.length * LABEL_LINE + 4,
  }));
  const centres = dodgeLabels(blocks, -TOP + 4, PLOT_HEIGHT + BOTTOM);

  const series = data.series.map((s, i): TrendSeriesLayout => {
    const style = SERIES_STYLES[i % SERIES_STYLES.length] ?? SERIES_STYLES[0];
    const points = seriesPoints[i] ?? [];
    const lines = endTexts[i] ?? [s.label];
    const centre = centres[i] ?? 0;
    return {
      key: s.key,
      label: s.label,
      colour: style.colour,
      symbol: style.symbol,
      marker: markerPath(style.symbol),
      segments: segmentsOf(points),
      points: points.filter((p) => p !== null),
      endLabel: {
        y: centre - ((lines.length - 1) * LABEL_LINE) / 2 + FONT.body * 0.35,
        lines,
      },
    };
  });

  return {
    kind: 'share-trend',
    margins: { top: TOP, right, bottom: BOTTOM, left },
    plotHeight: PLOT_HEIGHT,
    yTicks,
    axis,
    axisLabel: t(locale, 'chart.trend.axis'),
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
