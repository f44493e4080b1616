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
 * shard's 5,910 other pages took as long as about 8,500 factory pages.
 */
export const OTHER_PAGE_WEIGHT = 1.4;

/** The pages in each language without a parameter, besides the factory list's pages. */
const FIXED_PAGES = 13;

/**
 * The pages that are not factory pages, in all languages: the fixed ones, the factory list's
 * pages, a page per requirement, cycle, buyer and group.
 */
export const otherPageCount = (
  core: Pick<SiteCore, 'factories' | 'cycles' | 'requirements' | 'entities'>,
): number =>
  LOCALES.length *
  (FIXED_PAGES +
    listPageCount(core) +
    core.cycles.length +
    core.requirements.length +
    core.entities);

/**
 * The factory pages of a shard in one language, as a range of positions in the id-ordered list
 * of `factories` published factories: [start, end). `otherPages`, the first shard's pages that
 * are not factory pages, come first in the work that is cut.
 */
export function factoryRange(
  shard: Shard,
  locale: Locale,
  factories: number,
  otherPages = 0,
): { start: number; end: number } {
  const head = shard.count === 1 ? 0 : Math.round(otherPages * OTHER_PAGE_WEIGHT);
  const total = factories * LOCALES.length + head;
  const from = Math.max(Math.floor(((shard.index - 1) * total) / shard.count) - head, 0);
  const to = Math.max(Math.floor((shard.index * total) / shard.count) - head, 0);
  const offset = LOCALES.indexOf(locale) * factories;
  return {
    start: Math.min(Math.max(from - offset, 0), factories),
    end: Math.min(Math.max(to - offset, 0), factories),
  };
}
