import { dayOf, formatDay, type Day } from './dates.ts';
import type { Rng } from './random.ts';
import { halfYearLabel, yearLabel, type Translated } from './translations.ts';

export interface Cycle {
  id: string;
  label: string;
  labelIn: Translated;
  start: Day;
  end: Day;
  publishedOn: Day;
}

/** BFC reported half-yearly from its early cycles until it moved to calendar years (research notes 1.4). */
const HALF_YEAR_CYCLES = 8;
/**
 * The default 14 cycles run from 2014-H1 to 2023, the years of BFC's reporting. The last cycle
 * never ends after 2023, whatever the count: more cycles start earlier, so generated data never
 * holds a date in the future, which the validator refuses.
 */
const DEFAULT_CYCLES = 14;
const DEFAULT_FIRST_YEAR = 2014;
/** Cycles before 1990 would be refused as implausible: 8 half-years from 1990 and years to 2023. */
export const MAX_CYCLES = DEFAULT_CYCLES + (DEFAULT_FIRST_YEAR - 1990);

export function firstYearOf(count: number): number {
  return DEFAULT_FIRST_YEAR - Math.max(0, count - DEFAULT_CYCLES);
}

export const CYCLE_HEADER = [
  'cycle',
  'label',
  'label_km',
  'label_zh',
  'period_start',
  'period_end',
  'published_on',
] as const;

/**
 * Consecutive, non-overlapping cycles: half-years (`2014-H1`, `2014-H2`, …) for the first eight,
 * calendar years after that (`2018`, `2019`, …). Each report is published about three months after
 * its period ends.
 */
export function generateCycles(count: number, rng: Rng): Cycle[] {
  const FIRST_YEAR = firstYearOf(count);
  const cycles: Cycle[] = [];
  for (let i = 0; i < count; i++) {
    let cycle: Omit<Cycle, 'publishedOn'>;
    if (i < HALF_YEAR_CYCLES) {
      const year = FIRST_YEAR + Math.floor(i / 2);
      const firstHalf = i % 2 === 0;
      cycle = {
        id: `${year}-H${firstHalf ? 1 : 2}`,
        label: `${firstHalf ? 'January–June' : 'July–December'} ${year}`,
        labelIn: halfYearLabel(year, firstHalf),
        start: firstHalf ? dayOf(year, 1, 1) : dayOf(year, 7, 1),
        end: firstHalf ? dayOf(year, 6, 30) : dayOf(year, 12, 31),
      };
    } else {
      const year = FIRST_YEAR + HALF_YEAR_CYCLES / 2 + (i - HALF_YEAR_CYCLES);
      cycle = {
        id: String(year),
        label: `Reporting year ${year}`,
        labelIn: yearLabel(year),
        start: dayOf(year, 1, 1),
        end: dayOf(year, 12, 31),
      };
    }
    cycles.push({ ...cycle, publishedOn: cycle.end + rng.int(80, 100) });
  }
  return cycles;
}

export function cycleRows(cycles: readonly Cycle[]): string[][] {
  return cycles.map((c) => [
    c.id,
    c.label,
    c.labelIn.km,
    c.labelIn.zh,
    formatDay(c.start),
    formatDay(c.end),
    formatDay(c.publishedOn),
  ]);
}

/** Index of the cycle whose period holds `day`, or -1. */
export function cycleIndexOf(cycles: readonly Cycle[], day: Day): number {
  let lo = 0;
  let hi = cycles.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cycle = cycles[mid] as Cycle;
    if (day < cycle.start) hi = mid - 1;
    else if (day > cycle.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
