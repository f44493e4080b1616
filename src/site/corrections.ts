import { t, type Locale } from '../i18n';
import { LANGUAGE_TAGS } from '../i18n/locales';
import type { PublicCorrection } from '../lib/public-site';

/**
 * A correction's reason in the reader's language where the publisher gave one, else the
 * English reason marked as such; null when the reason is withheld.
 */
export function correctionReason(
  locale: Locale,
  correction: PublicCorrection,
): { text: string; lang: string } | null {
  if (correction.reason === null) return null;
  const own = locale === 'km' ? correction.reasonKm : locale === 'zh' ? correction.reasonZh : null;
  if (locale === 'en' || own)
    return { text: own ?? correction.reason, lang: LANGUAGE_TAGS[locale] };
  return { text: `${correction.reason} ${t(locale, 'i18n.englishFallback')}`, lang: 'en' };
}

/** The latest correction date of a factory's cycle, for its citation; undefined if none. */
export function correctedOn(
  corrections: readonly PublicCorrection[],
  cycle: string,
): string | undefined {
  return corrections
    .filter((c) => c.cycle === cycle)
    .reduce<string | undefined>(
      (latest, c) => (latest === undefined || c.date > latest ? c.date : latest),
      undefined,
    );
}
