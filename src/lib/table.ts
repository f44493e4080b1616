import { z } from 'zod';
import type { CsvTable } from './csv';
import { checkPlausible, type DateRange } from './dates';
import type { IsoDate } from './ids';
import { FILE_COLUMN, makeProblem, type Problem } from './problems';

export interface TableRow<T> {
  line: number;
  value: T;
}

export interface TableSpec<S extends z.ZodObject> {
  /** One schema for the whole row: the row's type is derived from it. */
  schema: S;
  /** Columns that must be in the header. */
  required: readonly string[];
  /** Columns that may be in the header. */
  optional: readonly string[];
  /** Date columns, held to the plausible range. */
  dates: readonly string[];
  /** Checks between the cells of a row (`CrossCheck`). */
  crossCheck?: CrossCheck<z.infer<S>>;
}

/**
 * A check between cells of a row ("women_workers at most workers"), as `[column, message]`
 * problems. It also runs on a row refused for another cell, over the cells that did parse, so
 * that every problem of a row is reported at once: `parsed(column)` says whether a cell parsed
 * (an empty optional cell parses, as undefined).
 */
export type CrossCheck<T> = (
  row: Partial<T>,
  parsed: (column: keyof T & string) => boolean,
) => Array<[column: string, message: string]>;

const allParsed = () => true;

/**
 * Checks a table's header against its spec and parses every record with the row schema.
 * Rows with any problem are reported and left out of the result.
 */
export function readTable<S extends z.ZodObject>(
  table: CsvTable,
  spec: TableSpec<S>,
  dateRange: DateRange,
): { rows: TableRow<z.infer<S>>[]; problems: Problem[] } {
  const problems = checkColumns(table, spec.required, spec.optional);
  const missing = new Set(spec.required.filter((name) => !table.header.includes(name)));
  const rows: TableRow<z.infer<S>>[] = [];
  for (const record of table.records) {
    // fromEntries makes own properties even of names such as "__proto__".
    const raw = Object.fromEntries(
      table.header.map((name, index) => [name, record.cells[index] ?? '']),
    );
    const result = spec.schema.safeParse(raw);
    if (result.success) {
      const row: Record<string, unknown> = result.data;
      let plausible = true;
      for (const column of spec.dates) {
        const date = row[column];
        const message =
          typeof date === 'string' ? checkPlausible(date as IsoDate, dateRange) : undefined;
        if (message === undefined) continue;
        problems.push(makeProblem('error', table.file, record.line, column, message));
        plausible = false;
      }
      const crossed = spec.crossCheck?.(result.data, allParsed) ?? [];
      for (const [column, message] of crossed) {
        problems.push(makeProblem('error', table.file, record.line, column, message));
      }
      if (plausible && crossed.length === 0) rows.push({ line: record.line, value: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? '(row)');
      // A missing column is reported once, on the header, not again on every row.
      if (missing.has(column)) continue;
      problems.push(makeProblem('error', table.file, record.line, column, issue.message));
    }
    if (spec.crossCheck !== undefined) {
      const { row, parsed } = parsedCells(spec.schema, raw);
      for (const [column, message] of spec.crossCheck(row, (column) => parsed.has(column))) {
        problems.push(makeProblem('error', table.file, record.line, column, message));
      }
    }
  }
  return { rows, problems };
}

/** The cells of a refused row that parse on their own, for its checks between cells. */
function parsedCells<S extends z.ZodObject>(
  schema: S,
  raw: Record<string, string>,
): { row: Partial<z.infer<S>>; parsed: Set<string> } {
  const row: Record<string, unknown> = {};
  const parsed = new Set<string>();
  for (const [column, cell] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const result = cell.safeParse(raw[column]);
    if (!result.success) continue;
    row[column] = result.data;
    parsed.add(column);
  }
  return { row: row as Partial<z.infer<S>>, parsed };
}

/**
 * Missing required columns are errors. A column the contract does not know is an error when it
 * looks like a misspelt known column (a typo must not silently drop data) and a warning otherwise.
 */
export function checkColumns(
  table: CsvTable,
  required: readonly string[],
  optional: readonly string[],
  unknownIsError = false,
): Problem[] {
  const problems: Problem[] = [];
  if (table.header.length === 0) return problems;
  const separator = otherSeparator(table.header);
  if (separator !== undefined) {
    // One header cell holding the others: every column would be reported missing.
    problems.push(
      makeProblem(
        'error',
        table.file,
        1,
        FILE_COLUMN,
        `the header is one cell with its columns separated by ${separator}: expected columns separated by commas (in a spreadsheet, save as "CSV UTF-8 (comma delimited)")`,
      ),
    );
    return problems;
  }
  for (const name of required) {
    if (!table.header.includes(name)) {
      problems.push(makeProblem('error', table.file, 1, name, 'missing required column'));
    }
  }
  const known = [...required, ...optional];
  for (const name of table.header) {
    if (name === '' || known.includes(name)) continue;
    const near = nearestMiss(name, known);
    if (near !== undefined) {
      problems.push(
        makeProblem('error', table.file, 1, name, `unknown column: did you mean "${near}"?`),
      );
    } else if (unknownIsError) {
      problems.push(
        makeProblem(
          'error',
          table.file,
          1,
          name,
          `unknown column: expected one of ${known.join(', ')}`,
        ),
      );
    } else {
      problems.push(
        makeProblem(
          'warning',
          table.file,
          1,
          name,
          'unknown column: not part of the data contract, ignored',
        ),
      );
    }
  }
  return problems;
}

/** The separator a one-cell header uses instead of commas (semicolons, tabs), if any. */
function otherSeparator(header: readonly string[]): string | undefined {
  if (header.length !== 1) return undefined;
  const cell = header[0] ?? '';
  if (cell.split('\t').length > 2) return 'tabs';
  if (cell.split(';').length > 2) return 'semicolons';
  return undefined;
}

/**
 * The known column a header most likely misspells: the same name in another case, else the
 * nearest within a few edits ("ci21" is CI21, not the first of CI01…CI21 one edit away).
 */
function nearestMiss(name: string, known: readonly string[]): string | undefined {
  const a = name.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of known) {
    const b = candidate.toLowerCase();
    if (a === b) return candidate;
    const distance = editDistance(a, b);
    if (distance > Math.min(2, Math.floor(b.length / 4))) continue;
    if (best === undefined || distance < best.distance) best = { candidate, distance };
  }
  return best?.candidate;
}

/** Levenshtein distance, two rows at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
