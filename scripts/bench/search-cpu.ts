/**
 * npm run bench -- --search-cpu [--sizes 600,20000,100000] [--work DIR] [--search-baseline REF]
 *
 * The factory search's own time per keystroke, in Node, on the code its worker runs: at each size
 * a generated registry (the scale bench's data, 20 cycles, kept in --work), its search index, and
 * 20 misspelt names of its own factories typed a key at a time, each keystroke answered with a
 * page of 50. Beside it, in the same run: the search of a git revision (REF, default `main`) and a
 * plain scan of every name for the typed text. Prints median, p95 and max per keystroke, the time
 * to prepare the index once, and how many names found their factory in the top 5. Figures, never
 * pass or fail; the page's own drawing time is the browser bench's (--scale).
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSearchIndex } from './check';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CYCLES = '20';

export interface SearchCpuOptions {
  sizes: number[];
  /** Generated datasets and their search indexes are kept here for later runs. */
  work: string;
  /** The git revision whose search is the baseline. */
  baseline: string;
}

interface Figures {
  records: number;
  keystrokes: number;
  prepareMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  cpuMedianMs: number;
  cpuP95Ms: number;
  top5: number;
  queries: number;
  slowest: string;
  maxRssMiB: number;
}

function run(args: string[], what: string): string {
  const result = spawnSync(TSX, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${what} failed:\n${result.stderr.slice(-4000)}`);
  return result.stdout;
}

/** The search index of a generated registry of `factories`, generated and scored when missing. */
function indexOf(factories: number, work: string): string {
  const data = join(work, `data-${factories}`);
  const index = join(work, `search-index-${factories}.json`);
  if (!existsSync(join(data, 'factories.csv'))) {
    console.log(`  generating ${factories.toLocaleString('en')} factories, ${CYCLES} cycles…`);
    const args = ['--seed', '1', '--factories', String(factories), '--cycles', CYCLES];
    run(['scripts/generate-demo.ts', ...args, '--out', data], 'generating the dataset');
  }
  if (
    !existsSync(index) ||
    statSync(index).mtimeMs < statSync(join(data, 'factories.csv')).mtimeMs
  ) {
    console.log(`  scoring it for its search index…`);
    writeSearchIndex(data, index);
  }
  return index;
}

/** `src/lib` of a git revision, extracted into a folder of its own. */
function extractRevision(revision: string, into: string): string {
  const archive = spawnSync('git', ['archive', '--format=tar', revision, 'src/lib'], {
    cwd: ROOT,
    maxBuffer: 1 << 28,
  });
  if (archive.status !== 0) {
    throw new Error(`--search-baseline ${revision}: ${archive.stderr.toString().trim()}`);
  }
  const tar = join(into, 'lib.tar');
  writeFileSync(tar, archive.stdout);
  const unpacked = spawnSync('tar', ['-xf', tar, '-C', into]);
  if (unpacked.status !== 0)
    throw new Error(`unpacking ${revision}: ${unpacked.stderr.toString()}`);
  // The revision's modules import the checkout's packages, which resolve from the folder upwards.
  symlinkSync(join(ROOT, 'node_modules'), join(into, 'node_modules'), 'dir');
  return into;
}

const ms = (value: number) =>
  value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en');

export function benchSearchCpu(options: SearchCpuOptions): void {
  mkdirSync(options.work, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'bench-search-'));
  try {
    const baseline = extractRevision(options.baseline, scratch);
    const rows: string[] = [];
    for (const size of options.sizes) {
      console.log(`\n${size.toLocaleString('en')} factories`);
      const index = indexOf(size, options.work);
      const searches: Array<[string, string]> = [
        ['this checkout', 'current'],
        [`${options.baseline} (baseline)`, baseline],
        ['scan of names', 'linear'],
      ];
      for (const [label, which] of searches) {
        const script = join(ROOT, 'scripts/bench/search-cpu-once.ts');
        const f = JSON.parse(run([script, index, which], `searching with ${label}`)) as Figures;
        const row = `| ${size.toLocaleString('en')} | ${f.records.toLocaleString('en')} | ${label} | ${ms(f.prepareMs)} | ${ms(f.medianMs)} | ${ms(f.p95Ms)} | ${ms(f.maxMs)} (“${f.slowest}”) | ${ms(f.cpuMedianMs)} / ${ms(f.cpuP95Ms)} | ${f.top5}/${f.queries} | ${Math.round(f.maxRssMiB)} MiB |`;
        console.log(row);
        rows.push(row);
      }
    }
    console.log(
      `\nFactory search per keystroke in Node (${CYCLES}-cycle generated registries, 20 misspelt names typed a key at a time, a page of 50 per keystroke; times in ms)\n`,
    );
    console.log(
      '| factories | in the index | search | prepare the index | median | p95 | max (slowest keystroke) | CPU median / p95 | right factory in top 5 | peak memory |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
