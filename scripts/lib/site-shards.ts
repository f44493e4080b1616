/**
 * The page build in shards: each shard is an ordinary `astro build` in a process of its own
 * (PORTAL_SHARD=k/n tells the routes which pages are its own, see src/site/shards.ts), written to
 * a folder of its own; the folders merge into one site. The merge refuses two shards that wrote
 * different bytes at one path, so shards built from different data or code never mix.
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOCALES, localePath } from '../../src/i18n/locales';
import { CORE_FILE, type SiteCore } from '../../src/site/snapshot';
import {
  factoryRange,
  formatShard,
  otherPageCount,
  otherPageWeight,
  ownsSitePages,
  type Shard,
} from '../../src/site/shards';

const ROOT = resolve(import.meta.dirname, '../..');

export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** What the split of the factory pages among shards depends on. */
export type ShardedCore = Pick<SiteCore, 'factories' | 'cycles' | 'requirements' | 'entities'>;

/** The factory pages a shard builds, as paths below the site's root. */
export function shardFactoryPages(core: ShardedCore, shard: Shard): Set<string> {
  const pages = new Set<string>();
  const otherPages = otherPageCount(core);
  const weight = otherPageWeight();
  for (const locale of LOCALES) {
    const { start, end } = factoryRange(shard, locale, core.factories.length, otherPages, weight);
    for (const factory of core.factories.slice(start, end)) {
      pages.add(`${localePath(locale, `/factories/${factory.id}/`).slice(1)}index.html`);
    }
  }
  return pages;
}

export const readCore = (generated: string): SiteCore =>
  JSON.parse(readFileSync(join(generated, CORE_FILE), 'utf8')) as SiteCore;

export interface ShardBuild {
  shard: Shard;
  /** The data step's output (src/generated or PORTAL_GENERATED_DIR). */
  generated: string;
  outDir: string;
  /** Astro's cache; concurrent shards need one each. */
  cacheDir: string;
  /** An empty folder: the served files are added by addServedFiles, once, not by every shard. */
  emptyPublic: string;
  /**
   * The build's token: the shard bundles the site's code while the data step runs, and renders
   * pages once the snapshot carrying this token is in place (src/site/data.ts).
   */
  token: string;
}

export interface RunningShard {
  /** The exit code. */
  done: Promise<number>;
  /** Stops the shard (the data step failed: there is nothing to build). */
  stop: () => void;
}

/**
 * Shards build into folders inside the project: Astro writes its intermediate server code beside
 * an output folder inside the project (where it finds node_modules), but for an output folder
 * elsewhere into one shared folder, where shards running side by side overwrite each other's.
 */
export const shardWorkFolder = (pid: number) => join(ROOT, '.build', String(pid));

/** Starts `astro build` for one shard. */
export function runShard(build: ShardBuild): RunningShard {
  mkdirSync(build.emptyPublic, { recursive: true });
  mkdirSync(build.outDir, { recursive: true });
  let stopped = false;
  let stop = () => {
    stopped = true;
  };
  const done = new Promise<number>((resolve, fail) => {
    const child = spawn(
      process.execPath,
      [
        // Rendering pages allocates many short-lived strings: a larger young generation spends
        // less time collecting them.
        '--max-semi-space-size=64',
        // Hashes for the Content-Security-Policy without a thread-pool round trip each.
        '--import',
        pathToFileURL(join(ROOT, 'scripts/lib/sync-digest.ts')).href,
        join(ROOT, 'node_modules/astro/bin/astro.mjs'),
        'build',
        '--outDir',
        build.outDir,
        '--silent',
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          PORTAL_SHARD: formatShard(build.shard),
          PORTAL_GENERATED_DIR: build.generated,
          PORTAL_PUBLIC_DIR: build.emptyPublic,
          PORTAL_BUILD_TOKEN: build.token,
          ASTRO_CACHE_DIR: build.cacheDir,
        },
      },
    );
    stop = () => {
      stopped = true;
      child.kill('SIGTERM');
    };
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const text = Buffer.concat(output).toString('utf8');
      if (code !== 0 && !stopped) process.stderr.write(text);
      resolve(code ?? 1);
    });
  });
  return { done, stop: () => stop() };
}

/**
 * Keeps what the shard owns: every page and asset of the first shard; of the others, their
 * factory pages and the assets (the pages without a parameter are built by every shard, since
 * Astro has no way to skip them, and kept from the first only).
 */
export function pruneShard(outDir: string, core: ShardedCore, shard: Shard): void {
  const own = shardFactoryPages(core, shard);
  const missing = [...own].filter((page) => !existsSync(join(outDir, page)));
  if (missing.length > 0) {
    throw new Error(
      `shard ${formatShard(shard)} did not build ${missing.length} of its factory pages, e.g. ${missing[0]}`,
    );
  }
  if (ownsSitePages(shard)) return;
  for (const file of filesUnder(outDir)) {
    const path = relative(outDir, file);
    if (!path.startsWith('_astro/') && !own.has(path)) rmSync(file);
  }
  removeEmptyFolders(outDir);
}

function removeEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && removeEmptyFolders(join(dir, entry.name))) {
      rmSync(join(dir, entry.name), { recursive: true });
    } else {
      empty = false;
    }
  }
  return empty;
}

/** Creates each folder once, however many files go into it. */
function folderMaker(): (dir: string) => void {
  const made = new Set<string>();
  return (dir) => {
    if (made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  };
}

/**
 * The files served as they are (static files, API, downloads, search index, charts), each a hard
 * link where the file system allows one (no copy of gigabytes), else a copy.
 */
export function addServedFiles(generated: string, outDir: string): void {
  const served = join(generated, 'public');
  const makeFolder = folderMaker();
  for (const file of filesUnder(served)) {
    const path = relative(served, file);
    const target = join(outDir, path);
    makeFolder(dirname(target));
    try {
      linkSync(file, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        throw new Error(`${path} is both a page and a served file`, { cause: error });
      }
      copyFileSync(file, target);
    }
  }
}

const sameBytes = (a: string, b: string) =>
  statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));

/** A rename, or a copy across file systems. */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
  }
}

/**
 * Moves the files of every shard folder into `target`. A path written by two shards must hold
 * the same bytes (the shared assets); anything else means the shards do not belong together.
 */
export function mergeShards(folders: readonly string[], target: string): void {
  for (const folder of folders) {
    if (!existsSync(folder)) throw new Error(`${folder}: no such shard folder`);
  }
  let rest = folders;
  // The first folder becomes the target whole, where a rename can do it.
  const [first] = folders;
  if (first !== undefined && !existsSync(target)) {
    mkdirSync(dirname(target), { recursive: true });
    try {
      renameSync(first, target);
      rest = folders.slice(1);
    } catch {
      // Another file system: merged file by file below.
    }
  }
  const makeFolder = folderMaker();
  makeFolder(target);
  for (const folder of rest) {
    for (const file of filesUnder(folder)) {
      const path = relative(folder, file);
      const destination = join(target, path);
      if (existsSync(destination)) {
        if (!sameBytes(file, destination)) {
          throw new Error(
            `${path} differs between shards: they were not built from the same data and code`,
          );
        }
        continue;
      }
      makeFolder(dirname(destination));
      move(file, destination);
    }
  }
}
