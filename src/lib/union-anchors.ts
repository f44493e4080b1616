/**
 * The anchor of each union's row on /strikes/ (`#union-<slug>`), which citations and other pages
 * link to. An anchor depends on the union's own name, so a link made today still leads to the
 * same union after later strikes are added:
 * - a name of Latin letters and digits in words, with nothing else (`Demo Workers Union`), is its
 *   slug (`union-demo-workers-union`): no name of another form gives that anchor;
 * - any other name (with punctuation, accents, Khmer or Chinese letters) keeps what slug it has
 *   and adds a tag of the whole name (`union-demo-workers-union-x0vtc5ji`, `union-x0k2f9ab`).
 * Two plain names that differ only in case ("DEMO WORKERS UNION") are both tagged: the one case
 * in which a union added later can move an anchor.
 */
import { hashTag } from './buyers';

const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

const latinSlug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');

export function unionAnchors(unions: Iterable<string>): Map<string, string> {
  const names = [...new Set(unions)];
  const plainBySlug = new Map<string, number>();
  for (const union of names) {
    if (PLAIN.test(union)) {
      const slug = latinSlug(union);
      plainBySlug.set(slug, (plainBySlug.get(slug) ?? 0) + 1);
    }
  }
  const anchors = new Map<string, string>();
  for (const union of names) {
    const slug = latinSlug(union);
    const tag = `x${hashTag(union)}`;
    anchors.set(
      union,
      PLAIN.test(union) && plainBySlug.get(slug) === 1
        ? `union-${slug}`
        : `union-${slug === '' ? tag : `${slug}-${tag}`}`,
    );
  }
  return anchors;
}
