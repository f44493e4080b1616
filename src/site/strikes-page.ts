/**
 * What `/strikes/` shows, from the public snapshot: every union with its count, every cycle with
 * its count (each cycle's report lists its strikes), the latest cycle's strikes in full, and in
 * full every strike that started outside every cycle's period, since no report lists those. So the
 * page stays a page however large the registry, and every strike is on it or one link away.
 */
import type { PublicSite, PublicStrike } from '../lib/public-site';

export interface UnionRow {
  union: string;
  /** The union's strikes that did not follow the legal rules. */
  strikes: PublicStrike[];
  all: number;
  federation: string | null;
}

export interface CycleRow {
  cycle: PublicSite['cycles'][number];
  all: number;
  notLegal: number;
}

export interface StrikesPage {
  byUnion: UnionRow[];
  /** Newest cycle first. */
  cycles: CycleRow[];
  latest: PublicSite['cycles'][number] | undefined;
  /** Newest first. */
  latestStrikes: PublicStrike[];
  /** Newest first. */
  outside: PublicStrike[];
}

export function strikesPage(site: Pick<PublicSite, 'strikes' | 'cycles'>): StrikesPage {
  const byUnion = [...Map.groupBy(site.strikes, (s) => s.union)]
    .map(([union, all]) => ({
      union,
      strikes: all.filter((s) => !s.legal),
      all: all.length,
      federation: all.find((s) => s.federation !== null)?.federation ?? null,
    }))
    .sort((a, b) => b.strikes.length - a.strikes.length || a.union.localeCompare(b.union));
  const known = new Set<string>(site.cycles.map((c) => c.id));
  // A strike whose cycle has no report is listed with those outside every period, never dropped.
  const byCycle = Map.groupBy(site.strikes, (s) =>
    s.cycle !== null && known.has(s.cycle) ? s.cycle : null,
  );
  const latest = site.cycles.at(-1);
  const cycles = [...site.cycles].reverse().map((cycle) => {
    const strikes = byCycle.get(cycle.id) ?? [];
    return { cycle, all: strikes.length, notLegal: strikes.filter((s) => !s.legal).length };
  });
  const latestStrikes = latest ? [...(byCycle.get(latest.id) ?? [])].reverse() : [];
  const outside = [...(byCycle.get(null) ?? [])].reverse();
  return { byUnion, cycles, latest, latestStrikes, outside };
}
