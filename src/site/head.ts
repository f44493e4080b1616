/**
 * The addresses a page's head gives search engines and link previews. They must be absolute
 * (a relative `hreflang` or `og:url` is ignored), so they exist only when the build knows the
 * site's address (SITE_URL); without it the head leaves them out rather than guess.
 */
import { DEFAULT_LOCALE, LANGUAGE_TAGS, LOCALES, localePath, type Locale } from '../i18n/locales';
import { plainText } from '../lib/khmer-words';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, previewCard, previewIdOf, previewPath } from './previews';

/** A site path as an absolute address on `site`, or undefined without one. */
export function absoluteUrl(site: URL | undefined, path: string): string | undefined {
  return site === undefined ? undefined : new URL(path, site).href;
}

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * The page in each language, and `x-default` for readers whose language the site lacks: the
 * English page, served at the root without a prefix.
 */
export function alternates(site: URL | undefined, unprefixed: string): Alternate[] {
  if (site === undefined) return [];
  const href = (locale: Locale) => new URL(localePath(locale, unprefixed), site).href;
  return [
    ...LOCALES.map((locale) => ({ hreflang: LANGUAGE_TAGS[locale], href: href(locale) })),
    { hreflang: 'x-default', href: href(DEFAULT_LOCALE) },
  ];
}

/** Open Graph locales are language_TERRITORY: the territory where each text is read most. */
export const OG_LOCALES: Record<Locale, string> = { en: 'en_US', km: 'km_KH', zh: 'zh_CN' };

/**
 * JSON-LD for a <script type="application/ld+json">: text from the data may hold `</script>` or
 * `<!--`, which would end the element early; escaped, the JSON means the same. The word joiners
 * that keep Khmer words whole on a page are left out: search engines would index them.
 */
export const jsonLdText = (value: unknown): string =>
  plainText(JSON.stringify(value))
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026');

/** A page's link-preview image: an absolute address, its size and its text alternative. */
export interface PreviewImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * The image a page shows when its address is shared (src/site/previews.ts). Only with the
 * site's address: a preview needs an absolute one, and without it the card falls back to text.
 */
export function previewImage(
  site: URL | undefined,
  locale: Locale,
  data: Parameters<typeof previewCard>[1],
  unprefixed: string,
  ownAddress: boolean,
): PreviewImage | undefined {
  if (site === undefined) return undefined;
  const id = previewIdOf(data, unprefixed, ownAddress);
  const card = previewCard(locale, data, id);
  return {
    url: new URL(previewPath(locale, id), site).href,
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    alt: card.alt,
  };
}
