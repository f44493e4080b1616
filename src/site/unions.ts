import { slugOf } from '../charts/format';
import { localePath, type Locale } from '../i18n/locales';
import { loadSite } from './data';
import type { SiteCore } from './snapshot';

/**
 * The anchor of each union's row on /strikes/ (`#union-<slug>`). Two unions whose names give
 * the same slug take a counter in name order, so an anchor never leads to another union.
 */
const anchors = new WeakMap<SiteCore, Map<string, string>>();

function anchorsOf(site: SiteCore): Map<string, string> {
  let map = anchors.get(site);
  if (map === undefined) {
    map = new Map();
    const taken = new Set<string>();
    const unions = [...new Set(site.strikes.map((s) => s.union))].sort();
    for (const union of unions) {
      const base = `union-${slugOf(union) || 'x'}`;
      let anchor = base;
      for (let n = 2; taken.has(anchor); n += 1) anchor = `${base}-${n}`;
      taken.add(anchor);
      map.set(union, anchor);
    }
    anchors.set(site, map);
  }
  return map;
}

export const unionAnchor = (union: string): string =>
  anchorsOf(loadSite()).get(union) ?? `union-${slugOf(union) || 'x'}`;

/** The link from a union's name to its strikes. */
export const unionHref = (locale: Locale, union: string): string =>
  `${localePath(locale, '/strikes/')}#${unionAnchor(union)}`;
