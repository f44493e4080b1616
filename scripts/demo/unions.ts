import { FEDERATIONS, UNION_TRADES, UNION_WORDS } from './name-parts.ts';
import type { Rng } from './random.ts';

export interface Union {
  name: string;
  /** Empty for an independent union. */
  federation: string;
}

const FEDERATED_SHARE = 0.85;
const FACTORIES_PER_UNION = 8;
const UNION_COUNTS: readonly (readonly [number, number])[] = [
  [0, 25],
  [1, 55],
  [2, 20],
];

/**
 * A pool of fictional unions, each active at several factories, as Cambodian unions often are; a
 * union's name never contains a factory's, so listing a strike without its factory reveals nothing.
 */
function createUnionPool(rng: Rng, factories: number): Union[] {
  const size = Math.max(12, Math.round(factories / FACTORIES_PER_UNION));
  const used = new Set<string>();
  const pool: Union[] = [];
  for (let i = 0; i < size; i++) {
    let name = `${rng.pick(UNION_WORDS)} ${rng.pick(UNION_TRADES)} Demo Workers' Union`;
    if (used.has(name)) name = `${name}, Local ${i + 1}`;
    used.add(name);
    pool.push({ name, federation: rng.chance(FEDERATED_SHARE) ? rng.pick(FEDERATIONS) : '' });
  }
  return pool;
}

export interface UnionAssignment {
  pool: Union[];
  /** The unions present at each factory, by factory index: none at about a quarter, one or two elsewhere. */
  byFactory: Union[][];
}

export function assignUnions(rng: Rng, factories: number): UnionAssignment {
  const pool = createUnionPool(rng, factories);
  const byFactory = Array.from({ length: factories }, () => {
    const count = rng.weighted(UNION_COUNTS);
    const chosen = new Set<Union>();
    while (chosen.size < count) chosen.add(rng.pick(pool));
    return [...chosen];
  });
  return { pool, byFactory };
}
