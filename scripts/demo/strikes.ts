import type { Cycle } from './cycles.ts';
import { formatDay, yearOf, type Day } from './dates.ts';
import type { Factory } from './factories.ts';
import type { FactoryPlan } from './factory-plans.ts';
import type { Rng } from './random.ts';
import type { Union, UnionAssignment } from './unions.ts';

export const STRIKE_HEADER = [
  'strike_id',
  'factory_id',
  'union',
  'federation',
  'start_date',
  'end_date',
  'workers_involved',
  'legal',
  'requirements_missed',
  'summary',
  'summary_language',
] as const;

/** Chance that a unionised factory has a strike in one half-year (a calendar-year cycle doubles it). */
const HALF_YEAR_STRIKE_CHANCE = 0.015;
const LEGAL_SHARE = 0.5;
/** The legal steps a strike can miss, in the order they come in the procedure; weights per step. */
const STRIKE_REQUIREMENTS: readonly (readonly [string, number])[] = [
  ['conciliation', 0.45],
  ['arbitration', 0.3],
  ['secret-ballot', 0.4],
  ['quorum', 0.2],
  ['notice', 0.65],
];

const SUMMARIES: readonly string[] = [
  'Walk-out over unpaid overtime',
  'Strike demanding a higher attendance bonus',
  'Stoppage after a union leader was dismissed',
  'Protest against a new hourly production target',
  'Sit-in demanding transport and meal allowances',
  'Strike over the non-renewal of fixed-duration contracts',
  'Walk-out after workers fainted in the sewing hall',
  'Strike over late payment of wages',
  'Demonstration demanding payment of the seniority indemnity',
  'Stoppage over heat and poor ventilation in the workshop',
  'Strike against compulsory Sunday overtime',
  'Walk-out after a supervisor assaulted a worker',
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Summaries for the strikes that precede an abrupt closure: wages and severance go unpaid. */
const CLOSURE_SUMMARIES: readonly ((month: string) => string)[] = [
  (month) =>
    `Strike over unpaid ${month} wages; the owners left and the factory closed without paying severance`,
  () =>
    'Workers stopped work when wages went a month unpaid; the factory shut days later with severance unpaid',
  () =>
    'Sit-in to guard the machines after wages and severance went unpaid as the owners prepared to close',
];

interface Strike {
  factoryIndex: number;
  union: Union;
  start: Day;
  end: Day;
  share: number;
  legal: boolean;
  missed: string[];
  summary: string;
}

function drawLegality(rng: Rng, legalShare: number): Pick<Strike, 'legal' | 'missed'> {
  if (rng.chance(legalShare)) return { legal: true, missed: [] };
  const missed = STRIKE_REQUIREMENTS.filter(([, weight]) => rng.chance(weight)).map(([s]) => s);
  return { legal: false, missed: missed.length > 0 ? missed : ['notice'] };
}

function monthBefore(day: Day): string {
  return MONTHS[(new Date(day * 86_400_000).getUTCMonth() + 11) % 12] ?? 'January';
}

/**
 * Strikes at unionised factories in every cycle, plus one before each abrupt closure. Ids are
 * `S-<year>-<number>`, numbered by start date within the year.
 */
export function generateStrikes(
  rng: Rng,
  plans: readonly FactoryPlan[],
  factories: readonly Factory[],
  cycles: readonly Cycle[],
  unions: UnionAssignment,
): string[][] {
  const strikes: Strike[] = [];
  for (const cycle of cycles) {
    const halfYears = Math.round((cycle.end - cycle.start) / 182);
    const chance = HALF_YEAR_STRIKE_CHANCE * Math.max(1, halfYears);
    plans.forEach((plan, f) => {
      const first = plan.visits[0];
      const present = unions.byFactory[f] ?? [];
      if (first === undefined || present.length === 0) return;
      const from = Math.max(cycle.start, first);
      const to = Math.min(cycle.end, (plan.closedOn ?? Infinity) - 1);
      if (from > to || !rng.chance(chance)) return;
      const start = rng.int(from, to);
      strikes.push({
        factoryIndex: f,
        union: rng.pick(present),
        start,
        end: Math.min(start + rng.int(1, 10), to),
        share: 0.1 + 0.8 * rng.float(),
        ...drawLegality(rng, LEGAL_SHARE),
        summary: rng.pick(SUMMARIES),
      });
    });
  }

  plans.forEach((plan, f) => {
    const first = plan.visits[0];
    if (!plan.abruptClosure || plan.closedOn === null || first === undefined) return;
    const start = Math.max(first + 1, plan.closedOn - rng.int(5, 40));
    // A factory without a union of its own is organised by one from outside for the occasion.
    const present = unions.byFactory[f] ?? [];
    strikes.push({
      factoryIndex: f,
      union: rng.pick(present.length > 0 ? present : unions.pool),
      start,
      end: Math.min(start + rng.int(1, 10), plan.closedOn),
      share: 0.6 + 0.4 * rng.float(),
      // Strikes in a sudden closure are rarely called with the full legal procedure.
      ...drawLegality(rng, 0.2),
      summary: rng.pick(CLOSURE_SUMMARIES)(monthBefore(start)),
    });
  });

  // Plans are in id order, so the factory index breaks ties by factory id.
  strikes.sort((a, b) => a.start - b.start || a.factoryIndex - b.factoryIndex);
  const perYear = new Map<number, number>();
  for (const s of strikes) {
    const year = yearOf(s.start);
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  const width = Math.max(3, ...[...perYear.values()].map((n) => String(n).length));
  const numbered = new Map<number, number>();
  return strikes.map((s) => {
    const year = yearOf(s.start);
    const number = (numbered.get(year) ?? 0) + 1;
    numbered.set(year, number);
    const workers = factories[s.factoryIndex]?.workers ?? 0;
    return [
      `S-${year}-${String(number).padStart(width, '0')}`,
      plans[s.factoryIndex]?.id ?? '',
      s.union.name,
      s.union.federation,
      formatDay(s.start),
      formatDay(s.end),
      String(Math.max(10, Math.round(workers * s.share))),
      s.legal ? 'yes' : 'no',
      s.missed.join(';'),
      s.summary,
      // The summaries are written in English; the column says so, and the pages mark them.
      'en',
    ];
  });
}
