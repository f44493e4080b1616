import type { CycleId, FactoryId, IsoDate, RequirementId, StrikeId } from './ids';
import type { FactoryStatus, Findings, ResponseLanguage, Track } from './rules';
import type { DatasetMeta } from './schemas';

export type { DatasetMeta };

/** Where a record came from, so every published figure can be traced to its source row. */
export interface SourceRef {
  file: string;
  line: number;
}

export interface Requirement {
  id: RequirementId;
  track: Track;
  group: string;
  labelEn: string;
  labelKm: string | undefined;
  labelZh: string | undefined;
  legalRef: string | undefined;
  legalRefKm: string | undefined;
  legalRefZh: string | undefined;
  source: SourceRef;
}

export interface Cycle {
  id: CycleId;
  label: string;
  labelKm: string | undefined;
  labelZh: string | undefined;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  publishedOn: IsoDate | undefined;
  source: SourceRef;
}

export interface Factory {
  id: FactoryId;
  name: string;
  nameKm: string | undefined;
  nameZh: string | undefined;
  aliases: string[];
  parentCompany: string | undefined;
  province: string | undefined;
  address: string | undefined;
  buyers: string[];
  osId: string | undefined;
  workers: number | undefined;
  womenWorkers: number | undefined;
  status: FactoryStatus;
  closedOn: IsoDate | undefined;
  priorAssessments: number;
  source: SourceRef;
}

export interface Assessment {
  factoryId: FactoryId;
  /** The cycle whose file holds the assessment. */
  cycleId: CycleId;
  date: IsoDate;
  /** One finding per requirement, in the order of `Dataset.requirements` (read with findingAt). */
  findings: Findings;
  source: SourceRef;
}

export interface Strike {
  id: StrikeId;
  factoryId: FactoryId;
  union: string;
  federation: string | undefined;
  startDate: IsoDate;
  endDate: IsoDate | undefined;
  workersInvolved: number | undefined;
  legal: boolean;
  requirementsMissed: string[];
  summary: string | undefined;
  /** The language of `summary` (summary_language, English when not given). */
  summaryLanguage: ResponseLanguage;
  /** The cycle whose period holds the start date, if any. */
  cycleId: CycleId | undefined;
  source: SourceRef;
}

export interface FactoryResponse {
  factoryId: FactoryId;
  date: IsoDate;
  requirementId: RequirementId | undefined;
  language: ResponseLanguage;
  text: string;
  source: SourceRef;
}

/** A province's names (provinces.csv), looked up by the English name factories.csv uses. */
export interface Province {
  nameEn: string;
  nameKm: string | undefined;
  nameZh: string | undefined;
  source: SourceRef;
}

/** A correction of a published cycle's findings, recorded by the publisher (corrections.csv). */
export interface Correction {
  factoryId: FactoryId;
  cycleId: CycleId;
  date: IsoDate;
  reason: string;
  reasonKm: string | undefined;
  reasonZh: string | undefined;
  source: SourceRef;
}

export interface Dataset {
  meta: DatasetMeta;
  /** In the order of requirements.csv (the order findings and outputs use). */
  requirements: Requirement[];
  /** Chronological, by period start. */
  cycles: Cycle[];
  /** In the order of factories.csv. */
  factories: Factory[];
  assessments: Assessment[];
  strikes: Strike[];
  responses: FactoryResponse[];
  /** In the order of corrections.csv (append-only). */
  corrections: Correction[];
  /** In the order of provinces.csv; empty when the dataset has none. */
  provinces: Province[];
}
