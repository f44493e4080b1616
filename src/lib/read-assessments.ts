import type { CsvTable } from './csv';
import { checkPlausible, type DateRange } from './dates';
import { ASSESSMENTS_FOLDER } from './folder-plan';
import type { IdIndex } from './identity';
import type { CycleId, FactoryId } from './ids';
import type { Assessment, Cycle, Factory, Requirement } from './model';
import { lookAlikeNote } from './look-alikes';
import { FILE_COLUMN, makeProblem, unknownFactory, type Problem } from './problems';
import { FINDING_TOKENS, packFindings, type Finding } from './rules';
import { ASSESSMENT_KEY_COLUMNS, assessmentKeyRow } from './schemas';
import { checkColumns } from './table';
import { quoteValue } from './unsafe-text';
import type { Read } from './read-tables';
import { pushAll } from './arrays';

export { ASSESSMENTS_FOLDER };

/** `assessments/2021.csv` → `2021`; undefined for anything that is not a CSV file in the folder. */
export function cycleIdOfFile(file: string): string | undefined {
  if (!file.startsWith(ASSESSMENTS_FOLDER) || !file.endsWith('.csv')) return undefined;
  const name = file.slice(ASSESSMENTS_FOLDER.length, -'.csv'.length);
  return name.includes('/') ? undefined : name;
}

export interface AssessmentContext {
  requirements: readonly Requirement[];
  cyclesById: ReadonlyMap<string, Cycle>;
  factoriesById: ReadonlyMap<string, Factory>;
  /** Ids present in their files, valid or not (see declaredValues). */
  declared: {
    cycles: IdIndex;
    factories: IdIndex;
    /** Null when requirements.csv or its id column could not be read. */
    requirements: ReadonlySet<string> | null;
  };
  dates: DateRange;
}

/** Reads one cycle's assessment file: header, tokens, references and dates. */
export function readAssessmentFile(
  table: CsvTable,
  context: AssessmentContext,
): Read<Assessment[]> {
  const file = table.file;
  const cycleId = cycleIdOfFile(file) ?? '';
  const cycle = context.cyclesById.get(cycleId);
  // A cycle row refused in cycles.csv is reported there; its file is not checked further.
  if (cycle === undefined && context.declared.cycles.has(cycleId))
    return { value: [], problems: [] };
  if (cycle === undefined) {
    const meant = context.declared.cycles.meant(cycleId);
    const known = [...context.cyclesById.keys()].join(', ');
    const expected =
      meant === undefined
        ? `expected assessments/<cycle>.csv with a cycle among ${known || '(none)'}`
        : `did you mean ${ASSESSMENTS_FOLDER}${meant}.csv? (file names are exact, case and hyphens included)`;
    return {
      value: [],
      problems: [
        makeProblem(
          'error',
          file,
          1,
          FILE_COLUMN,
          `file name is not a cycle of cycles.csv: ${expected}`,
        ),
      ],
    };
  }
  const requirementIds = context.requirements.map((r) => r.id as string);
  const { requirements: declared } = context.declared;
  // A requirement row refused in requirements.csv (an id in lower case, say) is reported there:
  // its column is not reported again in every file. Without a readable requirements.csv, no
  // requirement column can be checked.
  const refused = [...(declared ?? [])]
    .filter((id) => !requirementIds.includes(id))
    .flatMap((id) => [id, id.toUpperCase()]);
  const problems = checkColumns(
    table,
    [...ASSESSMENT_KEY_COLUMNS, ...requirementIds],
    declared === null ? table.header : refused,
    true,
  );
  const columnOf = context.requirements.map((r) => table.header.indexOf(r.id));
  const keyIndex = ASSESSMENT_KEY_COLUMNS.map((name) => table.header.indexOf(name));
  if (keyIndex.some((index) => index === -1)) return { value: [], problems };

  const assessments: Assessment[] = [];
  for (const record of table.records) {
    const rowProblems: Problem[] = [];
    const at = (column: string, message: string) =>
      rowProblems.push(makeProblem('error', file, record.line, column, message));
    const key = assessmentKeyRow.safeParse({
      factory_id: record.cells[keyIndex[0] ?? 0],
      assessment_date: record.cells[keyIndex[1] ?? 0],
    });
    const findings: Finding[] = columnOf.map((index, i) => {
      if (index === -1) return 'not_assessed';
      const cell = record.cells[index] ?? '';
      const finding = FINDING_TOKENS[cell.trim().toLowerCase()];
      if (finding === undefined) {
        at(
          requirementIds[i] ?? '',
          `expected C, NC, NA or an empty cell, found ${quoteValue(cell)}${lookAlikeNote(cell)}`,
        );
        return 'not_assessed';
      }
      return finding;
    });
    if (!key.success) {
      for (const issue of key.error.issues) at(String(issue.path[0]), issue.message);
    } else {
      const { factory_id: factoryId, assessment_date: date } = key.data;
      const factory = context.factoriesById.get(factoryId);
      // A factory row refused in factories.csv is reported there, not again on each assessment.
      const refused = factory === undefined && context.declared.factories.has(factoryId);
      if (factory === undefined && !refused) {
        rowProblems.push(
          unknownFactory(file, record.line, factoryId, context.declared.factories.meant(factoryId)),
        );
      } else if (factory?.closedOn !== undefined && date > factory.closedOn) {
        at(
          'assessment_date',
          `expected a date on or before the factory's closed_on ${factory.closedOn}, found ${date}`,
        );
      }
      const implausible = checkPlausible(date, context.dates);
      if (implausible !== undefined) {
        at('assessment_date', implausible);
      } else if (date < cycle.periodStart || date > cycle.periodEnd) {
        at(
          'assessment_date',
          `expected a date within cycle "${cycle.id}" (${cycle.periodStart} to ${cycle.periodEnd}), found ${date}`,
        );
      }
      if (rowProblems.length === 0 && !refused) {
        assessments.push({
          factoryId: factoryId as FactoryId,
          cycleId: cycle.id as CycleId,
          date,
          findings: packFindings(findings),
          source: { file, line: record.line },
        });
      }
    }
    pushAll(problems, rowProblems);
  }
  return { value: assessments, problems };
}

/**
 * Across all files: the same factory twice on one date is an error; twice within one cycle is
 * a warning (the latest assessment counts).
 */
export function checkRepeatedAssessments(assessments: readonly Assessment[]): Problem[] {
  const problems: Problem[] = [];
  const byDate = new Map<string, Assessment>();
  const byCycle = new Map<string, Assessment>();
  for (const assessment of assessments) {
    const { factoryId, date, cycleId, source } = assessment;
    const sameDate = byDate.get(`${factoryId}\u0000${date}`);
    if (sameDate !== undefined) {
      problems.push(
        makeProblem(
          'error',
          source.file,
          source.line,
          'assessment_date',
          `factory "${factoryId}" is already assessed on ${date} (${sameDate.source.file}:${sameDate.source.line}): expected one assessment per factory and date`,
        ),
      );
      continue;
    }
    byDate.set(`${factoryId}\u0000${date}`, assessment);
    const sameCycle = byCycle.get(`${factoryId}\u0000${cycleId}`);
    if (sameCycle !== undefined) {
      problems.push(
        makeProblem(
          'warning',
          source.file,
          source.line,
          'factory_id',
          `factory "${factoryId}" is assessed more than once in cycle "${cycleId}" (also line ${sameCycle.source.line}): the latest assessment counts`,
        ),
      );
    }
    byCycle.set(`${factoryId}\u0000${cycleId}`, assessment);
  }
  return problems;
}
