/**
 * The public snapshot: everything the site may show, and nothing else (contract section 4).
 * Pages, search index, downloads and island props are all made from this object, so the
 * disclosure rules are applied once, here:
 * - a factory never published on the critical issues appears nowhere, not even its name;
 * - a cycle's findings appear only where that cycle's `ci_published` is true;
 * - the compliance rate only where the factory is in that cycle's low-compliance population;
 * - findings on key requirements only for factories on that cycle's low-compliance list;
 * - a strike at a never-published factory keeps its union, dates and legality only, under a
 *   stand-in id (disclosure.ts);
 * - responses only from published factories, none about a requirement dated before the
 *   factory's first published assessment, and none about a key requirement that follows an
 *   assessment whose key findings are not shown.
 */
import { publicCorrections, type PublicCorrection } from './corrections';
import {
  confidentialCycles,
  correctionWithholding,
  publishedFactoryIds,
  responseRules,
  responseWithholding,
  withheldStrikeIds,
} from './disclosure';
import type { MentionFinder } from './unpublished-mentions';
import type { CycleId, FactoryId, IsoDate, RequirementId, StrikeId } from './ids';
import { formatRatio, rateOf } from './low-compliance';
import type { Dataset, DatasetMeta, SourceRef } from './model';
import {
  CI_MIN_ASSESSMENTS,
  LC_MAX_AGE_DAYS,
  LC_MIN_ASSESSMENTS,
  findingAt,
  type FactoryStatus,
  type Finding,
  type ResponseLanguage,
  type Track,
} from './rules';
import type { FactoryCycleScore, Scores } from './score';

export interface PublicRequirement {
  id: RequirementId;
  track: Track;
  group: string;
  labelEn: string;
  labelKm: string | null;
  labelZh: string | null;
  legalRef: string | null;
  legalRefKm: string | null;
  legalRefZh: string | null;
}

/** A province's names in three languages (provinces.csv). */
export interface PublicProvince {
  nameEn: string;
  nameKm: string | null;
  nameZh: string | null;
}

export interface PublicCycleChanges {
  /** On this cycle's low-compliance list and not on the previous one. */
  enteredList: FactoryId[];
  /** On the previous cycle's list and not on this one (still published factories only). */
  leftList: FactoryId[];
  /** Published on the critical issues for the first time. */
  newlyPublished: FactoryId[];
  /** Published factories that closed during the cycle's period. */
  closed: FactoryId[];
}

export interface PublicCycle {
  id: CycleId;
  label: string;
  labelKm: string | null;
  labelZh: string | null;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  publishedOn: IsoDate | null;
  factoriesActive: number;
  ciPublished: number;
  ciFullyCompliant: number;
  ciNonCompliantByRequirement: Array<{ id: RequirementId; count: number }>;
  lcPopulation: number;
  lcMean: number | null;
  lcSd: number | null;
  lcThreshold: number | null;
  lowCompliance: FactoryId[];
  strikes: number;
  strikesNotLegal: number;
  /** Null for the first cycle. */
  changes: PublicCycleChanges | null;
}

/** One published cycle of one factory. */
export interface PublicFactoryCycle {
  cycle: CycleId;
  assessments: number;
  latestAssessment: IsoDate;
  updatedThisCycle: boolean;
  /** One finding per critical requirement, in catalogue order. */
  critical: Finding[];
  lcEligible: boolean;
  /** Only where lcEligible. */
  complianceRate: number | null;
  /** The rate as in scores.csv (6 decimals), only where lcEligible. */
  complianceRateText: string | null;
  lowCompliance: boolean;
  /** Findings on the key requirements, catalogue order: only where on the low-compliance list. */
  key: Finding[] | null;
  /** The assessment row the findings come from. */
  source: SourceRef;
}

export interface PublicResponse {
  date: IsoDate;
  requirementId: RequirementId | null;
  language: ResponseLanguage;
  text: string;
}

export interface PublicFactory {
  id: FactoryId;
  name: string;
  nameKm: string | null;
  nameZh: string | null;
  aliases: string[];
  parentCompany: string | null;
  province: string | null;
  address: string | null;
  buyers: string[];
  osId: string | null;
  workers: number | null;
  womenWorkers: number | null;
  status: FactoryStatus;
  closedOn: IsoDate | null;
  /** Published cycles, chronological. */
  cycles: PublicFactoryCycle[];
  strikes: StrikeId[];
  responses: PublicResponse[];
  /** Recorded corrections of this factory's published findings, newest first. */
  corrections: PublicCorrection[];
}

/**
 * A strike. When its factory has never been published, only the union, the dates and the
 * legality are kept: the id is a stand-in, and the factory, federation, head count, missed
 * requirements and summary (each of which can point at the factory) are null or empty.
 */
export interface PublicStrike {
  id: StrikeId;
  /** Null when the factory has never been published. */
  factoryId: FactoryId | null;
  union: string;
  federation: string | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
  workersInvolved: number | null;
  legal: boolean;
  requirementsMissed: string[];
  summary: string | null;
  /** The language of `summary`; null with it. */
  summaryLanguage: ResponseLanguage | null;
  cycle: CycleId | null;
}

export interface PublicSite {
  meta: DatasetMeta;
  rules: {
    ciMinAssessments: number;
    lcMinAssessments: number;
    lcMaxAgeDays: number;
    sdMultiplier: number;
  };
  requirements: PublicRequirement[];
  /** Chronological. */
  cycles: PublicCycle[];
  /** Published factories only, by id. */
  factories: PublicFactory[];
  /** By start date, then id. */
  strikes: PublicStrike[];
  /** Every recorded correction, newest first. */
  corrections: PublicCorrection[];
  /** Names of the provinces the published factories are in, where provinces.csv gives them. */
  provinces: PublicProvince[];
}

export type { PublicCorrection };

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

export { publishedFactoryIds };

export function buildPublicSite(dataset: Dataset, scores: Scores): PublicSite {
  const published = publishedFactoryIds(scores);
  const rules = responseRules(dataset, scores);
  const criticalIndexes = indexesOf(dataset, 'critical');
  const keyIndexes = indexesOf(dataset, 'key');
  const rowsByFactory = new Map<FactoryId, FactoryCycleScore[]>();
  for (const row of scores.factoryCycles) {
    if (!row.ciPublished) continue;
    const rows = rowsByFactory.get(row.factoryId) ?? [];
    rows.push(row);
    rowsByFactory.set(row.factoryId, rows);
  }
  const strikes = publicStrikes(dataset, published, rules.mentions);
  const confidential = confidentialCycles(scores);
  const corrections = publicCorrections(
    dataset.corrections,
    (c) => correctionWithholding(c, published, confidential) === null,
  );
  const correctionsOf = Map.groupBy(
    corrections.filter((c) => c.factoryId !== null),
    (c) => c.factoryId as FactoryId,
  );
  // Grouped once: a filter over every strike and response per factory grows with the square.
  const strikesByFactory = groupBy(strikes, (s) => s.factoryId);
  const responsesByFactory = groupBy(dataset.responses, (r) => r.factoryId);
  const factories = dataset.factories
    .filter((factory) => published.has(factory.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map<PublicFactory>((factory) => ({
      id: factory.id,
      name: factory.name,
      nameKm: orNull(factory.nameKm),
      nameZh: orNull(factory.nameZh),
      aliases: factory.aliases,
      parentCompany: orNull(factory.parentCompany),
      province: orNull(factory.province),
      address: orNull(factory.address),
      buyers: factory.buyers,
      osId: orNull(factory.osId),
      workers: orNull(factory.workers),
      womenWorkers: orNull(factory.womenWorkers),
      status: factory.status,
      closedOn: orNull(factory.closedOn),
      cycles: (rowsByFactory.get(factory.id) ?? []).map((row) => ({
        cycle: row.cycleId,
        assessments: row.assessments,
        latestAssessment: row.latest.date,
        updatedThisCycle: row.updatedThisCycle,
        critical: criticalIndexes.map((i) => findingAt(row.latest.findings, i)),
        lcEligible: row.lcEligible,
        complianceRate: row.lcEligible && row.ratio ? rateOf(row.ratio) : null,
        complianceRateText: row.lcEligible && row.ratio ? formatRatio(row.ratio) : null,
        lowCompliance: row.lowCompliance,
        key: row.lowCompliance ? keyIndexes.map((i) => findingAt(row.latest.findings, i)) : null,
        source: row.latest.source,
      })),
      strikes: (strikesByFactory.get(factory.id) ?? []).map((s) => s.id),
      responses: (responsesByFactory.get(factory.id) ?? [])
        .filter((r) => responseWithholding(r, rules) === null)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .map((r) => ({
          date: r.date,
          requirementId: orNull(r.requirementId),
          language: r.language,
          text: r.text,
        })),
      corrections: correctionsOf.get(factory.id) ?? [],
    }));
  return {
    meta: dataset.meta,
    rules: {
      ciMinAssessments: CI_MIN_ASSESSMENTS,
      lcMinAssessments: LC_MIN_ASSESSMENTS,
      lcMaxAgeDays: LC_MAX_AGE_DAYS,
      sdMultiplier: scores.sdMultiplier.value,
    },
    requirements: dataset.requirements.map((r) => ({
      id: r.id,
      track: r.track,
      group: r.group,
      labelEn: r.labelEn,
      labelKm: orNull(r.labelKm),
      labelZh: orNull(r.labelZh),
      legalRef: orNull(r.legalRef),
      legalRefKm: orNull(r.legalRefKm),
      legalRefZh: orNull(r.legalRefZh),
    })),
    cycles: publicCycles(dataset, scores, published),
    factories,
    strikes,
    corrections,
    provinces: publicProvinces(dataset, factories),
  };
}

/** Only provinces a published factory is in: a row naming no one else's province says nothing. */
function publicProvinces(dataset: Dataset, factories: readonly PublicFactory[]): PublicProvince[] {
  const used = new Set(factories.map((f) => f.province));
  return dataset.provinces
    .filter((p) => used.has(p.nameEn))
    .map((p) => ({ nameEn: p.nameEn, nameKm: orNull(p.nameKm), nameZh: orNull(p.nameZh) }));
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function indexesOf(dataset: Dataset, track: Track): number[] {
  return dataset.requirements.flatMap((r, i) => (r.track === track ? [i] : []));
}

function publicStrikes(
  dataset: Dataset,
  published: ReadonlySet<FactoryId>,
  mentions: MentionFinder,
): PublicStrike[] {
  const standIns = withheldStrikeIds(dataset.strikes, published);
  return dataset.strikes
    .map((s): PublicStrike => {
      const standIn = standIns.get(s.id);
      if (standIn !== undefined) {
        return {
          id: standIn as StrikeId,
          factoryId: null,
          union: s.union,
          federation: null,
          startDate: s.startDate,
          endDate: orNull(s.endDate),
          workersInvolved: null,
          legal: s.legal,
          requirementsMissed: [],
          summary: null,
          summaryLanguage: null,
          cycle: orNull(s.cycleId),
        };
      }
      // A text that names a factory never published is withheld (disclosure.ts warns).
      const summary = mentions(s.summary) === null ? s.summary : undefined;
      return {
        id: s.id,
        factoryId: s.factoryId,
        union: s.union,
        federation: mentions(s.federation) === null ? orNull(s.federation) : null,
        startDate: s.startDate,
        endDate: orNull(s.endDate),
        workersInvolved: orNull(s.workersInvolved),
        legal: s.legal,
        requirementsMissed: s.requirementsMissed,
        summary: orNull(summary),
        summaryLanguage: summary === undefined ? null : s.summaryLanguage,
        cycle: orNull(s.cycleId),
      };
    })
    .sort((a, b) =>
      a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id < b.id ? -1 : 1,
    );
}

function publicCycles(
  dataset: Dataset,
  scores: Scores,
  published: ReadonlySet<FactoryId>,
): PublicCycle[] {
  const everPublished = new Set<FactoryId>();
  const publishedByCycle = groupBy(
    scores.factoryCycles.filter((row) => row.ciPublished),
    (row) => row.cycleId,
  );
  const closedFactories = dataset.factories.filter(
    (f) => published.has(f.id) && f.closedOn !== undefined,
  );
  return scores.cycles.map((summary, index) => {
    const cycle = summary.cycle;
    const publishedNow = (publishedByCycle.get(cycle.id) ?? []).map((row) => row.factoryId);
    const newlyPublished = publishedNow.filter((id) => !everPublished.has(id));
    newlyPublished.forEach((id) => everPublished.add(id));
    const previous = scores.cycles[index - 1];
    const listed = new Set(summary.lowCompliance);
    const listedBefore = new Set(previous?.lowCompliance);
    const changes: PublicCycleChanges | null =
      previous === undefined
        ? null
        : {
            enteredList: summary.lowCompliance.filter((id) => !listedBefore.has(id)),
            leftList: previous.lowCompliance.filter((id) => !listed.has(id)),
            newlyPublished,
            closed: closedFactories
              .filter(
                (f) =>
                  f.closedOn !== undefined &&
                  f.closedOn >= cycle.periodStart &&
                  f.closedOn <= cycle.periodEnd,
              )
              .map((f) => f.id)
              .sort(),
          };
    return {
      id: cycle.id,
      label: cycle.label,
      labelKm: orNull(cycle.labelKm),
      labelZh: orNull(cycle.labelZh),
      periodStart: cycle.periodStart,
      periodEnd: cycle.periodEnd,
      publishedOn: orNull(cycle.publishedOn),
      factoriesActive: summary.factoriesActive,
      ciPublished: summary.ciPublished,
      ciFullyCompliant: summary.ciFullyCompliant,
      ciNonCompliantByRequirement: summary.ciNonCompliantByRequirement.map(([id, count]) => ({
        id,
        count,
      })),
      lcPopulation: summary.lcPopulation,
      lcMean: summary.lcMean,
      lcSd: summary.lcSd,
      lcThreshold: summary.lcThreshold,
      lowCompliance: summary.lowCompliance,
      strikes: summary.strikes,
      strikesNotLegal: summary.strikesNotLegal,
      changes,
    };
  });
}
