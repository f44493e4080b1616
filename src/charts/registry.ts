/**
 * Every chart the site shows, made from the public snapshot: a page asks for the one chart it
 * shows by id and gets it built alone, through indexes made once per snapshot, so the cost of a
 * page does not grow with the number of factories. Downloads are made in the browser from the
 * page's own chart and table (charts/client/), so no chart is written as a file.
 */
import {
  datasetTitleText,
  formatDate,
  marked,
  publisherText,
  requirementLabel,
  t,
  type Locale,
} from '../i18n';
import { toSafeCsv } from '../lib/downloads';
import type { PublicCycle, PublicFactory, PublicRequirement, PublicSite } from '../lib/public-site';
import { drawIssueRates } from './draw-issue-rates';
import { drawRateDistribution } from './draw-rate-distribution';
import { drawRateHistory } from './draw-rate-history';
import { drawShareTrend } from './draw-share-trend';
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

interface Index {
  cycles: Map<string, PublicCycle>;
  requirements: Map<string, PublicRequirement>;
  factories: Map<string, PublicFactory>;
}

const indexes = new WeakMap<PublicSite, Index>();

/** Ids as URL slugs, each naming one thing: two ids that differ only in case cannot share one. */
function bySlug<T extends { id: string }>(items: readonly T[], chartId: (id: string) => string) {
  const map = new Map<string, T>();
  for (const item of items) {
    const slug = slugOf(item.id);
    if (map.has(slug)) {
      throw new Error(
        `two charts have the id "${chartId(item.id)}": ids that differ only in case or punctuation cannot share a URL`,
      );
    }
    map.set(slug, item);
  }
  return map;
}

function indexOf(site: PublicSite): Index {
  let index = indexes.get(site);
  if (!index) {
    index = {
      cycles: bySlug(site.cycles, issueRatesId),
      requirements: bySlug(
        site.requirements.filter((r) => r.track === 'critical'),
        requirementTrendId,
      ),
      factories: bySlug(site.factories, factoryRateId),
    };
    indexes.set(site, index);
  }
  return index;
}

const hasRateHistory = (factory: PublicFactory) =>
  factory.cycles.some((c) => c.lcEligible && c.complianceRate !== null);

const hasPopulation = (cycle: PublicCycle) => cycle.lcPopulation > 0;

/**
 * The ids of every chart: issue rates for every cycle, the rate distribution for every cycle
 * with a low-compliance population, the full-compliance trend, a trend per critical requirement
 * and a rate history per factory that was ever in the population.
 */
export function chartIds(site: PublicSite): string[] {
  return [
    ...siteChartIds(site),
    ...site.factories.filter(hasRateHistory).map((f) => factoryRateId(f.id)),
  ];
}

/** The ids of the charts drawn from the whole site, not from one factory's record. */
export function siteChartIds(site: PublicSite): string[] {
  indexOf(site);
  return [
    ...site.cycles.map((c) => issueRatesId(c.id)),
    ...site.cycles.filter((c) => hasPopulation(c)).map((c) => rateDistributionId(c.id)),
    fullComplianceTrendId,
    ...site.requirements.filter((r) => r.track === 'critical').map((r) => requirementTrendId(r.id)),
  ];
}

/** The chart with this id, built alone; undefined for an id the site has no chart for. */
export function chartById(
  site: PublicSite,
  id: string,
  locale: Locale = 'en',
): ChartSpec | undefined {
  const index = indexOf(site);
  const base = chartBase(site, locale);
  let match: RegExpExecArray | null;
  if ((match = /^issue-rates-(.+)$/.exec(id))) {
    const cycle = index.cycles.get(match[1] ?? '');
    if (!cycle) return undefined;
    const data = issueRatesData(site, cycle, locale);
    return {
      ...base,
      kind: 'issue-rates',
      id,
      title: issueRatesTitle(data),
      description: describeIssueRates(data),
      data,
      table: issueRatesTable(data),
    };
  }
  if ((match = /^rate-distribution-(.+)$/.exec(id))) {
    const cycle = index.cycles.get(match[1] ?? '');
    if (!cycle || !hasPopulation(cycle)) return undefined;
    const data = rateDistributionData(site, cycle, locale);
    if (data.rates.length === 0) return undefined;
    return {
      ...base,
      kind: 'rate-distribution',
      id,
      title: rateDistributionTitle(data),
      description: describeRateDistribution(data),
      data,
      table: rateDistributionTable(data),
    };
  }
  if (id === fullComplianceTrendId) {
    const data = fullComplianceTrendData(site, locale);
    return {
      ...base,
      kind: 'share-trend',
      id,
      title: t(locale, 'chart.trend.fullCompliance.title'),
      description: describeFullComplianceTrend(data),
      data,
      table: shareTrendTable(data),
    };
  }
  if ((match = /^requirement-(.+)-trend$/.exec(id))) {
    const requirement = index.requirements.get(match[1] ?? '');
    if (!requirement) return undefined;
    const data = requirementTrendData(site, requirement.id, locale);
    return {
      ...base,
      kind: 'share-trend',
      id,
      title: t(locale, 'chart.trend.requirement.title', {
        id: requirement.id,
        label: requirementLabel(locale, requirement),
      }),
      description: describeRequirementTrend(data, requirement.id),
      data,
      table: shareTrendTable(data),
    };
  }
  if ((match = /^factory-(.+)-rate$/.exec(id))) {
    const factory = index.factories.get(match[1] ?? '');
    return factory ? factoryRateChart(site, factory, locale) : undefined;
  }
  return undefined;
}

/** What every chart carries: its language, its credit line and the date of its data. */
function chartBase(site: Pick<PublicSite, 'meta' | 'cycles'>, locale: Locale) {
  const last = site.cycles.at(-1);
  return {
    locale,
    source: t(locale, 'chart.source', {
      publisher: marked(locale, publisherText(locale, site.meta)),
      title: marked(locale, datasetTitleText(locale, site.meta)),
    }),
    dataDate: last ? formatDate(locale, last.publishedOn ?? last.periodEnd) : '',
  };
}

/**
 * One factory's rate history, made from its own record and the cycles alone (a factory page
 * does not hold the other factories); undefined when it was never in the population.
 */
export function factoryRateChart(
  site: Pick<PublicSite, 'meta' | 'cycles'>,
  factory: PublicFactory,
  locale: Locale,
): ChartSpec | undefined {
  if (!hasRateHistory(factory)) return undefined;
  const data = rateHistoryData(site, factory, locale);
  return {
    ...chartBase(site, locale),
    kind: 'rate-history',
    id: factoryRateId(factory.id),
    title: rateHistoryTitle(data),
    description: describeRateHistory(data),
    data,
    table: rateHistoryTable(data),
  };
}

/** The chart's SVG for its page, in the page's language. */
export function renderChart(spec: ChartSpec): string {
  const frame = { id: spec.id };
  switch (spec.kind) {
    case 'issue-rates':
      return drawIssueRates(frame, spec.data);
    case 'share-trend':
      return drawShareTrend(frame, spec.data);
    case 'rate-distribution':
      return drawRateDistribution(frame, spec.data);
    case 'rate-history':
      return drawRateHistory(frame, spec.data);
  }
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
