import { loadDataset } from '../../src/lib/load-dataset';
import { formatProblem, type Problem } from '../../src/lib/problems';
import { scoreDataset, type Scores } from '../../src/lib/score';
import type { SdMultiplier } from '../../src/lib/low-compliance';

/**
 * A small valid dataset, written as CSV text so tests can state line numbers exactly.
 * Tests override single files; `null` removes a file.
 */
export const BASE_FILES: Readonly<Record<string, string>> = {
  'dataset.json': JSON.stringify({ title: 'Test data', publisher: 'Test publisher', demo: true }),
  'requirements.csv': [
    'id,track,group,label_en,label_km,label_zh,legal_ref',
    'CI01,critical,fundamental-rights,No child labour,,,',
    'CI02,critical,wages,Minimum wage paid,,,',
    'LR03,key,contracts,Payslips are accurate,,,',
    '',
  ].join('\n'),
  'cycles.csv': [
    'cycle,label,period_start,period_end,published_on',
    '2020,Year 2020,2020-01-01,2020-12-31,',
    '2021,Year 2021,2021-01-01,2021-12-31,',
    '',
  ].join('\n'),
  'factories.csv': [
    'factory_id,name,status,closed_on,prior_assessments',
    'F1,Alpha Demo,open,,0',
    'F2,Beta Demo,open,,0',
    '',
  ].join('\n'),
  'assessments/2020.csv': [
    'factory_id,assessment_date,CI01,CI02,LR03',
    'F1,2020-03-01,C,C,C',
    'F2,2020-04-01,C,NC,C',
    '',
  ].join('\n'),
  'assessments/2021.csv': [
    'factory_id,assessment_date,CI01,CI02,LR03',
    'F1,2021-03-01,C,C,NC',
    'F2,2021-04-01,C,C,C',
    '',
  ].join('\n'),
};

export type FileOverrides = Record<string, string | Uint8Array | null>;

export function makeFiles(overrides: FileOverrides = {}): Map<string, Uint8Array> {
  const merged: Record<string, string | Uint8Array | null> = { ...BASE_FILES, ...overrides };
  const files = new Map<string, Uint8Array>();
  for (const [name, content] of Object.entries(merged)) {
    if (content === null) continue;
    files.set(name, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }
  return files;
}

/** Lines as the CLI prints them: `file:line: column: message`. */
export function problemLines(problems: readonly Problem[]): string[] {
  return problems.map((p) => formatProblem(p));
}

export function errorsOf(overrides: FileOverrides): string[] {
  const { problems } = loadDataset(makeFiles(overrides));
  return problemLines(problems.filter((p) => p.severity === 'error'));
}

export function warningsOf(overrides: FileOverrides): string[] {
  const { problems } = loadDataset(makeFiles(overrides));
  return problemLines(problems.filter((p) => p.severity === 'warning'));
}

export function scoreFiles(overrides: FileOverrides, sd?: SdMultiplier): Scores {
  const { dataset, problems } = loadDataset(makeFiles(overrides));
  if (dataset === undefined) {
    throw new Error(`test dataset is invalid:\n${problemLines(problems).join('\n')}`);
  }
  return scoreDataset(dataset, sd);
}

/** Builds an assessment file from rows of [factory, date, ...cells]. */
export function assessmentCsv(
  rows: ReadonlyArray<readonly string[]>,
  columns = ['CI01', 'CI02', 'LR03'],
): string {
  return (
    [['factory_id', 'assessment_date', ...columns].join(','), ...rows.map((r) => r.join(','))].join(
      '\n',
    ) + '\n'
  );
}

export function factoriesCsv(rows: ReadonlyArray<readonly string[]>): string {
  return (
    ['factory_id,name,status,closed_on,prior_assessments', ...rows.map((r) => r.join(','))].join(
      '\n',
    ) + '\n'
  );
}
