import { XMLParser } from 'fast-xml-parser';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../scripts/lib/data-folder';
import { buildAtomFeed, type FeedText } from '../../src/lib/feed';
import { loadDataset } from '../../src/lib/load-dataset';
import { buildPublicSite, type PublicSite } from '../../src/lib/public-site';
import { scoreDataset } from '../../src/lib/score';

const text: FeedText = {
  feedTitle: 'Changes',
  cyclePublished: (c) => ({
    title: `Report ${c.label}`,
    summary: `${c.ciPublished} published <&>`,
  }),
  entered: (name, c) => `${name} entered (${c.id})`,
  left: (name, c) => `${name} left (${c.id})`,
  newlyPublished: (name, c) => `${name} published (${c.id})`,
  closed: (name, c) => `${name} closed (${c.id})`,
};

function siteOf(dir: string): PublicSite {
  const { dataset } = loadDataset(readDataFolder(dir));
  if (dataset === undefined) throw new Error(`${dir} is invalid`);
  return buildPublicSite(dataset, scoreDataset(dataset));
}

interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: Array<{ '@_href': string }>;
}

function parseFeed(xml: string) {
  const parsed = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'entry' || name === 'link',
  }).parse(xml, true) as {
    feed: {
      '@_xmlns': string;
      id: string;
      title: string;
      updated: string;
      author: { name: string };
      entry: AtomEntry[];
    };
  };
  return parsed.feed;
}

describe('the Atom feed', () => {
  const demo = siteOf(resolve(import.meta.dirname, '../../data'));
  const xml = buildAtomFeed(demo, text, 'https://example.org');
  const feed = parseFeed(xml);

  it('is well-formed Atom with the required feed elements', () => {
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^urn:/);
    expect(feed.title).toBe('Changes');
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(feed.author.name).toBe(demo.meta.publisher);
  });

  it('gives every entry a unique id, a title, a date and a link', () => {
    const ids = feed.entry.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of feed.entry) {
      expect(entry.title).not.toBe('');
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(entry.link[0]?.['@_href']).toMatch(/^https:\/\/example\.org\//);
    }
  });

  it("lists the demo data's last cycle and every change it brought, newest first", () => {
    const last = demo.cycles.at(-1);
    if (!last?.changes) throw new Error('no changes');
    const titles = feed.entry.map((e) => e.title);
    expect(titles).toContain(`Report ${last.label}`);
    const expected = [
      ...last.changes.enteredList.map(() => `entered (${last.id})`),
      ...last.changes.leftList.map(() => `left (${last.id})`),
      ...last.changes.newlyPublished.map(() => `published (${last.id})`),
      ...last.changes.closed.map(() => `closed (${last.id})`),
    ];
    expect(expected.length).toBeGreaterThan(0);
    for (const suffix of expected)
      expect(titles.some((title) => title.endsWith(suffix))).toBe(true);
    expect(feed.entry[0]?.updated.slice(0, 10)).toBe(last.publishedOn ?? last.periodEnd);
  });

  it('keeps entry ids stable when the data grows by a cycle', () => {
    const fixture = siteOf(resolve(import.meta.dirname, '../golden/small/data'));
    const shorter = { ...fixture, cycles: fixture.cycles.slice(0, -1) };
    const before = parseFeed(buildAtomFeed(shorter, text)).entry.map((e) => e.id);
    const after = parseFeed(buildAtomFeed(fixture, text)).entry.map((e) => e.id);
    expect(after).toEqual(expect.arrayContaining(before));
  });

  it('escapes text so it stays well-formed', () => {
    expect(xml).toContain('published &lt;&amp;&gt;');
  });
});
