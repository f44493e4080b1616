import { CORRECTIONS_FILE, readCorrections } from './corrections';
import { declaredValues } from './csv';
import type { Assessment, Dataset } from './model';
import { hasErrors, makeProblem, sortProblems, FILE_COLUMN, type Problem } from './problems';
import {
  ASSESSMENTS_FOLDER,
  checkRepeatedAssessments,
  cycleIdOfFile,
  readAssessmentFile,
} from './read-assessments';
import {
  readCsvFile,
  readCycles,
  readDatasetMeta,
  readFactories,
  readRequirements,
  readResponses,
  readStrikes,
} from './read-tables';

export const DATASET_FILES = {
  meta: 'dataset.json',
  requirements: 'requirements.csv',
  cycles: 'cycles.csv',
  factories: 'factories.csv',
  strikes: 'strikes.csv',
  responses: 'responses.csv',
  corrections: CORRECTIONS_FILE,
} as const;

export interface LoadProgress {
  (done: number, total: number, file: string): void;
}

export interface LoadResult {
  /** Present only when there is no error. */
  dataset: Dataset | undefined;
  /** Errors and warnings, sorted by file and line. */
  problems: Problem[];
}

/**
 * Validates a whole dataset (contract section 1). `files` maps dataset-relative paths
 * (`factories.csv`, `assessments/2021.csv`) to their bytes. Every problem is collected; a dataset
 * is returned only when none of them is an error.
 */
export function loadDataset(
  files: ReadonlyMap<string, Uint8Array>,
  onProgress?: LoadProgress,
): LoadResult {
  const problems: Problem[] = [];
  const take = <T>(read: { value: T; problems: Problem[] }): T => {
    problems.push(...read.problems);
    return read.value;
  };

  const meta = take(readDatasetMeta(DATASET_FILES.meta, files.get(DATASET_FILES.meta)));
  const csv = (name: string, required: boolean) =>
    take(readCsvFile(name, files.get(name), required));
  const requirementsTable = csv(DATASET_FILES.requirements, true);
  const cyclesTable = csv(DATASET_FILES.cycles, true);
  const factoriesTable = csv(DATASET_FILES.factories, true);
  const strikesTable = csv(DATASET_FILES.strikes, false);
  const responsesTable = csv(DATASET_FILES.responses, false);
  const correctionsTable = csv(DATASET_FILES.corrections, false);

  const requirements = requirementsTable ? take(readRequirements(requirementsTable)) : [];
  const cycles = cyclesTable ? take(readCycles(cyclesTable)) : [];
  const factories = factoriesTable ? take(readFactories(factoriesTable)) : [];
  const factoryIds = declaredValues(factoriesTable, 'factory_id');
  const requirementIds = declaredValues(requirementsTable, 'id');
  const strikes = strikesTable ? take(readStrikes(strikesTable, factoryIds, cycles)) : [];
  const responses = responsesTable
    ? take(readResponses(responsesTable, factoryIds, requirementIds))
    : [];
  const corrections = correctionsTable
    ? take(readCorrections(correctionsTable, factoryIds, declaredValues(cyclesTable, 'cycle')))
    : [];

  const assessmentFiles = [...files.keys()]
    .filter((name) => name.startsWith(ASSESSMENTS_FOLDER) && name.endsWith('.csv'))
    .sort();
  if (assessmentFiles.length === 0) {
    problems.push(
      makeProblem(
        'error',
        ASSESSMENTS_FOLDER,
        1,
        FILE_COLUMN,
        'no assessment files: expected assessments/<cycle>.csv for each cycle',
      ),
    );
  }
  const context = {
    requirements,
    cyclesById: new Map(cycles.map((c) => [c.id as string, c])),
    factoriesById: new Map(factories.map((f) => [f.id as string, f])),
    declared: {
      cycles: declaredValues(cyclesTable, 'cycle'),
      factories: factoryIds,
      requirements: requirementIds,
    },
  };
  const assessments: Assessment[] = [];
  assessmentFiles.forEach((name, index) => {
    onProgress?.(index, assessmentFiles.length, name);
    const table = take(readCsvFile(name, files.get(name), true));
    if (table) assessments.push(...take(readAssessmentFile(table, context)));
  });
  problems.push(...checkRepeatedAssessments(assessments));
  problems.push(...findCoverageWarnings(assessments, assessmentFiles, cycles, factories));

  if (meta === undefined || hasErrors(problems)) {
    return { dataset: undefined, problems: sortProblems(problems) };
  }
  const dataset: Dataset = {
    meta,
    requirements,
    cycles,
    factories,
    assessments,
    strikes,
    responses,
    corrections,
  };
  return { dataset, problems: sortProblems(problems) };
}

function findCoverageWarnings(
  assessments: readonly Assessment[],
  assessmentFiles: readonly string[],
  cycles: Dataset['cycles'],
  factories: Dataset['factories'],
): Problem[] {
  const problems: Problem[] = [];
  const cyclesWithFile = new Set(assessmentFiles.map(cycleIdOfFile));
  for (const cycle of cycles) {
    if (!cyclesWithFile.has(cycle.id)) {
      problems.push(
        makeProblem(
          'warning',
          cycle.source.file,
          cycle.source.line,
          'cycle',
          `cycle "${cycle.id}" has no assessment file ${ASSESSMENTS_FOLDER}${cycle.id}.csv`,
        ),
      );
    }
  }
  const assessed = new Set<string>(assessments.map((a) => a.factoryId));
  for (const factory of factories) {
    if (!assessed.has(factory.id)) {
      problems.push(
        makeProblem(
          'warning',
          factory.source.file,
          factory.source.line,
          'factory_id',
          `factory "${factory.id}" is never assessed in these files: it is neither scored nor published`,
        ),
      );
    }
  }
  return problems;
}
