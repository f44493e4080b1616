/**
 * Problems are values: every reader returns the problems it found beside what it read, and only
 * the shell decides to print them and stop.
 */
import { lookAlikeNote } from './look-alikes';
import { escapeForLog, quoteValue } from './unsafe-text';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path of the file inside the dataset folder, e.g. `assessments/2021.csv`. */
  file: string;
  /** Physical line on which the record starts (the header is line 1). */
  line: number;
  /** Column name, or `(file)` / `(row)` for problems that belong to no single column. */
  column: string;
  message: string;
}

/** A column name longer than this (a refused header) is cut in reports. */
const MAX_COLUMN_SHOWN = 200;

export const FILE_COLUMN = '(file)';
export const ROW_COLUMN = '(row)';

export function makeProblem(
  severity: Severity,
  file: string,
  line: number,
  column: string,
  message: string,
): Problem {
  return { severity, file, line, column, message };
}

/**
 * A reference to a factory id that factories.csv does not have. Ids are exact, but a factory whose
 * id differs only in case or hyphens is named, since that is nearly always what was meant.
 */
export function unknownFactory(
  file: string,
  line: number,
  factoryId: string,
  meant?: string,
): Problem {
  const hint =
    meant === undefined
      ? lookAlikeNote(factoryId)
      : `${lookAlikeNote(factoryId)}; did you mean ${JSON.stringify(meant)}?`;
  return makeProblem(
    'error',
    file,
    line,
    'factory_id',
    `unknown factory ${quoteValue(factoryId)}: expected a factory_id from factories.csv${hint}`,
  );
}

/**
 * `file:line: column: message`, the form editors and CI logs turn into links. Anything from the
 * data that could start a line or hide text is escaped, so no input can forge a line of the report.
 */
export function formatProblem(problem: Problem, filePrefix = ''): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  const column =
    problem.column.length > MAX_COLUMN_SHOWN
      ? `${problem.column.slice(0, MAX_COLUMN_SHOWN)}…`
      : problem.column;
  return escapeForLog(
    `${filePrefix}${problem.file}:${problem.line}: ${column}: ${prefix}${problem.message}`,
  );
}

/** Stable order: by file, then line, then column, so reports are the same run after run. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareCodePoints(a.file, b.file) ||
      a.line - b.line ||
      compareCodePoints(a.column, b.column) ||
      compareCodePoints(a.message, b.message),
  );
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Plain code-point order, independent of locale (the contract's sort order for ids). */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
