import { factoryText, formatNumber, formatPercent, t, type Locale } from '../i18n';
import type { PublicFactory } from '../lib/public-site';

/** A share as shown in charts, captions and tables alike: a percentage with one decimal. */
export const formatShare = (locale: Locale, share: number) => formatPercent(locale, share, 1);

/** "1 factory", "20 factories", with the language's plural rules. */
export function formatFactories(locale: Locale, count: number): string {
  const one = new Intl.PluralRules(locale).select(count) === 'one';
  return t(locale, one ? 'chart.factories.one' : 'chart.factories.other', {
    count: formatNumber(locale, count),
  });
}

/** "A, B and C" in the language's own words. */
export const formatList = (locale: Locale, items: readonly string[]) =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

/** A lower-case, URL-safe form of an id ("2014-H1" → "2014-h1"). */
export const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A CSV cell for a fraction: 6 decimals, as in scores.csv, without float noise. */
export const fractionCell = (value: number) => Number(value.toFixed(6));

/** A factory's name in the chart's language; an English name standing in for it says so. */
export function factoryLabel(locale: Locale, factory: PublicFactory): string {
  const name = factoryText(locale, factory);
  return name.fallback ? `${name.text} ${t(locale, 'i18n.englishFallback')}` : name.text;
}
