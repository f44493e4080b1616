/**
 * The anchor of each union's row on /strikes/ (`#union-<slug>`), which citations and other pages
 * link to. An anchor depends only on the union's own name, never on which other unions the data
 * holds, so a link made today still leads to the same union after later strikes are added:
 * - a name whose Latin letters and digits give a slug no other union's name gives is that slug
 *   (`Demo Workers Union` → `union-demo-workers-union`);
 * - a name that gives no slug (Khmer, Chinese) or the same slug as another union's name keeps
 *   what slug it has and adds a tag of the whole name (`union-x0k2f9ab`).
 */
import { hashTag } from './buyers';

const latinSlug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');

export function unionAnchors(unions: Iterable<string>): Map<string, string> {
  const bySlug = new Map<string, string[]>();
  for (const union of new Set(unions)) {
    const slug = latinSlug(union);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), union]);
  }
  const anchors = new Map<string, string>();
  for (const [slug, names] of bySlug) {
    for (const union of names) {
      const tag = `x${hashTag(union)}`;
      anchors.set(
        union,
        slug !== '' && names.length === 1
          ? `union-${slug}`
          : `union-${slug === '' ? tag : `${slug}-${tag}`}`,
      );
    }
  }
  return anchors;
}
