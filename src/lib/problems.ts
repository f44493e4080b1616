/**
 * Problems are values: every reader returns the problems it found beside what it read, and only
 * the shell decides to print them and stop.
 */
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

/** A reference to a factory id that factories.csv does not have. */
export function unknownFactory(file: string, line: number, factoryId: string): Problem {
  return makeProblem(
    'error',
    file,
    line,
    'factory_id',
    `unknown factory "${factoryId}": expected a factory_id from factories.csv`,
  );
}

/** `file:line: column: message`, the form editors and CI logs turn into links. */
export function formatProblem(problem: Problem, filePrefix = ''): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${filePrefix}${problem.file}:${problem.line}: ${problem.column}: ${prefix}${problem.message}`;
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
