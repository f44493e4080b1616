/**
 * Every chart the site shows, made from the public snapshot: the pages look charts up here by id,
 * and the /charts/<id>.svg and /charts/<id>.csv endpoints are generated from the same list, so a
 * chart on a page always has its downloads.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { requirementLabel, t, type Locale } from '../i18n';
import { toSafeCsv } from '../lib/downloads';
import type { PublicFactory, PublicSite } from '../lib/public-site';
import Chart from './Chart';
import { fractionCell, slugOf } from './format';
import {
  describeIssueRates,
  issueRatesData,
  issueRatesTable,
  issueRatesTitle,
} from './issue-rates';
import {
  describeRateDistribution,
  rateDistributionData,
  rateDistributionTable,
  rateDistributionTitle,
} from './rate-distribution';
import {
  describeRateHistory,
  rateHistoryData,
  rateHistoryTable,
  rateHistoryTitle,
} from './rate-history';
import {
  describeFullComplianceTrend,
  describeRequirementTrend,
  fullComplianceTrendData,
  requirementTrendData,
  shareTrendTable,
} from './share-trend';
import type { ChartSpec } from './spec';

export type { ChartKind, ChartSpec } from './spec';
export type { ChartTable, ColumnKind } from './types';

export const issueRatesId = (cycleId: string) => `issue-rates-${slugOf(cycleId)}`;
export const rateDistributionId = (cycleId: string) => `rate-distribution-${slugOf(cycleId)}`;
export const fullComplianceTrendId = 'trend-full-compliance';
export const requirementTrendId = (requirementId: string) =>
  `requirement-${slugOf(requirementId)}-trend`;
export const factoryRateId = (factoryId: string) => `factory-${slugOf(factoryId)}-rate`;

const cache = new WeakMap<PublicSite, Map<Locale, ChartSpec[]>>();

/**
 * Issue rates for every cycle, the rate distribution for every cycle with a low-compliance
 * population, the full-compliance trend, a trend per critical requirement and a rate history
 * per factory that was ever in the population. Memoised per snapshot: every page asks.
 */
export function listCharts(site: PublicSite, locale: Locale = 'en'): ChartSpec[] {
  let byLocale = cache.get(site);
  if (!byLocale) {
    byLocale = new Map();
    cache.set(site, byLocale);
  }
  const cached = byLocale.get(locale);
  if (cached) return cached;
  const charts = buildCharts(site, locale);
  const seen = new Set<string>();
  for (const chart of charts) {
    if (seen.has(chart.id)) {
      throw new Error(
        `two charts have the id "${chart.id}": ids that differ only in case or punctuation cannot share a URL`,
      );
    }
    seen.add(chart.id);
  }
  byLocale.set(locale, charts);
  return charts;
}

export function chartById(
  site: PublicSite,
  id: string,
  locale: Locale = 'en',
): ChartSpec | undefined {
  return listCharts(site, locale).find((chart) => chart.id === id);
}

function buildCharts(site: PublicSite, locale: Locale): ChartSpec[] {
  const base = {
    locale,
    source: t(locale, 'chart.source', { publisher: site.meta.publisher, title: site.meta.title }),
  };
  const charts: ChartSpec[] = [];
  for (const cycle of site.cycles) {
    const data = issueRatesData(site, cycle, locale);
    charts.push({
      ...base,
      kind: 'issue-rates',
      id: issueRatesId(cycle.id),
      title: issueRatesTitle(data),
      description: describeIssueRates(data),
      data,
      table: issueRatesTable(data),
    });
  }
  for (const cycle of site.cycles) {
    const data = rateDistributionData(site, cycle, locale);
    if (data.factories.length === 0) continue;
    charts.push({
      ...base,
      kind: 'rate-distribution',
      id: rateDistributionId(cycle.id),
      title: rateDistributionTitle(data),
      description: describeRateDistribution(data),
      data,
      table: rateDistributionTable(data),
    });
  }
  const full = fullComplianceTrendData(site, locale);
  charts.push({
    ...base,
    kind: 'share-trend',
    id: fullComplianceTrendId,
    title: t(locale, 'chart.trend.fullCompliance.title'),
    description: describeFullComplianceTrend(full),
    data: full,
    table: shareTrendTable(full),
  });
  for (const requirement of site.requirements.filter((r) => r.track === 'critical')) {
    const data = requirementTrendData(site, requirement.id, locale);
    charts.push({
      ...base,
      kind: 'share-trend',
      id: requirementTrendId(requirement.id),
      title: t(locale, 'chart.trend.requirement.title', {
        id: requirement.id,
        label: requirementLabel(locale, requirement),
      }),
      description: describeRequirementTrend(data, requirement.id),
      data,
      table: shareTrendTable(data),
    });
  }
  for (const factory of site.factories) {
    const chart = factoryRateChart(site, factory, locale);
    if (chart) charts.push(chart);
  }
  return charts;
}

/** One factory's rate history, for its page; undefined when it was never in the population. */
export function factoryRateChart(
  site: Pick<PublicSite, 'meta' | 'cycles'>,
  factory: PublicFactory,
  locale: Locale,
): ChartSpec | undefined {
  const data = rateHistoryData(site, factory, locale);
  if (data.points.length === 0) return undefined;
  return {
    locale,
    source: t(locale, 'chart.source', { publisher: site.meta.publisher, title: site.meta.title }),
    kind: 'rate-history',
    id: factoryRateId(factory.id),
    title: rateHistoryTitle(data),
    description: describeRateHistory(data),
    data,
    table: rateHistoryTable(data),
  };
}

/**
 * The chart's SVG for a page. React's static renderer is used directly rather than through
 * Astro's component pipeline: it is several times faster for the hundreds of charts a site has.
 */
export function renderChartInline(spec: ChartSpec): string {
  return renderToStaticMarkup(createElement(Chart, { spec }));
}

/** The chart as a standalone SVG file, with its title and credit line drawn in. */
export function renderChartSvg(spec: ChartSpec): string {
  const markup = renderToStaticMarkup(createElement(Chart, { spec, standalone: true }));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}

/** The chart's table as a spreadsheet-safe CSV; shares as fractions with 6 decimals. */
export function chartCsv(spec: ChartSpec): string {
  const { table } = spec;
  return toSafeCsv(
    table.keys,
    table.rows.map((row) =>
      row.map((cell, i) =>
        typeof cell === 'number' && table.kinds[i] === 'percent' ? fractionCell(cell) : cell,
      ),
    ),
  );
}
