/**
 * Buyers and groups (parent companies) as the publisher reports them on published factories,
 * gathered across spellings: "Brand A" and "BRAND A." are one buyer because the name model
 * (names.ts) gives them one key. Each buyer or group gets a permalink slug made from that key,
 * so a new spelling in a later cycle never moves the page, and the standing of its factories
 * in every cycle. Only published factories count: a buyer reported only by factories that were
 * never published has no entry at all.
 */
import type { CycleId, FactoryId, RequirementId } from './ids';
import { nameKey, normaliseText } from './names';
import type { PublicFactory, PublicSite } from './public-site';

export type EntityKind = 'buyer' | 'group';

/** One published factory's standing, as buyer and group pages list it. */
export interface FactoryStanding {
  id: FactoryId;
  /** The factory's latest published cycle. */
  latestCycle: CycleId;
  /** Critical requirements non-compliant in that cycle, in catalogue order. */
  nonCompliant: RequirementId[];
  /** On the low-compliance list of the site's latest cycle. */
  listedNow: boolean;
  /** Every cycle whose low-compliance list named the factory, oldest first. */
  listedCycles: CycleId[];
  strikes: number;
  strikesNotLegal: number;
}

/** A buyer's or group's factories in one cycle. */
export interface EntityCycle {
  cycle: CycleId;
  /** Its factories published on the critical issues in the cycle. */
  published: number;
  /** Of those, non-compliant on at least one critical issue. */
  nonCompliant: number;
  /** On the cycle's low-compliance list. */
  listed: number;
  /** Closed during the cycle's period. */
  closed: number;
}

export interface Entity {
  kind: EntityKind;
  /** The permalink: /buyers/<slug>/ or /groups/<slug>/. */
  slug: string;
  /** The spelling most factories use (ties: one not all in capitals, then code-point order). */
  name: string;
  /** Every spelling the data uses, the most used first. */
  spellings: string[];
  /** Published factories reporting it, by id. */
  factoryIds: FactoryId[];
  open: number;
  closed: number;
  /** Factories on the latest cycle's low-compliance list. */
  listedNow: number;
  /** Factories on any cycle's low-compliance list. */
  listedEver: number;
  /** Factories non-compliant on a critical issue in their latest published cycle. */
  nonCompliantNow: number;
  strikes: number;
  strikesNotLegal: number;
  /** Every cycle of the site, oldest first. */
  cycles: EntityCycle[];
}

export interface Entities {
  buyers: Entity[];
  groups: Entity[];
  /** The standing of every factory that has a buyer or a group, by id. */
  standings: Map<string, FactoryStanding>;
}

/** What a list of buyers or groups shows of each: everything but its factories and cycles. */
export type EntitySummary = Omit<Entity, 'factoryIds' | 'cycles'> & { factoryCount: number };

export function summaryOf(entity: Entity): EntitySummary {
  const { factoryIds, cycles: _cycles, ...rest } = entity;
  return { ...rest, factoryCount: factoryIds.length };
}

/**
 * The grouping key of a buyer's or group's name: the name model's key, or the plain
 * normalised text where the model leaves nothing (a name made only of legal words).
 */
export function entityKey(name: string): string {
  const key = nameKey(name);
  if (key !== '') return key;
  const text = normaliseText(name).replace(/\s+/g, ' ').trim();
  return text === '' ? '' : `=${text}`;
}

/** FNV-1a, 32 bits, in base 36: a short, stable tag of a key. */
export function hashTag(text: string): string {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** File names Windows refuses, whatever follows a dot (contract section 1). */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/;
/** Longer slugs are cut and tagged: a path segment must stay far below 255 bytes. */
const SLUG_MAX = 80;

/**
 * The slug of a key. A key of Latin letters and digits is its own slug (sites after a hyphen:
 * "brand#2" → "brand-2"), which no other such key can give; any other key (Khmer, Chinese, a
 * legal-words-only name), a very long one or a reserved file name keeps its Latin part and adds
 * a tag of the whole key.
 */
export function slugOfKey(key: string): string {
  if (/^[a-z0-9]+(#[a-z0-9]+(\+[a-z0-9]+)*)?$/.test(key)) {
    const own = key.replace(/[#+]/g, '-');
    if (own.length <= SLUG_MAX && !RESERVED.test(own)) return own;
  }
  const latin = key
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX - 10)
    .replace(/^-+|-+$/g, '');
  return latin === '' ? `x-${hashTag(key)}` : `${latin}-x${hashTag(key)}`;
}

/**
 * Slugs for every key, each distinct: a tagged slug that happens to equal another is tagged
 * again with a counter, in key order, so the result does not depend on the data's row order.
 */
export function slugsOfKeys(keys: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(keys)].sort();
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  for (const key of sorted) {
    const base = slugOfKey(key);
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(key, slug);
  }
  return slugs;
}

/** "BRAND A." reads as a shout where "Brand A" is also in the data. */
const shouted = (text: string) => text === text.toUpperCase() && text !== text.toLowerCase();

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function standingOf(
  factory: PublicFactory,
  latestCycle: CycleId | undefined,
  criticalIds: readonly RequirementId[],
  strikes: { all: number; notLegal: number },
): FactoryStanding | undefined {
  const latest = factory.cycles.at(-1);
  if (latest === undefined) return undefined;
  return {
    id: factory.id,
    latestCycle: latest.cycle,
    nonCompliant: criticalIds.filter((_, i) => latest.critical[i] === 'non_compliant'),
    listedNow: latest.cycle === latestCycle && latest.lowCompliance,
    listedCycles: factory.cycles.filter((c) => c.lowCompliance).map((c) => c.cycle),
    strikes: strikes.all,
    strikesNotLegal: strikes.notLegal,
  };
}

interface Gathered {
  spellings: Map<string, number>;
  factories: PublicFactory[];
}

function gather(
  factories: readonly PublicFactory[],
  namesOf: (f: PublicFactory) => readonly string[],
): Map<string, Gathered> {
  const byKey = new Map<string, Gathered>();
  for (const factory of factories) {
    const seen = new Set<string>();
    for (const raw of namesOf(factory)) {
      const spelling = raw.trim();
      const key = entityKey(spelling);
      if (key === '') continue;
      let entry = byKey.get(key);
      if (entry === undefined) {
        entry = { spellings: new Map(), factories: [] };
        byKey.set(key, entry);
      }
      entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1);
      // A factory listing one buyer twice, in two spellings, counts once.
      if (!seen.has(key)) {
        seen.add(key);
        entry.factories.push(factory);
      }
    }
  }
  return byKey;
}

function entitiesOf(
  kind: EntityKind,
  site: PublicSite,
  byKey: Map<string, Gathered>,
  standings: ReadonlyMap<string, FactoryStanding>,
): Entity[] {
  const slugs = slugsOfKeys(byKey.keys());
  const closedIn = new Map(
    site.cycles.map((c) => [c.id as string, new Set<string>(c.changes?.closed ?? [])]),
  );
  const entities = [...byKey].map(([key, { spellings, factories }]): Entity => {
    const ordered = [...spellings].sort(
      (a, b) =>
        b[1] - a[1] || Number(shouted(a[0])) - Number(shouted(b[0])) || byCodePoint(a[0], b[0]),
    );
    const ids = factories.map((f) => f.id).sort(byCodePoint);
    const rows = factories.flatMap((f) => standings.get(f.id) ?? []);
    const cycleOf = new Map(
      factories.map((f) => [f.id as string, new Map(f.cycles.map((c) => [c.cycle as string, c]))]),
    );
    return {
      kind,
      slug: slugs.get(key) as string,
      name: ordered[0]?.[0] ?? key,
      spellings: ordered.map(([spelling]) => spelling),
      factoryIds: ids,
      open: factories.filter((f) => f.status === 'open').length,
      closed: factories.filter((f) => f.status === 'closed').length,
      listedNow: rows.filter((r) => r.listedNow).length,
      listedEver: rows.filter((r) => r.listedCycles.length > 0).length,
      nonCompliantNow: rows.filter((r) => r.nonCompliant.length > 0).length,
      strikes: rows.reduce((sum, r) => sum + r.strikes, 0),
      strikesNotLegal: rows.reduce((sum, r) => sum + r.strikesNotLegal, 0),
      cycles: site.cycles.map((cycle): EntityCycle => {
        const records = ids.flatMap((id) => cycleOf.get(id)?.get(cycle.id) ?? []);
        const closed = closedIn.get(cycle.id) ?? new Set();
        return {
          cycle: cycle.id,
          published: records.length,
          nonCompliant: records.filter((r) => r.critical.includes('non_compliant')).length,
          listed: records.filter((r) => r.lowCompliance).length,
          closed: ids.filter((id) => closed.has(id)).length,
        };
      }),
    };
  });
  return entities.sort((a, b) => byCodePoint(a.slug, b.slug));
}

/** Every buyer and group of the published factories, with their factories' standing. */
export function buildEntities(site: PublicSite): Entities {
  const latestCycle = site.cycles.at(-1)?.id;
  const criticalIds = site.requirements.filter((r) => r.track === 'critical').map((r) => r.id);
  const strikeCounts = new Map<string, { all: number; notLegal: number }>();
  for (const strike of site.strikes) {
    if (strike.factoryId === null) continue;
    const counts = strikeCounts.get(strike.factoryId) ?? { all: 0, notLegal: 0 };
    counts.all += 1;
    if (!strike.legal) counts.notLegal += 1;
    strikeCounts.set(strike.factoryId, counts);
  }
  const related = site.factories.filter((f) => f.buyers.length > 0 || f.parentCompany !== null);
  const standings = new Map<string, FactoryStanding>();
  for (const factory of related) {
    const counts = strikeCounts.get(factory.id) ?? { all: 0, notLegal: 0 };
    const standing = standingOf(factory, latestCycle, criticalIds, counts);
    if (standing) standings.set(factory.id, standing);
  }
  const buyers = gather(related, (f) => f.buyers);
  const groups = gather(related, (f) => (f.parentCompany === null ? [] : [f.parentCompany]));
  return {
    buyers: entitiesOf('buyer', site, buyers, standings),
    groups: entitiesOf('group', site, groups, standings),
    standings,
  };
}

/** The spelling → slug lookup of one kind, for links from a factory's own spelling. */
export function slugLookup(
  entities: ReadonlyArray<Pick<Entity, 'slug' | 'spellings'>>,
): (spelling: string) => string | undefined {
  const bySpelling = new Map<string, string>();
  for (const entity of entities) {
    for (const spelling of entity.spellings) bySpelling.set(spelling, entity.slug);
  }
  return (spelling) => bySpelling.get(spelling.trim());
}
