import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  slugLookup,
  summaryOf,
  type Entities,
  type Entity,
  type EntityKind,
  type EntitySummary,
  type FactoryStanding,
} from '../lib/buyers';
import { GENERATED, loadSite } from './data';

/**
 * Buyers and groups for the pages: an index of every buyer and group (counts and spellings, no
 * factories) and a file per buyer or group with its factories' standing, so that a buyer page
 * reads its own small file and the lists read the index, never every factory.
 */
export interface EntityIndex {
  buyers: EntitySummary[];
  groups: EntitySummary[];
}

export interface EntityRecord {
  entity: Entity;
  /** Its factories' standing, in the order of `entity.factoryIds`. */
  standings: FactoryStanding[];
}

export const ENTITY_INDEX_FILE = 'entities/index.json';
export const entityRecordFile = (kind: EntityKind, slug: string) => `entities/${kind}/${slug}.json`;

/** The snapshot's files of buyers and groups, one at a time. */
export function* entitySnapshotFiles(entities: Entities): Generator<[string, string]> {
  const index: EntityIndex = {
    buyers: entities.buyers.map(summaryOf),
    groups: entities.groups.map(summaryOf),
  };
  yield [ENTITY_INDEX_FILE, JSON.stringify(index)];
  for (const entity of [...entities.buyers, ...entities.groups]) {
    const record: EntityRecord = {
      entity,
      standings: entity.factoryIds.flatMap((id) => entities.standings.get(id) ?? []),
    };
    yield [entityRecordFile(entity.kind, entity.slug), JSON.stringify(record)];
  }
}

const readJson = <T>(name: string): T =>
  JSON.parse(readFileSync(join(GENERATED, name), 'utf8')) as T;

let index: EntityIndex | undefined;

export function loadEntityIndex(): EntityIndex {
  if (index === undefined) {
    loadSite();
    index = readJson<EntityIndex>(ENTITY_INDEX_FILE);
  }
  return index;
}

export const entitiesOf = (kind: EntityKind): EntitySummary[] =>
  kind === 'buyer' ? loadEntityIndex().buyers : loadEntityIndex().groups;

/** Records read lately: a group's factory pages ask for the group's record one after another. */
const records = new Map<string, EntityRecord>();
const RECORDS_KEPT = 8;

export function entityRecord(kind: EntityKind, slug: string): EntityRecord {
  const file = entityRecordFile(kind, slug);
  let record = records.get(file);
  if (record === undefined) {
    record = readJson<EntityRecord>(file);
    records.set(file, record);
    if (records.size > RECORDS_KEPT) records.delete(records.keys().next().value as string);
  }
  return record;
}

const lookups = new Map<EntityKind, (spelling: string) => string | undefined>();

/** The slug of the page a factory's spelling of a buyer or group leads to. */
export function entitySlug(kind: EntityKind, spelling: string): string | undefined {
  let lookup = lookups.get(kind);
  if (lookup === undefined) {
    lookup = slugLookup(entitiesOf(kind));
    lookups.set(kind, lookup);
  }
  return lookup(spelling);
}

export type { Entity, EntityKind, EntitySummary, FactoryStanding };
