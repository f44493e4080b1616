import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/lib/site-shards';
import { LOCALES, localePath } from '../../src/i18n/locales';
import { CORE_FILE, type SiteCore } from '../../src/site/snapshot';
import { ROOT } from './harness';

/**
 * A site built in shards (processes here, CI jobs elsewhere) and merged is byte for byte the
 * site built in one: every file, the same bytes.
 */
const FIXTURE = resolve(import.meta.dirname, '../golden/small/data');
const work = mkdtempSync(join(tmpdir(), 'portal-shards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * `npm run build` with arguments, its output and snapshot in folders of its own under `work`.
 * The fixture's few factory pages weigh less than its other pages, so a weighted cut would leave
 * them all to the last shard: its shards cut them evenly, as a large site's are cut across shards.
 */
function build(name: string, args: string[], weight = '0'): void {
  const result = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'scripts/build.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        DATA_DIR: FIXTURE,
        DIST_DIR: join(work, name, 'dist'),
        PORTAL_GENERATED_DIR: join(work, name, 'generated'),
        PORTAL_OTHER_PAGE_WEIGHT: weight,
      },
    },
  );
  if (result.status !== 0) throw new Error(`build ${name} failed:\n${result.stderr}`);
}

function contents(dist: string): Map<string, Buffer> {
  return new Map(filesUnder(dist).map((file) => [relative(dist, file), readFileSync(file)]));
}

function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => {
    const x = a.get(path);
    const y = b.get(path);
    return x === undefined || y === undefined || !x.equals(y);
  });
}

describe('a site built in shards', () => {
  let whole = new Map<string, Buffer>();
  beforeAll(() => {
    build('whole', ['--shards', '1']);
    whole = contents(join(work, 'whole', 'dist'));
  }, 600_000);

  it('is a complete site', () => {
    expect(whole.has('index.html')).toBe(true);
    expect(whole.has('zh/factories/KH-011/index.html')).toBe(true);
    expect(whole.has('downloads/findings.csv')).toBe(true);
    // Precompressed copies only on request (--precompress), and the build's own file of withheld
    // strings stays beside the snapshot, never in the site.
    expect(
      [...whole.keys()].filter((path) => /\.(gz|br)$/.test(path) && !path.startsWith('downloads/')),
    ).toEqual([]);
    expect([...whole.keys()].filter((path) => path.includes('finish.json'))).toEqual([]);
    const core = JSON.parse(
      readFileSync(join(work, 'whole', 'generated', CORE_FILE), 'utf8'),
    ) as SiteCore;
    const pages = core.factories.flatMap((f) =>
      LOCALES.map((locale) => `${localePath(locale, `/factories/${f.id}/`).slice(1)}index.html`),
    );
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter((page) => !whole.has(page))).toEqual([]);
  });

  it('in three processes, two at a time, merges into the same bytes as one build', () => {
    build('processes', ['--shards', '3', '--jobs', '2']);
    expect(differences(whole, contents(join(work, 'processes', 'dist')))).toEqual([]);
  }, 600_000);

  it('as two CI jobs and a merge job, each with its own checkout of the data step, merges into the same bytes', () => {
    build('job-1', ['--shard', '1/2', '--out', join(work, 'shard-1')]);
    build('job-2', ['--shard', '2/2', '--out', join(work, 'shard-2')]);
    // Each job built factory pages of its own: the merge joins a cut through them.
    const factoryPages = (dir: string) =>
      filesUnder(dir).filter((file) => /factories\/KH-[^/]+\/index\.html$/.test(file)).length;
    expect(factoryPages(join(work, 'shard-1'))).toBeGreaterThan(0);
    expect(factoryPages(join(work, 'shard-2'))).toBeGreaterThan(0);
    build('merge', ['--merge', join(work, 'shard-1'), join(work, 'shard-2')]);
    expect(differences(whole, contents(join(work, 'merge', 'dist')))).toEqual([]);
  }, 600_000);
});
