/**
 * What the build does to the finished site before it is swapped into place: the scan for
 * withheld strings (a hit stops the build), the host headers file, the manifest of inputs and
 * outputs, and the precompressed copies of text files. Each step reads the folder Astro wrote,
 * so how that folder was made does not matter here.
 */
import { existsSync, readFileSync, renameSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { OTHER_LOCALES } from '../../src/i18n/locales';
import type { Dataset } from '../../src/lib/model';
import { buildPublicSite, type PublicSite } from '../../src/lib/public-site';
import type { Scores } from '../../src/lib/score';
import { withheldStrings, type WithheldString } from '../../src/lib/withheld-strings';
import { GZIP_OPTIONS } from './atomic-write';
import { formatLeak, LeakScanner, type Leak } from './leak-scan';
import { hostHeaders } from './host-headers';
import { interfaceTexts } from './interface-texts';
import { parseSiteUrl, writeSitemaps } from './sitemap';
import { scanSite } from './site-scan';
import {
  buildManifest,
  formatManifest,
  listFiles,
  MANIFEST_PATH,
  type InputDigest,
} from './manifest';

/**
 * Every text value of the public snapshot, numbers included, depth first in the order the
 * values are stored, one at a time: the snapshot of a large registry has tens of millions of
 * values, too many to hold in one array beside it. One generator with a stack, not a recursive
 * one: a generator per object costs more than the values themselves.
 */
export function* snapshotTexts(value: unknown): Generator<string> {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') yield item;
    else if (typeof item === 'number' || typeof item === 'boolean') yield String(item);
    else if (typeof item === 'object' && item !== null) {
      const children = Array.isArray(item) ? item : Object.values(item);
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]);
    }
  }
}

export function makeLeakScanner(
  data: { dataset: Dataset; scores: Scores },
  site?: PublicSite,
): LeakScanner {
  const publicSite = site ?? buildPublicSite(data.dataset, data.scores);
  // What may legitimately hold a withheld string: the published factories' own records (a
  // former name, a shared address, a response worded alike), the published strikes (a
  // federation has many), corrections, provinces and the site's own words. The catalogue and
  // the dataset's description excuse only their numbers and ids: an id of digits alone is as
  // often a year ("Labour Law 1997") or a requirement's code, but a withheld name or address in
  // a cycle's label is a leak.
  const { factories, strikes, corrections, provinces, requirements, cycles, meta, rules } =
    publicSite;
  function* texts() {
    yield* snapshotTexts({ factories, strikes, corrections, provinces });
    yield* interfaceTexts();
    for (const text of snapshotTexts({ requirements, cycles, meta, rules })) {
      yield* text.match(/\p{N}+/gu) ?? [];
    }
    for (const requirement of requirements) yield requirement.id;
    for (const cycle of cycles) yield cycle.id;
  }
  return new LeakScanner(withheldStrings(data.dataset, data.scores), texts());
}

/**
 * What the finishing steps need from the raw data, made by the data step while it holds the
 * data (the page build and the finishing steps run in other processes): the withheld strings the
 * scan looks for, already cleared of those the public snapshot legitimately contains, and the
 * manifest's inputs and rule setting. It is written beside the snapshot, never into the site.
 */
export interface FinishData {
  withheld: WithheldString[];
  inputs: InputDigest[];
  sdMultiplier: string;
}

/** The file of FinishData in the generated folder, outside the served public/. */
export const FINISH_FILE = 'build/finish.json';

export function finishData(
  data: { dataset: Dataset; scores: Scores; inputs: InputDigest[] },
  site: PublicSite,
): FinishData {
  return {
    withheld: [...makeLeakScanner(data, site).withheld],
    inputs: data.inputs,
    sdMultiplier: data.scores.sdMultiplier.text,
  };
}

export interface FinishResult {
  /** Lines to print; the build fails when there is any. */
  errors: string[];
  leaks: Leak[];
}

export interface FinishOptions {
  /** The site's address (SITE_URL), recorded in the manifest so verify rebuilds alike. */
  siteUrl: string;
  /** Write .gz and .br beside every text file (for hosts that serve them, such as nginx). */
  precompress: boolean;
}

/**
 * Checks and completes the built site in `dir`: robots.txt and the sitemaps (made from the
 * pages there, so they are scanned with them), the scan (nothing more is added to a site that
 * fails it), then the host headers, the manifest (itself scanned before it is written) and the
 * precompressed copies.
 */
export async function finishSite(
  dir: string,
  data: FinishData,
  options: FinishOptions,
): Promise<FinishResult> {
  placeNotFoundPages(dir);
  const siteUrl = parseSiteUrl(options.siteUrl);
  if (siteUrl !== undefined && !(siteUrl instanceof URL))
    return { errors: [siteUrl.error], leaks: [] };
  writeSitemaps(dir, siteUrl);
  const { leaks, digests } = await scanSite(dir, data.withheld);
  if (leaks.length > 0) return { errors: leaks.map((leak) => formatLeak(leak)), leaks };
  writeFileSync(join(dir, '_headers'), hostHeaders(dir));
  const manifest = formatManifest(
    buildManifest(dir, data.inputs, data.sdMultiplier, options.siteUrl, digests),
  );
  const scanner = new LeakScanner(data.withheld, interfaceTexts());
  const manifestLeaks = scanner.scanText(MANIFEST_PATH, manifest);
  if (manifestLeaks.length > 0) {
    return { errors: manifestLeaks.map((leak) => formatLeak(leak)), leaks: manifestLeaks };
  }
  writeFileSync(join(dir, MANIFEST_PATH), manifest);
  if (options.precompress) await precompress(dir);
  return { errors: [], leaks: [] };
}

/**
 * Each language's "not found" page as `/<lang>/404.html`, where Cloudflare Pages looks for it by
 * itself and where the README's Netlify and nginx rules point; Astro writes only the root one so.
 */
export function placeNotFoundPages(dir: string): void {
  for (const locale of OTHER_LOCALES) {
    const folder = join(dir, locale, '404');
    if (!existsSync(join(folder, 'index.html'))) continue;
    renameSync(join(folder, 'index.html'), join(dir, locale, '404.html'));
    rmdirSync(folder);
  }
}

/** Text files worth compressing; fonts and images are compressed already. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|csv|xml|txt|map)$/;
const MIN_COMPRESS_BYTES = 256;
const MAX_PRECOMPRESS_BYTES = 64 * 1024 * 1024;
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Writes `file.gz` (gzip level 6, as the large downloads are streamed: within a few percent of
 * level 9 at a fraction of its time) and `file.br` (Brotli quality 5, which compresses better
 * than gzip at gzip's speed) beside every text file, a few at a time so both cores work. A `.gz`
 * the data step already streamed beside a large download is kept, and a file over 64 MB (a
 * download at the largest sizes) is served from that `.gz` alone.
 */
export async function precompress(dir: string): Promise<void> {
  const files = listFiles(dir).filter((path) => COMPRESSIBLE.test(path) && path !== '_headers');
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const path = join(dir, files[next++] as string);
      const size = statSync(path).size;
      // The largest downloads keep the .gz they were streamed with: never read whole here.
      if (size < MIN_COMPRESS_BYTES || size > MAX_PRECOMPRESS_BYTES) continue;
      const bytes = readFileSync(path);
      const [gz, br] = await Promise.all([
        existsSync(`${path}.gz`) ? undefined : gzipAsync(bytes, GZIP_OPTIONS),
        brotliAsync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 5,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        }),
      ]);
      if (gz !== undefined) writeFileSync(`${path}.gz`, gz);
      writeFileSync(`${path}.br`, br);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}
