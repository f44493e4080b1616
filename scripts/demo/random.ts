import { randomLcg } from 'd3';

/** A seeded source of random values; every draw comes from one d3 linear congruential generator. */
export interface Rng {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** Standard normal (Box–Muller). */
  normal(): number;
  pick<T>(items: readonly T[]): T;
  /** An item chosen with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** `count` distinct items in their original order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * Folds the seed and a stream name into a 32-bit state (FNV-1a, then a murmur3 finaliser).
 * Each part of the dataset draws from its own named stream, so adding a draw in one part
 * never shifts the values of another and the output depends on the seed alone.
 */
function hashStream(seed: number, stream: string): number {
  let h = 0x811c9dc5;
  const text = `${seed}\u0000${stream}`;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function createRng(seed: number, stream: string): Rng {
  const next = randomLcg(hashStream(seed, stream) / 0x100000000);
  // The first outputs of a freshly seeded LCG are correlated with the seed; discard a few.
  for (let i = 0; i < 4; i++) next();

  const rng: Rng = {
    float: next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    normal: () => {
      const u = 1 - next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    weighted: (items) => {
      let total = 0;
      for (const [, weight] of items) total += weight;
      let target = next() * total;
      for (const [item, weight] of items) {
        target -= weight;
        if (target < 0) return item;
      }
      const last = items[items.length - 1];
      if (last === undefined) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    sample: (items, count) => {
      // Selection sampling (Knuth's algorithm S) keeps the original order.
      const chosen: (typeof items)[number][] = [];
      let needed = Math.min(count, items.length);
      for (let i = 0; i < items.length && needed > 0; i++) {
        if (next() * (items.length - i) < needed) {
          chosen.push(items[i] as (typeof items)[number]);
          needed--;
        }
      }
      return chosen;
    },
  };
  return rng;
}
