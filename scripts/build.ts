/**
 * npm run build [-- --shards N --jobs J --previous DIR]
 *   Validates and scores DATA_DIR (default data/), writes the snapshot, builds the pages in N
 *   shards (separate processes, J at a time), merges them, checks the result (every page there,
 *   nothing the disclosure rules withhold in any file), writes the manifest and the host headers
 *   (and with --precompress, or PRECOMPRESS=1, a .gz and .br beside every text file), and swaps it in for dist/ (DIST_DIR). Any failure leaves dist/ as
 *   it was. Given the previous publication (--previous or PREVIOUS_DIR), published findings may
 *   change only with a recorded correction.
 * npm run build -- --shard K/N --out DIR
 *   The pages of one shard of N into DIR, for a CI matrix job.
 * npm run build -- --merge DIR [DIR …]
 *   Runs the data step, merges the shard folders with the served files (API, downloads, …)
 *   into dist/, checks the result and swaps it in.
 *
 * A merged site is byte for byte the site of a build in one shard.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatShard, parseShard, WHOLE_SITE, type Shard } from '../src/site/shards';
import { FINISH_FILE, finishSite, type FinishData } from './lib/finish-site';
import { runPostBuildSteps } from './lib/post-build';
import { parseSiteUrl } from './lib/sitemap';
import {
  addServedFiles,
  mergeShards,
  pruneShard,
  readCore,
  runShard,
  shardWorkFolder,
  type RunningShard,
} from './lib/site-shards';

const ROOT = resolve(import.meta.dirname, '..');
/** DIST_DIR moves the built site (tests build fixture sites side by side). */
const DIST = resolve(process.env['DIST_DIR'] ?? join(ROOT, 'dist'));
const GENERATED = resolve(process.env['PORTAL_GENERATED_DIR'] ?? join(ROOT, 'src/generated'));

/**
 * Factory pages per shard when the build chooses, one shard per core at most: below this a
 * second process costs more (its own bundling of the site's code) than it saves.
 */
const PAGES_PER_SHARD = 10_000;

const USAGE = `usage: npm run build [-- --shards N --jobs J --previous DIR --precompress]
       npm run build -- --shard K/N --out DIR
       npm run build -- --merge DIR [DIR ...] [--previous DIR --precompress]`;

class UsageError extends Error {}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const say = (line: string) => process.stderr.write(`${line}\n`);

/** Names this build's snapshot, so shards started early wait for it rather than an old one. */
const TOKEN = `${process.pid}-${Date.now()}`;

/**
 * The data step in a process of its own, so its memory is returned before the pages are built;
 * resolves with whether it succeeded.
 */
function buildData(previousDir: string | undefined): Promise<boolean> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/build-data.ts')],
      {
        cwd: ROOT,
        stdio: 'inherit',
        // React's production build draws the same charts several times faster.
        env: {
          ...process.env,
          NODE_ENV: process.env['NODE_ENV'] ?? 'production',
          PORTAL_GENERATED_DIR: GENERATED,
          PORTAL_BUILD_TOKEN: TOKEN,
          PREVIOUS_DIR: previousDir ?? '',
        },
      },
    );
    child.on('error', () => done(false));
    child.on('close', (code) => {
      if (code === 0) say(`Data step: ${seconds(started)}`);
      done(code === 0);
    });
  });
}

/**
 * Published factories, for choosing the number of shards before the data step has counted them:
 * the registry's rows, a bound from above.
 */
function factoriesInRegistry(): number {
  const path = join(resolve(process.env['DATA_DIR'] ?? 'data'), 'factories.csv');
  try {
    return readFileSync(path, 'utf8').split('\n').length;
  } catch {
    return 0;
  }
}

function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--${name} must be a positive integer`);
  return Number(value);
}

class DataError extends Error {}

/**
 * Runs the data step and builds the shards, at most `jobs` at once; returns their folders in
 * shard order. A single shard starts with the data step: it bundles the site's code meanwhile
 * and renders once the snapshot is written. Several shards start once the data step is done:
 * a registry that needs them has a data step of gigabytes, and shards bundling beside it would
 * add theirs to it (4.6 GB at 100,000 factories). A failed data step stops them.
 */
async function buildDataAndShards(
  shards: Shard[],
  jobs: number,
  previousDir: string | undefined,
): Promise<string[]> {
  const started = performance.now();
  const work = shardWorkFolder(process.pid);
  const folders = shards.map((shard) => join(work, `shard-${shard.index}`));
  const queue = shards.map((shard, i) => ({ shard, folder: folders[i] as string }));
  const running = new Set<RunningShard>();
  const failed: string[] = [];
  let dataFailed = false;
  const data = buildData(previousDir).then((ok) => {
    if (!ok) {
      dataFailed = true;
      for (const shard of running) shard.stop();
    }
    return ok;
  });
  const worker = async () => {
    if (shards.length > 1) await data;
    for (let next = queue.shift(); next !== undefined && !dataFailed; next = queue.shift()) {
      const { shard, folder } = next;
      const build = runShard({
        shard,
        generated: GENERATED,
        outDir: folder,
        cacheDir: join(work, `cache-${shard.index}`),
        emptyPublic: join(work, 'no-public'),
        token: TOKEN,
      });
      running.add(build);
      const shardStarted = performance.now();
      const code = await build.done;
      running.delete(build);
      if (shards.length > 1 && code === 0) {
        say(`  shard ${formatShard(shard)}: ${seconds(shardStarted)}`);
      }
      if (dataFailed) return;
      if (code !== 0) {
        failed.push(formatShard(shard));
        continue;
      }
      pruneShard(folder, readCore(GENERATED), shard);
      rmSync(join(work, `cache-${shard.index}`), { recursive: true, force: true });
    }
  };
  await Promise.all([data, ...Array.from({ length: Math.min(jobs, shards.length) }, worker)]);
  if (dataFailed) throw new DataError();
  if (failed.length > 0) throw new Error(`the page build failed in shard ${failed.join(', ')}`);
  say(
    `Pages: ${seconds(started)} with the data step, in ${shards.length} shard${shards.length === 1 ? '' : 's'}, ${Math.min(jobs, shards.length)} at a time`,
  );
  return folders;
}

class DisclosureError extends Error {}

/**
 * Merges shard folders, adds the served files, checks, finishes (the scan for withheld strings,
 * the host headers, the manifest, the precompressed copies) and swaps the result in for DIST.
 */
async function finish(folders: string[], work: string, precompress: boolean): Promise<void> {
  const started = performance.now();
  const staging = join(work, 'site');
  mergeShards(folders, staging);
  addServedFiles(GENERATED, staging);
  const problems = await runPostBuildSteps({ dist: staging, core: readCore(GENERATED) });
  if (problems.length > 0) {
    for (const problem of problems) say(problem);
    throw new Error(`the built site failed ${problems.length} check(s)`);
  }
  const data = JSON.parse(readFileSync(join(GENERATED, FINISH_FILE), 'utf8')) as FinishData;
  const finished = await finishSite(staging, data, {
    siteUrl: process.env['SITE_URL'] ?? '',
    precompress,
  });
  if (finished.errors.length > 0) {
    for (const line of finished.errors) say(line);
    throw new DisclosureError();
  }
  const previous = join(dirname(DIST), `.${basename(DIST)}-previous-${process.pid}`);
  if (existsSync(DIST)) renameSync(DIST, previous);
  renameSync(staging, DIST);
  rmSync(previous, { recursive: true, force: true });
  say(`Merge, checks and finishing: ${seconds(started)}`);
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        shards: { type: 'string' },
        jobs: { type: 'string' },
        shard: { type: 'string' },
        out: { type: 'string' },
        merge: { type: 'boolean', default: false },
        previous: { type: 'string' },
        precompress: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    say(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const siteUrl = parseSiteUrl(process.env['SITE_URL']);
  if (siteUrl !== undefined && !(siteUrl instanceof URL)) {
    say(siteUrl.error);
    return 2;
  }
  if (siteUrl === undefined) {
    say(
      "Warning: SITE_URL is not set. Canonical and language-alternate links, link-preview addresses and sitemap.xml need the site's absolute address, so they are left out; set SITE_URL=https://your.host to add them.",
    );
  }
  const previousDir = values.previous ?? (process.env['PREVIOUS_DIR'] || undefined);
  const precompress = values.precompress || process.env['PRECOMPRESS'] === '1';
  const work = join(dirname(DIST), `.${basename(DIST)}-build-${process.pid}`);
  const cleanUp = () => {
    rmSync(work, { recursive: true, force: true });
    rmSync(shardWorkFolder(process.pid), { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const started = performance.now();
  try {
    if (values.merge) {
      if (positionals.length === 0) throw new UsageError('--merge needs the shard folders');
      if (!(await buildData(previousDir))) return 1;
      await finish(
        positionals.map((folder) => resolve(folder)),
        work,
        precompress,
      );
    } else if (values.shard !== undefined) {
      const shard = parseShard(values.shard);
      if (shard === undefined) throw new UsageError('--shard must look like 2/4');
      if (values.out === undefined) throw new UsageError('--shard needs --out DIR');
      const [folder] = await buildDataAndShards([shard], 1, previousDir);
      const out = resolve(values.out);
      rmSync(out, { recursive: true, force: true });
      mergeShards([folder as string], out);
      say(`Built shard ${formatShard(shard)} into ${out} in ${seconds(started)}`);
      return 0;
    } else {
      if (positionals.length > 0) throw new UsageError(`unexpected "${positionals[0]}"`);
      const requested = positiveInteger('shards', values.shards ?? process.env['PORTAL_SHARDS']);
      const jobs = positiveInteger('jobs', values.jobs) ?? availableParallelism();
      const pages = factoriesInRegistry() * 3;
      const count = requested ?? Math.min(jobs, Math.max(1, Math.ceil(pages / PAGES_PER_SHARD)));
      const shards =
        count === 1
          ? [WHOLE_SITE]
          : Array.from({ length: count }, (_, i) => ({ index: i + 1, count }));
      const folders = await buildDataAndShards(shards, jobs, previousDir);
      await finish(folders, work, precompress);
    }
    say(`Built the site into ${DIST} in ${seconds(started)}`);
    return 0;
  } catch (error) {
    // The data step has printed its problems.
    if (error instanceof DataError) return 1;
    if (error instanceof DisclosureError) {
      say('The built site contains what the disclosure rules withhold: dist/ was left as it was.');
      return 1;
    }
    if (error instanceof UsageError) {
      say(`${error.message}\n${USAGE}`);
      return 2;
    }
    say(`${(error as Error).message}\nThe site build failed: dist/ was left as it was.`);
    return 1;
  } finally {
    cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

process.exitCode = await main();
