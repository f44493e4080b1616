import type { FactoryCard, SiteCore } from './snapshot';

/**
 * The factory list without JavaScript: every published factory, by name, in pages of a fixed
 * size (/factories/, then /factories/page/2/, …), the same pages in every language so the
 * language switch keeps the reader on the same page. Page numbers follow from the data alone.
 */
export const LIST_PAGE_SIZE = 200;

/** Names compared as a reader scans them: case and accents aside, "Factory 2" before "Factory 10". */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const sortedCache = new WeakMap<SiteCore, FactoryCard[]>();

/** Published factories by English name, then id (two factories may share a name). */
export function factoriesByName(site: SiteCore): FactoryCard[] {
  let sorted = sortedCache.get(site);
  if (sorted === undefined) {
    sorted = [...site.factories].sort(
      (a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    sortedCache.set(site, sorted);
  }
  return sorted;
}

export const listPageCount = (site: SiteCore) =>
  Math.max(1, Math.ceil(site.factories.length / LIST_PAGE_SIZE));

/** The factories of list page `page` (1-based). */
export function listPage(site: SiteCore, page: number): FactoryCard[] {
  return factoriesByName(site).slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE);
}

/** The site path of list page `page`, without a language prefix. */
export const listPagePath = (page: number) =>
  page === 1 ? '/factories/' : `/factories/page/${page}/`;

/** Every page with the first and last name on it, like the guide words of a directory. */
export function listPageGuide(
  site: SiteCore,
): Array<{ page: number; first: FactoryCard; last: FactoryCard }> {
  const sorted = factoriesByName(site);
  return Array.from({ length: listPageCount(site) }, (_, i) => ({
    page: i + 1,
    first: sorted[i * LIST_PAGE_SIZE] as FactoryCard,
    last: sorted[Math.min((i + 1) * LIST_PAGE_SIZE, sorted.length) - 1] as FactoryCard,
  })).filter((entry) => entry.first !== undefined);
}
