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
const core = { factories: ['A', 'B', 'C', 'D'].map((id) => ({ id }) as FactoryCard) };

describe('the factory pages of a shard', () => {
  it('are its run of factories in each language, in the order English, Khmer, Chinese', () => {
    expect([...shardFactoryPages(core, { index: 1, count: 3 })]).toEqual([
      'factories/A/index.html',
      'factories/B/index.html',
      'factories/C/index.html',
      'factories/D/index.html',
    ]);
    expect([...shardFactoryPages(core, { index: 2, count: 4 })]).toEqual([
      'factories/D/index.html',
      'km/factories/A/index.html',
      'km/factories/B/index.html',
    ]);
  });
});

describe('pruning a shard', () => {
  const built = {
    'index.html': 'home',
    'factories/index.html': 'list',
    'factories/D/index.html': 'D',
    'km/factories/A/index.html': 'A km',
    'km/factories/B/index.html': 'B km',
    '_astro/site.css': 'css',
  };

  it('keeps a later shard its own factory pages and the shared assets only', () => {
    const dir = folder(built);
    pruneShard(dir, core, { index: 2, count: 4 });
    expect(listing(dir)).toEqual([
      '_astro/site.css',
      'factories/D/index.html',
      'km/factories/A/index.html',
      'km/factories/B/index.html',
    ]);
  });

  it('keeps everything of the first shard, which builds the pages without a parameter', () => {
    const dir = folder({ ...built, 'factories/A/index.html': 'A', 'factories/B/index.html': 'B' });
    const before = listing(dir);
    pruneShard(dir, core, { index: 1, count: 6 });
    expect(listing(dir)).toEqual(before);
  });

  it('refuses a shard that did not build one of its factory pages', () => {
    const dir = folder({ 'factories/D/index.html': 'D', 'km/factories/A/index.html': 'A km' });
    expect(() => pruneShard(dir, core, { index: 2, count: 4 })).toThrow(
      /did not build 1 of its factory pages, e\.g\. km\/factories\/B\/index\.html/,
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
