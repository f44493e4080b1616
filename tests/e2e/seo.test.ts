import { XMLParser } from 'fast-xml-parser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localisedPageTypes } from '../../scripts/lib/page-types';
import { SITEMAP_MAX_URLS } from '../../scripts/lib/sitemap';
import { buildSite, launchBrowser, openPage, removeSite, serve, type BuiltSite } from './harness';

/**
 * Found and shared: every page type in the three languages, built from the contract's fixture,
 * read as a search engine and a link preview read it (absolute canonical and alternates,
 * description, Open Graph, JSON-LD); the sitemaps list exactly the built pages; without SITE_URL
 * the build says so once and leaves every absolute address out rather than make it relative.
 */
const FIXTURE = resolve(import.meta.dirname, '../golden/small/data');
const SITE_URL = 'https://compliance.example.org';
const LANGUAGE_OF: Record<string, string> = { '': 'en', '/km': 'km', '/zh': 'zh-Hans' };
const OG_LOCALE: Record<string, string> = { en: 'en_US', km: 'km_KH', 'zh-Hans': 'zh_CN' };
/** A preview's alt is in the page's language: Khmer and Chinese alts are written in their script. */
const ALT_SCRIPT: Record<string, RegExp> = {
  en: /[a-z]{4}/,
  km: /[\u1780-\u17FF]/u,
  'zh-Hans': /\p{Script=Han}/u,
};

let withUrl: BuiltSite;
let withoutUrl: BuiltSite;

const decode = (text: string) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

interface Head {
  tags: { name: string; attributes: Record<string, string> }[];
  jsonLd: string[];
}

/** The tags of a page's head with their attributes, as a crawler reads them. */
function readHead(dist: string, path: string): Head {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const tags = [...head.matchAll(/<(meta|link)\b([^>]*)>/g)].map((m) => ({
    name: m[1] as string,
    attributes: Object.fromEntries(
      [...(m[2] as string).matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], decode(a[2] ?? '')]),
    ),
  }));
  const jsonLd = [
    ...head.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
  ].map((m) => m[1] as string);
  return { tags, jsonLd };
}

const all = (head: Head, tag: string, key: string, value: string) =>
  head.tags.filter((t) => t.name === tag && t.attributes[key] === value);
const meta = (head: Head, key: 'name' | 'property', value: string) =>
  all(head, 'meta', key, value).map((t) => t.attributes['content'] ?? '');

function htmlPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name === 'index.html') out.push(`/${relative(dist, dir)}/`.replace('//', '/'));
    }
  };
  walk(dist);
  return out;
}

const xml = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
const locs = (dist: string, file: string, list: 'sitemapindex' | 'urlset'): string[] => {
  const parsed = xml.parse(readFileSync(join(dist, file), 'utf8')) as Record<
    string,
    Record<string, { loc: string }[]>
  >;
  return (parsed[list]?.[list === 'urlset' ? 'url' : 'sitemap'] ?? []).map((entry) => entry.loc);
};
const fileOf = (url: string) => new URL(url).pathname.slice(1);

beforeAll(() => {
  withUrl = buildSite(FIXTURE, { SITE_URL });
  withoutUrl = buildSite(FIXTURE, { SITE_URL: '' });
}, 900_000);

afterAll(() => {
  removeSite(withUrl);
  removeSite(withoutUrl);
});

describe('every page type in three languages, with the site’s address', () => {
  it('has one absolute canonical link to itself', () => {
    for (const { path } of localisedPageTypes(withUrl.dist)) {
      const canonical = all(readHead(withUrl.dist, path), 'link', 'rel', 'canonical');
      expect(
        canonical.map((c) => c.attributes['href']),
        path,
      ).toEqual([`${SITE_URL}${path}`]);
    }
  });

  it('links the page in each language and x-default, each an absolute address of a built page', () => {
    for (const { path } of localisedPageTypes(withUrl.dist)) {
      const links = all(readHead(withUrl.dist, path), 'link', 'rel', 'alternate').filter(
        (l) => l.attributes['hreflang'] !== undefined,
      );
      expect(links.map((l) => l.attributes['hreflang']).sort(), path).toEqual([
        'en',
        'km',
        'x-default',
        'zh-Hans',
      ]);
      for (const link of links) {
        const href = link.attributes['href'] ?? '';
        expect(href.startsWith(`${SITE_URL}/`), `${path} → ${href}`).toBe(true);
        expect(existsSync(join(withUrl.dist, fileOf(href), 'index.html')), href).toBe(true);
      }
      const byLanguage = Object.fromEntries(
        links.map((l) => [l.attributes['hreflang'], l.attributes['href']]),
      );
      expect(byLanguage['x-default']).toBe(byLanguage['en']);
    }
  });

  it('has one description of 50 to 160 characters, in the page’s language', () => {
    for (const { path } of localisedPageTypes(withUrl.dist)) {
      const descriptions = meta(readHead(withUrl.dist, path), 'name', 'description');
      expect(descriptions, path).toHaveLength(1);
      const length = [...(descriptions[0] ?? '')].length;
      expect(length, `${path}: ${descriptions[0]}`).toBeGreaterThanOrEqual(50);
      expect(length, `${path}: ${descriptions[0]}`).toBeLessThanOrEqual(160);
      const prefix = /^\/(km|zh)\//.exec(path)?.[0].slice(0, -1) ?? '';
      if (prefix === '/km') expect(descriptions[0], path).toMatch(/[\u1780-\u17ff]/u);
      if (prefix === '/zh') expect(descriptions[0], path).toMatch(/[\u4e00-\u9fff]/u);
    }
  });

  it('gives link previews a title, description, address, site name and locales', () => {
    for (const { path } of localisedPageTypes(withUrl.dist)) {
      const head = readHead(withUrl.dist, path);
      const prefix = /^\/(km|zh)\//.exec(path)?.[0].slice(0, -1) ?? '';
      const language = LANGUAGE_OF[prefix] as string;
      expect(meta(head, 'property', 'og:title')[0], path).toBeTruthy();
      expect(meta(head, 'property', 'og:site_name')[0], path).toBeTruthy();
      // The word joiners that keep Khmer words whole on the page would be indexed as text.
      for (const text of [
        ...head.tags.flatMap((tag) => Object.values(tag.attributes)),
        ...head.jsonLd,
      ]) {
        expect(text, path).not.toContain('\u2060');
      }
      expect(meta(head, 'property', 'og:description'), path).toEqual(
        meta(head, 'name', 'description'),
      );
      expect(meta(head, 'property', 'og:url'), path).toEqual([`${SITE_URL}${path}`]);
      expect(meta(head, 'property', 'og:locale'), path).toEqual([OG_LOCALE[language]]);
      expect(meta(head, 'property', 'og:locale:alternate').sort(), path).toEqual(
        Object.values(OG_LOCALE)
          .filter((l) => l !== OG_LOCALE[language])
          .sort(),
      );
      expect(meta(head, 'name', 'twitter:card'), path).toEqual(['summary_large_image']);
      // X falls back to og:title and og:description: not written twice on every page.
      expect(meta(head, 'name', 'twitter:title'), path).toEqual([]);
      expect(meta(head, 'name', 'twitter:description'), path).toEqual([]);
      const images = meta(head, 'property', 'og:image');
      expect(images, path).toHaveLength(1);
      const image = images[0] as string;
      expect(image.startsWith(`${SITE_URL}/previews/${language.slice(0, 2)}/`), image).toBe(true);
      expect(meta(head, 'name', 'twitter:image'), path).toEqual([image]);
      expect(meta(head, 'property', 'og:image:width'), path).toEqual(['1200']);
      expect(meta(head, 'property', 'og:image:height'), path).toEqual(['630']);
      const [alt] = meta(head, 'property', 'og:image:alt');
      expect(alt, path).toBeTruthy();
      expect(meta(head, 'name', 'twitter:image:alt'), path).toEqual([alt]);
      expect(alt, path).toMatch(ALT_SCRIPT[language] as RegExp);
      const png = readFileSync(join(withUrl.dist, fileOf(image)));
      expect(png.subarray(0, 8).toString('hex'), image).toBe('89504e470d0a1a0a');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
    }
  });

  it('draws the same set of preview images in each language, one per page type and per cycle report', () => {
    const files = (dist: string) =>
      readdirSync(join(dist, 'previews'), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.png'))
        .sort();
    const names = files(withUrl.dist);
    const inLanguage = (lang: string) =>
      names.filter((name) => name.startsWith(`${lang}/`)).map((name) => name.slice(3));
    expect(inLanguage('en').length).toBeGreaterThanOrEqual(14);
    const reports = readdirSync(join(withUrl.dist, 'cycles'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `cycles/${entry.name}.png`)
      .sort();
    expect(reports.length).toBeGreaterThan(0);
    expect(inLanguage('en').filter((name) => name.startsWith('cycles/'))).toEqual(reports);
    expect(inLanguage('km')).toEqual(inLanguage('en'));
    expect(inLanguage('zh')).toEqual(inLanguage('en'));
    expect(names).toHaveLength(3 * inLanguage('en').length);
  });

  it('describes the open data as a schema.org Dataset on /downloads/ and /api/, in each language', () => {
    for (const prefix of ['', '/km', '/zh']) {
      for (const page of ['/downloads/', '/api/']) {
        const [text, ...rest] = readHead(withUrl.dist, `${prefix}${page}`).jsonLd;
        expect(rest).toEqual([]);
        const dataset = JSON.parse(text ?? '') as Record<string, unknown>;
        expect(dataset['@context']).toBe('https://schema.org');
        expect(dataset['@type']).toBe('Dataset');
        // Google's dataset search: required, then recommended.
        for (const key of ['name', 'description']) expect(dataset[key], key).toBeTruthy();
        for (const key of [
          'url',
          'creator',
          'license',
          'temporalCoverage',
          'spatialCoverage',
          'dateModified',
          'distribution',
          'keywords',
          'isAccessibleForFree',
        ]) {
          expect(dataset[key], `${prefix}${page} ${key}`).toBeDefined();
        }
        expect(String(dataset['dateModified'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(String(dataset['temporalCoverage'])).toMatch(
          /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/,
        );
        const downloads = dataset['distribution'] as Record<string, string>[];
        expect(downloads.length).toBeGreaterThan(0);
        for (const download of downloads) {
          expect(download['@type']).toBe('DataDownload');
          expect(download['encodingFormat']).toMatch(/^[a-z]+\/[a-z+.-]+$/);
          expect(download['contentUrl']?.startsWith(`${SITE_URL}/`), download['contentUrl']).toBe(
            true,
          );
          expect(
            existsSync(join(withUrl.dist, fileOf(download['contentUrl'] ?? ''))),
            download['contentUrl'],
          ).toBe(true);
        }
      }
    }
  });

  it('names the site, its search and its publisher on the home page', () => {
    for (const prefix of ['', '/km', '/zh']) {
      const [text] = readHead(withUrl.dist, `${prefix}/`).jsonLd;
      const graph = (JSON.parse(text ?? '') as { '@graph': Record<string, unknown>[] })['@graph'];
      const site = graph.find((node) => node['@type'] === 'WebSite');
      const publisher = graph.find((node) => node['@type'] === 'Organization');
      expect(site?.['url']).toBe(`${SITE_URL}${prefix}/`);
      expect(site?.['name']).toBeTruthy();
      expect(JSON.stringify(site?.['potentialAction'])).toContain(
        `${SITE_URL}${prefix}/factories/?q={search_term_string}`,
      );
      expect(publisher?.['name']).toBeTruthy();
    }
  });

  it('sitemaps list exactly the built pages, one language each, never an unpublished factory', () => {
    const robots = readFileSync(join(withUrl.dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
    const sitemaps = locs(withUrl.dist, 'sitemap.xml', 'sitemapindex');
    expect(sitemaps.length).toBe(3);
    const listed: string[] = [];
    for (const sitemap of sitemaps) {
      const urls = locs(withUrl.dist, fileOf(sitemap), 'urlset');
      expect(urls.length).toBeLessThanOrEqual(SITEMAP_MAX_URLS);
      expect(
        new Set(urls.map((u) => /^\/(km|zh)\//.exec(new URL(u).pathname)?.[1] ?? 'en')).size,
      ).toBe(1);
      listed.push(...urls);
    }
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.map((u) => new URL(u).pathname).sort()).toEqual(htmlPages(withUrl.dist).sort());

    const api = JSON.parse(readFileSync(join(withUrl.dist, 'api/factories.json'), 'utf8')) as {
      factories: { id: string; status: string }[];
    };
    const published = new Set(api.factories.map((f) => f.id));
    const registry = Papa.parse<Record<string, string>>(
      readFileSync(join(FIXTURE, 'factories.csv'), 'utf8'),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data.map((row) => row['factory_id'] as string);
    const unpublished = registry.filter((id) => !published.has(id));
    expect(unpublished.length).toBeGreaterThan(0);
    const factoryPages = listed.flatMap((u) => /\/factories\/([^/]+)\/$/.exec(u)?.[1] ?? []);
    expect(new Set(factoryPages)).toEqual(published);
    expect(factoryPages).toHaveLength(published.size * 3);
    expect(api.factories.some((f) => f.status === 'closed')).toBe(true);
    for (const id of unpublished) {
      expect(listed.join('\n')).not.toContain(id);
    }
  });
});

describe('without the site’s address', () => {
  it('the build says once that alternates and sitemaps need one', () => {
    expect(withoutUrl.log.match(/SITE_URL is not set/g)).toHaveLength(1);
    expect(withUrl.log).not.toContain('SITE_URL is not set');
  });

  it('no page carries a relative canonical, alternate or preview address, and every page a description', () => {
    for (const path of htmlPages(withoutUrl.dist)) {
      const head = readHead(withoutUrl.dist, path);
      expect(all(head, 'link', 'rel', 'canonical'), path).toEqual([]);
      expect(
        all(head, 'link', 'rel', 'alternate').filter((l) => l.attributes['hreflang'] !== undefined),
        path,
      ).toEqual([]);
      expect(meta(head, 'property', 'og:url'), path).toEqual([]);
      expect(meta(head, 'property', 'og:image'), path).toEqual([]);
      expect(meta(head, 'name', 'twitter:card'), path).toEqual(['summary']);
      expect(meta(head, 'name', 'description'), path).toHaveLength(1);
    }
  });

  it('draws no preview image: a page could point to it only by a relative address', () => {
    expect(existsSync(join(withoutUrl.dist, 'previews'))).toBe(false);
  });

  it('writes no sitemap, and a robots.txt that names none', () => {
    expect(readdirSync(withoutUrl.dist).filter((name) => name.startsWith('sitemap'))).toEqual([]);
    expect(readFileSync(join(withoutUrl.dist, 'robots.txt'), 'utf8')).toBe(
      'User-agent: *\nAllow: /\n',
    );
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    ({ server, origin } = await serve(withUrl.dist));
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it.each(['/', '/downloads/', '/km/api/'])(
    '%s loads its structured data without a Content-Security-Policy violation',
    async (path) => {
      const context = await browser.newContext();
      const { page, errors } = await openPage(context, `${origin}${path}`);
      const parsed = await page.$$eval('script[type="application/ld+json"]', (scripts) =>
        scripts.map((s) => JSON.parse(s.textContent ?? '') as unknown),
      );
      expect(parsed).toHaveLength(1);
      expect(errors).toEqual([]);
      await context.close();
    },
    60_000,
  );
});
