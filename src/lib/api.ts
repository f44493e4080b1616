/**
 * The static JSON API under /api/: one file per published factory, one per cycle, and an index of
 * factories. Each shape is a Zod schema; the TypeScript types and the JSON Schemas published
 * beside the files are derived from it, so the documentation cannot drift from the data. Made
 * from the public snapshot, so the API follows the same disclosure rules as the pages.
 */
import { z } from 'zod';
import type { PublicCycle, PublicFactory, PublicSite, PublicStrike } from './public-site';

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
    publisher: z.string(),
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
    cycles: z.array(z.object({ id: z.string(), label: z.string(), api: z.string() })),
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
): ApiFactory {
  const { cycles, strikes, ...identity } = factory;
  return {
    ...identity,
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
    publisher: site.meta.publisher,
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
    cycles: site.cycles.map((c) => ({ id: c.id, label: c.label, api: `/api/cycles/${c.id}.json` })),
  };
  yield ['factories.json', json(index)];
  const ids = {
    critical: site.requirements.filter((r) => r.track === 'critical').map((r) => r.id),
    key: site.requirements.filter((r) => r.track === 'key').map((r) => r.id),
  };
  const strikeById = new Map(site.strikes.map((s) => [s.id as string, s]));
  for (const factory of site.factories) {
    yield [`factories/${factory.id}.json`, json(apiFactory(factory, ids, strikeById))];
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
