/**
 * The public snapshot as the pages read it, in pieces whose size does not depend on how many
 * factories there are: a core file (everything but the factories' full records, plus one small
 * card per factory for lists and names) and shard files of full factory records, read one at a
 * time by the factory pages. Pure: the data step writes what this returns, src/site/data.ts reads it.
 */
import type { CycleId, FactoryId, RequirementId } from '../lib/ids';
import type { PublicFactory, PublicFactoryCycle, PublicSite } from '../lib/public-site';

/** One factory's record in one cycle, as lists show it. */
export interface CycleRecord {
  cycle: CycleId;
  /** Critical requirements found non-compliant, in catalogue order. */
  nonCompliant: RequirementId[];
  /** Only where the factory is in that cycle's low-compliance population. */
  complianceRate: number | null;
  lowCompliance: boolean;
  /** Key requirements found non-compliant: only for factories on that cycle's list. */
  keyNonCompliant: RequirementId[] | null;
}

/** What lists, names and links need of a published factory. */
export interface FactoryCard {
  id: FactoryId;
  name: string;
  nameKm: string | null;
  nameZh: string | null;
  province: string | null;
  parentCompany: string | null;
  buyers: string[];
  workers: number | null;
  status: PublicFactory['status'];
  closedOn: PublicFactory['closedOn'];
  /** The latest published cycle. */
  latest: CycleRecord;
}

/** The site without the factories' full records: small enough for every page to hold. */
export interface SiteCore extends Omit<PublicSite, 'factories'> {
  /** Every published factory, by id. */
  factories: FactoryCard[];
  /**
   * Each cycle's records of the factories on its low-compliance list (a list page of an earlier
   * cycle needs their rates then), by cycle and factory id.
   */
  listed: Record<string, Record<string, CycleRecord>>;
  /** Factories per shard file: shard `n` holds factories `n * shardSize` to `(n + 1) * shardSize - 1`. */
  shardSize: number;
  /** Buyers and groups: each has a page in every language (src/site/shards.ts weighs them). */
  entities: number;
}

/**
 * Factories per shard file. A factory page reads one shard; pages are built in id order, so
 * a shard is read about once per language. 100 records are a few hundred kilobytes.
 */
export const SHARD_SIZE = 100;

export const CORE_FILE = 'core.json';
/** Written last by the data step of `npm run build`: which build the snapshot belongs to. */
export const BUILD_TOKEN_FILE = 'build-token';
export const shardFile = (index: number) => `factories/${index}.json`;

function requirementIds(site: Pick<PublicSite, 'requirements'>, track: 'critical' | 'key') {
  return site.requirements.filter((r) => r.track === track).map((r) => r.id);
}

function recordOf(
  record: PublicFactoryCycle,
  critical: readonly RequirementId[],
  key: readonly RequirementId[],
): CycleRecord {
  const failed = (ids: readonly RequirementId[], findings: readonly string[]) =>
    ids.filter((_, i) => findings[i] === 'non_compliant');
  return {
    cycle: record.cycle,
    nonCompliant: failed(critical, record.critical),
    complianceRate: record.complianceRate,
    lowCompliance: record.lowCompliance,
    keyNonCompliant: record.key === null ? null : failed(key, record.key),
  };
}

/**
 * The core file's content; `factories` must be the site's factories in id order, `entities` the
 * number of its buyers and groups.
 */
export function siteCore(site: PublicSite, entities = 0, shardSize = SHARD_SIZE): SiteCore {
  const critical = requirementIds(site, 'critical');
  const key = requirementIds(site, 'key');
  const listed: SiteCore['listed'] = Object.fromEntries(site.cycles.map((c) => [c.id, {}]));
  const factories = site.factories.map((factory): FactoryCard => {
    const latest = factory.cycles.at(-1);
    // A factory is in the snapshot because a cycle published it.
    if (latest === undefined) throw new Error(`${factory.id}: a published factory without a cycle`);
    for (const record of factory.cycles) {
      const byFactory = listed[record.cycle];
      if (record.lowCompliance && byFactory) {
        byFactory[factory.id] = recordOf(record, critical, key);
      }
    }
    return {
      id: factory.id,
      name: factory.name,
      nameKm: factory.nameKm,
      nameZh: factory.nameZh,
      province: factory.province,
      parentCompany: factory.parentCompany,
      buyers: factory.buyers,
      workers: factory.workers,
      status: factory.status,
      closedOn: factory.closedOn,
      latest: recordOf(latest, critical, key),
    };
  });
  const { factories: _full, ...rest } = site;
  return { ...rest, factories, listed, shardSize, entities };
}

/** The shard files of full factory records, in id order, one at a time. */
export function* factoryShards(
  factories: readonly PublicFactory[],
  shardSize = SHARD_SIZE,
): Generator<{ index: number; factories: PublicFactory[] }> {
  for (let start = 0, index = 0; start < factories.length; start += shardSize, index += 1) {
    yield { index, factories: factories.slice(start, start + shardSize) };
  }
}
