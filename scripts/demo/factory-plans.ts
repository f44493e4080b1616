import { cycleIndexOf, type Cycle } from './cycles.ts';
import { toWorkingDay, type Day } from './dates.ts';
import type { Rng } from './random.ts';

/** The life of one factory in the programme: when it enters, how good it is, when it is visited and closes. */
export interface FactoryPlan {
  id: string;
  /** Assessments before the first cycle: only factories already in the programme have any. */
  priorAssessments: number;
  /** Latent management quality in SD units; higher means fewer findings. */
  quality: number;
  /** Among the small tail of factories that stay far below the rest. */
  chronic: boolean;
  /** Whether it runs night shifts (otherwise the night-work requirement is not applicable). */
  nightWork: boolean;
  closedOn: Day | null;
  /** Closed abruptly, days or weeks after a strike over unpaid wages. */
  abruptClosure: boolean;
  /** Assessment dates in the files, ascending and distinct. */
  visits: Day[];
}

/**
 * The share of the registry already in the programme in the first cycle. Kept low so that, as in
 * BFC's first cycles, a few dozen factories are published at first and coverage then grows.
 */
const INCUMBENT_SHARE = 0.19;
const PRIOR_ASSESSMENTS: readonly (readonly [number, number])[] = [
  [0, 0.06],
  [1, 0.2],
  [2, 0.22],
  [3, 0.2],
  [4, 0.15],
  [5, 0.1],
  [6, 0.07],
];
const CHRONIC_SHARE = 0.025;
/** About a fifth of factories close over the period (BFC's 11th cycle: 114 of 579 closed). */
const CLOSURE_SHARE = 0.2;
const ABRUPT_CLOSURE_SHARE = 0.3;
/** Factories are assessed roughly annually. */
const MIN_INTERVAL = 300;
const MAX_INTERVAL = 425;
/** A follow-up visit within the same cycle happens a few times per dataset. */
const FOLLOW_UP_CHANCE = 0.002;
const NIGHT_WORK_SHARE = 0.65;

/**
 * Registration time of an entrant as a fraction of the period: more factories join early
 * (density falling linearly from 2 to 0.5), as BFC's coverage grew fastest in its first years.
 */
function entrantPosition(rng: Rng): number {
  return (2 - Math.sqrt(4 - 3.75 * rng.float())) / 1.5;
}

/** A few registered factories are never assessed (the validator warns about them). */
function numberOfNeverAssessed(factories: number): number {
  return factories < 20 ? 0 : Math.min(3, Math.max(1, Math.round(factories / 250)));
}

interface Draft extends Omit<FactoryPlan, 'id'> {
  registeredOn: Day;
  firstVisit: Day | null;
  closureDraw: number;
  draw: number;
}

function draftFactory(rng: Rng, start: Day, end: Day, draw: number, neverAssessed: boolean): Draft {
  const incumbent = !neverAssessed && rng.chance(INCUMBENT_SHARE);
  // Factories already in the programme are survivors: fewer of them are chronic low performers.
  const chronic = rng.chance(CHRONIC_SHARE * (incumbent ? 0.6 : 1.1));
  const quality = chronic ? -2.2 - Math.abs(rng.normal()) * 0.6 : rng.normal() * 0.8;
  const nightWork = rng.chance(NIGHT_WORK_SHARE);
  let registeredOn: Day;
  let firstVisit: Day | null;
  if (neverAssessed) {
    // Registered so late that its first assessment falls after the last period.
    registeredOn = end - rng.int(10, 80);
    firstVisit = null;
  } else if (incumbent) {
    registeredOn = start - rng.int(200, 3000);
    firstVisit = start + rng.int(0, 364);
  } else {
    registeredOn = start + Math.floor(entrantPosition(rng) * (end - start - 200));
    firstVisit = registeredOn + rng.int(30, 150);
  }
  return {
    priorAssessments: incumbent ? rng.weighted(PRIOR_ASSESSMENTS) : 0,
    quality,
    chronic,
    nightWork,
    closedOn: null,
    abruptClosure: false,
    visits: [],
    registeredOn,
    firstVisit,
    closureDraw: rng.float(),
    draw,
  };
}

/** Regular visits every 10–14 months, plus the odd follow-up visit inside the same cycle. */
function scheduleVisits(rng: Rng, first: Day, last: Day, cycles: readonly Cycle[]): Day[] {
  const visits: Day[] = [];
  const lower = cycles[0]?.start ?? first;
  let planned = first;
  while (planned <= last) {
    const visit = toWorkingDay(planned, Math.max(lower, (visits.at(-1) ?? -Infinity) + 1), last);
    visits.push(visit);
    const cycleIndex = cycleIndexOf(cycles, visit);
    const cycle = cycles[cycleIndex];
    let next = planned + rng.int(MIN_INTERVAL, MAX_INTERVAL);
    // In a calendar-year cycle an early visit could be followed by another late in the same year;
    // the monitoring programme visits each factory once per cycle, so the next one waits.
    if (cycle && next <= cycle.end) next = cycle.end + 1 + rng.int(0, 45);
    if (rng.chance(FOLLOW_UP_CHANCE)) {
      const followUp = toWorkingDay(visit + rng.int(25, 70), visit + 1, last);
      if (cycle && followUp <= cycle.end && followUp <= last && followUp < next - 1) {
        visits.push(followUp);
      }
    }
    planned = next;
  }
  return visits;
}

/**
 * Plans every factory's life, then numbers them in order of registration so that ids read like a
 * registry that grew over time (`KH-0001` is among the oldest).
 */
export function planFactories(rng: Rng, count: number, cycles: readonly Cycle[]): FactoryPlan[] {
  const start = cycles[0]?.start ?? 0;
  const end = cycles.at(-1)?.end ?? start;
  const neverAssessed = new Set(rng.sample([...Array(count).keys()], numberOfNeverAssessed(count)));
  const drafts = Array.from({ length: count }, (_, i) =>
    draftFactory(rng, start, end, i, neverAssessed.has(i)),
  );

  // Closure chance grows with the time a factory spends in the programme; chronic low performers
  // close twice as often. Scaled so that about CLOSURE_SHARE of the registry closes.
  const exposure = (d: Draft) =>
    d.firstVisit === null ? 0 : (end - d.firstVisit) * (d.chronic ? 2 : 1);
  const totalExposure = drafts.reduce((sum, d) => sum + exposure(d), 0);
  for (const draft of drafts) {
    if (draft.firstVisit === null || totalExposure === 0) continue;
    const chance = (CLOSURE_SHARE * count * exposure(draft)) / totalExposure;
    const window = end - draft.firstVisit - 120;
    if (draft.closureDraw < chance && window > 30) {
      draft.closedOn = draft.firstVisit + 120 + rng.int(0, window);
      draft.abruptClosure = rng.chance(ABRUPT_CLOSURE_SHARE);
    }
  }

  for (const draft of drafts) {
    if (draft.firstVisit === null) continue;
    // No visit in the last days before a closure: the factory is winding down.
    const last = draft.closedOn === null ? end : Math.min(end, draft.closedOn - 7);
    draft.visits = scheduleVisits(rng, draft.firstVisit, last, cycles);
  }

  drafts.sort((a, b) => a.registeredOn - b.registeredOn || a.draw - b.draw);
  const width = Math.max(4, String(count).length);
  return drafts.map(
    ({ registeredOn: _r, firstVisit: _f, closureDraw: _c, draw: _d, ...plan }, i) => ({
      id: `KH-${String(i + 1).padStart(width, '0')}`,
      ...plan,
    }),
  );
}
