import type { FactoryCard, SiteCore } from './snapshot';

/**
 * The factory list without JavaScript: every published factory, by name, in pages of a fixed
 * size (/factories/, then /factories/page/2/, …), the same pages in every language so the
 * language switch keeps the reader on the same page. Page numbers follow from the data alone.
 */
export const LIST_PAGE_SIZE = 100;

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

export const listPageCount = (site: Pick<SiteCore, 'factories'>) =>
  Math.max(1, Math.ceil(site.factories.length / LIST_PAGE_SIZE));

/** The factories of list page `page` (1-based). */
export function listPage(site: SiteCore, page: number): FactoryCard[] {
  return factoriesByName(site).slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE);
}

/** The site path of list page `page`, without a language prefix. */
export const listPagePath = (page: number) =>
  page === 1 ? '/factories/' : `/factories/page/${page}/`;

/** A list page, or a run of them, by the first and last name on it: a directory's guide words. */
export interface GuideEntry {
  page: number;
  lastPage: number;
  first: FactoryCard;
  last: FactoryCard;
}

/** Up to this many pages, the guide names every page; beyond, it names runs of pages. */
export const GUIDE_ALL_PAGES = 30;

/**
 * The guide to the list's pages as seen from page `current`, in page order. A short list names
 * every page. A long one names runs of about √pages pages each, and each page of the run being
 * read in place of that run, so every page is two steps from any other and the guide stays about
 * 2·√pages links long (at most 44 for 500 pages) instead of growing with the list.
 */
export function listPageGuide(site: SiteCore, current: number): GuideEntry[] {
  const sorted = factoriesByName(site);
  const count = listPageCount(site);
  const run = count <= GUIDE_ALL_PAGES ? 1 : Math.ceil(Math.sqrt(count));
  const guide: GuideEntry[] = [];
  const add = (page: number, lastPage: number) => {
    const first = sorted[(page - 1) * LIST_PAGE_SIZE];
    const last = sorted[Math.min(lastPage * LIST_PAGE_SIZE, sorted.length) - 1];
    if (first !== undefined && last !== undefined) guide.push({ page, lastPage, first, last });
  };
  for (let page = 1; page <= count; page += run) {
    const lastPage = Math.min(page + run - 1, count);
    if (current < page || current > lastPage) add(page, lastPage);
    else for (let single = page; single <= lastPage; single += 1) add(single, single);
  }
  return guide;
}
