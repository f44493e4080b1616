import type { PublicFactory, PublicRequirement } from '../lib/public-site';
import { en, type MessageKey, type Messages } from './en';
import { km } from './km';
import { fillTemplate, humaniseSlug } from './format';
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
  return fillTemplate(messages[locale][key], values);
}

/** A subset of the UI strings in one language, for an island that needs only those. */
export function pickMessages<K extends MessageKey>(
  locale: Locale,
  keys: readonly K[],
): Pick<Messages, K> {
  return Object.fromEntries(keys.map((key) => [key, messages[locale][key]])) as Pick<Messages, K>;
}

/** A value of requirements_missed in the reader's language; unknown values read as words. */
export const strikeRequirement = (locale: Locale, value: string): string =>
  tOr(locale, `strike.req.${value}`, humaniseSlug(value));

/** A UI string whose key is computed (requirement groups, findings); falls back to the raw text. */
export function tOr(locale: Locale, key: string, fallback: string): string {
  return (messages[locale] as Record<string, string>)[key] ?? fallback;
}

export {
  digitsToSeparate,
  formatDate,
  formatNumber,
  formatPercent,
  formatRate,
  fillTemplate,
  humaniseSlug,
} from './format';

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
export const factoryText = (
  locale: Locale,
  f: Pick<PublicFactory, 'name' | 'nameKm' | 'nameZh'>,
): LocalText => localText(locale, f.name, { km: f.nameKm, zh: f.nameZh });

/**
 * The requirement's label as plain text; an English label standing in for a missing translation
 * says so, e.g. "Emergency exits are unlocked (English)".
 */
export function requirementLabel(locale: Locale, requirement: PublicRequirement): string {
  const label = requirementText(locale, requirement);
  return label.fallback ? `${label.text} ${t(locale, 'i18n.englishFallback')}` : label.text;
}
