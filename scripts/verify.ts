/**
 * npm run verify -- --data DIR --site DIR
 *
 * Rebuilds the site from the data into a temporary folder, with the settings the published
 * manifest records, and says file by file whether the published site (a copy of it: a folder) is
 * what the data and the rules produce. Exit 0 when every file is identical, 1 with the list of
 * differences, 2 on bad arguments. Precompressed copies (.gz, .br) are checked by decompressing
 * them and comparing with the file they are a copy of.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COMPRESSED, readDecompressed } from './lib/compressed';
import { listFiles, MANIFEST_PATH, PROGRAM, sha256File } from './lib/manifest';

const ROOT = resolve(import.meta.dirname, '..');
const USAGE = 'usage: npm run verify -- --data DIR --site DIR';

export interface Difference {
  path: string;
  problem: string;
}

/** Every way the published folder differs from the rebuilt one, by path. */
export async function compareSites(published: string, rebuilt: string): Promise<Difference[]> {
  const differences: Difference[] = [];
  const publishedFiles = listFiles(published);
  const have = new Set(publishedFiles);
  const made = new Set(listFiles(rebuilt).filter((path) => !COMPRESSED.test(path)));
  for (const path of publishedFiles) {
    if (COMPRESSED.test(path)) {
      const original = path.replace(COMPRESSED, '');
      if (!made.has(original)) {
        differences.push({
          path,
          problem: 'a compressed copy of a file the data does not produce',
        });
        continue;
      }
      // Compared by digest, a chunk at a time: a large download is never held whole.
      const hash = createHash('sha256');
      try {
        await readDecompressed(
          join(published, path),
          () => undefined,
          (chunk) => hash.update(chunk),
        );
      } catch {
        differences.push({ path, problem: 'does not decompress' });
        continue;
      }
      if (hash.digest('hex') !== sha256File(join(rebuilt, original)).sha256) {
        differences.push({ path, problem: `decompresses to something other than ${original}` });
      }
      continue;
    }
    if (!made.has(path)) {
      differences.push({ path, problem: 'not produced by the data and the rules' });
      continue;
    }
    if (sha256File(join(published, path)).sha256 !== sha256File(join(rebuilt, path)).sha256) {
      differences.push({ path, problem: 'differs from what the data and the rules produce' });
    }
  }
  for (const path of made) {
    if (!have.has(path)) differences.push({ path, problem: 'missing from the published site' });
  }
  return differences.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function readManifest(site: string): { siteUrl: string; version: string } | undefined {
  const path = join(site, MANIFEST_PATH);
  if (!existsSync(path)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
      build?: { siteUrl?: unknown };
      program?: { version?: unknown };
    };
    return {
      siteUrl: typeof manifest.build?.siteUrl === 'string' ? manifest.build.siteUrl : '',
      version: typeof manifest.program?.version === 'string' ? manifest.program.version : '',
    };
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: { data: { type: 'string' }, site: { type: 'string' } },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.data === undefined || args.site === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const site = resolve(args.site);
  if (!existsSync(site) || !statSync(site).isDirectory()) {
    process.stderr.write(`--site: expected the folder of a published site, found ${args.site}\n`);
    return 2;
  }
  const manifest = readManifest(site);
  if (manifest === undefined) {
    process.stderr.write(
      `${join(args.site, MANIFEST_PATH)}: missing or not JSON: the site's own record of its build is needed to rebuild it alike\n`,
    );
  } else if (manifest.version !== PROGRAM.version) {
    process.stderr.write(
      `note: the site was built by ${PROGRAM.name} ${manifest.version}, this is ${PROGRAM.version}: differences may come from the program, not the data\n`,
    );
  }
  const work = mkdtempSync(join(tmpdir(), 'portal-verify-'));
  try {
    const rebuilt = join(work, 'dist');
    process.stderr.write(`Rebuilding ${args.data} into ${rebuilt}…\n`);
    const build = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/build.ts')],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
        env: {
          ...process.env,
          DATA_DIR: resolve(args.data),
          DIST_DIR: rebuilt,
          PORTAL_GENERATED_DIR: join(work, 'generated'),
          ASTRO_CACHE_DIR: join(work, 'cache'),
          SITE_URL: manifest?.siteUrl ?? '',
          PREVIOUS_DIR: '',
        },
      },
    );
    if (build.status !== 0) {
      process.stderr.write(`${build.stderr}The data does not build: nothing to compare.\n`);
      return 1;
    }
    const differences = await compareSites(site, rebuilt);
    const files = listFiles(rebuilt).length;
    if (differences.length === 0) {
      process.stdout.write(
        `Verified: every one of the ${files} files of ${args.site} is what ${args.data} and the rules produce.\n`,
      );
      return 0;
    }
    for (const d of differences) process.stdout.write(`${d.path}: ${d.problem}\n`);
    process.stdout.write(
      `${differences.length} of the site's files are not what ${args.data} and the rules produce.\n`,
    );
    return 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) process.exitCode = await main();
