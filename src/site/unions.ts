import { localePath, type Locale } from '../i18n/locales';
import { unionAnchors } from '../lib/union-anchors';
import { loadSite } from './data';
import type { SiteCore } from './snapshot';

/** The anchor of each union's row on /strikes/ (`unionAnchors`), once per snapshot. */
const anchors = new WeakMap<SiteCore, Map<string, string>>();

function anchorsOf(site: SiteCore): Map<string, string> {
  let map = anchors.get(site);
  if (map === undefined) {
    map = unionAnchors(site.strikes.map((s) => s.union));
    anchors.set(site, map);
  }
  return map;
}

export const unionAnchor = (union: string): string => {
  const anchor = anchorsOf(loadSite()).get(union);
  if (anchor === undefined) throw new Error(`no strike lists the union "${union}"`);
  return anchor;
};

/** The link from a union's name to its strikes. */
export const unionHref = (locale: Locale, union: string): string =>
  `${localePath(locale, '/strikes/')}#${unionAnchor(union)}`;
