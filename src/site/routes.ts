import { OTHER_LOCALES, type Locale } from '../i18n/locales';
import type { PublicCycle, PublicRequirement } from '../lib/public-site';
import { loadSite } from './data';
import { listPageCount } from './factory-list';
import {
  factoryRange,
  otherPageCount,
  otherPageWeight,
  ownsSitePages,
  parseShard,
  WHOLE_SITE,
  type Shard,
} from './shards';

/**
 * The static paths of the pages with a parameter, shared by the English routes (at the root) and
 * the other languages' routes (under /km/ and /zh/), so every language has the same pages.
 * Props stay small: a factory page reads its own record, so no list of paths holds every factory.
 */

/** PORTAL_SHARD=k/n builds the k-th of n shards (scripts/build.ts sets it); unset, the whole site. */
function currentShard(): Shard {
  const text = process.env['PORTAL_SHARD'];
  if (text === undefined || text === '') return WHOLE_SITE;
  const shard = parseShard(text);
  if (shard === undefined) throw new Error(`PORTAL_SHARD must look like 2/4, got "${text}"`);
  return shard;
}

/** The pages other than factory pages are built by one shard only. */
export const sitePages = <T>(paths: () => T[]): T[] =>
  ownsSitePages(currentShard()) ? paths() : [];

export const factoryPaths = (locale: Locale) => {
  const factories = loadSite().factories;
  const { start, end } = factoryRange(
    currentShard(),
    locale,
    factories.length,
    otherPageCount(loadSite()),
    otherPageWeight(),
  );
  return factories.slice(start, end).map((factory) => ({ params: { id: factory.id }, props: {} }));
};

/** The no-JavaScript factory list after its first page (/factories/ itself). */
export const factoryListPaths = () =>
  sitePages(() =>
    Array.from({ length: listPageCount(loadSite()) - 1 }, (_, i) => ({
      params: { page: String(i + 2) },
      props: { page: i + 2 },
    })),
  );

export const requirementPaths = (): Array<{
  params: { id: string };
  props: { requirement: PublicRequirement };
}> =>
  sitePages(() =>
    loadSite().requirements.map((requirement) => ({
      params: { id: requirement.id.toLowerCase() },
      props: { requirement },
    })),
  );

export const cyclePaths = (): Array<{
  params: { cycle: string };
  props: { cycle: PublicCycle; previous: PublicCycle | undefined };
}> =>
  sitePages(() => {
    const cycles = loadSite().cycles;
    return cycles.map((cycle, index) => ({
      params: { cycle: cycle.id },
      props: { cycle, previous: cycles[index - 1] },
    }));
  });

/** The paths once per language other than English, with `lang` as the first segment. */
export function inOtherLocales<P extends Record<string, string>, T extends object>(
  pathsIn: (locale: Locale) => ReadonlyArray<{ params: P; props: T }>,
): Array<{ params: P & { lang: Locale }; props: T & { locale: Locale } }> {
  return OTHER_LOCALES.flatMap((lang) =>
    pathsIn(lang).map((path) => ({
      params: { ...path.params, lang },
      props: { ...path.props, locale: lang },
    })),
  );
}

export const localePaths = () =>
  sitePages(() => OTHER_LOCALES.map((lang) => ({ params: { lang }, props: { locale: lang } })));

export type { PublicCycle, PublicRequirement };
