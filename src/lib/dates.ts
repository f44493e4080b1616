import type { IsoDate } from './ids';

/**
 * The one judge of dates. A date is `YYYY-MM-DD` in ASCII digits for a day that exists in the
 * proleptic Gregorian calendar, years 0001 to 9999. Arithmetic is on integers, never through
 * `Date`, whose two-digit years (0–99 mean 1900–1999) and time zones would shift days.
 */
const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** Dates before this are refused as implausible: no monitoring programme reports from earlier. */
export const EARLIEST_DATE = '1990-01-01' as IsoDate;
/** How far past the build date a date may lie (a cycle published ahead, a planned period end). */
export const FUTURE_YEARS = 1;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The parts of a valid date, or undefined (so `2021-02-30`, `0000-01-01` and `2021-2-3` are not dates). */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  return day <= daysInMonth(year, month) ? { year, month, day } : undefined;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): text is IsoDate {
  return parseIsoDate(text) !== undefined;
}

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): CalendarDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function formatDate({ year, month, day }: CalendarDate): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

function partsOf(date: IsoDate): CalendarDate {
  const parts = parseIsoDate(date);
  if (parts === undefined) throw new RangeError(`not a date: ${JSON.stringify(date)}`);
  return parts;
}

/** Days since 1970-01-01, for date arithmetic free of time zones. */
export function dayNumber(date: IsoDate): number {
  return daysFromCivil(partsOf(date));
}

export function dateOfDayNumber(days: number): IsoDate {
  return formatDate(civilFromDays(days));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = partsOf(date);
  const target = year + years;
  return formatDate({ year: target, month, day: Math.min(day, daysInMonth(target, month)) });
}

/** The UTC calendar day of an instant, in milliseconds since the epoch. */
export function dateOfInstant(milliseconds: number): IsoDate {
  return dateOfDayNumber(Math.floor(milliseconds / 86_400_000));
}

export interface DateRange {
  earliest: IsoDate;
  latest: IsoDate;
}

/** The dates a dataset built on `buildDate` may hold: from 1990-01-01 to one year after the build. */
export function plausibleDates(buildDate: IsoDate): DateRange {
  return { earliest: EARLIEST_DATE, latest: addYears(buildDate, FUTURE_YEARS) };
}

/** Undefined for a plausible date, else what was expected (for `file:line: column: message`). */
export function checkPlausible(date: IsoDate, range: DateRange): string | undefined {
  if (date < range.earliest) {
    return `expected a date on or after ${range.earliest}, found ${date}`;
  }
  if (date > range.latest) {
    return `expected a date on or before ${range.latest} (one year after the build date), found ${date}`;
  }
  return undefined;
}
