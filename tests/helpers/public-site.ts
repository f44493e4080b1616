import type { CycleId, FactoryId, RequirementId } from '../../src/lib/ids';
import type {
  PublicCycle,
  PublicFactory,
  PublicRequirement,
  PublicSite,
} from '../../src/lib/public-site';

/** A published factory for hand-built snapshots: identity empty unless given. */
export function makePublicFactory(
  id: string,
  name: string,
  rest: Partial<PublicFactory> = {},
): PublicFactory {
  return {
    id: id as FactoryId,
    name,
    nameKm: null,
    nameZh: null,
    aliases: [],
    parentCompany: null,
    province: null,
    address: null,
    buyers: [],
    osId: null,
    workers: null,
    womenWorkers: null,
    status: 'open',
    closedOn: null,
    cycles: [],
    strikes: [],
    responses: [],
    corrections: [],
    ...rest,
  };
}

/** A published cycle for hand-built snapshots: a calendar year's period and ordinary figures unless given. */
export function makePublicCycle(
  id: string,
  rest: Partial<Omit<PublicCycle, 'lowCompliance'>> & { lowCompliance?: string[] } = {},
): PublicCycle {
  return {
    id: id as CycleId,
    label: `Reporting year ${id}`,
    labelKm: null,
    labelZh: null,
    periodStart: `${id}-01-01`,
    periodEnd: `${id}-12-31`,
    publishedOn: `${id}-12-31`,
    factoriesActive: 40,
    ciPublished: 30,
    ciFullyCompliant: 12,
    ciNonCompliantByRequirement: [{ id: 'CI01', count: 3 }],
    lcPopulation: 25,
    lcMean: 0.8,
    lcSd: 0.05,
    lcThreshold: 0.7,
    lowCompliance: [],
    strikes: 2,
    strikesNotLegal: 1,
    changes: null,
    ...rest,
  } as unknown as PublicCycle;
}

export const makePublicRequirement = (id: string, track: 'critical' | 'key', label: string) =>
  ({
    id: id as RequirementId,
    track,
    group: 'wages',
    labelEn: label,
    labelKm: null,
    labelZh: null,
    legalRef: null,
    legalRefKm: null,
    legalRefZh: null,
  }) as unknown as PublicRequirement;

/**
 * A small snapshot for tests of site-wide texts: two critical requirements and a key one, the
 * cycles 2022 and 2023 (F-1 listed in 2023) and no factory, unless given.
 */
export function makePublicSite(demo: boolean, rest: Partial<PublicSite> = {}): PublicSite {
  return {
    meta: {
      title: 'Garment factory compliance',
      publisher: 'Monitoring Programme',
      country: 'KH',
      licence: 'CC-BY-4.0',
      source_url: 'https://programme.example.org',
      contact: 'mailto:data@programme.example.org',
      demo,
    },
    rules: { ciMinAssessments: 2, lcMinAssessments: 3, lcMaxAgeDays: 365, sdMultiplier: 2 },
    requirements: [
      makePublicRequirement('CI01', 'critical', 'No child labour'),
      makePublicRequirement('CI02', 'critical', 'Emergency exits unlocked'),
      makePublicRequirement('LR01', 'key', 'Payslips given'),
    ],
    cycles: [makePublicCycle('2022'), makePublicCycle('2023', { lowCompliance: ['F-1'] })],
    factories: [],
    strikes: [],
    corrections: [],
    provinces: [],
    ...rest,
  } as unknown as PublicSite;
}
