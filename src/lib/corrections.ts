/**
 * Corrections in the open. Published history is append-only: when the findings of a cycle that
 * was already published change from one publication to the next, the build refuses unless
 * data/corrections.csv records the change (factory, cycle, date, the publisher's reason), and the
 * site lists every recorded correction.
 */
import { z } from 'zod';
import { isoDate, optional, required, slugId, text } from './cells';
import type { CsvTable } from './csv';
import type { DateRange } from './dates';
import type { IdIndex } from './identity';
import type { CycleId, FactoryId, IsoDate } from './ids';
import type { Correction, Dataset } from './model';
import {
  compareCodePoints,
  FILE_COLUMN,
  makeProblem,
  unknownFactory,
  type Problem,
} from './problems';
import type { FactoryCycleScore, Scores } from './score';
import { readTable, type TableSpec } from './table';
import { formatRatio } from './low-compliance';
import { pushAll } from './arrays';

export const CORRECTIONS_FILE = 'corrections.csv';

const correctionRow = z.object({
  factory_id: required(slugId),
  cycle: required(slugId),
  date: required(isoDate),
  reason: required(text),
  reason_km: optional(text),
  reason_zh: optional(text),
});

export const correctionsSpec: TableSpec<typeof correctionRow> = {
  schema: correctionRow,
  required: ['factory_id', 'cycle', 'date', 'reason'],
  optional: ['reason_km', 'reason_zh'],
  dates: ['date'],
};

export function readCorrections(
  table: CsvTable,
  factoryIds: IdIndex,
  cycleIds: IdIndex,
  dates: DateRange,
): { value: Correction[]; problems: Problem[] } {
  const { rows, problems } = readTable(table, correctionsSpec, dates);
  const corrections: Correction[] = [];
  const first = new Map<string, number>();
  for (const { line, value: r } of rows) {
    const rowProblems: Problem[] = [];
    if (!factoryIds.has(r.factory_id)) {
      rowProblems.push(
        unknownFactory(table.file, line, r.factory_id, factoryIds.meant(r.factory_id)),
      );
    }
    if (!cycleIds.has(r.cycle)) {
      rowProblems.push(
        makeProblem(
          'error',
          table.file,
          line,
          'cycle',
          `unknown cycle "${r.cycle}": expected a cycle from cycles.csv`,
        ),
      );
    }
    const key = `${r.factory_id}\u0000${r.cycle}\u0000${r.date}`;
    const earlier = first.get(key);
    if (earlier !== undefined) {
      rowProblems.push(
        makeProblem(
          'error',
          table.file,
          line,
          'date',
          `a second correction of factory "${r.factory_id}" in cycle "${r.cycle}" on ${r.date}: first on line ${earlier}; expected one row per correction`,
        ),
      );
    } else first.set(key, line);
    pushAll(problems, rowProblems);
    if (rowProblems.length > 0) continue;
    corrections.push({
      factoryId: r.factory_id as FactoryId,
      cycleId: r.cycle as CycleId,
      date: r.date,
      reason: r.reason,
      reasonKm: r.reason_km,
      reasonZh: r.reason_zh,
      source: { file: table.file, line },
    });
  }
  return { value: corrections, problems };
}

/** One row of a previous publication's scores.csv, as published. */
export interface PublishedRow {
  cycle: string;
  factoryId: string;
  ciPublished: boolean;
  ciNonCompliant: string;
  ciNotAssessed: string;
  /** The rate as the public file shows it: empty unless the factory was in the population. */
  complianceRate: string;
  lowCompliance: boolean;
  line: number;
}

/** The previous publication, as its manifest and its scores.csv tell it. */
export interface PreviousPublication {
  /** Path of its scores.csv, for messages. */
  scoresFile: string;
  rows: PublishedRow[];
  /** Records of corrections.csv it was built with (0 when it had none). */
  correctionRows: number;
}

/** The findings fields that, once published, change only with a recorded correction. */
const FIELDS = [
  'ci_published',
  'ci_noncompliant',
  'ci_not_assessed',
  'compliance_rate',
  'low_compliance',
] as const;

function publishedFields(row: FactoryCycleScore | undefined): Record<string, string> {
  if (row === undefined) {
    return {
      ci_published: 'false',
      ci_noncompliant: '',
      ci_not_assessed: '',
      compliance_rate: '',
      low_compliance: 'false',
    };
  }
  return {
    ci_published: String(row.ciPublished),
    ci_noncompliant: row.ciNonCompliant.join(';'),
    ci_not_assessed: row.ciNotAssessed.join(';'),
    compliance_rate: row.lcEligible && row.ratio ? formatRatio(row.ratio) : '',
    low_compliance: String(row.lowCompliance),
  };
}

/**
 * Every change to a row the previous publication published that corrections.csv does not record
 * with a row added since that publication. Each is an error at the data row the changed findings
 * now come from (or the factory's row when the findings are gone).
 */
export function findUnrecordedChanges(
  dataset: Dataset,
  scores: Scores,
  previous: PreviousPublication,
): Problem[] {
  const current = new Map(
    scores.factoryCycles.map((row) => [`${row.cycleId}\u0000${row.factoryId}`, row]),
  );
  const recorded = new Set(
    dataset.corrections
      .slice(previous.correctionRows)
      .map((c) => `${c.cycleId}\u0000${c.factoryId}`),
  );
  const factories = new Map(dataset.factories.map((f) => [f.id as string, f]));
  const problems: Problem[] = [];
  for (const before of previous.rows) {
    if (!before.ciPublished) continue;
    const key = `${before.cycle}\u0000${before.factoryId}`;
    const row = current.get(key);
    const now = publishedFields(row);
    const was: Record<string, string> = {
      ci_published: 'true',
      ci_noncompliant: before.ciNonCompliant,
      ci_not_assessed: before.ciNotAssessed,
      compliance_rate: before.complianceRate,
      low_compliance: String(before.lowCompliance),
    };
    const changed = FIELDS.filter((field) => was[field] !== now[field]);
    if (changed.length === 0 || recorded.has(key)) continue;
    const where = row?.latest.source ??
      factories.get(before.factoryId)?.source ?? { file: 'factories.csv', line: 1 };
    const what = changed.map((f) => `${f} "${was[f]}" → "${now[f]}"`).join(', ');
    problems.push(
      makeProblem(
        'error',
        where.file,
        where.line,
        changed[0] ?? FILE_COLUMN,
        `the published findings of factory "${before.factoryId}" in cycle "${before.cycle}" changed since the previous publication (${what}; ${previous.scoresFile}:${before.line}): expected a new row in ${CORRECTIONS_FILE} (factory_id, cycle, date, reason) recording the correction`,
      ),
    );
  }
  return problems;
}

/** A recorded correction as the site shows it. */
export interface PublicCorrection {
  /** Null when the factory is not published (any more): then the reason, which may name it, is withheld too. */
  factoryId: FactoryId | null;
  cycle: CycleId;
  date: IsoDate;
  reason: string | null;
  reasonKm: string | null;
  reasonZh: string | null;
}

/**
 * Every correction, newest first (then by factory and cycle); one the disclosure rules withhold
 * (`shown` false) is listed without its factory and reason.
 */
export function publicCorrections(
  corrections: readonly Correction[],
  shownWhole: (correction: Correction) => boolean,
): PublicCorrection[] {
  return corrections
    .map((c): PublicCorrection => {
      const shown = shownWhole(c);
      return {
        factoryId: shown ? c.factoryId : null,
        cycle: c.cycleId,
        date: c.date,
        reason: shown ? c.reason : null,
        reasonKm: shown ? (c.reasonKm ?? null) : null,
        reasonZh: shown ? (c.reasonZh ?? null) : null,
      };
    })
    .sort(
      (a, b) =>
        compareCodePoints(b.date, a.date) ||
        compareCodePoints(a.factoryId ?? '', b.factoryId ?? '') ||
        compareCodePoints(a.cycle, b.cycle),
    );
}
