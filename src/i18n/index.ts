import type { PublicFactory, PublicRequirement } from '../lib/public-site';
import { en, type MessageKey, type Messages } from './en';
import { km } from './km';
import { LANGUAGE_TAGS, type Locale } from './locales';
import { zh } from './zh';

export type { Locale, MessageKey };
const messages: Record<Locale, Messages> = { en, km, zh };

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
    format = new Intl.NumberFormat(LANGUAGE_TAGS[locale], options);
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
    format = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
      dateStyle: 'medium',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A data slug such as `secret-ballot` written as words ("secret ballot"). */
export const humaniseSlug = (slug: string) => slug.replace(/[-_]+/g, ' ');

/** Text in the reader's language where the data has it, English otherwise (marked as such). */
export interface LocalText {
  text: string;
  /** The language the text is in, for the `lang` attribute. */
  lang: string;
  /** True when the reader's language was missing and English is shown instead. */
  fallback: boolean;
}

function localText(
  locale: Locale,
  english: string,
  translations: Partial<Record<Locale, string | null>>,
): LocalText {
  const translated = locale === 'en' ? undefined : translations[locale];
  return translated
    ? { text: translated, lang: LANGUAGE_TAGS[locale], fallback: false }
    : { text: english, lang: 'en', fallback: locale !== 'en' };
}

/** A requirement's label from requirements.csv (label_km, label_zh), English when missing. */
export const requirementText = (locale: Locale, r: PublicRequirement): LocalText =>
  localText(locale, r.labelEn, { km: r.labelKm, zh: r.labelZh });

/** A factory's name from factories.csv (name_km, name_zh), English when missing. */
export const factoryText = (locale: Locale, f: PublicFactory): LocalText =>
  localText(locale, f.name, { km: f.nameKm, zh: f.nameZh });

/**
 * The requirement's label as plain text; an English label standing in for a missing translation
 * says so, e.g. "Emergency exits are unlocked (English)".
 */
export function requirementLabel(locale: Locale, requirement: PublicRequirement): string {
  const label = requirementText(locale, requirement);
  return label.fallback ? `${label.text} ${t(locale, 'i18n.englishFallback')}` : label.text;
}
