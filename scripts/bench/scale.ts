/**
 * npm run bench -- --scale [--sizes 600,5000,20000,100000] [--work DIR] [--shards N]
 *
 * The build at sizes from a national inspectorate to a global registry: for each size a dataset
 * from the demo generator (20 cycles, three languages), then the scorer, the portal's build and a
 * bare Astro build of as many trivial pages, in the same run, with the peak memory of each whole
 * process tree. Prints one table; figures, never pass or fail.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatSearchFigures, measureSearch, type SearchFigures } from './browser-search';
import { runMeasured, type Measured } from './measure';
import { makeBareProject } from './site';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CYCLES = '20';

export interface ScaleOptions {
  sizes: number[];
  /** Datasets are kept here and reused by later runs; builds are removed once measured. */
  work: string;
  /** Passed to the build as --shards; by default the build chooses. */
  shards: string | undefined;
  /** Portal and bare builds per size, interleaved; medians are shown. */
  runs: number;
}

interface Row {
  factories: number;
  scoreMs: number;
  scoreMiB: number;
  /** The data step, from the build's start. */
  dataMs: number;
  /** The pages, from the build's start: the data step's time included (shards wait for it, or start beside it). */
  pagesMs: number;
  build: Measured;
  bare: Measured;
  pages: number;
  files: number;
  distBytes: number;
  weights: Map<string, { html: number; gzip: number; max: number; count: number }>;
  searchIndex: { raw: number; gzip: number };
  search: SearchFigures;
}

function check(result: Measured, what: string): Measured {
  if (result.status !== 0) throw new Error(`${what} failed:\n${result.stderr.slice(-4000)}`);
  return result;
}

function walk(dir: string): Array<{ path: string; bytes: number }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [{ path, bytes: statSync(path).size }];
  });
}

/** Page types by path below the site's root; the first that matches names the page. */
const PAGE_TYPES: Array<[string, RegExp]> = [
  ['overview', /^index\.html$/],
  ['factory', /^(?:(?:km|zh)\/)?factories\/[^/]+\/index\.html$/],
  ['factory list', /^(?:(?:km|zh)\/)?factories\/(?:page\/\d+\/)?index\.html$/],
  ['requirement', /^(?:(?:km|zh)\/)?requirements\/[^/]+\/index\.html$/],
  ['cycle', /^(?:(?:km|zh)\/)?cycles\/[^/]+\/index\.html$/],
  ['low-compliance', /^(?:(?:km|zh)\/)?low-compliance\/index\.html$/],
  ['strikes', /^(?:(?:km|zh)\/)?strikes\/index\.html$/],
];

/** Pages of a type gzipped to measure it; a sample, evenly spread, at the largest sizes. */
const SAMPLE = 3000;

function pageWeights(dist: string, html: string[]): Row['weights'] {
  const weights: Row['weights'] = new Map();
  for (const [type, pattern] of PAGE_TYPES) {
    const pages = html.filter((path) => pattern.test(relative(dist, path)));
    if (pages.length === 0) continue;
    const step = Math.max(1, Math.floor(pages.length / SAMPLE));
    let raw = 0;
    let zipped = 0;
    let max = 0;
    let count = 0;
    for (let i = 0; i < pages.length; i += step) {
      const bytes = readFileSync(pages[i] as string);
      const size = gzipSync(bytes, { level: 9 }).length;
      raw += bytes.length;
      zipped += size;
      max = Math.max(max, size);
      count += 1;
    }
    weights.set(type, { html: raw / count, gzip: zipped / count, max, count: pages.length });
  }
  return weights;
}

const phase = (stderr: string, label: string) => {
  const match = new RegExp(`^${label}: ([\\d.]+) s`, 'm').exec(stderr);
  return match ? Number(match[1]) * 1000 : NaN;
};

async function measureSize(factories: number, options: ScaleOptions): Promise<Row> {
  const data = join(options.work, `data-${factories}`);
  if (!existsSync(join(data, 'factories.csv'))) {
    check(
      await runMeasured(
        TSX,
        [
          'scripts/generate-demo.ts',
          '--seed',
          '1',
          '--factories',
          String(factories),
          '--cycles',
          CYCLES,
          '--out',
          data,
        ],
        { cwd: ROOT },
      ),
      'generating the dataset',
    );
  }
  const score = check(
    await runMeasured(TSX, ['scripts/bench/score-once.ts', data], { cwd: ROOT }),
    'scoring',
  );
  const scored = JSON.parse(score.stdout) as { totalMs: number; maxRssMiB: number };

  const run = join(options.work, `build-${factories}`);
  const dist = join(run, 'dist');
  const portal = async () => {
    rmSync(run, { recursive: true, force: true });
    return check(
      await runMeasured(
        TSX,
        ['scripts/build.ts', ...(options.shards ? ['--shards', options.shards] : [])],
        {
          cwd: ROOT,
          env: { DATA_DIR: data, DIST_DIR: dist, PORTAL_GENERATED_DIR: join(run, 'generated') },
        },
      ),
      'the portal build',
    );
  };
  const bareRoot = join(options.work, `bare-${factories}`);
  const bareBuild = async (pages: number) => {
    rmSync(bareRoot, { recursive: true, force: true });
    mkdirSync(bareRoot, { recursive: true });
    const bareDir = makeBareProject(bareRoot, pages);
    const measured = check(
      await runMeasured(join(ROOT, 'node_modules/.bin/astro'), ['build', '--silent'], {
        cwd: bareDir,
        env: { ASTRO_TELEMETRY_DISABLED: '1' },
      }),
      'the bare Astro build',
    );
    rmSync(bareRoot, { recursive: true, force: true });
    return measured;
  };

  // Interleaved, so a neighbour's load falls on both alike; the last portal build is measured.
  const builds: Measured[] = [];
  const bares: Measured[] = [];
  let html: string[] = [];
  let files: ReturnType<typeof walk> = [];
  for (let round = 0; round < options.runs; round += 1) {
    builds.push(await portal());
    files = walk(dist);
    html = files.filter((f) => f.path.endsWith('.html')).map((f) => f.path);
    if (round < options.runs - 1) rmSync(run, { recursive: true, force: true });
    bares.push(await bareBuild(html.length));
  }
  const build = medianRun(builds);
  const weights = pageWeights(dist, html);
  const index = readFileSync(join(dist, 'search-index.json'));
  const row: Row = {
    factories,
    scoreMs: scored.totalMs,
    scoreMiB: scored.maxRssMiB,
    dataMs: median(builds.map((b) => phase(b.stderr, 'Data step'))),
    pagesMs: median(builds.map((b) => phase(b.stderr, 'Pages'))),
    build,
    bare: medianRun(bares),
    pages: html.length,
    files: files.length,
    distBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    weights,
    searchIndex: { raw: index.length, gzip: gzipSync(index, { level: 9 }).length },
    search: await measureSearch(dist),
  };
  rmSync(run, { recursive: true, force: true });
  return row;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median wall and CPU time of several runs, and the highest peak of any. */
function medianRun(runs: Measured[]): Measured {
  const cpu = runs.map((r) => r.cpuMs);
  const peaks = runs.map((r) => r.peakBytes);
  return {
    ...(runs[0] as Measured),
    ms: median(runs.map((r) => r.ms)),
    cpuMs: cpu.every((c) => c !== null) ? median(cpu as number[]) : null,
    peakBytes: peaks.every((p) => p !== null) ? Math.max(...(peaks as number[])) : null,
  };
}

const s = (ms: number) => (Number.isNaN(ms) ? '–' : `${(ms / 1000).toFixed(1)} s`);
const gb = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 2 ** 30).toFixed(2)} GB`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 0)} MB`;
const n = (value: number) => value.toLocaleString('en');

function weight(row: Row, type: string): string {
  const w = row.weights.get(type);
  return w ? `${kb(w.html)} / ${kb(w.gzip)}` : '–';
}

function printTable(rows: Row[]): void {
  const header = [
    'factories',
    'score (time / peak)',
    'build: data step; pages (both from the start)',
    'portal build',
    'bare Astro, same pages',
    'ratio',
    'CPU time (portal / bare, ratio)',
    'peak memory (portal / bare)',
    'pages / files',
    'dist/',
    'factory page KB (HTML / gzip, mean)',
    'factory page gzip max',
    'list page KB',
    'overview KB',
    'requirement KB',
    'cycle KB',
    'strikes KB',
    'search index (raw / gzip)',
    'search median / p95 to painted results (work; in the first frame), right factory in top 5',
    'factory list interactive, CPU 4× slower',
    'slowest answer while the index loads (keystrokes)',
  ];
  const lines = rows.map((row) => [
    n(row.factories),
    `${s(row.scoreMs)} / ${Math.round(row.scoreMiB)} MiB`,
    `${s(row.dataMs)}; ${s(row.pagesMs)}`,
    s(row.build.ms),
    s(row.bare.ms),
    `${(row.build.ms / row.bare.ms).toFixed(2)}×`,
    row.build.cpuMs === null || row.bare.cpuMs === null
      ? '–'
      : `${s(row.build.cpuMs)} / ${s(row.bare.cpuMs)}, ${(row.build.cpuMs / row.bare.cpuMs).toFixed(2)}×`,
    `${gb(row.build.peakBytes)} / ${gb(row.bare.peakBytes)}`,
    `${n(row.pages)} / ${n(row.files)}`,
    mb(row.distBytes),
    weight(row, 'factory'),
    kb(row.weights.get('factory')?.max ?? 0),
    weight(row, 'factory list'),
    weight(row, 'overview'),
    weight(row, 'requirement'),
    weight(row, 'cycle'),
    weight(row, 'strikes'),
    `${mb(row.searchIndex.raw)} / ${mb(row.searchIndex.gzip)}`,
    formatSearchFigures(row.search),
    s(row.search.interactiveSlowMs),
    `${s(row.search.loadingSlowestMs)} (${row.search.loadingKeystrokes})`,
  ]);
  console.log(`\n| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const line of lines) console.log(`| ${line.join(' | ')} |`);
}

export async function benchScale(options: ScaleOptions): Promise<void> {
  mkdirSync(options.work, { recursive: true });
  console.log(
    `\nScale: ${options.sizes.map(n).join(', ')} factories, ${CYCLES} cycles, three languages; datasets in ${options.work}`,
  );
  const rows: Row[] = [];
  for (const size of options.sizes) {
    const row = await measureSize(size, options);
    rows.push(row);
    console.log(
      `  ${n(size)} factories: portal ${s(row.build.ms)} (data ${s(row.dataMs)}, pages ${s(row.pagesMs)}), bare ${s(row.bare.ms)}, peak ${gb(row.build.peakBytes)}`,
    );
  }
  printTable(rows);
}
