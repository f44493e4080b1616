import { readCorrections } from './corrections';
import { declaredValues } from './csv';
import { dateOfInstant, plausibleDates } from './dates';
import { DATASET_FILES, listFiles, planFolderRead, type FolderEntry } from './folder-plan';
import { makeIdIndex } from './identity';
import type { IsoDate } from './ids';
import type { Assessment, Dataset, Factory } from './model';
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
  readFactories,
  readProvinces,
  readRequirements,
  readResponses,
  readStrikes,
} from './read-tables';
import { readDatasetMeta } from './read-metadata';
import { quoteValue } from './unsafe-text';
import { pushAll } from './arrays';

export { DATASET_FILES };

export interface LoadProgress {
  (done: number, total: number, file: string): void;
}

export interface LoadOptions {
  onProgress?: LoadProgress;
  /**
   * The day of the build (UTC): a date more than a year after it is refused. Defaults to today;
   * the shell takes it from BUILD_DATE or SOURCE_DATE_EPOCH so a build can be reproduced.
   */
  buildDate?: IsoDate;
  /** Every entry of the data folder, links and unread files included; defaults to the files given. */
  listing?: readonly FolderEntry[];
  /**
   * A factory name's comparison key (the shared name model's normalisation). When given, two
   * factories whose names have one key are warned about: they may be one factory under two ids.
   */
  nameKey?: (name: string) => string;
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
  options: LoadOptions = {},
): LoadResult {
  const problems: Problem[] = [];
  const take = <T>(read: { value: T; problems: Problem[] }): T => {
    pushAll(problems, read.problems);
    return read.value;
  };
  const dates = plausibleDates(options.buildDate ?? dateOfInstant(Date.now()));
  const plan = planFolderRead(options.listing ?? listFiles(files));
  pushAll(problems, plan.problems);
  const bytesOf = (name: string) => (plan.read.has(name) ? files.get(name) : undefined);

  const meta = take(
    readDatasetMeta(
      DATASET_FILES.meta,
      bytesOf(DATASET_FILES.meta),
      plan.refused.has(DATASET_FILES.meta),
    ),
  );
  const csv = (name: string, required: boolean) =>
    take(readCsvFile(name, bytesOf(name), required, plan.refused.has(name)));
  const requirementsTable = csv(DATASET_FILES.requirements, true);
  const cyclesTable = csv(DATASET_FILES.cycles, true);
  const factoriesTable = csv(DATASET_FILES.factories, true);
  const strikesTable = csv(DATASET_FILES.strikes, false);
  const responsesTable = csv(DATASET_FILES.responses, false);
  const correctionsTable = csv(DATASET_FILES.corrections, false);
  const provincesTable = csv(DATASET_FILES.provinces, false);

  const requirements = requirementsTable ? take(readRequirements(requirementsTable, dates)) : [];
  const cycles = cyclesTable ? take(readCycles(cyclesTable, dates)) : [];
  const factories = factoriesTable ? take(readFactories(factoriesTable, dates)) : [];
  const provinces = provincesTable ? take(readProvinces(provincesTable, factories, dates)) : [];
  const factoryIds = makeIdIndex(declaredValues(factoriesTable, 'factory_id'));
  const requirementIds = declaredValues(requirementsTable, 'id');
  const cycleIds = makeIdIndex(declaredValues(cyclesTable, 'cycle'));
  const strikes = strikesTable ? take(readStrikes(strikesTable, factoryIds, cycles, dates)) : [];
  const responses = responsesTable
    ? take(readResponses(responsesTable, factoryIds, makeIdIndex(requirementIds), dates))
    : [];
  if (options.nameKey !== undefined) {
    pushAll(problems, findSharedNames(factories, options.nameKey));
  }
  const corrections = correctionsTable
    ? take(readCorrections(correctionsTable, factoryIds, cycleIds, dates))
    : [];

  const assessmentFiles = [...plan.read].filter((name) => cycleIdOfFile(name) !== undefined);
  const refusedAssessments = [...plan.refused].some((name) => name.startsWith(ASSESSMENTS_FOLDER));
  if (assessmentFiles.length === 0 && !refusedAssessments) {
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
      cycles: cycleIds,
      factories: factoryIds,
      requirements: requirementIds,
    },
    dates,
  };
  const assessments: Assessment[] = [];
  /** Factories named by an assessment row, refused rows included: theirs is reported already. */
  const named = new Set<string>();
  assessmentFiles.forEach((name, index) => {
    options.onProgress?.(index, assessmentFiles.length, name);
    const table = take(readCsvFile(name, bytesOf(name), true));
    if (table) pushAll(assessments, take(readAssessmentFile(table, context)));
    const at = table?.header.indexOf('factory_id') ?? -1;
    for (const record of table && at !== -1 ? [table.records, table.refused] : []) {
      for (const { cells } of record) named.add((cells[at] ?? '').trim());
    }
  });
  pushAll(problems, checkRepeatedAssessments(assessments));
  pushAll(problems, findCoverageWarnings(named, assessmentFiles, cycles, factories));

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
    provinces,
  };
  return { dataset, problems: sortProblems(problems) };
}

/** Two factories whose names share a comparison key, each pair once, on the later row. */
function findSharedNames(
  factories: readonly Factory[],
  nameKey: (name: string) => string,
): Problem[] {
  const first = new Map<string, Factory>();
  const problems: Problem[] = [];
  for (const factory of factories) {
    const key = nameKey(factory.name);
    if (key === '') continue;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, factory);
      continue;
    }
    problems.push(
      makeProblem(
        'warning',
        factory.source.file,
        factory.source.line,
        'name',
        `${quoteValue(factory.name)} has the same name as factory ${quoteValue(earlier.id)} (${quoteValue(earlier.name)}, line ${earlier.source.line}) once names are normalised: check that these are two factories, or give the site a distinguishing name`,
      ),
    );
  }
  return problems;
}

function findCoverageWarnings(
  named: ReadonlySet<string>,
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
  for (const factory of factories) {
    if (!named.has(factory.id)) {
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
