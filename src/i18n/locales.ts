/** The site's languages. English is served at the root, the others under their own prefix. */
export const LOCALES = ['en', 'km', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
export const OTHER_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE) as Exclude<Locale, 'en'>[];

/** BCP 47 tags for `lang`, `hreflang` and Intl. */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en', km: 'km', zh: 'zh-Hans' };

/** Each language's name in itself, for the language switch. */
export const NATIVE_NAMES: Record<Locale, string> = { en: 'English', km: 'ខ្មែរ', zh: '中文' };

/** A site path in a language: `/factories/` → `/km/factories/`. */
export function localePath(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** The path without its language prefix, and the language it was in. */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  for (const locale of OTHER_LOCALES) {
    if (path === `/${locale}` || path.startsWith(`/${locale}/`)) {
      return { locale, path: path.slice(locale.length + 1) || '/' };
    }
  }
  return { locale: DEFAULT_LOCALE, path };
}
