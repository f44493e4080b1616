/**
 * Rate history: one factory's compliance rate in the cycles where it was in the low-compliance
 * population, against each cycle's threshold.
 */
import { scaleLinear } from 'd3';
import { factoryText, formatNumber, t, type Locale } from '../i18n';
import type { PublicFactory, PublicSite } from '../lib/public-site';
import { dodgeLabels, layoutCycleLinePlot, percentTicks } from './axes';
import { formatShare } from './format';
import { shortCycleLabel } from './share-trend';
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

export interface RateHistoryPoint {
  cycleId: string;
  label: string;
  shortLabel: string;
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
    factoryName: factoryText(locale, factory).text,
    points: span.map((cycle) => {
      const record = eligible.get(cycle.id);
      return {
        cycleId: cycle.id,
        label: cycle.label,
        shortLabel: shortCycleLabel(cycle),
        rate: record?.complianceRate ?? null,
        threshold: cycle.lcThreshold,
        listed: record?.lowCompliance ?? false,
      };
    }),
  };
}

export interface HistoryPoint {
  x: number;
  y: number;
  value: number;
  cycleId: string;
}

export interface RateHistoryLayout {
  kind: 'rate-history';
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  yTicks: Tick[];
  xTicks: (Tick & { labelled: boolean })[];
  axisLabel: TextBlock;
  legend: {
    listed: TextBlock;
    notListed: TextBlock;
    listedX: number;
    notListedX: number;
    y: number;
  };
  rate: { path: string; points: (HistoryPoint & { listed: boolean })[]; label: TextBlock };
  threshold: {
    path: string;
    points: HistoryPoint[];
    /** Points with no neighbour to draw a line to: marked with a short dash instead. */
    isolated: HistoryPoint[];
    label: TextBlock | null;
  };
}

const HEIGHT = 320;
const MARGIN = { top: 60, bottom: 32 };
export const MARKER_RADIUS = 4.5;

export function layoutRateHistory(
  data: RateHistoryData,
  size: ChartSize = { width: CHART_WIDTH },
): RateHistoryLayout | NoData {
  const { width } = size;
  const { locale } = data;
  if (!data.points.some((p) => p.rate !== null && Number.isFinite(p.rate))) {
    return noData('no-values', width);
  }
  const y = scaleLinear().domain([0, 1]);
  const left =
    Math.max(
      ...percentTicks(y, 5, locale).map((tick) => estimateTextWidth(tick.label, FONT.small)),
    ) + 14;

  const lastRate = [...data.points].reverse().find((p) => p.rate !== null);
  const lastThreshold = [...data.points].reverse().find((p) => p.threshold !== null);
  const rateText = t(locale, 'chart.history.rateLabel', {
    value: formatShare(locale, lastRate?.rate ?? 0),
  });
  const thresholdText =
    lastThreshold?.threshold === null || lastThreshold === undefined
      ? null
      : t(locale, 'chart.history.thresholdLabel', {
          value: formatShare(locale, lastThreshold.threshold),
        });
  const right =
    Math.max(
      estimateTextWidth(rateText, FONT.body),
      thresholdText === null ? 0 : estimateTextWidth(thresholdText, FONT.body),
    ) + 20;

  const {
    plot,
    xOf,
    ticks: xTicks,
    path,
  } = layoutCycleLinePlot(
    data.points.map((p) => ({ id: p.cycleId, shortLabel: p.shortLabel })),
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
  const at = (p: RateHistoryPoint, value: number | null): HistoryPoint | null =>
    value === null || !Number.isFinite(value)
      ? null
      : { x: xOf(p.cycleId), y: y(Math.min(1, Math.max(0, value))), value, cycleId: p.cycleId };
  const ratePoints = data.points.map((p) => at(p, p.rate));
  const thresholdPoints = data.points.map((p) => at(p, p.threshold));
  const rateEnd = ratePoints.filter((p) => p !== null).at(-1);
  const thresholdEnd = thresholdPoints.filter((p) => p !== null).at(-1);

  const labelHeight = 18;
  const ends = [rateEnd, ...(thresholdText === null ? [] : [thresholdEnd])];
  const centres = dodgeLabels(
    ends.map((end) => ({ y: end?.y ?? plot.y, height: labelHeight })),
    plot.y - 10,
    plot.y + plot.height + 10,
  );
  const endLabel = (text: string, end: HistoryPoint | undefined, centre: number): TextBlock => ({
    x: (end?.x ?? plot.x + plot.width) + 12,
    y: centre + FONT.body * 0.35,
    lines: [text],
    anchor: 'start',
  });

  const legendY = 18;
  const listedText = t(locale, 'chart.history.listed');
  const notListedX = 16 + estimateTextWidth(listedText, FONT.body) + 24;

  return {
    kind: 'rate-history',
    width,
    height: HEIGHT,
    plot,
    yTicks: percentTicks(y, 5, locale),
    xTicks,
    axisLabel: { x: 0, y: 46, lines: [t(locale, 'chart.history.axis')], anchor: 'start' },
    legend: {
      y: legendY,
      listedX: MARKER_RADIUS + 2,
      notListedX,
      listed: { x: 16, y: legendY + FONT.body * 0.35, lines: [listedText], anchor: 'start' },
      notListed: {
        x: notListedX + 10,
        y: legendY + FONT.body * 0.35,
        lines: [t(locale, 'chart.history.notListed')],
        anchor: 'start',
      },
    },
    rate: {
      path: path(ratePoints),
      points: ratePoints.flatMap((p, i) =>
        p === null ? [] : [{ ...p, listed: data.points[i]?.listed ?? false }],
      ),
      label: endLabel(rateText, rateEnd, centres[0] ?? plot.y),
    },
    threshold: {
      path: path(thresholdPoints),
      points: thresholdPoints.filter((p) => p !== null),
      isolated: thresholdPoints.filter(
        (p, i): p is HistoryPoint =>
          p !== null && !thresholdPoints[i - 1] && !thresholdPoints[i + 1],
      ),
      label:
        thresholdText === null ? null : endLabel(thresholdText, thresholdEnd, centres[1] ?? plot.y),
    },
  };
}

export function rateHistoryTable(data: RateHistoryData): ChartTable {
  const { locale } = data;
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
    rows: data.points.flatMap((p) =>
      p.rate === null
        ? []
        : [
            [
              p.cycleId,
              p.label,
              p.rate,
              p.threshold ?? '',
              t(locale, p.listed ? 'chart.yes' : 'chart.no'),
            ],
          ],
    ),
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
  const values = {
    factory: data.factoryName,
    rate: formatShare(locale, last.rate),
    cycle: last.label,
    threshold:
      last.threshold === null
        ? t(locale, 'figure.notAvailable')
        : formatShare(locale, last.threshold),
    listed: formatNumber(locale, eligible.filter((p) => p.listed).length),
    eligible: formatNumber(locale, eligible.length),
  };
  return t(
    locale,
    eligible.length === 1 ? 'chart.history.desc.one' : 'chart.history.desc.other',
    values,
  );
}
