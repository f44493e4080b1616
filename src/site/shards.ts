/**
 * How a build splits into shards that run as separate processes (or separate CI jobs) and merge
 * into one site. Every page that is not a factory page belongs to the first shard. The factory
 * pages, one per language and factory, in the order English, Khmer, Chinese and then factory id,
 * are cut into `count` contiguous runs so that the shards have about the same work: the first
 * shard's run is shorter by what its other pages weigh.
 */
import { LOCALES, type Locale } from '../i18n/locales';
import { listPageCount } from './factory-list';
import type { SiteCore } from './snapshot';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export const WHOLE_SITE: Shard = { index: 1, count: 1 };

/** `"2/4"` → the second of four shards; undefined for anything else. */
export function parseShard(text: string): Shard | undefined {
  const match = /^([1-9]\d*)\/([1-9]\d*)$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index <= count ? { index, count } : undefined;
}

export const formatShard = (shard: Shard) => `${shard.index}/${shard.count}`;

/** Whether the shard builds the pages that are not factory pages (and the served files). */
export const ownsSitePages = (shard: Shard) => shard.index === 1;

/**
 * What one page that is not a factory page costs to build, in factory pages. Most of them are
 * buyer and group pages about the size of a factory page; a cycle report, a requirement page or
 * the strikes page lists a whole cycle. Measured at 20,000 factories in two shards: the first
 * shard's 5,910 other pages took as long as about 8,500 factory pages. PORTAL_OTHER_PAGE_WEIGHT
 * sets another weight (0 cuts the factory pages evenly); every shard of a build must have the
 * same.
 */
export const OTHER_PAGE_WEIGHT = 1.4;

export function otherPageWeight(): number {
  const text = process.env['PORTAL_OTHER_PAGE_WEIGHT'];
  if (text === undefined || text === '') return OTHER_PAGE_WEIGHT;
  const weight = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !Number.isFinite(weight)) {
    throw new Error(`PORTAL_OTHER_PAGE_WEIGHT must be a number of 0 or more, got "${text}"`);
  }
  return weight;
}

/** The pages in each language without a parameter, besides the factory list's pages. */
const FIXED_PAGES = 13;

/**
 * The pages that are not factory pages, in all languages: the fixed ones, the factory list's
 * pages, a page per requirement, cycle, buyer and group.
 */
export function otherPageCount(
  core: Pick<SiteCore, 'factories' | 'cycles' | 'requirements' | 'entities'>,
): number {
  if (!Number.isInteger(core.entities)) {
    throw new Error(
      "the snapshot's core does not count its buyers and groups: it was written by an older data step; build again",
    );
  }
  return (
    LOCALES.length *
    (FIXED_PAGES +
      listPageCount(core) +
      core.cycles.length +
      core.requirements.length +
      core.entities)
  );
}

/**
 * The factory pages of a shard in one language, as a range of positions in the id-ordered list
 * of `factories` published factories: [start, end). The first shard builds the `otherPages`
 * too, each weighing `weight` factory pages, so its run is shorter by their weight (and empty
 * when they outweigh its share); the other shards share the rest evenly.
 */
export function factoryRange(
  shard: Shard,
  locale: Locale,
  factories: number,
  otherPages = 0,
  weight = OTHER_PAGE_WEIGHT,
): { start: number; end: number } {
  const pages = factories * LOCALES.length;
  const head = Math.round(otherPages * weight);
  const first =
    shard.count === 1
      ? pages
      : Math.min(pages, Math.max(Math.floor((pages + head) / shard.count) - head, 0));
  const cut = (k: number) =>
    k === 0 ? 0 : first + Math.floor(((k - 1) * (pages - first)) / Math.max(shard.count - 1, 1));
  const from = cut(shard.index - 1);
  const to = shard.index === shard.count ? pages : cut(shard.index);
  const offset = LOCALES.indexOf(locale) * factories;
  return {
    start: Math.min(Math.max(from - offset, 0), factories),
    end: Math.min(Math.max(to - offset, 0), factories),
  };
}
