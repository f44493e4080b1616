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

/** A number format that remembers what it wrote: the pages write the same values again and again. */
class RememberingFormat {
  private readonly written = new Map<number, string>();
  constructor(private readonly format: Intl.NumberFormat) {}

  write(value: number): string {
    // A Map holds 0 and -0 as one key; Intl writes them apart.
    if (Object.is(value, -0)) return this.format.format(value);
    let text = this.written.get(value);
    if (text === undefined) {
      text = this.format.format(value);
      // Bounded: a registry's distinct rates are many, but a page needs few of them.
      if (this.written.size >= 100_000) this.written.clear();
      this.written.set(value, text);
    }
    return text;
  }
}

/** Number formats by locale and a key naming their options, each made once. */
const numberFormats = new Map<string, RememberingFormat>();
function numberFormat(
  locale: Locale,
  key: string,
  options: () => Intl.NumberFormatOptions,
): RememberingFormat {
  const id = `${locale}:${key}`;
  let format = numberFormats.get(id);
  if (!format) {
    format = new RememberingFormat(new Intl.NumberFormat(LANGUAGE_TAGS[locale], options()));
    numberFormats.set(id, format);
  }
  return format;
}

export const formatNumber = (locale: Locale, value: number) =>
  numberFormat(locale, 'number', () => ({})).write(value);

export const formatPercent = (locale: Locale, value: number, digits = 0) =>
  numberFormat(locale, `percent:${digits}`, () => ({
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })).write(value);

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
  })).write(points);
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
function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
      dateStyle: 'medium',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  return format;
}
/**
 * Dates as written, by locale and day: a registry's assessments fall on a few thousand days,
 * each written on many pages.
 */
const writtenDates = new Map<string, string>();

export function formatDate(locale: Locale, isoDate: string): string {
  const key = `${locale}:${isoDate}`;
  const written = writtenDates.get(key);
  if (written !== undefined) return written;
  const text = dateFormat(locale).format(new Date(`${isoDate}T00:00:00Z`));
  writtenDates.set(key, text);
  return text;
}

/**
 * How a language writes a date, for a browser that may lack Intl's data for it: the order of
 * day, month and year with the text between them, and the twelve months' names, as the server's
 * Intl writes them (formatDate).
 */
export interface DatePattern {
  parts: Array<'day' | 'month' | 'year' | { text: string }>;
  months: string[];
}

export function datePattern(locale: Locale): DatePattern {
  const format = dateFormat(locale);
  // A day above 12, so that day and month cannot be told apart by their numbers alone.
  const parts = format
    .formatToParts(new Date('2021-08-31T00:00:00Z'))
    .map((part) =>
      part.type === 'day' || part.type === 'month' || part.type === 'year'
        ? part.type
        : { text: part.value },
    );
  const months = Array.from(
    { length: 12 },
    (_, month) =>
      format.formatToParts(new Date(Date.UTC(2021, month, 1))).find((p) => p.type === 'month')
        ?.value ?? String(month + 1),
  );
  return { parts, months };
}

/** A date (YYYY-MM-DD) written by a pattern; check it against formatDate before relying on it. */
export function formatWithPattern(pattern: DatePattern, isoDate: string): string {
  const [year = 0, month = 0, day = 0] = isoDate.split('-').map(Number);
  return pattern.parts
    .map((part) =>
      part === 'day'
        ? String(day)
        : part === 'month'
          ? (pattern.months[month - 1] ?? '')
          : part === 'year'
            ? String(year)
            : part.text,
    )
    .join('');
}

/** A data slug such as `secret-ballot` written as words ("secret ballot"). */
const listFormats = new Map<Locale, Intl.ListFormat>();

/** Items of a list as the language separates them: "CI01, CI02, CI03"; in Chinese "CI01、CI02、CI03". */
export function formatList(locale: Locale, items: readonly string[]): string {
  let format = listFormats.get(locale);
  if (format === undefined) {
    format = new Intl.ListFormat(LANGUAGE_TAGS[locale], { type: 'conjunction', style: 'narrow' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/** What sets apart items that hold commas of their own ("Co., Ltd."): "; ", "；". */
export const clauseSeparator = (locale: Locale): string => (locale === 'zh' ? '；' : '; ');

/** Items that hold commas of their own, set apart by semicolons. */
export const joinClauses = (locale: Locale, items: readonly string[]): string =>
  items.join(clauseSeparator(locale));

export const humaniseSlug = (slug: string) => slug.replace(/[-_]+/g, ' ');
