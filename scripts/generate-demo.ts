/**
 * Writes a fictional, deterministic demo dataset in the layout of the data contract.
 *
 *   npm run generate-demo -- [--seed N] [--factories N] [--cycles N] [--out DIR]
 *
 * The same arguments give byte-identical files. The folder is written next to the target and then
 * swapped in, so the target is never left half-written; Markdown files already in the target
 * (data/README.md) are carried over, everything else is replaced.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_CYCLES } from './demo/cycles.ts';
import { generateDemoFiles, type DemoOptions } from './demo/demo-dataset.ts';
import { writeFolderAtomically } from './lib/atomic-write';

const USAGE = `Usage: npm run generate-demo -- [--seed N] [--factories N] [--cycles N] [--out DIR]

  --seed N       seed of the generator, an integer >= 0 (default 2014)
  --factories N  factories in the registry, 1 to 1000000 (default 600)
  --cycles N     reporting cycles, 1 to ${MAX_CYCLES}: eight half-years, then calendar years up to 2023
                 (default 14: 2014-H1 to 2023; more cycles start earlier)
  --out DIR      folder to replace with the dataset (default data)`;

const LIMITS = {
  seed: [0, 2 ** 31 - 1],
  factories: [1, 1_000_000],
  cycles: [1, MAX_CYCLES],
} as const;

class UsageError extends Error {}

function parseInteger(name: keyof typeof LIMITS, value: string | undefined, fallback: number) {
  if (value === undefined) return fallback;
  const [min, max] = LIMITS[name];
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${value}"`);
  }
  return Number(value);
}

function parseOptions(args: string[]): (DemoOptions & { out: string }) | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        seed: { type: 'string' },
        factories: { type: 'string' },
        cycles: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  if (values.out === '') throw new UsageError('--out must not be empty');
  return {
    seed: parseInteger('seed', values.seed, 2014),
    factories: parseInteger('factories', values.factories, 600),
    cycles: parseInteger('cycles', values.cycles, 14),
    out: values.out ?? 'data',
  };
}

/** Writes every file into a temporary sibling of `out`, then swaps it in. */
function writeDataset(options: DemoOptions, out: string) {
  let files = 0;
  let rows = 0;
  const entries = function* () {
    for (const file of generateDemoFiles(options)) {
      files += 1;
      rows += file.rows;
      yield [file.path, file.content] as const;
    }
  };
  writeFolderAtomically(resolve(out), entries(), { carryOver: (name) => name.endsWith('.md') });
  return { files, rows };
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`generate-demo: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  let written;
  try {
    written = writeDataset(options, options.out);
  } catch (error) {
    console.error(`generate-demo: could not write ${options.out}: ${(error as Error).message}`);
    return 1;
  }
  const { files, rows } = written;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(
    `generate-demo: wrote ${files} files, ${rows} rows to ${options.out} ` +
      `(seed ${options.seed}, ${options.factories} factories, ${options.cycles} cycles) in ${seconds} s`,
  );
  return 0;
}

process.exitCode = await main();
