/**
 * npm run build [-- --previous DIR]: validate + score (DATA_DIR or data/) + Astro build into
 * dist/. Given the previous publication (--previous or PREVIOUS_DIR), published findings may
 * change only with a recorded correction.
 * The site is built into a staging folder and swapped in whole, so a failed build never leaves a
 * half-built dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildData } from './build-data';
import { finishSite } from './lib/finish-site';

const ROOT = resolve(import.meta.dirname, '..');
/** DIST_DIR moves the built site (tests build fixture sites side by side). */
const DIST = resolve(process.env['DIST_DIR'] ?? join(ROOT, 'dist'));

async function main(): Promise<number> {
  const dataDir = process.env['DATA_DIR'] ?? 'data';
  let previousDir: string | undefined;
  try {
    const { values } = parseArgs({ options: { previous: { type: 'string' } }, strict: true });
    previousDir = values.previous ?? (process.env['PREVIOUS_DIR'] || undefined);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: npm run build [-- --previous DIR]\n`);
    return 2;
  }
  const data = buildData(dataDir, previousDir);
  if (data === undefined) return 1;
  const staging = join(dirname(DIST), `.${basename(DIST)}-staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  // The same Node binary as this script (Node 26 from node_modules under npm), whatever is on PATH.
  const astro = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging, '--silent'],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  if (astro.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    process.stderr.write('The site build failed: dist/ was left as it was.\n');
    return 1;
  }
  const finished = await finishSite(staging, data, {
    siteUrl: process.env['SITE_URL'] ?? '',
    precompress: process.env['PRECOMPRESS'] !== 'none',
  });
  if (finished.errors.length > 0) {
    for (const line of finished.errors) process.stderr.write(`${line}\n`);
    rmSync(staging, { recursive: true, force: true });
    process.stderr.write(
      `The built site contains what the disclosure rules withhold: dist/ was left as it was.\n`,
    );
    return 1;
  }
  const previous = join(dirname(DIST), `.${basename(DIST)}-previous-${process.pid}`);
  if (existsSync(DIST)) renameSync(DIST, previous);
  renameSync(staging, DIST);
  rmSync(previous, { recursive: true, force: true });
  process.stderr.write(`Built the site into ${DIST}\n`);
  return 0;
}

process.exitCode = await main();
