import type { DatasetMeta } from '../lib/model';
import type {
  PublicCycle,
  PublicFactory,
  PublicProvince,
  PublicRequirement,
} from '../lib/public-site';
import { en, type MessageKey, type Messages } from './en';
import { km } from './km';
import { fillTemplate, humaniseSlug } from './format';
import { keepWordsWhole } from '../lib/khmer-words';
import { LANGUAGE_TAGS, type Locale } from './locales';
import { zh } from './zh';

export type { Locale, MessageKey };
/** The Khmer strings keep their compound words whole at line ends (src/lib/khmer-words.ts). */
const kmWhole = Object.fromEntries(
  Object.entries(km).map(([key, text]) => [key, keepWordsWhole(text)]),
) as Messages;
const messages: Record<Locale, Messages> = { en, km: kmWhole, zh };

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

export { plainText } from '../lib/khmer-words';
export {
  digitsToSeparate,
  formatDate,
  formatGapPoints,
  formatNumber,
  formatPercent,
  formatRate,
  fillTemplate,
  formatList,
  humaniseSlug,
  joinClauses,
  clauseSeparator,
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
  translations: Partial<Record<Locale, string | null | undefined>>,
): LocalText {
  const translated = locale === 'en' ? undefined : translations[locale];
  return translated
    ? {
        text: locale === 'km' ? keepWordsWhole(translated) : translated,
        lang: LANGUAGE_TAGS[locale],
        fallback: false,
      }
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
  return marked(locale, requirementText(locale, requirement));
}

/** Plain text with the "(English)" mark where English stands in for the reader's language. */
export const marked = (locale: Locale, text: LocalText): string =>
  text.fallback ? `${text.text} ${t(locale, 'i18n.englishFallback')}` : text.text;

/** A cycle's label from cycles.csv (label_km, label_zh), English when missing. */
export const cycleText = (
  locale: Locale,
  c: Pick<PublicCycle, 'label' | 'labelKm' | 'labelZh'>,
): LocalText => localText(locale, c.label, { km: c.labelKm, zh: c.labelZh });

/** A cycle's label as plain text, marked when English stands in, e.g. "Reporting year 2023 (English)". */
export const cycleLabel = (
  locale: Locale,
  c: Pick<PublicCycle, 'label' | 'labelKm' | 'labelZh'>,
): string => marked(locale, cycleText(locale, c));

/** A requirement's legal basis (legal_ref_km, legal_ref_zh), English when missing; none without one. */
export function legalRefText(locale: Locale, r: PublicRequirement): LocalText | undefined {
  if (r.legalRef === null) return undefined;
  return localText(locale, r.legalRef, { km: r.legalRefKm, zh: r.legalRefZh });
}

export type MetaTexts = Pick<
  DatasetMeta,
  'title' | 'title_km' | 'title_zh' | 'publisher' | 'publisher_km' | 'publisher_zh'
>;

/** The dataset's title (title_km, title_zh in dataset.json), English when missing. */
export const datasetTitleText = (locale: Locale, meta: MetaTexts): LocalText =>
  localText(locale, meta.title, { km: meta.title_km, zh: meta.title_zh });

/** The dataset's publisher (publisher_km, publisher_zh in dataset.json), English when missing. */
export const publisherText = (locale: Locale, meta: MetaTexts): LocalText =>
  localText(locale, meta.publisher, { km: meta.publisher_km, zh: meta.publisher_zh });

const provinceMaps = new WeakMap<readonly PublicProvince[], Map<string, PublicProvince>>();

/** A province named in factories.csv, in the reader's language where provinces.csv gives it. */
export function provinceText(
  locale: Locale,
  provinces: readonly PublicProvince[],
  name: string,
): LocalText {
  let byName = provinceMaps.get(provinces);
  if (byName === undefined) {
    byName = new Map(provinces.map((p) => [p.nameEn, p]));
    provinceMaps.set(provinces, byName);
  }
  const province = byName.get(name);
  return localText(locale, name, { km: province?.nameKm, zh: province?.nameZh });
}

const LANGUAGE_MARKS = {
  en: 'i18n.englishFallback',
  km: 'i18n.inKhmer',
  zh: 'i18n.inChinese',
} as const satisfies Record<Locale, MessageKey>;

/**
 * A text written in one language (a strike summary, a response), shown as written: `mark` names
 * its language when it is not the page's, e.g. "(English)" on a Khmer page.
 */
export function writtenText(
  locale: Locale,
  text: string,
  language: Locale,
): LocalText & { mark: string | undefined } {
  const differs = language !== locale;
  return {
    text,
    lang: LANGUAGE_TAGS[language],
    fallback: differs && language === 'en',
    mark: differs ? t(locale, LANGUAGE_MARKS[language]) : undefined,
  };
}

/** The language a name from the data is written in, by its script: Khmer, Chinese or English. */
export function scriptLanguage(text: string): Locale {
  if (/[\u1780-\u17ff\u19e0-\u19ff]/u.test(text)) return 'km';
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  return 'en';
}

/**
 * The `lang` of a name from the data (a buyer, a parent company, a union, an address) where it is
 * not the page's language, for screen readers and fonts; undefined where it is.
 */
export function nameLang(locale: Locale, text: string): string | undefined {
  const language = scriptLanguage(text);
  return language === locale ? undefined : LANGUAGE_TAGS[language];
}
