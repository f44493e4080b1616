import { daysBetween } from './dates';
import type { CycleId, FactoryId, RequirementId } from './ids';
import {
  describePopulation,
  parseSdMultiplier,
  selectBelowThreshold,
  type Ratio,
  type SdMultiplier,
} from './low-compliance';
import type { Assessment, Cycle, Dataset, Factory } from './model';
import { compareCodePoints } from './problems';
import {
  CI_MIN_ASSESSMENTS,
  DEFAULT_SD_MULTIPLIER,
  LC_MAX_AGE_DAYS,
  LC_MIN_ASSESSMENTS,
  findingAt,
} from './rules';
import { pushAll } from './arrays';

/** One factory in one cycle: a row of scores.csv. */
export interface FactoryCycleScore {
  cycleId: CycleId;
  factoryId: FactoryId;
  /** n(f,c): prior assessments plus those in the files dated on or before the cycle's end. */
  assessments: number;
  /** latest(f,c): the assessment the cycle's findings come from. */
  latest: Assessment;
  updatedThisCycle: boolean;
  ciPublished: boolean;
  ciNonCompliant: RequirementId[];
  ciNotAssessed: RequirementId[];
  /** Undefined when no requirement was found compliant or non-compliant. */
  ratio: Ratio | undefined;
  lcEligible: boolean;
  lowCompliance: boolean;
}

export interface CycleSummary {
  cycle: Cycle;
  factoriesActive: number;
  ciPublished: number;
  ciFullyCompliant: number;
  /** Every critical requirement id, in catalogue order, with the published factories NC on it. */
  ciNonCompliantByRequirement: Array<[RequirementId, number]>;
  lcPopulation: number;
  lcMean: number | null;
  lcSd: number | null;
  lcThreshold: number | null;
  lowCompliance: FactoryId[];
  strikes: number;
  strikesNotLegal: number;
}

export interface Scores {
  sdMultiplier: SdMultiplier;
  /** Chronological by cycle, then by factory id in code-point order. */
  factoryCycles: FactoryCycleScore[];
  /** Chronological. */
  cycles: CycleSummary[];
}

export const DEFAULT_SD = parseSdMultiplier(String(DEFAULT_SD_MULTIPLIER)) as SdMultiplier;

/** f is active in c when it is open, or closed on or after the cycle's start. */
export function isActive(factory: Factory, cycle: Cycle): boolean {
  return (
    factory.status === 'open' ||
    (factory.closedOn !== undefined && factory.closedOn >= cycle.periodStart)
  );
}

/** Scores every cycle by contract section 2. The dataset must be valid (see loadDataset). */
export function scoreDataset(dataset: Dataset, sdMultiplier: SdMultiplier = DEFAULT_SD): Scores {
  const history = groupByFactory(dataset.assessments);
  const factories = [...dataset.factories].sort((a, b) => compareCodePoints(a.id, b.id));
  const factoryCycles: FactoryCycleScore[] = [];
  const cycles: CycleSummary[] = [];
  for (const cycle of dataset.cycles) {
    const rows: FactoryCycleScore[] = [];
    for (const factory of factories) {
      if (!isActive(factory, cycle)) continue;
      const row = scoreFactoryInCycle(dataset, factory, cycle, history.get(factory.id) ?? []);
      if (row !== undefined) rows.push(row);
    }
    cycles.push(summariseCycle(dataset, cycle, rows, sdMultiplier));
    pushAll(factoryCycles, rows);
  }
  return { sdMultiplier, factoryCycles, cycles };
}

/** Each factory's assessments, oldest first. */
function groupByFactory(assessments: readonly Assessment[]): Map<string, Assessment[]> {
  const history = new Map<string, Assessment[]>();
  for (const assessment of assessments) {
    const list = history.get(assessment.factoryId);
    if (list === undefined) history.set(assessment.factoryId, [assessment]);
    else list.push(assessment);
  }
  for (const list of history.values()) list.sort((a, b) => compareCodePoints(a.date, b.date));
  return history;
}

/** How many of the date-sorted assessments are dated on or before `end`. */
function countUpTo(sorted: readonly Assessment[], end: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as Assessment).date <= end) low = mid + 1;
    else high = mid;
  }
  return low;
}

function scoreFactoryInCycle(
  dataset: Dataset,
  factory: Factory,
  cycle: Cycle,
  history: readonly Assessment[],
): FactoryCycleScore | undefined {
  const inFiles = countUpTo(history, cycle.periodEnd);
  const latest = history[inFiles - 1];
  if (latest === undefined) return undefined;
  const assessments = factory.priorAssessments + inFiles;
  const ciNonCompliant: RequirementId[] = [];
  const ciNotAssessed: RequirementId[] = [];
  let compliant = 0;
  let assessed = 0;
  dataset.requirements.forEach((requirement, index) => {
    const finding = findingAt(latest.findings, index);
    if (finding === 'compliant') compliant += 1;
    if (finding === 'compliant' || finding === 'non_compliant') assessed += 1;
    if (requirement.track !== 'critical') return;
    if (finding === 'non_compliant') ciNonCompliant.push(requirement.id);
    if (finding === 'not_assessed') ciNotAssessed.push(requirement.id);
  });
  const ratio = assessed > 0 ? { compliant, assessed } : undefined;
  return {
    cycleId: cycle.id,
    factoryId: factory.id,
    assessments,
    latest,
    updatedThisCycle: latest.date >= cycle.periodStart,
    ciPublished: assessments >= CI_MIN_ASSESSMENTS,
    ciNonCompliant,
    ciNotAssessed,
    ratio,
    lcEligible:
      assessments >= LC_MIN_ASSESSMENTS &&
      daysBetween(latest.date, cycle.periodEnd) <= LC_MAX_AGE_DAYS &&
      ratio !== undefined,
    lowCompliance: false,
  };
}

function summariseCycle(
  dataset: Dataset,
  cycle: Cycle,
  rows: FactoryCycleScore[],
  sdMultiplier: SdMultiplier,
): CycleSummary {
  const population = rows.filter((row) => row.lcEligible);
  const ratios = population.map((row) => row.ratio as Ratio);
  const listed = selectBelowThreshold(ratios, sdMultiplier);
  population.forEach((row, index) => {
    row.lowCompliance = listed[index] === true;
  });
  const stats = describePopulation(ratios, sdMultiplier);
  const published = rows.filter((row) => row.ciPublished);
  const critical = dataset.requirements.filter((r) => r.track === 'critical');
  const strikes = dataset.strikes.filter((strike) => strike.cycleId === cycle.id);
  return {
    cycle,
    factoriesActive: rows.length,
    ciPublished: published.length,
    ciFullyCompliant: published.filter((row) => row.ciNonCompliant.length === 0).length,
    ciNonCompliantByRequirement: critical.map((r) => [
      r.id,
      published.filter((row) => row.ciNonCompliant.includes(r.id)).length,
    ]),
    lcPopulation: population.length,
    lcMean: stats?.mean ?? null,
    lcSd: stats?.sd ?? null,
    lcThreshold: stats?.threshold ?? null,
    lowCompliance: population.filter((row) => row.lowCompliance).map((row) => row.factoryId),
    strikes: strikes.length,
    strikesNotLegal: strikes.filter((strike) => !strike.legal).length,
  };
}
