import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type {
  PublicCycle,
  PublicFactory,
  PublicRequirement,
  PublicStrike,
} from '../lib/public-site';
import {
  BUILD_TOKEN_FILE,
  CORE_FILE,
  shardFile,
  type CycleRecord,
  type FactoryCard,
  type SiteCore,
} from './snapshot';

/**
 * The pages' only way to the data: the public snapshot scripts/build-data.ts wrote to
 * src/generated/. Read with fs (not imported) so Vite does not bundle the data into JavaScript.
 * Every page holds the small core; a factory page reads its own record from a shard file. The
 * lookups below are Maps built once per build, so no page scans every factory.
 */
export const GENERATED =
  process.env['PORTAL_GENERATED_DIR'] ?? join(process.cwd(), 'src/generated');

function readJson<T>(name: string): T {
  const path = join(GENERATED, name);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`cannot read ${path}: run "npm run build", which scores the data first`, {
      cause: error,
    });
  }
}

/**
 * `npm run build` starts the page build while the data step still runs (Astro bundles the code
 * meanwhile) and names the snapshot it waits for: pages are made only from this build's data.
 */
function waitForSnapshot(): void {
  const token = process.env['PORTAL_BUILD_TOKEN'];
  if (token === undefined || token === '') return;
  const path = join(GENERATED, BUILD_TOKEN_FILE);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const tokenNow = () => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };
  while (tokenNow() !== token) Atomics.wait(pause, 0, 0, 50);
}

let cached: SiteCore | undefined;

export function loadSite(): SiteCore {
  if (cached === undefined) {
    waitForSnapshot();
    cached = readJson<SiteCore>(CORE_FILE);
  }
  return cached;
}

/** Built once per snapshot, whichever page asks first. */
function perSite<T>(build: (site: SiteCore) => T): (site: SiteCore) => T {
  const built = new WeakMap<SiteCore, T>();
  return (site) => {
    let value = built.get(site);
    if (value === undefined) {
      value = build(site);
      built.set(site, value);
    }
    return value;
  };
}

const indexById = perSite((site) => new Map(site.factories.map((f, i) => [f.id as string, i])));

/** Shards read lately: pages are built in id order, a language at a time. */
const shards = new Map<number, PublicFactory[]>();
const SHARDS_KEPT = 4;

/** A published factory's full record, from its shard file. */
export function factoryRecord(site: SiteCore, id: string): PublicFactory {
  const index = indexById(site).get(id);
  if (index === undefined) throw new Error(`${id} is not a published factory`);
  const shard = Math.floor(index / site.shardSize);
  let factories = shards.get(shard);
  if (factories === undefined) {
    factories = readJson<PublicFactory[]>(shardFile(shard));
    shards.set(shard, factories);
    if (shards.size > SHARDS_KEPT) shards.delete(shards.keys().next().value as number);
  }
  const factory = factories[index - shard * site.shardSize];
  if (factory?.id !== id) throw new Error(`${shardFile(shard)} does not hold ${id} where expected`);
  return factory;
}

export const latestCycle = (site: SiteCore): PublicCycle | undefined => site.cycles.at(-1);

export const factoryById = perSite(
  (site) => new Map<string, FactoryCard>(site.factories.map((f) => [f.id, f])),
);

export const requirementById = perSite(
  (site) => new Map<string, PublicRequirement>(site.requirements.map((r) => [r.id, r])),
);

export const criticalRequirements = (site: SiteCore) =>
  site.requirements.filter((r) => r.track === 'critical');
export const keyRequirements = (site: SiteCore) =>
  site.requirements.filter((r) => r.track === 'key');

const strikesByFactory = perSite((site) => Map.groupBy(site.strikes, (s) => s.factoryId));

export const strikesOf = (site: SiteCore, factoryId: string): PublicStrike[] =>
  strikesByFactory(site).get(factoryId as PublicStrike['factoryId']) ?? [];

const byParent = perSite((site) =>
  Map.groupBy(
    site.factories.filter((f) => f.parentCompany !== null),
    (f) => f.parentCompany as string,
  ),
);

/** Sister factories: other published factories with the same parent company. */
export function siblingsOf(
  site: SiteCore,
  factory: Pick<FactoryCard, 'id' | 'parentCompany'>,
): FactoryCard[] {
  if (factory.parentCompany === null) return [];
  return (byParent(site).get(factory.parentCompany) ?? []).filter((f) => f.id !== factory.id);
}

/**
 * A factory's record in a cycle as lists show it: its latest by default. Records of earlier
 * cycles are kept only for the factories on that cycle's low-compliance list, the only lists of
 * an earlier cycle the site shows.
 */
export function recordIn(
  site: SiteCore,
  factory: FactoryCard,
  cycleId?: string,
): CycleRecord | undefined {
  if (cycleId === undefined || factory.latest.cycle === cycleId) return factory.latest;
  return site.listed[cycleId]?.[factory.id];
}

/** Size in bytes of a file of /downloads/, or undefined when the data step did not write it. */
export function downloadSize(name: string): number | undefined {
  const path = join(GENERATED, 'public/downloads', name);
  return existsSync(path) ? statSync(path).size : undefined;
}

export type {
  CycleRecord,
  FactoryCard,
  PublicCycle,
  PublicFactory,
  PublicRequirement,
  PublicStrike,
  SiteCore,
};
