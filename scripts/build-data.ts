/**
 * The data step of the site build: validates and scores DATA_DIR (default `data/`) and writes
 * the snapshot the pages read to src/generated/, one file at a time. Any error: every problem is
 * printed, the exit code is 1 and nothing is written. `npm run build` runs it in a process of
 * its own, so its memory is returned before the pages are built.
 */
import { resolve } from 'node:path';
import { writeFolderStreaming } from './lib/atomic-write';
import { runPipeline } from './lib/pipeline';
import { countWords, printProblems, summariseProblems } from './lib/report';
import { siteSnapshotFiles } from './lib/site-snapshot';
import { BUILD_TOKEN_FILE } from '../src/site/snapshot';

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

export async function buildData(dataDir: string): Promise<boolean> {
  const result = runPipeline(dataDir, undefined, { formatOutputs: false });
  printProblems(result.problems, dataDir);
  const { errors, warnings } = summariseProblems(result.problems);
  if (result.output === undefined) {
    process.stderr.write(`${countWords(errors, warnings)} in ${dataDir}: nothing was built.\n`);
    return false;
  }
  const { dataset, scores } = result.output;
  const summary =
    `Data: ${dataset.factories.length} factories, ${dataset.cycles.length} cycles, ` +
    `${dataset.assessments.length} assessments (${countWords(errors, warnings)}).\n`;
  // Handed over, not shared: the snapshot lets go of each part when it is done with it.
  result.output = undefined;
  await writeFolderStreaming(GENERATED_DIR, withBuildToken(siteSnapshotFiles({ dataset, scores })));
  process.stderr.write(summary);
  return true;
}

if (import.meta.main) {
  process.exitCode = (await buildData(process.env['DATA_DIR'] ?? 'data')) ? 0 : 1;
}
