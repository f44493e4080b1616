import { formatProblem, type Problem } from '../../src/lib/problems';
import { escapeForLog } from '../../src/lib/unsafe-text';
import { isAbsolute, join } from 'node:path';

/**
 * Prints problems as `path:line: column: message`, paths relative to the working directory
 * (a problem in a file outside the data folder, such as a previous publication's, has its own).
 */
export function printProblems(problems: readonly Problem[], dataDir: string): void {
  for (const problem of problems) {
    const prefix = isAbsolute(problem.file) ? '' : join(dataDir, '/');
    process.stderr.write(`${formatProblem(problem, prefix)}\n`);
  }
}

/** A line for the log with anything from the data or the command line escaped (see formatProblem). */
export function logLine(text: string): string {
  return `${escapeForLog(text)}\n`;
}

export function summariseProblems(problems: readonly Problem[]): {
  errors: number;
  warnings: number;
} {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
export const countWords = (errors: number, warnings: number) =>
  `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;

/** A one-line progress indicator, drawn only on a terminal so logs stay clean. */
export function makeProgress(label: string): {
  update: (done: number, total: number, what: string) => void;
  done: () => void;
} {
  const tty = process.stderr.isTTY === true;
  let drawn = false;
  return {
    update(done, total, what) {
      if (!tty) return;
      drawn = true;
      process.stderr.write(`\r\x1b[2K${label} ${done + 1}/${total} ${escapeForLog(what)}`);
    },
    done() {
      if (tty && drawn) process.stderr.write('\r\x1b[2K');
    },
  };
}
