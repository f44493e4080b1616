/**
 * Rate distribution: the compliance rates of one cycle's low-compliance population as dots, with
 * the mean and the threshold marked, and the lowest factories below the threshold (on the list)
 * in rows of their own with their names and rates.
 */
import { bin, min, scaleLinear } from 'd3';
import { cycleLabel, digitsToSeparate, formatNumber, formatRate, t, type Locale } from '../i18n';
import { localePath } from '../i18n/locales';
import type { PublicCycle, PublicSite } from '../lib/public-site';
import { percentTicks } from './axes';
import { thinTicks, type Margins } from './fluid';
import { factoryLabel, formatFactories } from './format';
import type { PlotPoint } from './line-plot';
import { wrapText } from './text';
import { FONT, MIN_WIDTH } from './theme';
import { noData, type ChartTable, type NoData, type TextBlock, type Tick } from './types';

export interface RateDistributionData {
  locale: Locale;
  cycleId: string;
  cycleLabel: string;
  /**
   * The compliance rate of every factory in the population, in the site's order. Only the
   * listed factories are named: a registry's chart data stays a list of numbers.
   */
  rates: number[];
  /**
   * The factories below the threshold (on the list), each by its place in `rates`. Who is
   * listed comes from the scorer, which decides it in exact arithmetic; comparing the float rate
   * with the float threshold could disagree with the published list at the boundary.
   */
  listed: { at: number; id: string; name: string }[];
  mean: number | null;
  threshold: number | null;
  /** Width of a bin as a fraction (0.05 = five percentage points). */
  binWidth: number;
}

export const DEFAULT_BIN_WIDTH = 0.05;

/** A factory of the population as the chart reads it. */
export interface RatedFactory {
  id: string;
  name: string;
  rate: number;
  below: boolean;
}

/** The population's rates, and the names of the listed factories only. */
export function packRates(
  factories: Iterable<RatedFactory>,
): Pick<RateDistributionData, 'rates' | 'listed'> {
  const rates: number[] = [];
  const listed: RateDistributionData['listed'] = [];
  for (const factory of factories) {
    if (factory.below) listed.push({ at: rates.length, id: factory.id, name: factory.name });
    rates.push(factory.rate);
  }
  return { rates, listed };
}

export function rateDistributionData(
  site: PublicSite,
  cycle: PublicCycle,
  locale: Locale,
  binWidth = DEFAULT_BIN_WIDTH,
): RateDistributionData {
  function* rated(): Generator<RatedFactory> {
    for (const f of site.factories) {
      for (const c of f.cycles) {
        if (c.cycle !== cycle.id || !c.lcEligible || c.complianceRate === null) continue;
        // The name is made only for a listed factory, the only one the chart names.
        const name = c.lowCompliance ? factoryLabel(locale, f) : '';
        yield { id: f.id, name, rate: c.complianceRate, below: c.lowCompliance };
      }
    }
  }
  return {
    locale,
    cycleId: cycle.id,
    cycleLabel: cycleLabel(locale, cycle),
    ...packRates(rated()),
    mean: cycle.lcMean,
    threshold: cycle.lcThreshold,
    binWidth,
  };
}

/** Each rate of the population with whether it is listed, in order. */
function population(data: RateDistributionData): { rate: number; below: boolean }[] {
  const listed = new Set(data.listed.map((f) => f.at));
  return data.rates.map((rate, at) => ({ rate, below: listed.has(at) }));
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

export interface StripDot extends PlotPoint {
  below: boolean;
}

export interface ListedRow {
  id: string;
  href: string;
  label: TextBlock;
  /** The row's track and dot, from the top of the plot. */
  dotY: number;
  dotX: number;
}

export interface RateMarker {
  /** Across the plot, 0 to 1. */
  x: number;
  value: number;
  label: { y: number; text: string; anchor: 'start' | 'end' };
}

export interface RateDistributionLayout {
  kind: 'rate-distribution';
  margins: Margins;
  plotHeight: number;
  strip: { caption: TextBlock; top: number; height: number; dots: StripDot[] };
  listedHeading: TextBlock | null;
  rows: ListedRow[];
  ticks: (Tick & { className: string | undefined })[];
  xLabel: string;
  threshold: RateMarker | null;
  mean: RateMarker | null;
  belowCount: number;
  population: number;
}

const TOP = 44;
const BOTTOM = 44;
const MARKER_ROWS = [-26, -8];
const STRIP_HEIGHT = 34;
const ROW_HEIGHT = 34;
/** Line spacing of wrapped words. */
export const LINE = 18;
export const DOT_RADIUS = 3;
export const LISTED_RADIUS = 5;

/**
 * Dots drawn one per factory up to this population; above it a registry of tens of thousands
 * would draw a dot per factory into one solid band, so dots that would fall on the same spot
 * (one of MERGED_COLUMNS across, one of MERGED_LANES down) are drawn once.
 */
export const DOT_LIMIT = 1000;
const MERGED_COLUMNS = 200;
const MERGED_LANES = 4;
/** Listed factories the chart names row by row; every one is in the list beside the chart. */
export const ROW_LIMIT = 40;

/** A spread of heights in [0, 1) that looks random but is the same on every build. */
const jitter = (index: number) => (((index * 0.6180339887498949) % 1) + 1) % 1;

/**
 * A strip of every factory in the population (one dot each, at its rate, or one for those at
 * nearly the same rate above DOT_LIMIT) above a labelled row for each of the ROW_LIMIT lowest
 * factories on the list, with the threshold and the mean marked across both; a heading counts
 * every listed factory, however many others there are.
 */
export function layoutRateDistribution(
  data: RateDistributionData,
): RateDistributionLayout | NoData {
  const { locale } = data;
  const valid = population(data).filter((f) => Number.isFinite(f.rate));
  if (valid.length === 0) return noData('empty-population');
  const listed = data.listed
    .map((f) => ({ ...f, rate: data.rates[f.at] ?? Number.NaN }))
    .filter((f) => Number.isFinite(f.rate))
    .sort((a, b) => a.rate - b.rate || (a.id < b.id ? -1 : 1));

  // The axis starts at the round ten below the lowest rate (or the threshold), so the dots
  // spread over the width; its labels say where it starts.
  const lowest = Math.min(
    min(valid, (f) => f.rate) ?? Infinity,
    data.threshold !== null && data.threshold >= 0 ? data.threshold : Infinity,
  );
  const start = Math.max(0, Math.floor(lowest * 10 + 1e-9) / 10);
  const x = scaleLinear().domain([start, 1]).range([0, 1]).clamp(true);
  const digits = digitsToSeparate(
    locale,
    data.threshold,
    valid.map((f) => f.rate),
  );
  const rate = (value: number) => formatRate(locale, value, digits);

  const right = 18;
  // Words wrap to the narrowest chart; Khmer's taller glyphs get the same line spacing as any.
  const wrapAt = MIN_WIDTH - 2 * right - 8;
  const merged = valid.length > DOT_LIMIT;
  const captionLines = wrapText(
    t(locale, merged ? 'chart.distribution.stripMerged' : 'chart.distribution.strip', {
      factories: formatFactories(locale, valid.length),
    }),
    wrapAt,
    FONT.small,
  );
  const stripTop = 4 + captionLines.length * LINE;
  const spread = STRIP_HEIGHT - 2 * DOT_RADIUS;
  const dots = (
    merged
      ? mergedDots(valid, x)
      : valid.map((f, i) => ({ ...f, at: x(f.rate), height: jitter(i) }))
  )
    .map((dot) => ({ x: dot.at, y: stripTop + DOT_RADIUS + dot.height * spread, below: dot.below }))
    // The listed factories' dots on top of the others.
    .sort((a, b) => Number(a.below) - Number(b.below));

  let y = stripTop + STRIP_HEIGHT + 8;
  const named = listed.slice(0, ROW_LIMIT);
  const headingLines = wrapText(
    named.length < listed.length
      ? t(locale, 'chart.distribution.belowLowest', {
          factories: formatFactories(locale, listed.length),
          named: formatNumber(locale, named.length),
        })
      : t(locale, 'chart.distribution.below', {
          factories: formatFactories(locale, listed.length),
        }),
    wrapAt,
    FONT.body,
    true,
  );
  const listedHeading =
    listed.length === 0 ? null : { x: 0, y: y + 16, lines: headingLines, anchor: 'start' as const };
  if (listedHeading) y += 8 + headingLines.length * LINE;
  const rows = named.map((f): ListedRow => {
    const lines = wrapText(`${f.name} ${rate(f.rate)}`, wrapAt, FONT.body, false, true);
    const row: ListedRow = {
      id: f.id,
      href: localePath(locale, `/factories/${f.id}/`),
      label: { x: 0, y: y + 14, lines, anchor: 'start' },
      dotY: y + LINE * lines.length + 6,
      dotX: x(f.rate),
    };
    y += ROW_HEIGHT + LINE * (lines.length - 1);
    return row;
  });
  const plotHeight = y;

  const marker = (
    value: number | null,
    key: 'threshold' | 'mean',
    row: number,
  ): RateMarker | null => {
    if (value === null || !Number.isFinite(value)) return null;
    const at = x(value);
    return {
      x: at,
      value,
      label: {
        y: MARKER_ROWS[row] ?? 0,
        text: t(locale, `chart.distribution.${key}`, { value: rate(value) }),
        // Text reads away from the nearer edge, so it stays inside at any width.
        anchor: at > 0.5 ? 'end' : 'start',
      },
    };
  };

  const ticks = thinTicks(
    percentTicks(x, Math.min(10, Math.round((1 - start) / 0.1)), locale),
    2 * right,
  );

  return {
    kind: 'rate-distribution',
    // Room for half of the first and last tick labels, centred on the ends of the axis.
    margins: { top: TOP, right, bottom: BOTTOM, left: right },
    plotHeight,
    strip: {
      caption: { x: 0, y: 12, lines: captionLines, anchor: 'start' },
      top: stripTop,
      height: STRIP_HEIGHT,
      dots,
    },
    listedHeading,
    rows,
    ticks,
    xLabel: t(locale, 'chart.distribution.xAxis'),
    threshold: marker(data.threshold, 'threshold', 0),
    mean: marker(data.mean, 'mean', 1),
    belowCount: listed.length,
    population: valid.length,
  };
}

/**
 * One dot per spot a dot can take in a merged strip (a column of the axis and a lane of the
 * strip, each factory's lane by its place in the population), listed apart from the others.
 */
function mergedDots(
  factories: ReadonlyArray<{ rate: number; below: boolean }>,
  x: (rate: number) => number,
): Array<{ at: number; height: number; below: boolean }> {
  const seen = new Set<string>();
  const dots: Array<{ at: number; height: number; below: boolean }> = [];
  factories.forEach((f, i) => {
    const column = Math.round(x(f.rate) * MERGED_COLUMNS);
    const lane = i % MERGED_LANES;
    const key = `${column}:${lane}:${f.below}`;
    if (seen.has(key)) return;
    seen.add(key);
    dots.push({ at: column / MERGED_COLUMNS, height: (lane + 0.5) / MERGED_LANES, below: f.below });
  });
  return dots;
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
    rows: binRates(population(data), data.binWidth).map((b) => [b.x0, b.x1, b.count, b.below]),
  };
}

export function rateDistributionTitle(data: RateDistributionData): string {
  return t(data.locale, 'chart.distribution.title', { cycle: data.cycleLabel });
}

export function describeRateDistribution(data: RateDistributionData): string {
  const { locale } = data;
  const population = data.rates.length;
  if (population === 0 || data.threshold === null || data.mean === null) {
    return t(locale, 'chart.distribution.descEmpty', { cycle: data.cycleLabel });
  }
  return t(locale, 'chart.distribution.desc', {
    cycle: data.cycleLabel,
    below: formatNumber(locale, data.listed.length),
    population: formatFactories(locale, population),
    threshold: formatRate(
      locale,
      data.threshold,
      digitsToSeparate(locale, data.threshold, data.rates),
    ),
    mean: formatRate(locale, data.mean),
  });
}
