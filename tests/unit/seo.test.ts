import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import type { PublicSite } from '../../src/lib/public-site';
import {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  describeFactory,
  describeSitePage,
  descriptionLength,
  fitDescription,
  type SitePage,
} from '../../src/site/descriptions';
import { alternates, jsonLdText } from '../../src/site/head';
import { datasetJsonLd, homeJsonLd, licenceOf } from '../../src/site/structured-data';
import { pagePaths, parseSiteUrl, robotsTxt, sitemapFiles } from '../../scripts/lib/sitemap';
import { makePublicFactory, makePublicSite } from '../helpers/public-site';

const LOCALES: Locale[] = ['en', 'km', 'zh'];
const SITE_URL = new URL('https://compliance.example.org');

const makeSite = (demo: boolean) => makePublicSite(demo);

describe('a description fits search results', () => {
  it.each([
    ['a text within the limits stays as it is', ['x'.repeat(80)], 80, false],
    ['the first candidate that fits is taken', ['y'.repeat(200), 'x'.repeat(120)], 120, false],
    [
      'a text too long for every candidate is cut with an ellipsis',
      ['word '.repeat(60)],
      DESCRIPTION_MAX,
      true,
    ],
    [
      'Chinese without spaces is cut between characters',
      ['工厂'.repeat(120)],
      DESCRIPTION_MAX,
      true,
    ],
  ])('%s', (_rule, candidates, length, cut) => {
    const text = fitDescription(candidates, 'The site, published by its publisher.');
    expect(descriptionLength(text)).toBeLessThanOrEqual(length);
    expect(descriptionLength(text)).toBeGreaterThanOrEqual(DESCRIPTION_MIN);
    expect(text.endsWith('…')).toBe(cut);
  });

  it('a text too short to stand alone says which site it comes from', () => {
    const text = fitDescription(
      ['Methodology.'],
      'Garment factory compliance, published by Monitoring Programme.',
    );
    expect(text).toBe(
      'Methodology. Garment factory compliance, published by Monitoring Programme.',
    );
  });

  it('a Chinese sentence is followed by the context without a space', () => {
    expect(fitDescription(['此页面不存在。'], '柬埔寨制衣厂合规情况，由示范监测项目发布。')).toBe(
      '此页面不存在。柬埔寨制衣厂合规情况，由示范监测项目发布。',
    );
  });

  it('a cut never splits a Khmer character from its vowel', () => {
    const text = fitDescription(['ការវាយតម្លៃ'.repeat(40)], '');
    const body = text.slice(0, -1);
    expect(body.normalize()).toBe(body);
    expect(
      [...new Intl.Segmenter('km', { granularity: 'grapheme' }).segment(body)].at(-1)?.segment,
    ).not.toMatch(/^[\u17b6-\u17d3]/u);
  });
});

const PAGES: SitePage[] = [
  'overview',
  'factories',
  'lowCompliance',
  'strikes',
  'cycles',
  'requirements',
  'methodology',
  'downloads',
  'api',
  'corrections',
  'check',
  'notFound',
];

describe.each(LOCALES)('descriptions in %s', (locale) => {
  it.each(PAGES)('the %s page has a description of 50 to 160 characters', (page) => {
    for (const demo of [true, false]) {
      const text = describeSitePage(locale, makeSite(demo), page);
      expect(descriptionLength(text)).toBeGreaterThanOrEqual(DESCRIPTION_MIN);
      expect(descriptionLength(text)).toBeLessThanOrEqual(DESCRIPTION_MAX);
    }
  });

  it('the cycle reports count cycles, not factories', () => {
    const site = { ...makeSite(false), factories: Array.from({ length: 37 }) };
    const text = describeSitePage(locale, site, 'cycles');
    expect(text).toContain('2');
    expect(text).not.toContain('37');
  });

  it('a demo site says so in every description', () => {
    const plain = describeSitePage(locale, makeSite(false), 'overview');
    const demo = describeSitePage(locale, makeSite(true), 'overview');
    expect(demo.length).toBeGreaterThan(plain.length);
  });
});

describe('a factory page is described by its own facts', () => {
  const site = makeSite(false);
  const findings = (...values: string[]) =>
    values as PublicSite['factories'][number]['cycles'][number]['critical'];
  const listed = makePublicFactory('F-1', 'Alpha Garments', {
    province: 'Kandal',
    cycles: [
      {
        cycle: '2023',
        critical: findings('non_compliant', 'compliant'),
        lowCompliance: true,
      } as unknown as PublicSite['factories'][number]['cycles'][number],
    ],
  });
  it('names the factory, its id, province, cycle, critical issues and listing', () => {
    expect(describeFactory('en', site, listed)).toBe(
      'Alpha Garments (F-1), Kandal, open. Reporting year 2023: non-compliant on 1 of 2 critical issues; on the low-compliance list.',
    );
  });

  it('never counts a not-assessed issue as compliant', () => {
    const partly = {
      ...listed,
      cycles: [
        {
          ...listed.cycles[0],
          critical: findings('compliant', 'not_assessed'),
          lowCompliance: false,
        },
      ],
    } as typeof listed;
    expect(describeFactory('en', site, partly)).toContain(
      'no non-compliance found on the 1 of 2 critical issues assessed',
    );
  });

  it.each(LOCALES)(
    'a long name gives up the province and closing date before its findings (%s)',
    (locale) => {
      const long = {
        ...listed,
        name: 'Extraordinarily Long Garment Manufacturing Co., Ltd.',
        status: 'closed',
        closedOn: '2023-10-01',
      } as typeof listed;
      const text = describeFactory(locale, site, long);
      expect(descriptionLength(text)).toBeLessThanOrEqual(DESCRIPTION_MAX);
      expect(descriptionLength(text)).toBeGreaterThanOrEqual(DESCRIPTION_MIN);
      expect(text).toContain('F-1');
      if (locale === 'en') {
        expect(text.endsWith('…')).toBe(false);
        expect(text).not.toContain('Kandal');
        expect(text).toContain('on the low-compliance list');
      }
    },
  );

  it('a name too long for any shorter form is cut, never the id before it', () => {
    const absurd = { ...listed, name: 'Garments '.repeat(20).trim() } as typeof listed;
    const text = describeFactory('en', site, absurd);
    expect(descriptionLength(text)).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('language alternates', () => {
  it('are absolute, one per language and x-default for the English page', () => {
    expect(alternates(SITE_URL, '/factories/F-1/')).toEqual([
      { hreflang: 'en', href: 'https://compliance.example.org/factories/F-1/' },
      { hreflang: 'km', href: 'https://compliance.example.org/km/factories/F-1/' },
      { hreflang: 'zh-Hans', href: 'https://compliance.example.org/zh/factories/F-1/' },
      { hreflang: 'x-default', href: 'https://compliance.example.org/factories/F-1/' },
    ]);
  });
  it('are left out without the site’s address rather than made relative', () => {
    expect(alternates(undefined, '/factories/F-1/')).toEqual([]);
  });
});

describe('JSON-LD', () => {
  it('cannot end its script element early, whatever the data says', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script> & <!--' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & <!--' });
  });

  it.each([
    [
      'an SPDX identifier becomes its SPDX page',
      'CC-BY-4.0',
      'https://spdx.org/licenses/CC-BY-4.0.html',
    ],
    [
      'an address stays itself',
      'https://opendatacommons.org/licenses/by/',
      'https://opendatacommons.org/licenses/by/',
    ],
    [
      'words are named as a creative work',
      'Free to reuse with attribution',
      { '@type': 'CreativeWork', name: 'Free to reuse with attribution' },
    ],
    ['no licence gives no property', undefined, undefined],
  ])('a licence: %s', (_rule, licence, expected) => {
    expect(licenceOf(licence)).toEqual(expected);
  });

  it('describes the open data with what dataset search requires and recommends', () => {
    const dataset = datasetJsonLd(
      makeSite(false),
      {
        locale: 'en',
        path: '/downloads/',
        name: 'Garment factory compliance',
        description: describeSitePage('en', makeSite(false), 'downloads'),
        files: [
          { path: '/downloads/factories.csv', encodingFormat: 'text/csv', bytes: 1200 },
          { path: '/downloads/cycles.json', encodingFormat: 'application/json' },
        ],
      },
      SITE_URL,
    );
    expect(dataset).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'Garment factory compliance',
      url: 'https://compliance.example.org/downloads/',
      license: 'https://spdx.org/licenses/CC-BY-4.0.html',
      temporalCoverage: '2022-01-01/2023-12-31',
      spatialCoverage: { '@type': 'Place', name: 'Cambodia' },
      dateModified: '2023-12-31',
      isAccessibleForFree: true,
      creator: {
        '@type': 'Organization',
        name: 'Monitoring Programme',
        email: 'data@programme.example.org',
      },
      distribution: [
        {
          '@type': 'DataDownload',
          contentUrl: 'https://compliance.example.org/downloads/factories.csv',
          encodingFormat: 'text/csv',
          contentSize: '1200 B',
        },
        {
          '@type': 'DataDownload',
          contentUrl: 'https://compliance.example.org/downloads/cycles.json',
          encodingFormat: 'application/json',
        },
      ],
    });
  });

  it('the home page names the site, its search and its publisher', () => {
    const home = homeJsonLd(makeSite(false), 'km', 'description', SITE_URL);
    expect(home['@graph'][0]).toMatchObject({
      '@type': 'WebSite',
      url: 'https://compliance.example.org/km/',
      inLanguage: 'km',
      potentialAction: {
        target: {
          urlTemplate: 'https://compliance.example.org/km/factories/?q={search_term_string}',
        },
      },
    });
    expect(home['@graph'][1]).toMatchObject({
      '@type': 'Organization',
      url: 'https://programme.example.org',
    });
  });
});

describe('sitemaps', () => {
  it('list the pages a build wrote, and nothing else', () => {
    expect(
      pagePaths([
        '404.html',
        'index.html',
        'api/factories.json',
        'factories/F-1/index.html',
        'km/404.html',
        'km/index.html',
      ]),
    ).toEqual(['/', '/factories/F-1/', '/km/']);
  });

  it('one per language and per so many addresses, named in an index', () => {
    const paths = ['/', '/a/', '/b/', '/km/', '/km/a/', '/zh/'];
    const files = [...sitemapFiles(paths, SITE_URL, 2)];
    expect(files.map(([name]) => name)).toEqual([
      'sitemap-en-1.xml',
      'sitemap-en-2.xml',
      'sitemap-km-1.xml',
      'sitemap-zh-1.xml',
      'sitemap.xml',
    ]);
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs(files[1]?.[1] ?? '')).toEqual(['https://compliance.example.org/b/']);
    expect(locs(files[4]?.[1] ?? '')).toEqual([
      'https://compliance.example.org/sitemap-en-1.xml',
      'https://compliance.example.org/sitemap-en-2.xml',
      'https://compliance.example.org/sitemap-km-1.xml',
      'https://compliance.example.org/sitemap-zh-1.xml',
    ]);
  });

  it('are the same bytes for the same pages', () => {
    const paths = ['/', '/km/'];
    expect([...sitemapFiles(paths, SITE_URL)]).toEqual([...sitemapFiles(paths, SITE_URL)]);
  });

  it.each([
    [
      'names the sitemap index with an address',
      SITE_URL,
      'User-agent: *\nAllow: /\n\nSitemap: https://compliance.example.org/sitemap.xml\n',
    ],
    ['names no sitemap without one', undefined, 'User-agent: *\nAllow: /\n'],
  ])('robots.txt %s', (_rule, url, expected) => {
    expect(robotsTxt(url)).toBe(expected);
  });

  it.each([
    ['an unset address is none', '', undefined],
    ['a host', 'https://compliance.example.org', 'https://compliance.example.org/'],
    ['not an address', 'compliance.example.org', 'is not an address'],
    ['another scheme', 'ftp://compliance.example.org', 'expected an https: or http: address'],
    ['a path the links would not follow', 'https://example.org/portal/', 'without a path'],
  ])('SITE_URL: %s', (_rule, value, expected) => {
    const url = parseSiteUrl(value);
    if (expected === undefined) expect(url).toBeUndefined();
    else if (url instanceof URL) expect(url.href).toBe(expected);
    else expect(url?.error).toContain(expected);
  });
});
