/**
 * The data step of the site build: validates and scores DATA_DIR (default `data/`) and writes
 * the snapshot the pages read to src/generated/, one file at a time. Any error: every problem is
 * printed, the exit code is 1 and nothing is written. `npm run build` runs it in a process of
 * its own, so its memory is returned before the pages are built. Given the previous publication
 * (PREVIOUS_DIR), published findings may change only with a recorded correction.
 */
import { resolve } from 'node:path';
import { disclosureWarnings } from '../src/lib/disclosure';
import { sortProblems } from '../src/lib/problems';
import { BUILD_TOKEN_FILE } from '../src/site/snapshot';
import { writeFolderStreaming } from './lib/atomic-write';
import { FINISH_FILE, finishData } from './lib/finish-site';
import { runPipeline } from './lib/pipeline';
import { countWords, logLine, printProblems, summariseProblems } from './lib/report';
import { siteSnapshotFiles, type SnapshotInput } from './lib/site-snapshot';

/** Where the snapshot goes; PORTAL_GENERATED_DIR moves it (tests build fixture sites side by side). */
export const GENERATED_DIR = resolve(
  process.env['PORTAL_GENERATED_DIR'] ?? resolve(import.meta.dirname, '../src/generated'),
);

/** The build's token last, for the page build waiting for this snapshot (src/site/data.ts). */
function* withBuildToken<T>(files: Iterable<readonly [string, T]>) {
  yield* files;
  const token = process.env['PORTAL_BUILD_TOKEN'];
  if (token !== undefined && token !== '') yield [BUILD_TOKEN_FILE, token] as const;
}

/**
 * Validates and scores the data and prints its problems; on success, hands the scored data over
 * as the snapshot's input, keeping no reference to it, so the snapshot can let go of each part
 * when it is done with it.
 */
function scoreForSnapshot(
  dataDir: string,
  previousDir: string | undefined,
): { input: SnapshotInput; summary: string } | undefined {
  const result = runPipeline(dataDir, undefined, { previousDir, formatOutputs: false });
  const { output } = result;
  // What the site withholds is warned about with the data's own problems, at its row.
  const problems = output
    ? sortProblems([...result.problems, ...disclosureWarnings(output.dataset, output.scores)])
    : result.problems;
  printProblems(problems, dataDir);
  const { errors, warnings } = summariseProblems(problems);
  if (output === undefined || errors > 0) {
    process.stderr.write(
      logLine(`${countWords(errors, warnings)} in ${dataDir}: nothing was built.`),
    );
    return undefined;
  }
  const { dataset, scores, inputs } = output;
  result.output = undefined;
  return {
    summary:
      `Data: ${dataset.factories.length} factories, ${dataset.cycles.length} cycles, ` +
      `${dataset.assessments.length} assessments (${countWords(errors, warnings)}).\n`,
    input: {
      dataset,
      scores,
      buildFiles: (site, data, scored) => [
        [FINISH_FILE, JSON.stringify(finishData({ dataset: data, scores: scored, inputs }, site))],
      ],
    },
  };
}

export async function buildData(dataDir: string, previousDir?: string): Promise<boolean> {
  const scored = scoreForSnapshot(dataDir, previousDir);
  if (scored === undefined) return false;
  await writeFolderStreaming(GENERATED_DIR, withBuildToken(siteSnapshotFiles(scored.input)));
  process.stderr.write(scored.summary);
  return true;
}

if (import.meta.main) {
  const previous = process.env['PREVIOUS_DIR'] || undefined;
  process.exitCode = (await buildData(process.env['DATA_DIR'] ?? 'data', previous)) ? 0 : 1;
}
