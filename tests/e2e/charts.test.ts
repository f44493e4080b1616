import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartById, chartCsv } from '../../src/charts/registry';
import { LOCALES, localePath, type Locale } from '../../src/i18n/locales';
import type { PublicFactory, PublicSite } from '../../src/lib/public-site';
import { CORE_FILE, shardFile, type SiteCore } from '../../src/site/snapshot';
import { buildSite, launchBrowser, openPage, removeSite, serve, type BuiltSite } from './harness';

/**
 * Every chart the build writes, for the contract's small fixture and for the demo data, in
 * Chromium at 360 px and 1280 px in the three languages: no text outside its chart or over
 * another, no text under 12 px, the chart as wide as its column. Then the downloads made in the
 * browser (SVG, PNG, CSV), a downloaded Khmer SVG opened alone on a machine with no Khmer font,
 * and the page without JavaScript.
 */
const FIXTURE = resolve(import.meta.dirname, '../golden/small/data');
const DEMO = resolve(import.meta.dirname, '../../data');
const WIDTHS = [360, 1280] as const;
/** Figures measured in one page load: enough to be quick, few enough to stay light. */
const BATCH = 150;

interface Served {
  site: BuiltSite;
  origin: string;
  close: () => void;
}

let fixture: Served;
let demo: Served;
let browser: Browser;

async function start(dataDir: string): Promise<Served> {
  const site = buildSite(dataDir);
  const { server, origin } = await serve(site.dist);
  return { site, origin, close: () => server.close() };
}

beforeAll(async () => {
  [fixture, demo] = await Promise.all([start(FIXTURE), start(DEMO)]);
  browser = await launchBrowser();
}, 400_000);

// Removing the demo site's thousands of files takes a while on a loaded machine.
afterAll(async () => {
  await browser?.close();
  for (const served of [fixture, demo]) {
    served?.close();
    removeSite(served?.site);
  }
}, 120_000);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

const localeOf = (dist: string, file: string): Locale => {
  const first = relative(dist, file).split('/')[0];
  return LOCALES.find((l) => l !== 'en' && l === first) ?? 'en';
};

/** Every chart figure of the built site, by language: figures do not nest, so a pattern finds them. */
function figuresOf(dist: string): Map<Locale, string[]> {
  const figures = new Map<Locale, string[]>(LOCALES.map((l) => [l, []]));
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/<figure class="chart"[\s\S]*?<\/figure>/g)) {
      figures.get(localeOf(dist, file))?.push(match[0]);
    }
  }
  return figures;
}

interface Measured {
  charts: number;
  texts: number;
  problems: string[];
}

/** Measures every chart on the page: text against the SVG's box and against each other. */
function measureCharts(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const problems: string[] = [];
    let texts = 0;
    const charts = [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg')];
    for (const svg of charts) {
      const id = svg.closest('figure')?.dataset['chart'] ?? '?';
      const box = svg.getBoundingClientRect();
      const column = svg.closest('figure')?.getBoundingClientRect();
      if (column && Math.abs(box.width - column.width) > 1) {
        problems.push(`${id}: ${box.width} px wide in a ${column.width} px column`);
      }
      if (box.right > document.documentElement.clientWidth + 0.5) {
        problems.push(`${id}: runs off the page`);
      }
      const shown = [...svg.querySelectorAll('text')].filter(
        (t) => t.getClientRects().length > 0 && (t.textContent ?? '').trim() !== '',
      );
      texts += shown.length;
      const rects = shown.map((t) => ({
        text: t.textContent ?? '',
        rect: t.getBoundingClientRect(),
      }));
      for (const [i, { text, rect }] of rects.entries()) {
        const size = parseFloat(getComputedStyle(shown[i] as Element).fontSize);
        if (size < 12) problems.push(`${id}: "${text}" is ${size} px`);
        if (
          rect.left < box.left - 0.5 ||
          rect.right > box.right + 0.5 ||
          rect.top < box.top - 0.5 ||
          rect.bottom > box.bottom + 0.5
        ) {
          problems.push(
            `${id}: "${text}" [${Math.round(rect.left)}–${Math.round(rect.right)}, ${Math.round(rect.top)}–${Math.round(rect.bottom)}] leaves the chart [${Math.round(box.left)}–${Math.round(box.right)}, ${Math.round(box.top)}–${Math.round(box.bottom)}]`,
          );
        }
        for (const other of rects.slice(i + 1)) {
          const x = Math.min(rect.right, other.rect.right) - Math.max(rect.left, other.rect.left);
          const y = Math.min(rect.bottom, other.rect.bottom) - Math.max(rect.top, other.rect.top);
          // Glyph boxes include the line's leading: a pixel of it may touch without any ink doing so.
          if (x > 1 && y > 1) problems.push(`${id}: "${text}" overlaps "${other.text}"`);
        }
      }
    }
    return { charts: charts.length, texts, problems };
  });
}

async function measureAll(served: Served, locale: Locale, width: number): Promise<Measured> {
  const figures = figuresOf(served.site.dist).get(locale) ?? [];
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const total: Measured = { charts: 0, texts: 0, problems: [] };
  try {
    const { page } = await openPage(context, served.origin + localePath(locale, '/'));
    for (let i = 0; i < figures.length; i += BATCH) {
      await page.evaluate(
        (html) => {
          const main = document.querySelector('main');
          if (main) main.innerHTML = html;
        },
        figures.slice(i, i + BATCH).join(''),
      );
      await page.evaluate(() => document.fonts.ready);
      const measured = await measureCharts(page);
      total.charts += measured.charts;
      total.texts += measured.texts;
      total.problems.push(...measured.problems);
    }
  } finally {
    await context.close();
  }
  return total;
}

describe.each([
  ['the fixture', () => fixture],
  ['the demo data', () => demo],
] as const)('every chart of %s', (_name, served) => {
  it.each(LOCALES.flatMap((locale) => WIDTHS.map((width) => [locale, width] as const)))(
    'in %s at %i px: every label inside its chart, none over another, none under 12 px',
    async (locale, width) => {
      const measured = await measureAll(served(), locale, width);
      expect(measured.charts).toBeGreaterThan(0);
      expect(measured.texts).toBeGreaterThan(measured.charts * 3);
      expect(measured.problems).toEqual([]);
    },
    240_000,
  );
});

/** The site's snapshot, as the pages read it (core and factory shards, kept beside dist/). */
function snapshotOf(served: Served): PublicSite {
  const dir = join(dirname(served.site.dist), 'generated');
  const core = JSON.parse(readFileSync(join(dir, CORE_FILE), 'utf8')) as SiteCore;
  const factories: PublicFactory[] = [];
  for (let index = 0; existsSync(join(dir, shardFile(index))); index += 1) {
    factories.push(
      ...(JSON.parse(readFileSync(join(dir, shardFile(index)), 'utf8')) as PublicFactory[]),
    );
  }
  return { ...core, factories };
}

async function download(page: Page, figure: string, format: 'svg' | 'png' | 'csv') {
  const waiting = page.waitForEvent('download');
  await page.locator(`figure[data-chart="${figure}"] button[data-download="${format}"]`).click();
  const file = await waiting;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Screenshots of two runs of different Khmer letters: the same picture when both are empty boxes. */
async function khmerDrawsLetters(page: Page, family: string): Promise<boolean> {
  const shots = [];
  for (const letters of ['កខគឃង', 'ចឆជឈញ']) {
    await page.evaluate(
      ({ letters, family }) => {
        document.getElementById('khmer-probe')?.remove();
        const probe = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        probe.id = 'khmer-probe';
        probe.setAttribute('x', '4');
        probe.setAttribute('y', '40');
        probe.setAttribute('font-size', '32');
        probe.setAttribute('font-family', family);
        probe.textContent = letters;
        const svg = document.querySelector('svg');
        svg?.append(probe);
      },
      { letters, family },
    );
    await page.evaluate(() => document.fonts.ready);
    shots.push(await page.locator('#khmer-probe').screenshot());
  }
  return !(shots[0] as Buffer).equals(shots[1] as Buffer);
}

describe('downloads made in the browser', () => {
  let context: BrowserContext;
  let page: Page;
  const work = mkdtempSync(join(tmpdir(), 'portal-charts-'));

  beforeAll(async () => {
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    ({ page } = await openPage(context, `${fixture.origin}/km/factories/KH-003/`));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('the Khmer chart on the page is drawn with the bundled face, not empty boxes', async () => {
    await page.evaluate(() => document.fonts.ready);
    const chartFamily = await page
      .locator('figure[data-chart="factory-kh-003-rate"] svg.chart-svg')
      .evaluate((svg) => getComputedStyle(svg).fontFamily);
    expect(chartFamily.startsWith('"Portal Khmer",')).toBe(true);
    // The chart's own words, in the chart's own font stack, look like letters…
    const legend = page.locator('figure[data-chart="factory-kh-003-rate"] svg text').first();
    expect(await legend.textContent()).toMatch(/[\u1780-\u17FF]/);
    expect(await khmerDrawsLetters(page, chartFamily)).toBe(true);
    // …which the system fonts alone cannot draw here (no Khmer font is installed on purpose).
    expect(await khmerDrawsLetters(page, 'sans-serif')).toBe(false);
  });

  it('SVG: a standalone file with its title whole, source, publisher and date, that renders Khmer with no site and no Khmer font', async () => {
    const { name, bytes } = await download(page, 'factory-kh-003-rate', 'svg');
    expect(name).toBe('factory-kh-003-rate.svg');
    const svg = bytes.toString('utf8');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(svg).toContain("font-family:'Portal Khmer'");
    expect(svg).toContain('data:font/woff2;base64,');
    // The page draws its lines across a box stretched to 100 units; the file, in pixels of its
    // plot, for editors that would scale the strokes with the box.
    expect(svg).not.toMatch(/vector-effect|preserveAspectRatio/);
    const onPage = await page
      .locator('figure[data-chart="factory-kh-003-rate"] path[stroke-width="2.5"]')
      .getAttribute('d');
    const plotWidth = Number(/<svg x="[\d.]+" y="[\d.]+" width="([\d.]+)"/.exec(svg)?.[1]);
    const inFile = /<path d="([^"]+)"[^>]*stroke-width="2.5"/.exec(svg)?.[1];
    const xs = (d: string | null | undefined) =>
      [...(d ?? '').matchAll(/[ML]([\d.]+) /g)].map((m) => Number(m[1]));
    expect(xs(onPage).length).toBeGreaterThan(1);
    expect(xs(inFile).length).toBe(xs(onPage).length);
    xs(inFile).forEach((x, i) =>
      expect(x).toBeCloseTo(((xs(onPage)[i] ?? NaN) * plotWidth) / 100, 1),
    );
    const file = join(work, name);
    await import('node:fs').then((fs) => fs.writeFileSync(file, bytes));

    // Opened as a file, with every request refused: only what the file carries can be used.
    const alone = await browser.newContext({ viewport: { width: 900, height: 700 } });
    await alone.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort(),
    );
    const view = await alone.newPage();
    await view.goto(`file://${file}`);
    await view.evaluate(() => document.fonts.ready);
    const texts = await view.evaluate(() => {
      const root = document.documentElement.getBoundingClientRect();
      return [...document.querySelectorAll('text')]
        .filter((t) => t.getClientRects().length > 0)
        .map((t) => {
          const r = t.getBoundingClientRect();
          return {
            text: t.textContent ?? '',
            inside:
              r.left >= root.left - 0.5 &&
              r.right <= root.right + 0.5 &&
              r.bottom <= root.bottom + 0.5,
          };
        });
    });
    const title = await view.evaluate(() => document.querySelector('title')?.textContent ?? '');
    // The file's title and description are the page's: its data table's and figure's captions.
    const pageText = (id: string) => page.locator(`#${id}`).textContent();
    expect(title).not.toBe('');
    expect(title).toBe(await pageText('factory-kh-003-rate-name'));
    expect(await view.evaluate(() => document.querySelector('desc')?.textContent ?? '')).toBe(
      await pageText('factory-kh-003-rate-caption'),
    );
    const titleDrawn = texts
      .slice(
        0,
        texts.findIndex((t) => !title.includes(t.text)),
      )
      .map((t) => t.text)
      .join(' ');
    expect(titleDrawn.replace(/\s+/g, '')).toBe(title.replace(/\s+/g, ''));
    expect(texts.filter((t) => !t.inside)).toEqual([]);
    const words = texts.map((t) => t.text).join('\n');
    expect(words).toContain('ប្រភព៖'); // "Source:" with the publisher and the dataset's title
    expect(words).toMatch(/ទិន្នន័យគិតត្រឹម/); // "Data as of"
    expect(await khmerDrawsLetters(view, "'Portal Khmer'")).toBe(true);
    expect(await khmerDrawsLetters(view, 'sans-serif')).toBe(false);
    await view.screenshot({ path: join(work, 'standalone.png') });
    await alone.close();
  });

  it('PNG: the same picture at twice its size, for print', async () => {
    const { name, bytes } = await download(page, 'factory-kh-003-rate', 'png');
    expect(name).toBe('factory-kh-003-rate.png');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height at bytes 16 and 20.
    expect(bytes.readUInt32BE(16)).toBe(1600);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(600);
  });

  it('CSV: the table of the page as the spreadsheet-safe file, byte for byte', async () => {
    const { name, bytes } = await download(page, 'factory-kh-003-rate', 'csv');
    expect(name).toBe('factory-kh-003-rate.csv');
    const spec = chartById(snapshotOf(fixture), 'factory-kh-003-rate', 'km');
    if (!spec) throw new Error('no chart');
    expect(bytes.toString('utf8')).toBe(chartCsv(spec));
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it.each([
    ['/cycles/2022/', 'issue-rates-2022'],
    ['/zh/cycles/2021/', 'rate-distribution-2021'],
    ['/', 'trend-full-compliance'],
  ])('CSV of %s %s is the chart’s data', async (path, id) => {
    const other = await context.newPage();
    await other.goto(fixture.origin + path, { waitUntil: 'networkidle' });
    const { bytes } = await download(other, id, 'csv');
    const locale = path.startsWith('/zh/') ? 'zh' : 'en';
    const spec = chartById(snapshotOf(fixture), id, locale);
    if (!spec) throw new Error('no chart');
    expect(bytes.toString('utf8')).toBe(chartCsv(spec));
    await other.close();
  });

  it('a bar of the issue chart leads to its requirement, on the page and in the file', async () => {
    const other = await context.newPage();
    await other.goto(`${fixture.origin}/cycles/2022/`, { waitUntil: 'networkidle' });
    // In the downloaded file, which is no page, the bars are links to the site.
    const { bytes } = await download(other, 'issue-rates-2022', 'svg');
    expect(bytes.toString('utf8')).toContain(`<a href="${fixture.origin}/requirements/ci03/">`);
    const bar = other.locator('figure[data-chart="issue-rates-2022"] .chart-link rect').nth(2);
    await bar.click();
    await other.waitForURL(`${fixture.origin}/requirements/ci03/`);
    await other.close();
  });
});

describe('without JavaScript', () => {
  it('the chart and its table are there; the download buttons, which need it, are not', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${fixture.origin}/factories/KH-003/`);
    const figure = page.locator('figure[data-chart="factory-kh-003-rate"]');
    expect(await figure.locator('svg.chart-svg').isVisible()).toBe(true);
    expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(0);
    expect(await figure.locator('.chart-tools').isVisible()).toBe(false);
    await context.close();
  });
});

describe('a factory’s rate table', () => {
  it('never shows a rate and its threshold alike when they differ', () => {
    let rows = 0;
    let closer = 0;
    for (const figure of [...figuresOf(demo.site.dist).values()].flat()) {
      if (!/^<figure class="chart" data-chart="factory-[^"]*-rate"/.test(figure)) continue;
      for (const [row] of figure.matchAll(/<tr>(?:(?!<\/tr>)[\s\S])*<\/tr>/g)) {
        const [rate, threshold] = [...row.matchAll(/<td data-value="([^"]+)">([^<]*)<\/td>/g)];
        if (rate === undefined || threshold === undefined) continue;
        rows += 1;
        if (rate[1] === threshold[1]) continue;
        expect(rate[2], row).not.toBe(threshold[2]);
        if (!/^\S*\d\.\d%$/u.test(rate[2] ?? '')) closer += 1;
      }
    }
    expect(rows).toBeGreaterThan(1000);
    // The demo has rates within a tenth of a point of their threshold, shown with more decimals.
    expect(closer).toBeGreaterThan(0);
  });
});
