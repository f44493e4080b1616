/**
 * npm run bench [-- --data DIR --runs N --large-factories N --large-cycles N --skip-large
 *                  --site-runs N --skip-site --skip-browser --only-buyers]
 * npm run bench -- --scale [--sizes 600,5000,20000,100000 --work DIR --shards N --scale-runs N]
 * npm run bench -- --check [--check-factories N --scan-site DIR]
 * npm run bench -- --lighthouse [--data DIR --lighthouse-runs N]
 * npm run bench -- --search-cpu [--sizes 600,20000,100000 --work DIR --search-baseline REF]
 *
 * Reports figures, never pass/fail: the scorer's own time on the committed demo data (median of
 * several runs, each in a fresh process), the supplier check's matching of a 3,000-line list and
 * its figures on the identity corpus (tests/identity), the site build, the output scan, and time
 * and peak memory on a large generated dataset. With --scale, instead, the scorer and the whole
 * build at each size against a bare Astro build, as one table (scripts/bench/scale.ts). With
 * --lighthouse, instead, mobile Lighthouse scores of the main page types (scripts/bench/lighthouse.ts).
 * With --search-cpu, instead, the factory search's own time per keystroke in Node at each size
 * against a git revision's search (scripts/bench/search-cpu.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchBrowser } from './bench/browser';
import { measureCheck, measureCheckAtScale, printCheckTable } from './bench/browser-check';
import { benchBuyers } from './bench/buyers';
import { benchCheck, benchIdentity, writeSearchIndex } from './bench/check';
import { benchLighthouse } from './bench/lighthouse';
import { benchScale } from './bench/scale';
import { benchScan } from './bench/scan';
import { benchSearchCpu } from './bench/search-cpu';
import { benchSite } from './bench/site';

const ROOT = resolve(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface Measurement {
  inputBytes: number;
  factories: number;
  cycles: number;
  assessments: number;
  readMs: number;
  validateMs: number;
  scoreMs: number;
  formatMs: number;
  totalMs: number;
  maxRssMiB: number;
}

function run(script: string, args: string[]): string {
  const result = spawnSync(TSX, [join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr}`);
  return result.stdout;
}

const measure = (dataDir: string): Measurement =>
  JSON.parse(run('scripts/bench/score-once.ts', [dataDir])) as Measurement;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

function report(label: string, runs: Measurement[]): void {
  const first = runs[0] as Measurement;
  const pick = (key: keyof Measurement) => median(runs.map((r) => r[key]));
  console.log(
    `\n${label}: ${first.factories.toLocaleString('en')} factories, ${first.cycles} cycles, ${first.assessments.toLocaleString('en')} assessments, ${mib(first.inputBytes)} of CSV`,
  );
  console.log(`  runs                 ${runs.length} (median shown)`);
  console.log(`  read files           ${ms(pick('readMs'))}`);
  console.log(`  validate             ${ms(pick('validateMs'))}`);
  console.log(`  score                ${ms(pick('scoreMs'))}`);
  console.log(`  format outputs       ${ms(pick('formatMs'))}`);
  console.log(
    `  scorer's own time    ${ms(pick('totalMs'))}  (min ${ms(Math.min(...runs.map((r) => r.totalMs)))}, max ${ms(Math.max(...runs.map((r) => r.totalMs)))})`,
  );
  console.log(`  peak memory (maxRSS) ${pick('maxRssMiB').toFixed(0)} MiB`);
}

/** The demo site, built once for the scan's figures. */
function buildDemoSite(dataDir: string, work: string): string {
  const dist = join(work, 'site');
  const built = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DIST_DIR: dist,
      PORTAL_GENERATED_DIR: join(work, 'generated'),
      ASTRO_CACHE_DIR: join(work, 'cache'),
    },
  });
  if (built.status !== 0) throw new Error(`building ${dataDir} failed:\n${built.stderr}`);
  return dist;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: 'data' },
      runs: { type: 'string', default: '5' },
      'large-factories': { type: 'string', default: '20000' },
      'large-cycles': { type: 'string', default: '20' },
      'skip-large': { type: 'boolean', default: false },
      'skip-site': { type: 'boolean', default: false },
      'skip-browser': { type: 'boolean', default: false },
      'site-runs': { type: 'string', default: '3' },
      // A built site to scan (by default the demo site is built for it).
      'scan-site': { type: 'string' },
      scale: { type: 'boolean', default: false },
      // Default: 600,5000,20000 for --scale, 600,20000,100000 for --search-cpu.
      sizes: { type: 'string' },
      work: { type: 'string', default: join(tmpdir(), 'portal-bench-scale') },
      shards: { type: 'string' },
      'scale-runs': { type: 'string', default: '1' },
      // Only the buyer and group pages' figures (two builds per site run).
      'only-buyers': { type: 'boolean', default: false },
      // The supplier check in Chromium only: hostile lists, then 3,000 lines against a large index.
      check: { type: 'boolean', default: false },
      'check-factories': { type: 'string', default: '100000' },
      lighthouse: { type: 'boolean', default: false },
      'search-cpu': { type: 'boolean', default: false },
      'search-baseline': { type: 'string', default: 'main' },
      'lighthouse-runs': { type: 'string', default: '1' },
    },
  });
  if (values.lighthouse) {
    await benchLighthouse(resolve(values.data), Math.max(1, Number(values['lighthouse-runs'])));
    return;
  }
  if (values['only-buyers']) {
    benchBuyers(resolve(values.data), Number(values['site-runs']));
    return;
  }
  if (values.check) {
    await benchCheckInBrowser(
      resolve(values.data),
      values['scan-site'],
      Number(values['check-factories']),
    );
    return;
  }
  const sizesOf = (fallback: string) => {
    const text = values.sizes ?? fallback;
    const sizes = text.split(',').map((size) => Number(size.trim()));
    if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
      throw new Error(`--sizes: expected factory counts such as 600,5000, got "${text}"`);
    }
    return sizes;
  };
  if (values['search-cpu']) {
    benchSearchCpu({
      sizes: sizesOf('600,20000,100000'),
      work: resolve(values.work),
      baseline: values['search-baseline'],
    });
    return;
  }
  if (values.scale) {
    const sizes = sizesOf('600,5000,20000');
    await benchScale({
      sizes,
      work: resolve(values.work),
      shards: values.shards,
      runs: Math.max(1, Number(values['scale-runs'])),
    });
    return;
  }
  const runs = Number(values.runs);
  console.log(`Benchmark on Node ${process.version}, ${process.platform}/${process.arch}`);
  const dataDir = resolve(values.data);
  report(
    `Dataset ${values.data}`,
    Array.from({ length: runs }, () => measure(dataDir)),
  );

  benchCheck(dataDir, `dataset ${values.data}`);
  benchIdentity();
  if (!values['skip-site']) {
    benchSite(Number(values['site-runs']));
    benchBuyers(dataDir, Number(values['site-runs']));
  }
  const work = mkdtempSync(join(tmpdir(), 'bench-'));
  const site = values['scan-site'] ?? buildDemoSite(dataDir, work);
  await benchScan(dataDir, `dataset ${values.data}`, site);
  if (!values['skip-browser']) await benchBrowser(site);
  if (values['skip-large']) {
    rmSync(work, { recursive: true, force: true });
    return;
  }
  try {
    const big = join(work, 'data');
    const started = performance.now();
    run('scripts/generate-demo.ts', [
      '--seed',
      '1',
      '--factories',
      values['large-factories'],
      '--cycles',
      values['large-cycles'],
      '--out',
      big,
    ]);
    console.log(`\nGenerated the large dataset in ${ms(performance.now() - started)}`);
    // Generated cycles run past today (20 cycles from 2014 end in 2029): build as on the day
    // after the last one, as the data's publisher would.
    process.env['BUILD_DATE'] = lastDateOfCycles(big);
    report('Large generated data', [measure(big)]);
    benchCheck(big, 'large generated data');
    await benchScan(big, 'the large generated data (on the demo site)', site);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The supplier check's figures in Chromium (`--check`): the longest main-thread task on each
 * hostile list beside an ordinary 3,000-line list, on the demo site; then the ordinary list against
 * the search index of a generated registry of `factories` (four cycles: the index's size depends on
 * the factories, not the cycles; a factory assessed once stays unpublished, so about two thirds
 * of them are published), served in place of the demo's own on the same page.
 */
async function benchCheckInBrowser(dataDir: string, site: string | undefined, factories: number) {
  const work = mkdtempSync(join(tmpdir(), 'bench-check-'));
  try {
    const dist = site ?? buildDemoSite(dataDir, work);
    printCheckTable(
      'Supplier check in Chromium, demo site: longest main-thread task from choosing the file to its answer',
      await measureCheck(dist),
    );
    if (!Number.isInteger(factories) || factories < 1) return;
    const big = join(work, 'registry');
    const started = performance.now();
    run('scripts/generate-demo.ts', [
      '--seed',
      '1',
      '--factories',
      String(factories),
      '--cycles',
      '4',
      '--out',
      big,
    ]);
    const index = join(work, 'search-index.json');
    const count = writeSearchIndex(big, index);
    console.log(
      `\nGenerated ${count.toLocaleString('en')} published factories and their search index (${(statSync(index).size / 1024 / 1024).toFixed(1)} MB) in ${ms(performance.now() - started)}`,
    );
    printCheckTable(
      `Supplier check in Chromium against ${count.toLocaleString('en')} factories (target: answered in under 5 s, no task over 200 ms)`,
      [await measureCheckAtScale(dist, index)],
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The latest date in a dataset's cycles.csv (ISO dates compare as strings). */
function lastDateOfCycles(dataDir: string): string {
  const dates = readFileSync(join(dataDir, 'cycles.csv'), 'utf8').match(/\d{4}-\d{2}-\d{2}/g) ?? [];
  return dates.reduce((latest, date) => (date > latest ? date : latest), '1990-01-01');
}

await main();
