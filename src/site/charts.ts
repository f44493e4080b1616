import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { factoryRateChart, type ChartSpec } from '../charts/registry';
import type { Locale } from '../i18n/locales';
import type { PublicFactory } from '../lib/public-site';
import { GENERATED } from './data';
import type { SiteCore } from './snapshot';

/**
 * Charts for the pages. The site-wide charts (issue rates, distributions, trends) need every
 * factory, which pages do not hold, so the data step writes each one's spec to a file; a
 * factory's own chart is made from its record by the page that shows it.
 */
export const chartSpecFile = (locale: Locale, id: string) => `charts/${locale}/${id}.json`;

export function siteChart(id: string, locale: Locale): ChartSpec | undefined {
  const path = join(GENERATED, chartSpecFile(locale, id));
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ChartSpec) : undefined;
}

export const factoryChart = (site: SiteCore, factory: PublicFactory, locale: Locale) =>
  factoryRateChart(site, factory, locale);
