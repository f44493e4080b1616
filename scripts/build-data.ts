/**
 * The data step of the site build: validates and scores DATA_DIR (default `data/`) and writes
 * the snapshot the pages read to src/generated/. Any error: every problem is printed, the exit
 * code is 1 and nothing is written.
 */
import { resolve } from 'node:path';
import { disclosureWarnings } from '../src/lib/disclosure';
import { sortProblems } from '../src/lib/problems';
import { writeFolderAtomically } from './lib/atomic-write';
import { runPipeline } from './lib/pipeline';
import { countWords, logLine, printProblems, summariseProblems } from './lib/report';
import { buildSiteSnapshot } from './lib/site-snapshot';

/** Where the snapshot goes; PORTAL_GENERATED_DIR moves it (tests build fixture sites side by side). */
export const GENERATED_DIR = resolve(
  process.env['PORTAL_GENERATED_DIR'] ?? resolve(import.meta.dirname, '../src/generated'),
);

/** The validated, scored data a site was built from; undefined when the data has errors. */
export type BuiltData = NonNullable<ReturnType<typeof runPipeline>['output']>;

/** `previousDir`: the previous publication, whose published findings may change only with a correction. */
export function buildData(dataDir: string, previousDir?: string): BuiltData | undefined {
  const run = runPipeline(dataDir, undefined, previousDir);
  const { output } = run;
  // What the site withholds is warned about with the data's own problems, at its row.
  const problems = output
    ? sortProblems([...run.problems, ...disclosureWarnings(output.dataset, output.scores)])
    : run.problems;
  printProblems(problems, dataDir);
  const { errors, warnings } = summariseProblems(problems);
  if (output === undefined) {
    process.stderr.write(
      logLine(`${countWords(errors, warnings)} in ${dataDir}: nothing was built.`),
    );
    return undefined;
  }
  writeFolderAtomically(GENERATED_DIR, buildSiteSnapshot(output));
  process.stderr.write(
    `Data: ${output.dataset.factories.length} factories, ${output.dataset.cycles.length} cycles, ` +
      `${output.dataset.assessments.length} assessments (${countWords(errors, warnings)}).\n`,
  );
  return output;
}

if (import.meta.main) {
  const previous = process.env['PREVIOUS_DIR'] || undefined;
  process.exitCode = buildData(process.env['DATA_DIR'] ?? 'data', previous) === undefined ? 1 : 0;
}
