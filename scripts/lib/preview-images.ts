/**
 * The link-preview images (src/site/previews.ts) as PNG files, drawn at build time by resvg,
 * which shapes text with a HarfBuzz port: Khmer vowels and subscripts come out as on the pages
 * (librsvg through sharp drew ោ with a dotted circle). Only the fonts named here are used, never
 * the machine's own, so the same data gives the same bytes: Noto Sans Khmer (Latin and Khmer,
 * bundled with the site) and, for Chinese, Noto Sans CJK from the system (PREVIEW_CJK_FONTS, or
 * Debian's fonts-noto-cjk). Without a CJK font, the Chinese images are drawn with the English
 * texts, and the build says so.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { drawPreview } from '../../src/charts/draw-preview';
import { LOCALES, type Locale } from '../../src/i18n/locales';
import type { PublicSite } from '../../src/lib/public-site';
import {
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  previewCard,
  previewIds,
  previewPath,
} from '../../src/site/previews';

const require = createRequire(import.meta.url);

const CJK_CANDIDATES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
];

/**
 * A WOFF 1.0 font as the OpenType file it wraps (resvg reads no WOFF): each table inflated
 * where it was compressed, laid out again behind a fresh table directory.
 */
export function woffToOpenType(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const stored = woff.readUInt32BE(at + 8);
    const length = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + stored);
    return {
      tag: woff.readUInt32BE(at),
      checksum: woff.readUInt32BE(at + 16),
      data: stored < length ? inflateSync(raw) : raw,
    };
  });
  const power = 2 ** Math.floor(Math.log2(count));
  const padded = (length: number) => (length + 3) & ~3;
  const out = Buffer.alloc(
    12 + 16 * count + tables.reduce((sum, table) => sum + padded(table.data.length), 0),
  );
  out.writeUInt32BE(woff.readUInt32BE(4), 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(count * 16 - power * 16, 10);
  let offset = 12 + 16 * count;
  tables.forEach((table, i) => {
    out.writeUInt32BE(table.tag, 12 + i * 16);
    out.writeUInt32BE(table.checksum, 16 + i * 16);
    out.writeUInt32BE(offset, 20 + i * 16);
    out.writeUInt32BE(table.data.length, 24 + i * 16);
    table.data.copy(out, offset);
    offset += padded(table.data.length);
  });
  return out;
}

/** The CJK faces to draw Chinese with, or none. */
export function cjkFonts(): string[] {
  const named = process.env['PREVIEW_CJK_FONTS'];
  const candidates = named ? named.split(':').filter((path) => path !== '') : CJK_CANDIDATES;
  return candidates.filter((path) => existsSync(path));
}

/** Noto Sans Khmer's Latin and Khmer faces, regular and bold, as OpenType files in `dir`. */
export function bundledFonts(dir: string): string[] {
  const files = dirname(require.resolve('@fontsource/noto-sans-khmer/package.json'));
  return ['khmer', 'latin'].flatMap((subset) =>
    [400, 700].map((weight) => {
      const name = `noto-sans-khmer-${subset}-${weight}-normal`;
      const path = join(dir, `${name}.otf`);
      writeFileSync(path, woffToOpenType(readFileSync(join(files, 'files', `${name}.woff`))));
      return path;
    }),
  );
}

const TEXT = /<text ([^>]*)>([^<]*)<\/text>/g;
const POSITION = /\s*\b([xy])="([^"]*)"/g;

/**
 * The cards with every text as outlines. The same text (a figure's label, the site's title)
 * recurs on every card of a language, and turning text into outlines is what costs most with a
 * CJK font; so each different text is outlined once, at the origin, and moved into place.
 */
export function outlineTexts(svgs: readonly string[], fonts: string[]): string[] {
  const keys = new Map<string, number>();
  const keyOf = (attrs: string, content: string) => `${attrs.replace(POSITION, '')}>${content}`;
  for (const svg of svgs) {
    for (const [, attrs = '', content = ''] of svg.matchAll(TEXT)) {
      const key = keyOf(attrs, content);
      if (!keys.has(key)) keys.set(key, keys.size);
    }
  }
  if (keys.size === 0) return [...svgs];
  const font = /font-family="([^"]*)"/.exec(svgs[0] ?? '')?.[1] ?? 'sans-serif';
  const sheet = [...keys.keys()]
    .map((key, i) => {
      const [attrs, content] = [key.slice(0, key.indexOf('>')), key.slice(key.indexOf('>') + 1)];
      return `<g id="t${i}"><text ${attrs}>${content}</text></g>`;
    })
    .join('');
  const outlined = new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" font-family="${font}">${sheet}</svg>`,
    { font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: 'Noto Sans Khmer' } },
  ).toString();
  const shapes: string[] = new Array<string>(keys.size).fill('');
  const starts = [...outlined.matchAll(/<g id="t(\d+)">/g)];
  starts.forEach((start, i) => {
    const from = (start.index ?? 0) + start[0].length;
    const to = starts[i + 1]?.index ?? outlined.lastIndexOf('</svg>');
    shapes[Number(start[1])] = outlined.slice(from, to).replace(/<\/g>\s*$/, '');
  });
  return svgs.map((svg) =>
    svg.replace(TEXT, (_, attrs: string, content: string) => {
      const at = Object.fromEntries([...attrs.matchAll(POSITION)].map((m) => [m[1], m[2]]));
      const shape = shapes[keys.get(keyOf(attrs, content)) as number];
      return `<g transform="translate(${at['x'] ?? 0} ${at['y'] ?? 0})">${shape}</g>`;
    }),
  );
}

/** A card whose texts are outlines, as PNG: no font is needed any more. */
function drawCard(svg: string): Buffer {
  return new Resvg(svg, {
    font: { loadSystemFonts: false },
    background: '#ffffff',
    fitTo: { mode: 'original' },
    logLevel: 'off',
  })
    .render()
    .asPng();
}

/**
 * Where drawn images are kept between builds, by a hash of everything that makes their bytes
 * (the SVG, the fonts, the rasteriser): a rebuild of the same data draws nothing again.
 */
const cacheDir = () =>
  process.env['PREVIEW_CACHE_DIR'] ??
  resolve(import.meta.dirname, '../../node_modules/.cache/portal-previews');

function fontsKey(fonts: readonly string[]): string {
  const version = (name: string) =>
    (
      JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as {
        version: string;
      }
    ).version;
  const files = fonts.map((path) => {
    const stat = statSync(path);
    return `${basename(path)}:${stat.size}:${stat.mtimeMs}`;
  });
  return [version('@resvg/resvg-js'), version('@fontsource/noto-sans-khmer'), ...files].join('\n');
}

function readCached(key: string): Buffer | undefined {
  try {
    return readFileSync(join(cacheDir(), `${key}.png`));
  } catch {
    return undefined;
  }
}

function writeCached(key: string, image: Buffer): void {
  try {
    const dir = cacheDir();
    mkdirSync(dir, { recursive: true });
    const temporary = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(temporary, image);
    renameSync(temporary, join(dir, `${key}.png`));
  } catch {
    // A cache that cannot be written only costs the next build the drawing.
  }
}

/** One language's images, drawn where the cache lacks them. */
export function imagesOf(svgs: readonly string[], fonts: string[]): Buffer[] {
  const fontKey = fontsKey(fonts.filter((path) => !path.startsWith(tmpdir())));
  const keys = svgs.map((svg) => createHash('sha256').update(fontKey).update(svg).digest('hex'));
  const images = keys.map(readCached);
  const missing = images.flatMap((image, i) => (image === undefined ? [i] : []));
  if (missing.length === 0) return images as Buffer[];
  const outlined = outlineTexts(
    missing.map((i) => svgs[i] as string),
    fonts,
  );
  missing.forEach((i, j) => {
    const image = drawCard(outlined[j] as string);
    images[i] = image;
    writeCached(keys[i] as string, image);
  });
  return images as Buffer[];
}

/**
 * Every preview image, as `public/previews/<lang>/<id>.png` files, one language at a time; none
 * without the site's address (SITE_URL), since pages point to them only by an absolute one.
 * `warn` hears once if the Chinese images are drawn in English.
 */
export function* previewImageFiles(
  site: Pick<PublicSite, 'meta' | 'cycles' | 'requirements'>,
  warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Generator<[string, Buffer]> {
  if (!process.env['SITE_URL']) return;
  const dir = mkdtempSync(join(tmpdir(), 'portal-preview-fonts-'));
  try {
    const bundled = bundledFonts(dir);
    const cjk = cjkFonts();
    for (const locale of LOCALES) {
      const drawn: Locale = locale === 'zh' && cjk.length === 0 ? 'en' : locale;
      if (drawn !== locale) {
        warn(
          'No CJK font for the Chinese link-preview images (install fonts-noto-cjk or set PREVIEW_CJK_FONTS): they are drawn with the English texts.',
        );
      }
      const ids = previewIds(site);
      const svgs = ids.map((id) => drawPreview(previewCard(drawn, site, id)));
      const images = imagesOf(svgs, locale === 'zh' ? [...bundled, ...cjk] : bundled);
      for (const [i, id] of ids.entries()) {
        yield [`public${previewPath(locale, id)}`, images[i] as Buffer];
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
