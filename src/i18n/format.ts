/**
 * Formatting without the UI strings: numbers and dates through Intl, and filling `{name}`
 * placeholders. The search island imports only this, so the browser never downloads every
 * language's strings.
 */
import { LANGUAGE_TAGS, type Locale } from './locales';

/**
 * A template cut at its placeholders: text at even positions, names at odd ones. Templates are
 * few and filled on every page, so each is cut once.
 */
const templateParts = new Map<string, string[]>();

/** Fills `{name}` placeholders; an unknown name stays visible rather than vanishing. */
export function fillTemplate(
  template: string,
  values: Record<string, string | number> = {},
): string {
  let parts = templateParts.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    templateParts.set(template, parts);
  }
  let filled = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    filled += String(values[name] ?? `{${name}}`) + (parts[i + 1] ?? '');
  }
  return filled;
}

/** Number formats by locale and a key naming their options, each made once. */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(
  locale: Locale,
  key: string,
  options: () => Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const id = `${locale}:${key}`;
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(LANGUAGE_TAGS[locale], options());
    numberFormats.set(id, format);
  }
  return format;
}

export const formatNumber = (locale: Locale, value: number) =>
  numberFormat(locale, 'number', () => ({})).format(value);

export const formatPercent = (locale: Locale, value: number, digits = 0) =>
  numberFormat(locale, `percent:${digits}`, () => ({
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })).format(value);

/**
 * How far a rate lies below the threshold, in percentage points, with at least `digits` decimals
 * and as many more as it takes not to read 0 (a listing decided by 0.002 points says so).
 */
export function formatGapPoints(
  locale: Locale,
  rate: number,
  threshold: number,
  digits = 1,
): string {
  const points = Math.abs(threshold - rate) * 100;
  let shown = digits;
  while (shown < 6 && Number(points.toFixed(shown)) === 0) shown += 1;
  return numberFormat(locale, `fixed:${shown}`, () => ({
    minimumFractionDigits: shown,
    maximumFractionDigits: shown,
  })).format(points);
}

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
/**
 * Dates as written, by locale and day: a registry's assessments fall on a few thousand days,
 * each written on many pages.
 */
const writtenDates = new Map<string, string>();

export function formatDate(locale: Locale, isoDate: string): string {
  const key = `${locale}:${isoDate}`;
  const written = writtenDates.get(key);
  if (written !== undefined) return written;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
      dateStyle: 'medium',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  const text = format.format(new Date(`${isoDate}T00:00:00Z`));
  writtenDates.set(key, text);
  return text;
}

/** A data slug such as `secret-ballot` written as words ("secret ballot"). */
export const humaniseSlug = (slug: string) => slug.replace(/[-_]+/g, ' ');
