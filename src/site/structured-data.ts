/**
 * schema.org descriptions of the site for search engines: the open data as a `Dataset` with its
 * `DataDownload`s (read by dataset search), and the site and its publisher as `WebSite` and
 * `Organization` (the home page). Addresses are absolute where the build knows the site's
 * address; without it they stay root-relative, which JSON-LD resolves against the page.
 */
import {
  cycleLabel,
  datasetTitleText,
  marked,
  publisherText,
  requirementLabel,
  t,
  type Locale,
} from '../i18n';
import { LANGUAGE_TAGS, localePath } from '../i18n/locales';
import type { PublicSite } from '../lib/public-site';
import { contactText } from '../lib/web-address';

type LinkedSite = Pick<PublicSite, 'meta' | 'cycles' | 'requirements'>;

const CONTEXT = 'https://schema.org';

const address = (site: URL | undefined, path: string) =>
  site === undefined ? path : new URL(path, site).href;

/**
 * A licence as schema.org wants it, an address: an SPDX identifier (CC-BY-4.0) becomes its SPDX
 * page, an address stays itself, anything else is named as a creative work.
 */
export function licenceOf(
  licence: string | undefined,
): string | Record<string, string> | undefined {
  if (licence === undefined || licence.trim() === '') return undefined;
  if (/^https?:\/\//i.test(licence)) return licence;
  if (/^[A-Za-z0-9][A-Za-z0-9.+-]*$/.test(licence)) {
    return `https://spdx.org/licenses/${licence}.html`;
  }
  return { '@type': 'CreativeWork', name: licence };
}

/** The publisher, with its own site and its contact address where dataset.json gives them. */
export function publisherOf(locale: Locale, meta: PublicSite['meta'], site: URL | undefined) {
  const email =
    meta.contact && /^mailto:/i.test(meta.contact) ? contactText(meta.contact) : undefined;
  return {
    '@type': 'Organization',
    '@id': `${address(site, '/')}#publisher`,
    name: marked(locale, publisherText(locale, meta)),
    ...(meta.source_url ? { url: meta.source_url } : {}),
    ...(email ? { email } : {}),
  };
}

/** The country of dataset.json (ISO 3166 code) by its name in the reader's language. */
function placeOf(locale: Locale, country: string | undefined) {
  if (country === undefined || !/^[A-Za-z]{2}$/.test(country)) return undefined;
  const name = new Intl.DisplayNames([LANGUAGE_TAGS[locale]], { type: 'region' }).of(
    country.toUpperCase(),
  );
  return {
    '@type': 'Place',
    name: name ?? country,
    address: { '@type': 'PostalAddress', addressCountry: country.toUpperCase() },
  };
}

export interface DataFile {
  /** Root-relative path, e.g. /downloads/factories.csv. */
  path: string;
  /** IANA media type. */
  encodingFormat: string;
  /** Size in bytes, where known. */
  bytes?: number;
}

/** The media type of a download by its name. */
export function mediaType(name: string): string {
  if (name.endsWith('.gz')) return 'application/gzip';
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.json')) return 'application/json';
  if (name.endsWith('.xml')) return 'application/atom+xml';
  return 'application/octet-stream';
}

export interface DatasetPage {
  locale: Locale;
  /** The page the dataset is described on (/downloads/ or /api/), without language prefix. */
  path: string;
  name: string;
  description: string;
  files: readonly DataFile[];
}

/**
 * The published data as a schema.org Dataset: what Google's dataset search requires (name,
 * description) and recommends (licence, creator, coverage in time and space, the downloads with
 * their formats, keywords, what is measured), dated by the data itself, never by the build.
 */
export function datasetJsonLd(site: LinkedSite, page: DatasetPage, siteUrl: URL | undefined) {
  const { locale } = page;
  const first = site.cycles[0];
  const last = site.cycles.at(-1);
  const modified = last?.publishedOn ?? last?.periodEnd;
  const licence = licenceOf(site.meta.licence);
  const place = placeOf(locale, site.meta.country);
  const publisher = publisherOf(locale, site.meta, siteUrl);
  const critical = site.requirements.filter((r) => r.track === 'critical');
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: page.name,
    description: page.description,
    url: address(siteUrl, localePath(locale, page.path)),
    inLanguage: LANGUAGE_TAGS[locale],
    isAccessibleForFree: true,
    creator: publisher,
    publisher,
    ...(licence ? { license: licence } : {}),
    ...(first && last ? { temporalCoverage: `${first.periodStart}/${last.periodEnd}` } : {}),
    ...(place ? { spatialCoverage: place } : {}),
    ...(modified ? { dateModified: modified } : {}),
    ...(first?.publishedOn ? { datePublished: first.publishedOn } : {}),
    ...(last ? { version: cycleLabel(locale, last) } : {}),
    keywords: [
      t(locale, 'track.critical'),
      t(locale, 'status.lowCompliance'),
      t(locale, 'nav.strikes'),
      t(locale, 'nav.factories'),
    ],
    variableMeasured: critical.map((r) => ({
      '@type': 'PropertyValue',
      propertyID: r.id,
      name: requirementLabel(locale, r),
    })),
    distribution: page.files.map((file) => ({
      '@type': 'DataDownload',
      name: file.path.split('/').at(-1),
      contentUrl: address(siteUrl, file.path),
      encodingFormat: file.encodingFormat,
      ...(file.bytes !== undefined ? { contentSize: `${file.bytes} B` } : {}),
    })),
  };
}

/**
 * The home page's account of the site: the site with its factory search (a search engine may
 * offer it beside the result) and its publisher.
 */
export function homeJsonLd(
  site: LinkedSite,
  locale: Locale,
  description: string,
  siteUrl: URL | undefined,
) {
  const publisher = publisherOf(locale, site.meta, siteUrl);
  return {
    '@context': CONTEXT,
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': `${address(siteUrl, localePath(locale, '/'))}#website`,
        name: marked(locale, datasetTitleText(locale, site.meta)),
        description,
        url: address(siteUrl, localePath(locale, '/')),
        inLanguage: LANGUAGE_TAGS[locale],
        publisher: { '@id': publisher['@id'] },
        potentialAction: {
          '@type': 'SearchAction',
          target: {
            '@type': 'EntryPoint',
            urlTemplate: `${address(siteUrl, localePath(locale, '/factories/'))}?q={search_term_string}`,
          },
          'query-input': 'required name=search_term_string',
        },
      },
      publisher,
    ],
  };
}
