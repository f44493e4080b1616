/**
 * The Atom feed (/feed.xml, RFC 4287) of cycle publications and of the changes they bring:
 * factories entering or leaving the low-compliance list, newly published, closed. Entry ids are
 * URNs made from the dataset and the change, so a newsroom's reader never sees an entry twice.
 */
import type { PublicCycle, PublicSite } from './public-site';

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'dataset';

/** The words of the feed, in the site's language. */
export interface FeedText {
  feedTitle: string;
  cyclePublished: (cycle: PublicCycle) => { title: string; summary: string };
  entered: (name: string, cycle: PublicCycle) => string;
  left: (name: string, cycle: PublicCycle) => string;
  newlyPublished: (name: string, cycle: PublicCycle) => string;
  closed: (name: string, cycle: PublicCycle) => string;
}

interface Entry {
  id: string;
  title: string;
  summary: string | undefined;
  link: string;
  updated: string;
}

/**
 * A feed of some factories only (a buyer's): their changes, under the same entry ids as in the
 * site's feed (they are the same news), and each cycle's publication under an id of its own,
 * because its summary speaks of these factories.
 */
export interface FeedScope {
  factoryIds: ReadonlySet<string>;
  /** Distinguishes the feed and its cycle entries, e.g. `buyer:brand-a`. */
  name: string;
  /** The feed's own path and the page it follows, e.g. `/buyers/brand-a/feed.xml`. */
  selfPath: string;
  pagePath: string;
}

export function buildAtomFeed(
  site: PublicSite,
  text: FeedText,
  siteUrl = '',
  scope?: FeedScope,
): string {
  const base = `urn:compliance-portal:${slug(site.meta.title)}`;
  const feedId = scope ? `${base}:${scope.name}` : base;
  const names = new Map(site.factories.map((f) => [f.id as string, f.name]));
  const entries: Entry[] = [];
  for (const cycle of site.cycles) {
    const updated = `${cycle.publishedOn ?? cycle.periodEnd}T00:00:00Z`;
    const report = text.cyclePublished(cycle);
    entries.push({
      id: `${feedId}:cycle:${cycle.id}`,
      ...report,
      link: `${siteUrl}/cycles/${cycle.id}/`,
      updated,
    });
    const changes = cycle.changes;
    if (changes === null) continue;
    const kinds = [
      ['entered-list', changes.enteredList, text.entered],
      ['left-list', changes.leftList, text.left],
      ['published', changes.newlyPublished, text.newlyPublished],
      ['closed', changes.closed, text.closed],
    ] as const;
    for (const [kind, ids, title] of kinds) {
      for (const id of ids) {
        if (scope && !scope.factoryIds.has(id)) continue;
        entries.push({
          id: `${base}:cycle:${cycle.id}:${kind}:${id}`,
          title: title(names.get(id) ?? id, cycle),
          summary: undefined,
          link: `${siteUrl}/factories/${id}/`,
          updated,
        });
      }
    }
  }
  entries.reverse();
  const updated = entries[0]?.updated ?? '1970-01-01T00:00:00Z';
  const entryXml = entries.map(
    (e) =>
      `  <entry>\n    <id>${escapeXml(e.id)}</id>\n    <title>${escapeXml(e.title)}</title>\n    <link href="${escapeXml(e.link)}"/>\n    <updated>${e.updated}</updated>\n` +
      (e.summary ? `    <summary>${escapeXml(e.summary)}</summary>\n` : '') +
      '  </entry>\n',
  );
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<feed xmlns="http://www.w3.org/2005/Atom">\n' +
    `  <id>${escapeXml(feedId)}:feed</id>\n` +
    `  <title>${escapeXml(text.feedTitle)}</title>\n` +
    `  <link rel="self" href="${escapeXml(siteUrl)}${escapeXml(scope?.selfPath ?? '/feed.xml')}"/>\n` +
    `  <link rel="alternate" href="${escapeXml(siteUrl)}${escapeXml(scope?.pagePath ?? '/')}"/>\n` +
    `  <updated>${updated}</updated>\n` +
    `  <author><name>${escapeXml(site.meta.publisher)}</name></author>\n` +
    entryXml.join('') +
    '</feed>\n'
  );
}
