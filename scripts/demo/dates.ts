/** Dates are whole days since 1970-01-01 (UTC), so arithmetic is plain integer arithmetic. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, date: number): Day {
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

export function parseDay(iso: string): Day {
  const [year, month, date] = iso.split('-').map(Number);
  return dayOf(year ?? NaN, month ?? NaN, date ?? NaN);
}

export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Day of the year, 1 for 1 January. */
export function dayOfYear(day: Day): number {
  return day - dayOf(yearOf(day), 1, 1) + 1;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * Moves a weekend day to the nearest working day that stays within [min, max]: monitors visit
 * factories on working days. Returns the day unchanged when no working day fits.
 */
export function toWorkingDay(day: Day, min: Day, max: Day): Day {
  const weekday = weekdayOf(day);
  if (weekday !== 0 && weekday !== 6) return day;
  const forward = day + (weekday === 6 ? 2 : 1);
  const backward = day - (weekday === 6 ? 1 : 2);
  if (forward <= max) return forward;
  if (backward >= min) return backward;
  return day;
}
