import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText, t } from '../../src/i18n';
import { KHMER_WORDS_KEPT_WHOLE } from '../../src/lib/khmer-words';
import type { Locale } from '../../src/i18n/locales';
import { CORE_FILE, type SiteCore } from '../../src/site/snapshot';
import {
  buildSite,
  launchBrowser,
  openPage,
  removeSite,
  ROOT,
  serve,
  type BuiltSite,
} from './harness';

/**
 * Khmer and Chinese to the last word: every page type in km and zh, built from the contract's
 * fixture (no translations in the data, so English stands in, marked) and from a small demo
 * dataset (every data text translated), shows no English sentence unless it is marked as such;
 * each language has its own "not found" page; the controls the site draws speak the page's
 * language; the citation box draws Khmer with the bundled face on a machine with no Khmer font.
 */
const FIXTURE = resolve(import.meta.dirname, '../golden/small/data');
const LANGUAGES = ['km', 'zh'] as const;

interface Served {
  site: BuiltSite;
  origin: string;
  core: SiteCore;
  server: Server;
}

let fixture: Served;
let demo: Served;
let demoData = '';
let browser: Browser;

async function start(dataDir: string): Promise<Served> {
  const site = buildSite(dataDir);
  const { server, origin } = await serve(site.dist);
  const core = JSON.parse(
    readFileSync(join(site.work, 'generated', CORE_FILE), 'utf8'),
  ) as SiteCore;
  return { site, origin, core, server };
}

beforeAll(async () => {
  demoData = mkdtempSync(join(tmpdir(), 'portal-languages-'));
  const generated = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['scripts/generate-demo.ts', '--factories', '60', '--out', join(demoData, 'data')],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (generated.status !== 0) throw new Error(generated.stderr);
  [fixture, demo] = await Promise.all([start(FIXTURE), start(join(demoData, 'data'))]);
  browser = await launchBrowser();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  for (const served of [fixture, demo]) {
    served?.server.close();
    removeSite(served?.site);
  }
  if (demoData !== '') rmSync(demoData, { recursive: true, force: true });
}, 120_000);

/** One page of each type, with ids taken from the site itself. */
function pageTypes(core: SiteCore): Array<[string, string]> {
  const struck = core.strikes.find((s) => s.factoryId !== null)?.factoryId;
  const listed = core.cycles.at(-1)?.lowCompliance[0];
  const factory = struck ?? listed ?? core.factories[0]?.id ?? '';
  const requirement = core.requirements[0]?.id.toLowerCase() ?? '';
  const cycle = core.cycles.at(-1)?.id ?? '';
  return [
    ['overview', '/'],
    ['factories', '/factories/'],
    ['factory', `/factories/${factory}/`],
    ['requirements', '/requirements/'],
    ['requirement', `/requirements/${requirement}/`],
    ['low-compliance list', '/low-compliance/'],
    ['cycles', '/cycles/'],
    ['cycle report', `/cycles/${cycle}/`],
    ['strikes', '/strikes/'],
    ['corrections', '/corrections/'],
    ['methodology', '/methodology/'],
    ['downloads', '/downloads/'],
    ['open data API', '/api/'],
    ['supplier check', '/check/'],
  ];
}

/**
 * Runs of Latin-script words a reader of the page's language meets unannounced. Not counted, by
 * rule: text inside an element marked lang="en" (it says what it is), text followed by the page's
 * "(English)" mark, code and identifiers (words with digits or underscores, all-capital
 * abbreviations such as CSV or OS ID), and proper names (runs whose words all start with a
 * capital, short connectives such as "of" and "and" aside: factory, brand, union and place
 * names). Four words or more make a run.
 */
async function unmarkedEnglish(page: Page, mark: string): Promise<string[]> {
  return page.evaluate((mark) => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const element of copy.querySelectorAll(
      'script, style, code, kbd, samp, pre, [lang^="en"], [hidden], .visually-hidden[lang^="en"]',
    )) {
      element.remove();
    }
    const texts: string[] = [];
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      texts.push(node.textContent ?? '');
    }
    // A chart draws each line of a label as its own text: Khmer words wrapped onto two lines are
    // put back together, so a mark split between lines still reads as the mark.
    const text = texts
      .join(' ')
      .replaceAll(/\s+/g, ' ')
      .replaceAll(/(?<=[\u1780-\u17FF]) (?=[\u1780-\u17FF])/g, '');
    const escaped = mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const withoutMarked = text.replace(
      new RegExp(
        `(?:[A-Za-z][^\\u1780-\\u17FF\\u3000-\\u9FFF\\uFF00-\\uFFEF]*?)\\s*${escaped}`,
        'g',
      ),
      ' ',
    );
    const runs = withoutMarked.match(
      /[A-Za-z][A-Za-z0-9_'’.-]*(?:[\s,;:&/()–-]+[A-Za-z][A-Za-z0-9_'’.-]*){3,}/g,
    );
    const connective = new Set(['of', 'and', 'the', 'for', 'in', 'de', 'on', 'at']);
    const identifier = (word: string) => /[\d_]/.test(word) || word === word.toUpperCase();
    return (runs ?? []).filter((run) => {
      const words = run.split(/[\s,;:&/()–-]+/).filter((w) => w !== '' && !identifier(w));
      if (words.length < 4) return false;
      return words.some((w) => /^[a-z]/.test(w) && !connective.has(w));
    });
  }, mark);
}

describe.each(LANGUAGES)('every page type in %s', (locale: Locale) => {
  const mark = t(locale, 'i18n.englishFallback');

  it.each([
    ['the fixture (no translations: English stands in, marked)', () => fixture],
    ['the demo data (every data text translated)', () => demo],
  ])(
    '%s: no unmarked English sentence on any page',
    async (_name, served) => {
      const { origin, core } = served();
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const found: string[] = [];
      for (const [type, path] of [...pageTypes(core), ['not found', '/no-such-page/'] as const]) {
        const { page } = await openPage(context, `${origin}/${locale}${path}`);
        for (const run of await unmarkedEnglish(page, mark)) found.push(`${type}: ${run}`);
        await page.close();
      }
      await context.close();
      expect(found).toEqual([]);
      // Fifteen pages a language: minutes on a loaded machine.
    },
    400_000,
  );

  it('the factory search finds a province by the name the page gives it', async () => {
    const province = demo.core.provinces.find(
      (p) => (locale === 'km' ? p.nameKm : p.nameZh) !== null,
    );
    const local = (locale === 'km' ? province?.nameKm : province?.nameZh) ?? '';
    expect(local).not.toBe('');
    const context = await browser.newContext();
    const found = async (q: string) => {
      const { page } = await openPage(context, `${demo.origin}/${locale}/factories/`);
      await page.locator('input[type="search"]').fill(q);
      const links = () =>
        page
          .locator('.factory-search table:visible tbody th a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      await expect.poll(async () => (await links()).length).toBeGreaterThan(0);
      const hrefs = await links();
      await page.close();
      return hrefs;
    };
    const english = await found(province?.nameEn ?? '');
    expect(await found(local)).toEqual(english);
    await context.close();
  }, 120_000);

  it('says that the news feeds are in English where it links to them', async () => {
    const context = await browser.newContext();
    const buyer = readdirSync(join(demo.site.dist, 'buyers'), { withFileTypes: true }).find((e) =>
      e.isDirectory(),
    )?.name;
    for (const path of ['/', '/api/', ...(buyer ? [`/buyers/${buyer}/`] : [])]) {
      const { page } = await openPage(context, `${demo.origin}/${locale}${path}`);
      const links = await page.locator('a[href$="feed.xml"]').evaluateAll((as) =>
        as.map((a) => ({
          hreflang: a.getAttribute('hreflang'),
          next: a.nextElementSibling?.classList.contains('lang-mark') ?? false,
        })),
      );
      expect(links.length, path).toBeGreaterThan(0);
      expect(links, path).toEqual(links.map(() => ({ hreflang: 'en', next: true })));
      await page.close();
    }
    await context.close();
  }, 120_000);

  it('marks only the words of another language as that language', async () => {
    // Factory pages whose findings carry a response: the response is in its own language, the
    // line that introduces it in the page's.
    const withResponses = demo.core.factories
      .map((factory) => factory.id)
      .filter((id) =>
        readFileSync(join(demo.site.dist, locale, 'factories', id, 'index.html'), 'utf8').includes(
          '<blockquote class="statement"',
        ),
      )
      .slice(0, 5);
    expect(withResponses.length).toBeGreaterThan(0);
    const paths = [
      ...pageTypes(demo.core).map(([, path]) => path),
      ...withResponses.map((id) => `/factories/${id}/`),
    ];
    const context = await browser.newContext();
    const found: string[] = [];
    for (const path of paths) {
      const { page } = await openPage(context, `${demo.origin}/${locale}${path}`);
      const mislabelled = await page.evaluate(() => {
        const own = document.documentElement.lang.split('-')[0] ?? '';
        const script = own === 'km' ? /[\u1780-\u17ff]/u : /\p{Script=Han}/u;
        const out: string[] = [];
        for (const element of document.body.querySelectorAll('[lang]')) {
          if ((element as HTMLElement).lang.split('-')[0] === own) continue;
          const copy = element.cloneNode(true) as HTMLElement;
          for (const inner of copy.querySelectorAll('[lang]')) inner.remove();
          const text = copy.textContent ?? '';
          if (script.test(text)) out.push(`${(element as HTMLElement).lang}: ${text.slice(0, 80)}`);
        }
        return out;
      });
      for (const text of mislabelled) found.push(`${path}: ${text}`);
      await page.close();
    }
    await context.close();
    expect(found).toEqual([]);
  }, 300_000);

  it('marks the names the data writes in Latin letters as English', async () => {
    // A buyer, a parent company, a union, a federation, an address: names in the data's English.
    const group = readdirSync(join(demo.site.dist, 'groups'), { withFileTypes: true }).find((e) =>
      e.isDirectory(),
    )?.name;
    const paths = [
      ...pageTypes(demo.core).map(([, path]) => path),
      '/buyers/',
      ...(group ? [`/groups/${group}/`] : []),
    ];
    const context = await browser.newContext();
    const unmarked: string[] = [];
    let names = 0;
    for (const path of paths) {
      const { page } = await openPage(context, `${demo.origin}/${locale}${path}`);
      const found = await page.evaluate(() => {
        const out = { unmarked: [] as string[], names: 0 };
        const main = document.querySelector('main');
        if (main === null) return out;
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim() ?? '';
          // Latin letters only, two words or more: a name, not a number, an id or a date.
          if (!/^[^\u1780-\u17ff\p{Script=Han}]*[A-Za-z]{2,}\s+[A-Za-z]{2,}/u.test(text)) continue;
          if (/[\u1780-\u17ff\p{Script=Han}]/u.test(text)) continue;
          const element = node.parentElement;
          // A chart's picture is read by its caption and table, not its letters.
          if (element === null || element.closest('script, style, code, svg, [hidden]')) continue;
          out.names += 1;
          const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
          if (!lang.startsWith('en')) out.unmarked.push(`${element.tagName}: ${text.slice(0, 60)}`);
        }
        return out;
      });
      names += found.names;
      for (const text of found.unmarked) unmarked.push(`${path}: ${text}`);
      await page.close();
    }
    await context.close();
    expect(names).toBeGreaterThan(10);
    expect(unmarked).toEqual([]);
  }, 300_000);

  it('the rule finds an English sentence, and lets it pass only when marked', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, `${fixture.origin}/${locale}/`);
    const add = (html: string) =>
      page.evaluate((html) => {
        document.getElementById('probe')?.remove();
        document
          .querySelector('main')
          ?.insertAdjacentHTML('beforeend', `<p id="probe">${html}</p>`);
      }, html);
    const sentence = 'Stoppage after a union leader was dismissed';
    await add(sentence);
    expect(await unmarkedEnglish(page, mark)).toEqual([sentence]);
    await add(`<span lang="en">${sentence}</span>`);
    expect(await unmarkedEnglish(page, mark)).toEqual([]);
    await add(`${sentence} ${mark}`);
    expect(await unmarkedEnglish(page, mark)).toEqual([]);
    await add('Independent Demo Federation of Textile Unions, KH-0012, OS ID KH2019113CX11S8');
    expect(await unmarkedEnglish(page, mark)).toEqual([]);
    await context.close();
  });

  it('the fixture shows the English cycle label with the mark in the headline', async () => {
    const context = await browser.newContext();
    const cycle = fixture.core.cycles.at(-1);
    const { page } = await openPage(context, `${fixture.origin}/${locale}/cycles/${cycle?.id}/`);
    const heading = (await page.locator('h1').textContent()) ?? '';
    expect(heading).toContain(`${cycle?.label} ${mark}`);
    await context.close();
  });

  it('the demo data shows the translated cycle label, title and legal basis, unmarked', async () => {
    const context = await browser.newContext();
    const cycle = demo.core.cycles.at(-1);
    const label = locale === 'km' ? cycle?.labelKm : cycle?.labelZh;
    const { page } = await openPage(context, `${demo.origin}/${locale}/cycles/${cycle?.id}/`);
    // Read as written: Khmer pages keep some words whole with invisible joiners.
    const read = async (selector: string) =>
      plainText((await page.locator(selector).textContent()) ?? '');
    expect(await read('h1')).toContain(label ?? '(none)');
    expect(await read('.site-title')).toBe(
      (locale === 'km' ? demo.core.meta.title_km : demo.core.meta.title_zh) ?? '(none)',
    );
    const methodology = await openPage(context, `${demo.origin}/${locale}/methodology/`);
    const body = (await methodology.page.locator('main').textContent()) ?? '';
    expect(body).not.toContain('Labour Law 1997');
    await context.close();
  });

  it('a missing page under its prefix gets the language’s own 404', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openPage(context, `${fixture.origin}/${locale}/no-such-page/`);
    expect(errors.some((e) => e.includes('HTTP 404'))).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe(
      locale === 'km' ? 'km' : 'zh-Hans',
    );
    expect(await page.locator('h1').textContent()).toBe(t(locale, 'notFound.title'));
    await context.close();
  });

  it('the file picker is labelled in the page’s language', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, `${fixture.origin}/${locale}/check/`);
    const button = page.locator('.file-button');
    await button.waitFor();
    expect(await button.textContent()).toBe(t(locale, 'check.fileButton'));
    expect(await button.isVisible()).toBe(true);
    // The browser's own button ("Choose File") is transparent; the input stays focusable.
    const input = page.locator('input[type="file"]');
    expect(await input.evaluate((e) => getComputedStyle(e).opacity)).toBe('0');
    await input.focus();
    expect(await input.evaluate((e) => e === document.activeElement)).toBe(true);
    await context.close();
  });
});

/**
 * The Khmer words a browser's dictionary splits (src/lib/khmer-words.ts), found in every visible
 * text of the page and measured: a word whose glyphs sit on two lines was broken inside. The
 * citation is left out: it is copied into letters, so it carries no joiners.
 */
async function wordsBrokenAcrossLines(page: Page, words: string[]): Promise<string[]> {
  return page.evaluate((words) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node as Text).data;
      const element = node.parentElement;
      if (!element || !/[\u1780-\u17FF]/.test(text)) continue;
      if (element.closest('script, style, .cite-text')) continue;
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      // Offsets in the text as written, joiners included, of each word as read.
      const plain: number[] = [];
      for (let i = 0; i < text.length; i += 1) if (text[i] !== '\u2060') plain.push(i);
      const read = plain.map((i) => text[i]).join('');
      for (const word of words) {
        for (let at = read.indexOf(word); at >= 0; at = read.indexOf(word, at + 1)) {
          const range = document.createRange();
          range.setStart(node, plain[at] as number);
          range.setEnd(node, (plain[at + word.length - 1] as number) + 1);
          const middles = [...range.getClientRects()]
            .filter((r) => r.width > 0)
            .map((r) => (r.top + r.bottom) / 2);
          if (middles.some((y) => Math.abs(y - (middles[0] as number)) > size * 0.9)) {
            found.push(`${word} in <${element.tagName.toLowerCase()}>: ${read.slice(0, 60)}`);
          }
        }
      }
    }
    return found;
  }, words);
}

describe('Khmer words kept whole at line ends', () => {
  it.each([360, 1280])(
    'at %i px no listed word breaks across two lines on any page type',
    async (width) => {
      const { origin, core } = demo;
      const words = KHMER_WORDS_KEPT_WHOLE.map((w) => w.replaceAll('|', ''));
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const found: string[] = [];
      for (const [type, path] of pageTypes(core)) {
        const { page } = await openPage(context, `${origin}/km${path}`);
        await page.evaluate(() => document.fonts.ready);
        for (const broken of await wordsBrokenAcrossLines(page, words)) {
          found.push(`${type}: ${broken}`);
        }
        await page.close();
      }
      await context.close();
      expect(found).toEqual([]);
    },
    400_000,
  );
});

describe('one English 404 for every path (hosts without per-folder pages)', () => {
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    ({ server, origin } = await serve(fixture.site.dist, { languageNotFound: false }));
  });
  afterAll(() => server?.close());

  it.each([
    ['a Khmer path, English browser', '/km/no-such-page/', 'en-GB', 'km', 'km'],
    ['a Chinese path', '/zh/no-such-page/', 'en-US', 'zh', 'zh-Hans'],
    ['a bare path, Khmer browser', '/no-such-page/', 'km-KH', 'km', 'km'],
    ['a bare path, Chinese browser', '/no-such-page/', 'zh-CN', 'zh', 'zh-Hans'],
    ['a bare path, English browser', '/no-such-page/', 'en-US', 'en', 'en'],
  ] as const)(
    '%s shows the page in the right language',
    async (_n, path, browserLocale, locale, tag) => {
      const context = await browser.newContext({ locale: browserLocale });
      const { page } = await openPage(context, origin + path);
      await page.waitForFunction((tag) => document.documentElement.lang === tag, tag);
      await expect.poll(() => page.locator('h1').textContent()).toBe(t(locale, 'notFound.title'));
      // The head's description and link-preview title follow the page's language.
      const own = readFileSync(
        join(fixture.site.dist, locale === 'en' ? '' : locale, '404.html'),
        'utf8',
      );
      const decode = (text: string) =>
        text.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
      for (const [selector, pattern] of [
        ['meta[name="description"]', /<meta name="description" content="([^"]*)"/],
        ['meta[property="og:title"]', /<meta property="og:title" content="([^"]*)"/],
      ] as const) {
        const expected = decode(pattern.exec(own)?.[1] ?? '');
        expect(expected, selector).not.toBe('');
        expect(await page.locator(selector).getAttribute('content'), selector).toBe(expected);
      }
      await context.close();
    },
  );
});

describe('Khmer in the citation box with no Khmer system font', () => {
  it.each(['screen', 'print'] as const)(
    'draws letters with the bundled face, not empty boxes, on %s',
    async (media) => {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const factory = demo.core.factories[0]?.id ?? '';
      const { page } = await openPage(context, `${demo.origin}/km/factories/${factory}/`);
      await page.emulateMedia({ media });
      const family = await page
        .locator('.cite-text')
        .first()
        .evaluate((e) => getComputedStyle(e).fontFamily);
      expect(family.startsWith('"Portal Khmer"') || family.startsWith("'Portal Khmer'")).toBe(true);
      // Two runs of different letters: one picture when both are empty boxes.
      const shots: Buffer[] = [];
      for (const letters of ['កខគឃង', 'ចឆជឈញ']) {
        await page
          .locator('.cite-text')
          .first()
          .evaluate((box, letters) => {
            document.getElementById('khmer-probe')?.remove();
            const probe = document.createElement('span');
            probe.id = 'khmer-probe';
            probe.style.fontSize = '32px';
            probe.textContent = letters;
            box.prepend(probe);
          }, letters);
        await page.evaluate(() => document.fonts.ready);
        shots.push(await page.locator('#khmer-probe').screenshot());
      }
      expect((shots[0] as Buffer).equals(shots[1] as Buffer)).toBe(false);
      await context.close();
    },
  );
});

describe('Chinese with the system CJK font', () => {
  it('a Chinese page draws its characters, not empty boxes', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const { page } = await openPage(context, `${demo.origin}/zh/`);
    // Two runs of different characters in the page's own font: one picture when both are boxes.
    const shots: Buffer[] = [];
    for (const characters of ['工厂罢工', '合规名单']) {
      await page.locator('h1').evaluate((heading, characters) => {
        document.getElementById('cjk-probe')?.remove();
        const probe = document.createElement('span');
        probe.id = 'cjk-probe';
        probe.textContent = characters;
        heading.append(probe);
      }, characters);
      shots.push(await page.locator('#cjk-probe').screenshot());
    }
    expect((shots[0] as Buffer).equals(shots[1] as Buffer)).toBe(false);
    await context.close();
  });
});

describe('the footer’s corrections address', () => {
  /** Pixels between the label's last visible character and the address's link. */
  async function gapBeforeContact(page: Page): Promise<number> {
    return page.locator('footer a[href^="mailto:"]').evaluate((link) => {
      const label = link.previousSibling;
      if (label === null || label.nodeType !== Node.TEXT_NODE) return Number.NaN;
      const text = label.textContent ?? '';
      const end = text.trimEnd().length;
      const range = document.createRange();
      range.setStart(label, end - 1);
      range.setEnd(label, end);
      return link.getBoundingClientRect().left - range.getBoundingClientRect().right;
    });
  }

  it.each([
    ['en', '/', 2, 7],
    ['km', '/km/', 2, 7],
    ['zh', '/zh/', -1, 1],
  ] as const)(
    'in %s follows its label as the language writes it',
    async (_locale, path, least, most) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const { page } = await openPage(context, `${demo.origin}${path}`);
      const gap = await gapBeforeContact(page);
      // A space's width after "Corrections:", none after the full-width "：".
      expect(gap).toBeGreaterThanOrEqual(least);
      expect(gap).toBeLessThanOrEqual(most);
      await context.close();
    },
  );
});
