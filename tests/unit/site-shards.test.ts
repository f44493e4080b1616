import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  filesUnder,
  mergeShards,
  pruneShard,
  shardFactoryPages,
} from '../../scripts/lib/site-shards';
import type { FactoryCard } from '../../src/site/snapshot';

const work: string[] = [];
afterEach(() => {
  for (const dir of work.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-shards-'));
  work.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const listing = (dir: string) =>
  filesUnder(dir)
    .map((file) => relative(dir, file))
    .sort();
/** A registry of 100 factories, F000 to F099, and no cycle, requirement, buyer or group. */
const ids = Array.from({ length: 100 }, (_, i) => `F${String(i).padStart(3, '0')}`);
const core = {
  factories: ids.map((id) => ({ id }) as FactoryCard),
  cycles: [],
  requirements: [],
  entities: 0,
};
const page = (locale: string, id: string) =>
  `${locale === 'en' ? '' : `${locale}/`}factories/${id}/index.html`;

describe('the factory pages of a shard', () => {
  it('are its run of factories in the order English, Khmer, Chinese; the first shard, which builds the other pages, has fewer', () => {
    // 42 other pages (14 in each language: the fixed pages and one list page) weigh as 59
    // factory pages: of the 300 factory pages, the first shard builds 120, the second 180.
    expect([...shardFactoryPages(core, { index: 1, count: 2 })]).toEqual([
      ...ids.map((id) => page('en', id)),
      ...ids.slice(0, 20).map((id) => page('km', id)),
    ]);
    expect([...shardFactoryPages(core, { index: 2, count: 2 })]).toEqual([
      ...ids.slice(20).map((id) => page('km', id)),
      ...ids.map((id) => page('zh', id)),
    ]);
    expect(shardFactoryPages(core, { index: 1, count: 1 }).size).toBe(300);
  });

  it('leave the first shard none when its other pages outweigh its share', () => {
    const busy = { ...core, entities: 1000 };
    expect([1, 2, 3].map((index) => shardFactoryPages(busy, { index, count: 3 }).size)).toEqual([
      0, 150, 150,
    ]);
  });
});

describe('pruning a shard', () => {
  const built: Record<string, string> = {
    'index.html': 'home',
    'factories/index.html': 'list',
    [page('en', 'F099')]: 'F099',
    ...Object.fromEntries(
      [...ids.slice(20).map((id) => page('km', id)), ...ids.map((id) => page('zh', id))].map(
        (path) => [path, path],
      ),
    ),
    '_astro/site.css': 'css',
  };

  it('keeps a later shard its own factory pages and the shared assets only', () => {
    const dir = folder(built);
    pruneShard(dir, core, { index: 2, count: 2 });
    expect(listing(dir)).toEqual(
      [
        '_astro/site.css',
        ...ids.slice(20).map((id) => page('km', id)),
        ...ids.map((id) => page('zh', id)),
      ].sort(),
    );
  });

  it('keeps everything of the first shard, which builds the pages without a parameter', () => {
    const dir = folder({
      ...built,
      ...Object.fromEntries(ids.map((id) => [page('en', id), id])),
      ...Object.fromEntries(ids.slice(0, 20).map((id) => [page('km', id), id])),
    });
    const before = listing(dir);
    pruneShard(dir, core, { index: 1, count: 2 });
    expect(listing(dir)).toEqual(before);
  });

  it('refuses a shard that did not build one of its factory pages', () => {
    const { [page('km', 'F021')]: _missing, ...rest } = built;
    const dir = folder(rest);
    expect(() => pruneShard(dir, core, { index: 2, count: 2 })).toThrow(
      /did not build 1 of its factory pages, e\.g\. km\/factories\/F021\/index\.html/,
    );
  });
});

describe('merging shards', () => {
  it('moves every file of every shard into one folder, shared assets once', () => {
    const one = folder({ 'a/index.html': 'a', '_astro/x.js': 'js' });
    const two = folder({ 'b/index.html': 'b', '_astro/x.js': 'js' });
    const target = join(folder({}), 'site');
    mergeShards([one, two], target);
    expect(listing(target)).toEqual(['_astro/x.js', 'a/index.html', 'b/index.html']);
    expect(readFileSync(join(target, 'b/index.html'), 'utf8')).toBe('b');
  });

  it('refuses shards that wrote different bytes at one path', () => {
    const one = folder({ '_astro/x.js': 'built from one version' });
    const two = folder({ '_astro/x.js': 'built from another' });
    const target = join(folder({}), 'site');
    expect(() => mergeShards([one, two], target)).toThrow(
      '_astro/x.js differs between shards: they were not built from the same data and code',
    );
  });

  it('refuses a shard folder that is not there', () => {
    const target = join(folder({}), 'site');
    expect(() => mergeShards([join(target, 'missing')], target)).toThrow(/no such shard folder/);
    expect(existsSync(join(target, 'missing'))).toBe(false);
  });
});
