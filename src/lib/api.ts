/**
 * The static JSON API under /api/: one file per published factory, one per cycle, and an index of
 * factories. Each shape is a Zod schema; the TypeScript types and the JSON Schemas published
 * beside the files are derived from it, so the documentation cannot drift from the data. Made
 * from the public snapshot, so the API follows the same disclosure rules as the pages.
 */
import { z } from 'zod';
import type {
  PublicCycle,
  PublicFactory,
  PublicProvince,
  PublicSite,
  PublicStrike,
} from './public-site';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A date, YYYY-MM-DD');
const finding = z
  .enum(['compliant', 'non_compliant', 'not_applicable', 'not_assessed'])
  .describe('What the assessment found on a requirement');
const findings = z
  .record(z.string(), finding)
  .describe('Requirement id → finding, in the order of the requirements catalogue');

const factoryCycle = z.object({
  cycle: z.string(),
  assessments: z.number().int().describe('Assessments so far, including those before the data'),
  latestAssessment: date.describe('The assessment the findings come from'),
  updatedThisCycle: z.boolean(),
  critical: findings.describe('Findings on the critical issues'),
  lcEligible: z.boolean().describe('In the low-compliance population of the cycle'),
  complianceRate: z.number().nullable().describe('A fraction; null unless lcEligible'),
  lowCompliance: z.boolean(),
  key: findings.nullable().describe('Findings on the key requirements; only when on the list'),
  source: z.object({ file: z.string(), line: z.number().int() }),
});

const strike = z.object({
  id: z.string(),
  cycle: z.string().nullable(),
  union: z.string(),
  federation: z.string().nullable(),
  startDate: date,
  endDate: date.nullable(),
  workersInvolved: z.number().int().nullable(),
  legal: z.boolean(),
  requirementsMissed: z.array(z.string()),
  summary: z.string().nullable(),
  summaryLanguage: z
    .enum(['en', 'km', 'zh'])
    .nullable()
    .describe('The language the summary is written in; null with the summary'),
});

export const apiFactorySchema = z
  .object({
    id: z.string(),
    url: z.string().describe('The factory page, a permalink'),
    name: z.string(),
    nameKm: z.string().nullable(),
    nameZh: z.string().nullable(),
    aliases: z.array(z.string()),
    parentCompany: z.string().nullable(),
    province: z.string().nullable(),
    provinceKm: z
      .string()
      .nullable()
      .describe(
        'The province in Khmer (provinces.csv); null where the dataset has none (show the English name with an "(English)" mark)',
      ),
    provinceZh: z
      .string()
      .nullable()
      .describe(
        'The province in Chinese (provinces.csv); null where the dataset has none (show the English name with an "(English)" mark)',
      ),
    address: z.string().nullable(),
    buyers: z.array(z.string()),
    osId: z.string().nullable(),
    workers: z.number().int().nullable(),
    womenWorkers: z.number().int().nullable(),
    status: z.enum(['open', 'closed']),
    closedOn: date.nullable(),
    cycles: z
      .array(factoryCycle)
      .describe('Every cycle in which the factory was published, oldest first'),
    strikes: z.array(strike),
    responses: z.array(
      z.object({
        date,
        requirementId: z.string().nullable(),
        language: z.enum(['en', 'km', 'zh']),
        text: z.string().describe("The factory's or union's own statement, not verified"),
      }),
    ),
    corrections: z
      .array(
        z.object({
          factoryId: z.string().nullable(),
          cycle: z.string(),
          date: date.describe('When the publisher corrected the findings'),
          reason: z.string().nullable().describe("The publisher's reason"),
          reasonKm: z.string().nullable(),
          reasonZh: z.string().nullable(),
        }),
      )
      .describe('Corrections of published findings, newest first (see /corrections/)'),
  })
  .describe('One published factory');

export const apiCycleSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    label: z.string(),
    labelKm: z
      .string()
      .nullable()
      .describe(
        'The label in Khmer; null where the dataset has none (show the English label with an "(English)" mark)',
      ),
    labelZh: z
      .string()
      .nullable()
      .describe(
        'The label in Chinese; null where the dataset has none (show the English label with an "(English)" mark)',
      ),
    periodStart: date,
    periodEnd: date,
    publishedOn: date.nullable(),
    factoriesActive: z.number().int(),
    ciPublished: z.number().int(),
    ciFullyCompliant: z.number().int(),
    ciNonCompliantByRequirement: z.record(z.string(), z.number().int()),
    lcPopulation: z.number().int(),
    lcMean: z.number().nullable(),
    lcSd: z.number().nullable(),
    lcThreshold: z.number().nullable(),
    lowCompliance: z.array(z.string()).describe('Ids of the factories on the list'),
    strikes: z.number().int(),
    strikesNotLegal: z.number().int(),
    changes: z
      .object({
        enteredList: z.array(z.string()),
        leftList: z.array(z.string()),
        newlyPublished: z.array(z.string()),
        closed: z.array(z.string()),
      })
      .nullable()
      .describe('Since the previous cycle; null for the first'),
  })
  .describe('One reporting cycle');

export const apiFactoryIndexSchema = z
  .object({
    title: z.string(),
    titleKm: z
      .string()
      .nullable()
      .describe(
        'The title in Khmer; null where the dataset has none (show the English title with an "(English)" mark)',
      ),
    titleZh: z
      .string()
      .nullable()
      .describe(
        'The title in Chinese; null where the dataset has none (show the English title with an "(English)" mark)',
      ),
    publisher: z.string(),
    publisherKm: z
      .string()
      .nullable()
      .describe(
        'The publisher in Khmer; null where the dataset has none (show the English name with an "(English)" mark)',
      ),
    publisherZh: z
      .string()
      .nullable()
      .describe(
        'The publisher in Chinese; null where the dataset has none (show the English name with an "(English)" mark)',
      ),
    licence: z.string().nullable(),
    demo: z.boolean(),
    factories: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        status: z.enum(['open', 'closed']),
        latestCycle: z.string(),
        lowCompliance: z.boolean().describe("On the latest cycle's low-compliance list"),
        api: z.string().describe('The factory file'),
        url: z.string(),
      }),
    ),
    cycles: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        labelKm: z.string().nullable(),
        labelZh: z.string().nullable(),
        api: z.string(),
      }),
    ),
    buyers: z.string().describe('The index of buyers reported by the publisher'),
    groups: z.string().describe('The index of parent companies reported by the publisher'),
  })
  .describe('Every published factory and every cycle');

export type ApiFactory = z.infer<typeof apiFactorySchema>;
export type ApiCycle = z.infer<typeof apiCycleSchema>;
export type ApiFactoryIndex = z.infer<typeof apiFactoryIndexSchema>;

export const API_SCHEMAS = {
  'factory.schema.json': apiFactorySchema,
  'cycle.schema.json': apiCycleSchema,
  'factories.schema.json': apiFactoryIndexSchema,
} as const;

function byRequirement<T>(ids: readonly string[], values: readonly T[]): Record<string, T> {
  return Object.fromEntries(ids.map((id, i) => [id, values[i] as T]));
}

function apiFactory(
  factory: PublicFactory,
  ids: { critical: string[]; key: string[] },
  strikeById: ReadonlyMap<string, PublicStrike>,
  provinces: ReadonlyMap<string, PublicProvince>,
): ApiFactory {
  const { cycles, strikes, ...identity } = factory;
  const province = factory.province === null ? undefined : provinces.get(factory.province);
  return {
    ...identity,
    provinceKm: province?.nameKm ?? null,
    provinceZh: province?.nameZh ?? null,
    url: `/factories/${factory.id}/`,
    cycles: cycles.map(({ critical: c, key: k, complianceRateText: _text, ...rest }) => ({
      ...rest,
      critical: byRequirement(ids.critical, c),
      key: k === null ? null : byRequirement(ids.key, k),
    })),
    // A factory lists its strikes in the site's order (by start date, then id).
    strikes: strikes
      .flatMap((id) => strikeById.get(id) ?? [])
      .map(({ factoryId: _factory, ...s }) => s),
  };
}

function apiCycle(cycle: PublicCycle): ApiCycle {
  return {
    ...cycle,
    url: `/cycles/${cycle.id}/`,
    ciNonCompliantByRequirement: Object.fromEntries(
      cycle.ciNonCompliantByRequirement.map(({ id, count }) => [id, count]),
    ),
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Every file of /api/, keyed by its path below /api/, one at a time: a file per factory is made
 * when it is written, so no step holds them all.
 */
export function* apiFiles(site: PublicSite): Generator<[string, string]> {
  const latest = site.cycles.at(-1);
  const listedNow = new Set<string>(latest?.lowCompliance);
  const index: ApiFactoryIndex = {
    title: site.meta.title,
    titleKm: site.meta.title_km ?? null,
    titleZh: site.meta.title_zh ?? null,
    publisher: site.meta.publisher,
    publisherKm: site.meta.publisher_km ?? null,
    publisherZh: site.meta.publisher_zh ?? null,
    licence: site.meta.licence ?? null,
    demo: site.meta.demo,
    factories: site.factories.map((f) => ({
      id: f.id,
      name: f.name,
      status: f.status,
      latestCycle: f.cycles.at(-1)?.cycle ?? '',
      lowCompliance: listedNow.has(f.id),
      api: `/api/factories/${f.id}.json`,
      url: `/factories/${f.id}/`,
    })),
    cycles: site.cycles.map((c) => ({
      id: c.id,
      label: c.label,
      labelKm: c.labelKm,
      labelZh: c.labelZh,
      api: `/api/cycles/${c.id}.json`,
    })),
    buyers: '/api/buyers.json',
    groups: '/api/groups.json',
  };
  yield ['factories.json', json(index)];
  const ids = {
    critical: site.requirements.filter((r) => r.track === 'critical').map((r) => r.id),
    key: site.requirements.filter((r) => r.track === 'key').map((r) => r.id),
  };
  const strikeById = new Map(site.strikes.map((s) => [s.id as string, s]));
  const provinces = new Map(site.provinces.map((p) => [p.nameEn, p]));
  for (const factory of site.factories) {
    yield [`factories/${factory.id}.json`, json(apiFactory(factory, ids, strikeById, provinces))];
  }
  for (const cycle of site.cycles) yield [`cycles/${cycle.id}.json`, json(apiCycle(cycle))];
  for (const [name, schema] of Object.entries(API_SCHEMAS)) {
    yield [`schemas/${name}`, json(z.toJSONSchema(schema))];
  }
}

/** Every file of /api/ at once: for small sites and tests. */
export function buildApiFiles(site: PublicSite): Map<string, string> {
  return new Map(apiFiles(site));
}
