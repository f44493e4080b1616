/**
 * The files of each buyer and group (buyers.ts): the API's indexes (/api/buyers.json,
 * /api/groups.json), a file per buyer or group with its factories' standing, their JSON Schemas
 * from the Zod shapes below, and a spreadsheet-safe CSV per buyer or group under /downloads/.
 * Everything here says what the publisher reported of the factories: a buyer's file lists
 * factories' findings, never a finding about the buyer.
 */
import { z } from 'zod';
import type { Entities, Entity, EntityKind, FactoryStanding } from './buyers';
import { safeCsvChunks } from './downloads';
import type { PublicFactory, PublicSite } from './public-site';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A date, YYYY-MM-DD');

const KIND_WORDS = {
  buyer: { plural: 'buyers', about: 'a buyer' },
  group: { plural: 'groups', about: 'a parent company' },
} as const;

const counts = {
  factoryCount: z.number().int().describe('Published factories that report it'),
  open: z.number().int(),
  closed: z.number().int(),
  listedNow: z
    .number()
    .int()
    .describe("Of its factories, those on the latest cycle's low-compliance list"),
  listedEver: z.number().int().describe("Of its factories, those on any cycle's list"),
  nonCompliantNow: z
    .number()
    .int()
    .describe(
      'Of its factories, those non-compliant on a critical issue in their latest published cycle',
    ),
  strikes: z.number().int().describe('Strikes at its factories'),
  strikesNotLegal: z.number().int().describe('Of those, strikes not meeting legal requirements'),
};

const entitySummary = z.object({
  slug: z.string(),
  name: z.string().describe('The spelling most of its factories use'),
  spellings: z.array(z.string()).describe('Every spelling in the data, the most used first'),
  url: z.string().describe('Its page, a permalink'),
  api: z.string().describe('Its file'),
  ...counts,
});

export const apiEntityIndexSchema = z
  .object({
    kind: z.enum(['buyer', 'group']),
    asOf: z.string().nullable().describe('The latest cycle the standings speak of'),
    note: z.string(),
    entries: z.array(entitySummary),
  })
  .describe(
    'Every buyer (or parent company) reported by the publisher on a published factory, with counts of its factories',
  );

export const apiEntitySchema = z
  .object({
    kind: z.enum(['buyer', 'group']),
    slug: z.string(),
    name: z.string(),
    spellings: z.array(z.string()),
    url: z.string(),
    csv: z.string().describe('The same factories as a CSV file'),
    feed: z.string().nullable().describe("An Atom feed of its factories' changes (buyers only)"),
    asOf: z.string().nullable().describe('The latest cycle the standings speak of'),
    note: z.string(),
    ...counts,
    cycles: z
      .array(
        z.object({
          cycle: z.string(),
          label: z.string(),
          published: z
            .number()
            .int()
            .describe('Its factories published on the critical issues in the cycle'),
          nonCompliant: z
            .number()
            .int()
            .describe('Of those, non-compliant on at least one critical issue'),
          listed: z.number().int().describe("On the cycle's low-compliance list"),
          closed: z.number().int().describe("Closed during the cycle's period"),
        }),
      )
      .describe('Every cycle, oldest first'),
    factories: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        province: z.string().nullable(),
        status: z.enum(['open', 'closed']),
        closedOn: date.nullable(),
        url: z.string(),
        api: z.string(),
        latestCycle: z.string().describe('The latest cycle in which the factory was published'),
        criticalNonCompliant: z
          .array(z.string())
          .describe('Critical issues non-compliant in that cycle'),
        lowComplianceNow: z.boolean().describe("On the latest cycle's low-compliance list"),
        lowComplianceCycles: z.array(z.string()).describe('Every cycle whose list named it'),
        strikes: z.number().int(),
        strikesNotLegal: z.number().int(),
      }),
    ),
  })
  .describe(
    "One buyer (or parent company) as reported by the publisher, and the standing of its published factories: the factories' findings, not findings about the buyer",
  );

export type ApiEntityIndex = z.infer<typeof apiEntityIndexSchema>;
export type ApiEntity = z.infer<typeof apiEntitySchema>;

export const ENTITY_SCHEMAS = {
  'buyers.schema.json': apiEntityIndexSchema,
  'buyer.schema.json': apiEntitySchema,
} as const;

/** The sentence every file carries, so that a quoted file keeps its meaning. */
export const entityNote = (kind: EntityKind) =>
  `Factories that the publisher reports as supplying ${KIND_WORDS[kind].about}, with each factory's own findings. A listing or finding is the factory's, not a finding about the ${kind === 'buyer' ? 'buyer' : 'parent company'}.`;

export const entityPath = (kind: EntityKind, slug: string) =>
  `/${KIND_WORDS[kind].plural}/${slug}/`;
export const entityApiPath = (kind: EntityKind, slug: string) =>
  `/api/${KIND_WORDS[kind].plural}/${slug}.json`;
export const entityCsvPath = (kind: EntityKind, slug: string) =>
  `/downloads/${KIND_WORDS[kind].plural}/${slug}.csv`;
export const entityFeedPath = (kind: EntityKind, slug: string) =>
  kind === 'buyer' ? `/buyers/${slug}/feed.xml` : null;

/** The columns of a buyer's or group's CSV, documented on the downloads page. */
export const ENTITY_CSV_COLUMNS = [
  'factory_id',
  'name',
  'province',
  'status',
  'closed_on',
  'latest_cycle',
  'critical_non_compliant',
  'critical_non_compliant_count',
  'low_compliance_now',
  'low_compliance_cycles',
  'strikes',
  'strikes_not_legal',
  'url',
] as const;

interface Row {
  factory: PublicFactory;
  standing: FactoryStanding;
}

function rowsOf(
  entity: Entity,
  factories: ReadonlyMap<string, PublicFactory>,
  standings: ReadonlyMap<string, FactoryStanding>,
): Row[] {
  return entity.factoryIds.flatMap((id) => {
    const factory = factories.get(id);
    const standing = standings.get(id);
    return factory && standing ? [{ factory, standing }] : [];
  });
}

const countsOf = (entity: Entity) => ({
  factoryCount: entity.factoryIds.length,
  open: entity.open,
  closed: entity.closed,
  listedNow: entity.listedNow,
  listedEver: entity.listedEver,
  nonCompliantNow: entity.nonCompliantNow,
  strikes: entity.strikes,
  strikesNotLegal: entity.strikesNotLegal,
});

function apiEntity(site: PublicSite, entity: Entity, rows: readonly Row[]): ApiEntity {
  const labels = new Map(site.cycles.map((c) => [c.id as string, c.label]));
  return {
    kind: entity.kind,
    slug: entity.slug,
    name: entity.name,
    spellings: entity.spellings,
    url: entityPath(entity.kind, entity.slug),
    csv: entityCsvPath(entity.kind, entity.slug),
    feed: entityFeedPath(entity.kind, entity.slug),
    asOf: site.cycles.at(-1)?.id ?? null,
    note: entityNote(entity.kind),
    ...countsOf(entity),
    cycles: entity.cycles.map((c) => ({ ...c, label: labels.get(c.cycle) ?? c.cycle })),
    factories: rows.map(({ factory, standing }) => ({
      id: factory.id,
      name: factory.name,
      province: factory.province,
      status: factory.status,
      closedOn: factory.closedOn,
      url: `/factories/${factory.id}/`,
      api: `/api/factories/${factory.id}.json`,
      latestCycle: standing.latestCycle,
      criticalNonCompliant: standing.nonCompliant,
      lowComplianceNow: standing.listedNow,
      lowComplianceCycles: standing.listedCycles,
      strikes: standing.strikes,
      strikesNotLegal: standing.strikesNotLegal,
    })),
  };
}

function apiEntityIndex(site: PublicSite, kind: EntityKind, entities: readonly Entity[]) {
  const index: ApiEntityIndex = {
    kind,
    asOf: site.cycles.at(-1)?.id ?? null,
    note: entityNote(kind),
    entries: entities.map((entity) => ({
      slug: entity.slug,
      name: entity.name,
      spellings: entity.spellings,
      url: entityPath(kind, entity.slug),
      api: entityApiPath(kind, entity.slug),
      ...countsOf(entity),
    })),
  };
  return index;
}

function* entityCsvRows(rows: readonly Row[]) {
  for (const { factory, standing } of rows) {
    yield [
      factory.id,
      factory.name,
      factory.province,
      factory.status,
      factory.closedOn,
      standing.latestCycle,
      standing.nonCompliant.join('; '),
      standing.nonCompliant.length,
      standing.listedNow ? 'true' : 'false',
      standing.listedCycles.join('; '),
      standing.strikes,
      standing.strikesNotLegal,
      `/factories/${factory.id}/`,
    ];
  }
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The API files and CSV downloads of every buyer and group, keyed by their path below the
 * site's root, one at a time.
 */
export function* entityFiles(
  site: PublicSite,
  entities: Entities,
): Generator<[string, string | { chunks: Iterable<string> }]> {
  const factories = new Map(site.factories.map((f) => [f.id as string, f]));
  for (const [kind, list] of [
    ['buyer', entities.buyers],
    ['group', entities.groups],
  ] as const) {
    yield [`api/${KIND_WORDS[kind].plural}.json`, json(apiEntityIndex(site, kind, list))];
    for (const entity of list) {
      const rows = rowsOf(entity, factories, entities.standings);
      yield [entityApiPath(kind, entity.slug).slice(1), json(apiEntity(site, entity, rows))];
      yield [
        entityCsvPath(kind, entity.slug).slice(1),
        { chunks: safeCsvChunks(ENTITY_CSV_COLUMNS, entityCsvRows(rows)) },
      ];
    }
  }
  for (const [name, schema] of Object.entries(ENTITY_SCHEMAS)) {
    yield [`api/schemas/${name}`, json(z.toJSONSchema(schema))];
  }
}
