/**
 * The sitemaps and robots.txt of a built site, made from the pages the build actually wrote
 * (every `<path>/index.html`), whatever routes the site has: a page that is not there (a factory
 * never published) cannot be listed. One sitemap per language and per 50,000 addresses (the
 * protocol's limit), an index that names them, written one file at a time in a stable order.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, splitLocalePath, type Locale } from '../../src/i18n/locales';
import { listFiles } from './manifest';

/** The sitemap protocol's limit of addresses per file. */
export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_INDEX = 'sitemap.xml';
/**
 * Each file at the site's root: a sitemap may list only addresses under its own folder.
 * `sitemap-en-1.xml`, `sitemap-km-1.xml`, …
 */
export const sitemapName = (locale: Locale, part: number) => `sitemap-${locale}-${part}.xml`;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const escapeXml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');

/** The address path of every page of a built site, from its file list, in the list's order. */
export function pagePaths(files: Iterable<string>): string[] {
  const paths: string[] = [];
  for (const file of files) {
    if (file === 'index.html') paths.push('/');
    else if (file.endsWith('/index.html')) paths.push(`/${file.slice(0, -'index.html'.length)}`);
  }
  return paths;
}

/**
 * The sitemap files and the index, as [file name, content], one at a time: the pages grouped by
 * language in the given order, cut every `perFile` addresses. A language without pages has no
 * sitemap.
 */
export function* sitemapFiles(
  paths: readonly string[],
  siteUrl: URL,
  perFile = SITEMAP_MAX_URLS,
): Generator<[string, string]> {
  const byLocale = new Map<Locale, string[]>(LOCALES.map((locale) => [locale, []]));
  for (const path of paths) byLocale.get(splitLocalePath(path).locale)?.push(path);
  const names: string[] = [];
  for (const [locale, localePaths] of byLocale) {
    for (let start = 0; start < localePaths.length; start += perFile) {
      const name = sitemapName(locale, start / perFile + 1);
      const urls = localePaths
        .slice(start, start + perFile)
        .map((path) => `<url><loc>${escapeXml(new URL(path, siteUrl).href)}</loc></url>\n`);
      names.push(name);
      yield [name, `${XML_HEAD}<urlset xmlns="${NAMESPACE}">\n${urls.join('')}</urlset>\n`];
    }
  }
  const entries = names.map(
    (name) => `<sitemap><loc>${escapeXml(new URL(`/${name}`, siteUrl).href)}</loc></sitemap>\n`,
  );
  yield [
    SITEMAP_INDEX,
    `${XML_HEAD}<sitemapindex xmlns="${NAMESPACE}">\n${entries.join('')}</sitemapindex>\n`,
  ];
}

/** Every crawler may read every page; the sitemap index is named where the site has an address. */
export function robotsTxt(siteUrl: URL | undefined): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...(siteUrl ? ['', `Sitemap: ${new URL(`/${SITEMAP_INDEX}`, siteUrl).href}`] : []),
    '',
  ].join('\n');
}

/**
 * The site's address from SITE_URL: an http(s) address of a site served at its host's root (the
 * pages link to each other from the root). Undefined when unset; an error message when unusable.
 */
export function parseSiteUrl(value: string | undefined): URL | undefined | { error: string } {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return {
      error: `SITE_URL "${value}" is not an address: expected e.g. https://compliance.example.org`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { error: `SITE_URL "${value}": expected an https: or http: address` };
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return {
      error: `SITE_URL "${value}": expected the address of a host's root, without a path, query or fragment (the site's links start at /)`,
    };
  }
  return url;
}

/**
 * Writes robots.txt (unless the site brings its own) and, with an address, the sitemaps of the
 * built site in `dir`; returns the sitemap files written.
 */
export function writeSitemaps(dir: string, siteUrl: URL | undefined): string[] {
  const files = listFiles(dir);
  if (!files.includes('robots.txt')) writeFileSync(join(dir, 'robots.txt'), robotsTxt(siteUrl));
  if (siteUrl === undefined) return [];
  const written: string[] = [];
  for (const [name, content] of sitemapFiles(pagePaths(files), siteUrl)) {
    writeFileSync(join(dir, name), content);
    written.push(name);
  }
  return written;
}
