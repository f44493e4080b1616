/**
 * How a build splits into shards that run as separate processes (or separate CI jobs) and merge
 * into one site. The factory pages, one per language and factory, are cut into `count`
 * contiguous runs in the order English, Khmer, Chinese and then factory id, so a shard covers
 * one language or a range of factories in one; every other page belongs to the first shard.
 */
import { LOCALES, type Locale } from '../i18n/locales';

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
 * The factory pages of a shard in one language, as a range of positions in the id-ordered list
 * of `factories` published factories: [start, end).
 */
export function factoryRange(
  shard: Shard,
  locale: Locale,
  factories: number,
): { start: number; end: number } {
  const total = factories * LOCALES.length;
  const from = Math.floor(((shard.index - 1) * total) / shard.count);
  const to = Math.floor((shard.index * total) / shard.count);
  const offset = LOCALES.indexOf(locale) * factories;
  return {
    start: Math.min(Math.max(from - offset, 0), factories),
    end: Math.min(Math.max(to - offset, 0), factories),
  };
}
