import { dateOfInstant, isIsoDate } from '../../src/lib/dates';
import type { IsoDate } from '../../src/lib/ids';
import { loadDataset } from '../../src/lib/load-dataset';
import { nameKey } from '../../src/lib/names';
import { formatCyclesJson, formatScoresCsv } from '../../src/lib/output';
import type { Problem } from '../../src/lib/problems';
import { scoreDataset, type Scores } from '../../src/lib/score';
import type { SdMultiplier } from '../../src/lib/low-compliance';
import type { Dataset } from '../../src/lib/model';
import { scanDataFolder } from './data-folder';
import { digestInputs, type InputDigest } from './manifest';
import { readPreviousPublication } from './previous-publication';
import { findUnrecordedChanges } from '../../src/lib/corrections';
import { hasErrors, sortProblems } from '../../src/lib/problems';
import { makeProgress } from './report';

/** Inputs larger than this show a progress line on a terminal. */
const PROGRESS_BYTES = 5_000_000;

export interface PipelineResult {
  problems: Problem[];
  /** Present only when the dataset has no error. */
  output:
    | { dataset: Dataset; scores: Scores; files: Map<string, string>; inputs: InputDigest[] }
    | undefined;
}

/**
 * The build date that bounds dates in the data: BUILD_DATE (YYYY-MM-DD), else SOURCE_DATE_EPOCH
 * (seconds, the reproducible-builds convention), else today in UTC. A value that is set but
 * unusable is an error, not a silent fall-back to today.
 */
export function resolveBuildDate(env: NodeJS.ProcessEnv, now = Date.now()): IsoDate {
  const date = env['BUILD_DATE'];
  if (date !== undefined && date !== '') {
    if (!isIsoDate(date)) {
      throw new Error(`BUILD_DATE: expected a date as YYYY-MM-DD, found ${JSON.stringify(date)}`);
    }
    return date;
  }
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (!/^[0-9]{1,12}$/.test(epoch)) {
      throw new Error(
        `SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01, found ${JSON.stringify(epoch)}`,
      );
    }
    return dateOfInstant(Number(epoch) * 1000);
  }
  return dateOfInstant(now);
}

/**
 * Reads, validates and scores a data folder: the step `npm run score` and `npm run build` share.
 * Given the previous publication, published findings that changed without a recorded
 * correction are errors too. The build writes its own files from the scores, so it skips
 * formatting the scorer's outputs.
 */
export function runPipeline(
  dataDir: string,
  sd: SdMultiplier | undefined,
  {
    previousDir,
    formatOutputs = true,
  }: { previousDir?: string | undefined; formatOutputs?: boolean } = {},
): PipelineResult {
  const buildDate = resolveBuildDate(process.env);
  const { files, listing } = scanDataFolder(dataDir);
  const bytes = [...files.values()].reduce((sum, b) => sum + b.length, 0);
  const progress = makeProgress('Validating');
  const { dataset, problems } = loadDataset(files, {
    buildDate,
    listing,
    nameKey,
    ...(bytes > PROGRESS_BYTES ? { onProgress: progress.update } : {}),
  });
  progress.done();
  if (dataset === undefined) return { problems, output: undefined };
  const scores = scoreDataset(dataset, sd);
  if (previousDir !== undefined) {
    const previous = readPreviousPublication(previousDir, files.get('corrections.csv'));
    const changes = previous.value ? findUnrecordedChanges(dataset, scores, previous.value) : [];
    const all = sortProblems([...problems, ...previous.problems, ...changes]);
    if (hasErrors(all)) return { problems: all, output: undefined };
  }
  const output = new Map<string, string>(
    formatOutputs
      ? [
          ['scores.csv', formatScoresCsv(scores)],
          ['cycles.json', formatCyclesJson(scores)],
        ]
      : [],
  );
  // The inputs' digests for the site's manifest, taken from the very bytes that were validated.
  const inputs = digestInputs(files, dataset);
  return { problems, output: { dataset, scores, files: output, inputs } };
}
