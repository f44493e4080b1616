/**
 * Rate distribution: a histogram of the compliance rates of one cycle's low-compliance
 * population, with the mean and the threshold marked, and the factories below the threshold
 * (those on the list) hatched and counted in words.
 */
import { bin, scaleLinear } from 'd3';
import { formatNumber, t, type Locale } from '../i18n';
import type { PublicCycle, PublicSite } from '../lib/public-site';
import { countTicks, percentTicks } from './axes';
import { formatFactories, formatShare } from './format';
import { estimateTextWidth } from './text';
import { CHART_WIDTH, FONT } from './theme';
import {
  noData,
  type ChartSize,
  type ChartTable,
  type NoData,
  type TextBlock,
  type Tick,
} from './types';

export interface RateDistributionData {
  locale: Locale;
  cycleId: string;
  cycleLabel: string;
  /**
   * Each factory's rate and whether it is below the threshold. The flag comes from the scorer,
   * which decides it in exact arithmetic; comparing the float rate with the float threshold
   * could disagree with the published list at the boundary.
   */
  factories: { rate: number; below: boolean }[];
  mean: number | null;
  threshold: number | null;
  /** Width of a bin as a fraction (0.05 = five percentage points). */
  binWidth: number;
}

export const DEFAULT_BIN_WIDTH = 0.05;

export function rateDistributionData(
  site: PublicSite,
  cycle: PublicCycle,
  locale: Locale,
  binWidth = DEFAULT_BIN_WIDTH,
): RateDistributionData {
  const factories = site.factories.flatMap((f) =>
    f.cycles
      .filter((c) => c.cycle === cycle.id && c.lcEligible && c.complianceRate !== null)
      .map((c) => ({ rate: c.complianceRate ?? 0, below: c.lowCompliance })),
  );
  return {
    locale,
    cycleId: cycle.id,
    cycleLabel: cycle.label,
    factories,
    mean: cycle.lcMean,
    threshold: cycle.lcThreshold,
    binWidth,
  };
}

export interface RateBin {
  /** Inclusive lower bound. */
  x0: number;
  /** Exclusive upper bound, except for the last bin, which includes 1. */
  x1: number;
  count: number;
  below: number;
}

/**
 * Bins of `binWidth` over [0, 1]. Bounds are i/n, computed the same way as the rates (a
 * correctly rounded quotient), so a rate of exactly 17/20 lands in the bin starting at 85%.
 */
export function binRates(
  factories: readonly { rate: number; below: boolean }[],
  binWidth = DEFAULT_BIN_WIDTH,
): RateBin[] {
  const n = Math.max(1, Math.round(1 / binWidth));
  const bounds = Array.from({ length: n - 1 }, (_, i) => (i + 1) / n);
  const valid = factories.filter((f) => Number.isFinite(f.rate));
  const bins = bin<{ rate: number; below: boolean }, number>()
    .value((f) => Math.min(1, Math.max(0, f.rate)))
    .domain([0, 1])
    .thresholds(bounds)(valid);
  return bins.map((b, i) => ({
    x0: i / n,
    x1: (i + 1) / n,
    count: b.length,
    below: b.filter((f) => f.below).length,
  }));
}

export interface RateBar extends RateBin {
  x: number;
  width: number;
  /** Top of the whole bar. */
  y: number;
  /** The hatched part (factories below the threshold), drawn at the bottom of the bar. */
  belowY: number;
  belowHeight: number;
  /** The plain part above it. */
  restHeight: number;
  countLabel: TextBlock | null;
}

export interface RateMarker {
  x: number;
  value: number;
  label: TextBlock;
}

export interface RateDistributionLayout {
  kind: 'rate-distribution';
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  bars: RateBar[];
  xTicks: Tick[];
  yTicks: Tick[];
  xLabel: TextBlock;
  yLabel: TextBlock;
  threshold: RateMarker | null;
  /** The stretch of the axis below the threshold, shaded behind the bars. */
  belowBand: { x: number; width: number } | null;
  mean: RateMarker | null;
  legend: { below: TextBlock; rest: TextBlock; swatch: number };
  belowCount: number;
  population: number;
}

const HEIGHT = 400;
const MARGIN = { top: 112, right: 16, bottom: 48 };
/** Baselines of the two rows of marker labels above the plot. */
const MARKER_ROWS = [62, 80];
const SWATCH = 14;

export function layoutRateDistribution(
  data: RateDistributionData,
  size: ChartSize = { width: CHART_WIDTH },
): RateDistributionLayout | NoData {
  const { width } = size;
  const { locale } = data;
  const bins = binRates(data.factories, data.binWidth);
  const population = bins.reduce((sum, b) => sum + b.count, 0);
  if (population === 0) return noData('empty-population', width);
  const belowCount = bins.reduce((sum, b) => sum + b.below, 0);

  // Start the axis at the round ten below the lowest rate (or the threshold), so the bars are
  // wide enough to read; the axis labels say where it starts.
  const lowest = Math.min(
    ...bins.filter((b) => b.count > 0).map((b) => b.x0),
    ...(data.threshold !== null && data.threshold >= 0 ? [data.threshold] : []),
  );
  const roundStart = Math.floor(lowest * 10 + 1e-9) / 10;
  const firstBin = Math.max(
    0,
    bins.findLastIndex((b) => b.x0 <= roundStart + 1e-9),
  );
  const shown = bins.slice(firstBin);
  const start = shown[0]?.x0 ?? 0;

  const maxCount = Math.max(...shown.map((b) => b.count));
  const y = scaleLinear()
    .domain([0, Math.max(1, maxCount)])
    .nice(5);
  const yTicksProbe = countTicks(y, 5, locale);
  const left =
    Math.max(...yTicksProbe.map((tick) => estimateTextWidth(tick.label, FONT.small))) + 14;
  const plot = {
    x: left,
    y: MARGIN.top,
    width: Math.max(40, width - left - MARGIN.right),
    height: HEIGHT - MARGIN.top - MARGIN.bottom,
  };
  y.range([plot.y + plot.height, plot.y]);
  const x = scaleLinear()
    .domain([start, 1])
    .range([plot.x, plot.x + plot.width]);

  const bars = shown.map((b): RateBar => {
    const x0 = x(b.x0);
    const barWidth = Math.max(1, x(b.x1) - x0 - 2);
    const top = y(b.count);
    const belowTop = y(b.below);
    const bottom = y(0);
    const label = b.count > 0 ? formatNumber(locale, b.count) : null;
    const fits = label !== null && estimateTextWidth(label, FONT.small) <= barWidth + 6;
    return {
      ...b,
      x: x0 + 1,
      width: barWidth,
      y: top,
      belowY: belowTop,
      belowHeight: bottom - belowTop,
      restHeight: belowTop - top,
      countLabel:
        label !== null && fits
          ? { x: x0 + 1 + barWidth / 2, y: top - 4, lines: [label], anchor: 'middle' }
          : null,
    };
  });

  const rowY = (row: number) => MARKER_ROWS[row] ?? MARGIN.top;
  const marker = (
    value: number | null,
    key: 'threshold' | 'mean',
    row: number,
    preferEnd: boolean,
  ) => {
    if (value === null || !Number.isFinite(value)) return null;
    const at = x(Math.min(1, Math.max(start, value)));
    const text = t(locale, `chart.distribution.${key}`, { value: formatShare(locale, value) });
    const textWidth = estimateTextWidth(text, FONT.small);
    const end = preferEnd ? at - 4 - textWidth >= 0 : at + 4 + textWidth > width;
    return {
      x: at,
      value,
      label: {
        x: end ? at - 4 : at + 4,
        y: rowY(row),
        lines: [text],
        anchor: end ? 'end' : 'start',
      } satisfies TextBlock,
    };
  };

  const threshold = marker(data.threshold, 'threshold', 0, true);
  return {
    kind: 'rate-distribution',
    width,
    height: HEIGHT,
    plot,
    bars,
    xTicks: percentTicks(x, Math.min(10, Math.round((1 - start) / 0.1)), locale),
    yTicks: countTicks(y, 5, locale),
    xLabel: {
      x: plot.x + plot.width / 2,
      y: HEIGHT - 8,
      lines: [t(locale, 'chart.distribution.xAxis')],
      anchor: 'middle',
    },
    yLabel: {
      x: 0,
      y: MARGIN.top - 8,
      lines: [t(locale, 'chart.distribution.yAxis')],
      anchor: 'start',
    },
    // The threshold is at or below the mean, so its label reads leftwards and the mean's
    // rightwards; each has its own row in case either had to flip.
    threshold,
    belowBand:
      threshold && threshold.x > plot.x ? { x: plot.x, width: threshold.x - plot.x } : null,
    mean: marker(data.mean, 'mean', 1, false),
    legend: {
      swatch: SWATCH,
      below: {
        x: SWATCH + 6,
        y: 16,
        lines: [
          t(locale, 'chart.distribution.below', { factories: formatFactories(locale, belowCount) }),
        ],
        anchor: 'start',
      },
      rest: {
        x: SWATCH + 6,
        y: 36,
        lines: [
          t(locale, 'chart.distribution.rest', {
            factories: formatFactories(locale, population - belowCount),
          }),
        ],
        anchor: 'start',
      },
    },
    belowCount,
    population,
  };
}

export function rateDistributionTable(data: RateDistributionData): ChartTable {
  const { locale } = data;
  return {
    columns: [
      t(locale, 'chart.col.binFrom'),
      t(locale, 'chart.col.binTo'),
      t(locale, 'chart.col.factories'),
      t(locale, 'chart.col.belowThreshold'),
    ],
    keys: ['rate_from', 'rate_to', 'factories', 'below_threshold'],
    kinds: ['percent', 'percent', 'count', 'count'],
    rowHeader: 0,
    rows: binRates(data.factories, data.binWidth).map((b) => [b.x0, b.x1, b.count, b.below]),
  };
}

export function rateDistributionTitle(data: RateDistributionData): string {
  return t(data.locale, 'chart.distribution.title', { cycle: data.cycleLabel });
}

export function describeRateDistribution(data: RateDistributionData): string {
  const { locale } = data;
  const population = data.factories.length;
  if (population === 0 || data.threshold === null || data.mean === null) {
    return t(locale, 'chart.distribution.descEmpty', { cycle: data.cycleLabel });
  }
  return t(locale, 'chart.distribution.desc', {
    cycle: data.cycleLabel,
    below: formatNumber(locale, data.factories.filter((f) => f.below).length),
    population: formatFactories(locale, population),
    threshold: formatShare(locale, data.threshold),
    mean: formatShare(locale, data.mean),
  });
}
