import { loadDataset } from '../../src/lib/load-dataset';
import { formatCyclesJson, formatScoresCsv } from '../../src/lib/output';
import type { Problem } from '../../src/lib/problems';
import { scoreDataset, type Scores } from '../../src/lib/score';
import type { SdMultiplier } from '../../src/lib/low-compliance';
import type { Dataset } from '../../src/lib/model';
import { readDataFolder } from './data-folder';
import { makeProgress } from './report';

/** Inputs larger than this show a progress line on a terminal. */
const PROGRESS_BYTES = 5_000_000;

export interface PipelineResult {
  problems: Problem[];
  /** Present only when the dataset has no error. */
  output: { dataset: Dataset; scores: Scores; files: Map<string, string> } | undefined;
}

/**
 * Reads, validates and scores a data folder: the step `npm run score` and `npm run build` share.
 * The build writes its own files from the scores, so it skips formatting the scorer's outputs.
 */
export function runPipeline(
  dataDir: string,
  sd: SdMultiplier | undefined,
  { formatOutputs = true }: { formatOutputs?: boolean } = {},
): PipelineResult {
  const files = readDataFolder(dataDir);
  const bytes = [...files.values()].reduce((sum, b) => sum + b.length, 0);
  const progress = makeProgress('Validating');
  const { dataset, problems } = loadDataset(
    files,
    bytes > PROGRESS_BYTES ? progress.update : undefined,
  );
  progress.done();
  if (dataset === undefined) return { problems, output: undefined };
  const scores = scoreDataset(dataset, sd);
  const output = new Map<string, string>(
    formatOutputs
      ? [
          ['scores.csv', formatScoresCsv(scores)],
          ['cycles.json', formatCyclesJson(scores)],
        ]
      : [],
  );
  return { problems, output: { dataset, scores, files: output } };
}
