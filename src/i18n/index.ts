import type { PublicRequirement } from '../lib/public-site';
import { en, type MessageKey } from './en';

export type Locale = 'en';
export type { MessageKey };
const messages: Record<Locale, Record<MessageKey, string>> = { en };

/** Looks up a UI string and fills `{name}` placeholders. */
export function t(
  locale: Locale,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values[name] ?? `{${name}}`),
  );
}

/** A UI string whose key is computed (requirement groups, findings); falls back to the raw text. */
export function tOr(locale: Locale, key: string, fallback: string): string {
  return (messages[locale] as Record<string, string>)[key] ?? fallback;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export const formatNumber = (locale: Locale, value: number) =>
  numberFormat(locale, {}).format(value);

export const formatPercent = (locale: Locale, value: number, digits = 0) =>
  numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);

/** A compliance rate as a percentage, by default with one decimal, e.g. 92.6%. */
export const formatRate = (locale: Locale, value: number, digits = 1) =>
  formatPercent(locale, value, digits);

/**
 * Decimals needed so that no rate shown beside the threshold reads the same as the threshold
 * ("69.2%, below the threshold of 69.2%" must read "69.23%, below 69.24%").
 */
export function digitsToSeparate(
  locale: Locale,
  threshold: number | null,
  rates: ReadonlyArray<number | null>,
): number {
  if (threshold === null) return 1;
  for (let digits = 1; digits < 4; digits += 1) {
    const limit = formatRate(locale, threshold, digits);
    if (
      rates.every((r) => r === null || r === threshold || formatRate(locale, r, digits) !== limit)
    ) {
      return digits;
    }
  }
  return 4;
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDate(locale: Locale, isoDate: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A data slug such as `secret-ballot` written as words ("secret ballot"). */
export const humaniseSlug = (slug: string) => slug.replace(/[-_]+/g, ' ');

/** The requirement's label in the locale, with English as the fallback. */
export function requirementLabel(_locale: Locale, requirement: PublicRequirement): string {
  return requirement.labelEn;
}
