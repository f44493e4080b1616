/**
 * A buyer's or group's factories over the cycles: of its factories published in each cycle, the
 * share on the low-compliance list and the share non-compliant on a critical issue. Made from the
 * buyer's own counts, so a buyer page never reads the other factories.
 */
import { cycleLabel, datasetTitleText, formatDate, marked, publisherText, t } from '../i18n';
import type { Locale } from '../i18n/locales';
import type { Entity } from '../lib/buyers';
import type { PublicSite } from '../lib/public-site';
import { slugOf } from './format';
import { shareTrendTable, trendEnds, type ShareTrendData } from './share-trend';
import type { ChartSpec } from './spec';

export const entityTrendId = (entity: Pick<Entity, 'kind' | 'slug'>) =>
  `${entity.kind}-${slugOf(entity.slug)}-trend`;

export function entityTrendData(
  site: Pick<PublicSite, 'cycles'>,
  entity: Pick<Entity, 'cycles'>,
  locale: Locale,
): ShareTrendData {
  const counts = new Map(entity.cycles.map((c) => [c.cycle as string, c]));
  return {
    locale,
    cycles: site.cycles.map((c) => ({
      id: c.id,
      label: cycleLabel(locale, c),
      periodStart: c.periodStart,
      periodEnd: c.periodEnd,
      total: counts.get(c.id)?.published ?? 0,
    })),
    series: [
      {
        key: 'low_compliance',
        label: t(locale, 'chart.entity.listed'),
        counts: site.cycles.map((c) => counts.get(c.id)?.listed ?? null),
      },
      {
        key: 'critical_non_compliant',
        label: t(locale, 'chart.entity.nonCompliant'),
        counts: site.cycles.map((c) => counts.get(c.id)?.nonCompliant ?? null),
      },
    ],
  };
}

export function entityTrendChart(
  site: Pick<PublicSite, 'cycles' | 'meta'>,
  entity: Pick<Entity, 'kind' | 'slug' | 'name' | 'cycles'>,
  locale: Locale,
): ChartSpec | undefined {
  const data = entityTrendData(site, entity, locale);
  if (data.cycles.every((c) => c.total === 0)) return undefined;
  const ends = trendEnds(data);
  const last = site.cycles.at(-1);
  return {
    kind: 'share-trend',
    id: entityTrendId(entity),
    locale,
    title: t(locale, 'chart.entity.title', { name: entity.name }),
    description: ends
      ? t(locale, 'chart.entity.desc', {
          name: entity.name,
          cycle: ends.last.cycle,
          value: ends.last.value,
        })
      : t(locale, 'chart.trend.descEmpty'),
    source: t(locale, 'chart.source', {
      publisher: marked(locale, publisherText(locale, site.meta)),
      title: marked(locale, datasetTitleText(locale, site.meta)),
    }),
    dataDate: last ? formatDate(locale, last.publishedOn ?? last.periodEnd) : '',
    data,
    table: shareTrendTable(data),
  };
}
