/**
 * Rate history: one factory's compliance rate in the cycles where it was in the low-compliance
 * population, against each cycle's threshold, over a proportional time axis. Its geometry is the
 * same in every language: only the words (legend, axis title, end labels) and the title and
 * description differ, and the margins are wide enough for the words of every language.
 */
import { scaleLinear } from 'd3';
import { cycleLabel, digitsToSeparate, formatNumber, formatRate, t, type Locale } from '../i18n';
import { LOCALES } from '../i18n/locales';
import type { PublicFactory, PublicSite } from '../lib/public-site';
import { dodgeLabels, percentTicks } from './axes';
import type { Margins } from './fluid';
import { factoryLabel } from './format';
import { segmentsOf, type PlotPoint } from './line-plot';
import { estimateTextWidth } from './text';
import { layoutTimeAxis, type TimeAxis } from './time-axis';
import { FONT } from './theme';
import { noData, type ChartTable, type NoData, type Tick } from './types';

export interface RateHistoryPoint {
  cycleId: string;
  label: string;
  periodStart: string;
  periodEnd: string;
  /** Null in a cycle between two eligible ones where the factory was not in the population. */
  rate: number | null;
  threshold: number | null;
  /** On that cycle's low-compliance list. */
  listed: boolean;
}

export interface RateHistoryData {
  locale: Locale;
  factoryId: string;
  factoryName: string;
  /** Every cycle from the factory's first eligible cycle to its last, chronological. */
  points: RateHistoryPoint[];
}

export function rateHistoryData(
  site: Pick<PublicSite, 'cycles'>,
  factory: PublicFactory,
  locale: Locale,
): RateHistoryData {
  const eligible = new Map(
    factory.cycles
      .filter((c) => c.lcEligible && c.complianceRate !== null)
      .map((c) => [c.cycle, c]),
  );
  const indexes = site.cycles.flatMap((c, i) => (eligible.has(c.id) ? [i] : []));
  const first = indexes[0];
  const last = indexes.at(-1);
  const span = first === undefined || last === undefined ? [] : site.cycles.slice(first, last + 1);
  return {
    locale,
    factoryId: factory.id,
    factoryName: factoryLabel(locale, factory),
    points: span.map((cycle) => {
      const record = eligible.get(cycle.id);
      return {
        cycleId: cycle.id,
        label: cycleLabel(locale, cycle),
        periodStart: cycle.periodStart,
        periodEnd: cycle.periodEnd,
        rate: record?.complianceRate ?? null,
        threshold: cycle.lcThreshold,
        listed: record?.lowCompliance ?? false,
      };
    }),
  };
}

export interface HistoryPoint extends PlotPoint {
  value: number;
  cycleId: string;
}

export interface EndLabel {
  /** Baseline of the first line, from the top of the plot. */
  y: number;
  lines: [word: string, value: string];
}

export interface RateHistoryLayout {
  kind: 'rate-history';
  margins: Margins;
  plotHeight: number;
  axis: TimeAxis;
  yTicks: Tick[];
  rate: { points: (HistoryPoint & { listed: boolean })[]; segments: [PlotPoint, PlotPoint][] };
  threshold: {
    segments: [PlotPoint, PlotPoint][];
    /** Points with no neighbour to draw a line to: marked with a short dash instead. */
    isolated: HistoryPoint[];
  };
  /** The words, in the data's language, at places that are the same in every language. */
  words: {
    axis: string;
    listed: string;
    notListed: string;
    rate: EndLabel;
    threshold: EndLabel | null;
  };
}

const PLOT_HEIGHT = 220;
/** Khmer's glyph boxes are a third taller than Latin ones: rows keep apart in every language. */
const LEGEND_LINE = 24;
export const END_LINE = 17;
const TOP = 3 * LEGEND_LINE + 8;
const BOTTOM = 28;
export const MARKER_RADIUS = 4.5;
/** Khmer's stacked vowels and subscripts make its words wider than their letter count says. */
const KHMER_SLACK = 1.15;

const wordWidth = (locale: Locale, words: string, size: number) =>
  estimateTextWidth(words, size, true) * (locale === 'km' ? KHMER_SLACK : 1);

const rateWord = (locale: Locale) => t(locale, 'chart.history.rateWord');
const thresholdWord = (locale: Locale) => t(locale, 'chart.history.thresholdWord');

/**
 * What every factory's chart shares, worked out once: the percentage ticks and the left margin
 * they need, and the widest end-label words of the three languages.
 */
let shared:
  { yTicks: Tick[]; left: number; rateWordWidth: number; thresholdWordWidth: number } | undefined;
function sharedLayout() {
  if (shared === undefined) {
    const y = scaleLinear().domain([0, 1]).range([PLOT_HEIGHT, 0]);
    // Numbers read the same in the three languages (Intl gives 69.23% in each): English is the
    // neutral form, so that the geometry does not depend on the page's language.
    const yTicks = percentTicks(y, 5, 'en');
    shared = {
      yTicks,
      left: Math.max(...yTicks.map((tick) => estimateTextWidth(tick.label, FONT.small))) + 14,
      rateWordWidth: Math.max(...LOCALES.map((l) => wordWidth(l, rateWord(l), FONT.body))),
      thresholdWordWidth: Math.max(
        ...LOCALES.map((l) => wordWidth(l, thresholdWord(l), FONT.body)),
      ),
    };
  }
  return shared;
}

/** Time axes by margin and cycles: factories assessed in the same cycles share one. */
const axes = new Map<string, TimeAxis>();
function timeAxisOf(points: readonly RateHistoryPoint[], margin: number): TimeAxis {
  const key = `${margin}\u0000${points.map((p) => `${p.cycleId}\u0001${p.periodStart}\u0001${p.periodEnd}`).join('\u0000')}`;
  let axis = axes.get(key);
  if (axis === undefined) {
    axis = layoutTimeAxis(
      points.map((p) => ({ id: p.cycleId, periodStart: p.periodStart, periodEnd: p.periodEnd })),
      margin,
    );
    if (axes.size >= 1000) axes.clear();
    axes.set(key, axis);
  }
  return axis;
}

export function layoutRateHistory(data: RateHistoryData): RateHistoryLayout | NoData {
  const { locale } = data;
  const rated = data.points.filter((p) => p.rate !== null && Number.isFinite(p.rate));
  if (rated.length === 0) return noData('no-values');
  const y = scaleLinear().domain([0, 1]).range([PLOT_HEIGHT, 0]);
  const { yTicks, left, rateWordWidth, thresholdWordWidth } = sharedLayout();

  const lastRate = rated.at(-1);
  const lastThreshold = [...data.points].reverse().find((p) => p.threshold !== null);
  // The digits that tell the rate from the threshold ("69.23%" against "69.24%").
  const digits = digitsToSeparate(
    'en',
    lastThreshold?.threshold ?? null,
    rated.map((p) => p.rate),
  );
  const rateValue = formatRate('en', lastRate?.rate ?? 0, digits);
  const thresholdValue =
    lastThreshold?.threshold === null || lastThreshold === undefined
      ? null
      : formatRate('en', lastThreshold.threshold, digits);
  const right =
    Math.max(
      estimateTextWidth(rateValue, FONT.body, true),
      thresholdValue === null ? 0 : estimateTextWidth(thresholdValue, FONT.body, true),
      rateWordWidth,
      thresholdValue === null ? 0 : thresholdWordWidth,
    ) + 16;

  const axis = timeAxisOf(data.points, left + right);
  const at = (p: RateHistoryPoint, value: number | null): HistoryPoint | null =>
    value === null || !Number.isFinite(value)
      ? null
      : {
          x: axis.of(p.cycleId),
          y: y(Math.min(1, Math.max(0, value))),
          value,
          cycleId: p.cycleId,
        };
  const ratePoints = data.points.map((p) => at(p, p.rate));
  const thresholdPoints = data.points.map((p) => at(p, p.threshold));
  const rateEnd = ratePoints.filter((p) => p !== null).at(-1);
  const thresholdEnd = thresholdPoints.filter((p) => p !== null).at(-1);

  const blockHeight = 2 * END_LINE + 8;
  const ends = [rateEnd, ...(thresholdValue === null ? [] : [thresholdEnd])];
  const centres = dodgeLabels(
    ends.map((end) => ({ y: end?.y ?? 0, height: blockHeight })),
    -TOP + 3 * LEGEND_LINE,
    PLOT_HEIGHT + BOTTOM,
  );
  const endLabel = (centre: number, word: string, value: string): EndLabel => ({
    y: centre - END_LINE / 2 + FONT.body * 0.35,
    lines: [word, value],
  });

  return {
    kind: 'rate-history',
    margins: { top: TOP, right, bottom: BOTTOM, left },
    plotHeight: PLOT_HEIGHT,
    axis,
    yTicks,
    rate: {
      points: ratePoints.flatMap((p, i) =>
        p === null ? [] : [{ ...p, listed: data.points[i]?.listed ?? false }],
      ),
      segments: segmentsOf(ratePoints),
    },
    threshold: {
      segments: segmentsOf(thresholdPoints),
      isolated: thresholdPoints.filter(
        (p, i): p is HistoryPoint =>
          p !== null && !thresholdPoints[i - 1] && !thresholdPoints[i + 1],
      ),
    },
    words: {
      axis: t(locale, 'chart.history.axis'),
      listed: t(locale, 'chart.history.listed'),
      notListed: t(locale, 'chart.history.notListed'),
      rate: endLabel(centres[0] ?? 0, rateWord(locale), rateValue),
      threshold:
        thresholdValue === null
          ? null
          : endLabel(centres[1] ?? 0, thresholdWord(locale), thresholdValue),
    },
  };
}

/** Legend rows and the axis title above the plot, as baselines from the top of the plot. */
export const HISTORY_LEGEND_ROWS = [
  -TOP + 14,
  -TOP + 14 + LEGEND_LINE,
  -TOP + 14 + 2 * LEGEND_LINE,
];

export function rateHistoryTable(data: RateHistoryData): ChartTable {
  const { locale } = data;
  const rated = data.points.filter((p) => p.rate !== null);
  return {
    columns: [
      t(locale, 'chart.col.cycleId'),
      t(locale, 'chart.col.cycle'),
      t(locale, 'chart.col.rate'),
      t(locale, 'chart.col.threshold'),
      t(locale, 'chart.col.listed'),
    ],
    keys: ['cycle_id', 'cycle', 'compliance_rate', 'threshold', 'low_compliance_list'],
    kinds: ['text', 'text', 'percent', 'percent', 'text'],
    rowHeader: 1,
    rows: rated.map((p) => [
      p.cycleId,
      p.label,
      p.rate ?? '',
      p.threshold ?? '',
      t(locale, p.listed ? 'chart.yes' : 'chart.no'),
    ]),
    // A rate and its cycle's threshold never read the same: the row says whether it was listed.
    percentDigits: rated.map((p) => digitsToSeparate(locale, p.threshold, [p.rate])),
  };
}

export function rateHistoryTitle(data: RateHistoryData): string {
  return t(data.locale, 'chart.history.title', { factory: data.factoryName });
}

export function describeRateHistory(data: RateHistoryData): string {
  const { locale } = data;
  const eligible = data.points.filter((p) => p.rate !== null);
  const last = eligible.at(-1);
  if (!last || last.rate === null) {
    return t(locale, 'chart.history.descEmpty', { factory: data.factoryName });
  }
  const digits = digitsToSeparate(locale, last.threshold, [last.rate]);
  const values = {
    factory: data.factoryName,
    rate: formatRate(locale, last.rate, digits),
    cycle: last.label,
    threshold:
      last.threshold === null
        ? t(locale, 'figure.notAvailable')
        : formatRate(locale, last.threshold, digits),
    listed: formatNumber(locale, eligible.filter((p) => p.listed).length),
    eligible: formatNumber(locale, eligible.length),
  };
  return t(
    locale,
    eligible.length === 1 ? 'chart.history.desc.one' : 'chart.history.desc.other',
    values,
  );
}
