import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawPreview } from '../../src/charts/draw-preview';
import type { Locale } from '../../src/i18n/locales';
import type { PublicSite } from '../../src/lib/public-site';
import {
  PREVIEW_HEIGHT,
  PREVIEW_PAGES,
  PREVIEW_WIDTH,
  previewCard,
  previewIdOf,
  previewIds,
} from '../../src/site/previews';
import { previewImage } from '../../src/site/head';
import { bundledFonts, imagesOf } from '../../scripts/lib/preview-images';
import { makePublicCycle, makePublicSite } from '../helpers/public-site';

const LOCALES: Locale[] = ['en', 'km', 'zh'];

const cycle = (id: string, published: number, fully: number, listed: string[]) =>
  makePublicCycle(id, {
    factoriesActive: 41,
    ciPublished: published,
    ciFullyCompliant: fully,
    lowCompliance: listed,
  });

const makeSite = (demo: boolean): PublicSite =>
  makePublicSite(demo, {
    cycles: [cycle('2022', 20, 5, []), cycle('2023', 30, 12, ['F-1', 'F-2', 'F-3'])],
  });

describe('each page shows the image of its page type, a cycle report its cycle’s', () => {
  it.each([
    ['/', 'overview'],
    ['/factories/', 'factories'],
    ['/factories/page/3/', 'factories'],
    ['/factories/KH-0001/', 'factory'],
    ['/cycles/', 'cycles'],
    ['/cycles/2023/', 'cycles/2023'],
    ['/cycles/2022/', 'cycles/2022'],
    ['/cycles/1999/', 'cycles'],
    ['/requirements/', 'requirements'],
    ['/requirements/ci01/', 'requirements'],
    ['/buyers/north-star/', 'buyers'],
    ['/groups/', 'groups'],
    ['/low-compliance/', 'low-compliance'],
    ['/strikes/', 'strikes'],
    ['/check/', 'check'],
    ['/api/', 'api'],
    ['/a-page-the-site-does-not-know/', 'overview'],
  ])('%s shows the %s image', (path, id) => {
    expect(previewIdOf(makeSite(false), path)).toBe(id);
  });

  it('a page without an address of its own (the 404 page) shows the not-found image', () => {
    expect(previewIdOf(makeSite(false), '/factories/', false)).toBe('not-found');
  });

  it('every image a page can point to is drawn: each page type’s and each published cycle’s', () => {
    expect(previewIds(makeSite(false))).toEqual([...PREVIEW_PAGES, 'cycles/2022', 'cycles/2023']);
    expect(
      previewImage(new URL('https://example.org/'), 'zh', makeSite(false), '/cycles/2022/', true)
        ?.url,
    ).toBe('https://example.org/previews/zh/cycles/2022.png');
  });

  it('a page gets an absolute image address, its size and its alt only with the site’s address', () => {
    const site = makeSite(false);
    expect(previewImage(undefined, 'en', site, '/', true)).toBeUndefined();
    expect(previewImage(new URL('https://example.org/'), 'km', site, '/strikes/', true)).toEqual({
      url: 'https://example.org/previews/km/strikes.png',
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      alt: previewCard('km', site, 'strikes').alt,
    });
  });
});

describe('an image shows published facts only', () => {
  it('a page type’s card gives the latest cycle’s published figures', () => {
    const card = previewCard('en', makeSite(false), 'low-compliance');
    expect(card.heading).toBe('Low-compliance list');
    expect(card.subline).toBe('Latest cycle: Reporting year 2023');
    expect(card.figures.map((f) => f.value)).toEqual(['41', '40%', '3']);
    expect(card.trend?.shares).toEqual([0.25, 0.4]);
    expect(card.trend?.stress).toBe(1);
  });

  it('a cycle report’s card gives that cycle’s figures and period, and stresses it in the trend', () => {
    const card = previewCard('en', makeSite(false), 'cycles/2022');
    expect(card.heading).toBe('Cycle report: Reporting year 2022');
    expect(card.subline).toBe('Period Jan 1, 2022 to Dec 31, 2022');
    expect(card.figures.map((f) => f.value)).toEqual(['41', '25%', '0']);
    expect(card.trend?.stress).toBe(0);
    expect(() => previewCard('en', makeSite(false), 'cycles/1999')).toThrow(/no cycle/);
  });

  it('the factory card names no factory and gives no figure', () => {
    const card = previewCard('en', makeSite(false), 'factory');
    expect(card.figures).toEqual([]);
    expect(card.trend).toBeNull();
    expect(card.subline).toContain('2 critical issues');
  });

  it('a site with no cycle yet has cards without figures', () => {
    const site = { ...makeSite(false), cycles: [] } as unknown as PublicSite;
    const card = previewCard('en', site, 'overview');
    expect(card.figures).toEqual([]);
    expect(card.trend).toBeNull();
  });

  it.each(LOCALES)('the demo label is drawn on demo data only (%s)', (locale) => {
    expect(previewCard(locale, makeSite(true), 'overview').demo).toBeTruthy();
    expect(previewCard(locale, makeSite(false), 'overview').demo).toBeNull();
  });

  it.each([
    ['km', /[\u1780-\u17FF]/u],
    ['zh', /\p{Script=Han}/u],
  ] as const)('every card’s words and alt are in the page’s language (%s)', (locale, script) => {
    for (const id of previewIds(makeSite(true))) {
      const card = previewCard(locale, makeSite(true), id);
      expect(card.heading, id).toMatch(script);
      expect(card.alt, id).toMatch(script);
    }
  });

  it('no card carries the word joiners that keep Khmer words whole on the pages', () => {
    for (const locale of LOCALES) {
      for (const id of previewIds(makeSite(true))) {
        expect(JSON.stringify(previewCard(locale, makeSite(true), id))).not.toMatch(/\u2060/u);
      }
    }
  });

  it('the alt says what the image shows: heading and every figure', () => {
    const card = previewCard('en', makeSite(false), 'strikes');
    expect(card.alt).toContain(card.heading);
    for (const figure of card.figures) expect(card.alt).toContain(figure.value);
  });
});

describe('drawing', () => {
  let fontDir: string;
  let fonts: string[];
  beforeAll(() => {
    fontDir = mkdtempSync(join(tmpdir(), 'preview-test-fonts-'));
    fonts = bundledFonts(fontDir);
  });
  afterAll(() => rmSync(fontDir, { recursive: true, force: true }));

  const inkWidth = (text: string) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="120"><text x="10" y="80" font-family="Noto Sans Khmer" font-size="48">${text}</text></svg>`;
    const image = new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles: fonts },
      background: '#ffffff',
    }).render();
    const { pixels, width } = image;
    let right = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if ((pixels[i] as number) < 128) right = Math.max(right, (i / 4) % width);
    }
    return right;
  };

  it('Khmer is shaped: vowels and subscripts join their consonant, not a dotted circle each', () => {
    // Drawn mark by mark, each of ្ and ោ would stand alone on a dotted circle.
    const shaped = inkWidth('ក្រោម');
    const unshaped = inkWidth('ក ្ រ ោ ម');
    expect(shaped).toBeGreaterThan(0);
    expect(shaped).toBeLessThan(unshaped * 0.7);
  });

  it.each(LOCALES)('%s: the demonstration badge holds its words inside its box', (locale) => {
    const svg = drawPreview(previewCard(locale, makeSite(true), 'overview'));
    const { pixels, width } = new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: 'Noto Sans Khmer' },
      background: '#ffffff',
    }).render();
    // The badge's box (#fdecea) and its red words (#b3261e), in the band it is drawn in.
    let [boxLeft, boxRight, inkLeft, inkRight] = [width, 0, width, 0];
    for (let y = 56; y < 100; y++) {
      for (let x = width / 2; x < width; x++) {
        const i = (y * width + x) * 4;
        const [r, g, b] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
        if (r === 0xfd && g === 0xec && b === 0xea) {
          boxLeft = Math.min(boxLeft, x);
          boxRight = Math.max(boxRight, x);
        }
        if (r > 120 && g < 100 && b < 100) {
          inkLeft = Math.min(inkLeft, x);
          inkRight = Math.max(inkRight, x);
        }
      }
    }
    expect(inkRight, 'the badge has words').toBeGreaterThan(inkLeft);
    expect(inkLeft).toBeGreaterThanOrEqual(boxLeft + 4);
    expect(inkRight).toBeLessThanOrEqual(boxRight - 4);
  });

  it('the same card gives the same bytes, drawn or taken from the cache, and is a 1200 × 630 PNG', () => {
    const svgs = [drawPreview(previewCard('km', makeSite(true), 'overview'))];
    const caches = [1, 2].map(() => mkdtempSync(join(tmpdir(), 'preview-test-cache-')));
    const saved = process.env['PREVIEW_CACHE_DIR'];
    try {
      const images = caches.map((dir) => {
        process.env['PREVIEW_CACHE_DIR'] = dir;
        return imagesOf(svgs, fonts)[0] as Buffer;
      });
      const cached = imagesOf(svgs, fonts)[0] as Buffer;
      expect(images[0]?.equals(images[1] as Buffer)).toBe(true);
      expect(cached.equals(images[0] as Buffer)).toBe(true);
      const png = images[0] as Buffer;
      expect(png.readUInt32BE(16)).toBe(PREVIEW_WIDTH);
      expect(png.readUInt32BE(20)).toBe(PREVIEW_HEIGHT);
    } finally {
      if (saved === undefined) delete process.env['PREVIEW_CACHE_DIR'];
      else process.env['PREVIEW_CACHE_DIR'] = saved;
      for (const dir of caches) rmSync(dir, { recursive: true, force: true });
    }
  });
});
