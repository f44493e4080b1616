import { describe, expect, it } from 'vitest';
import {
  addYears,
  checkPlausible,
  dateOfDayNumber,
  dateOfInstant,
  dayNumber,
  daysBetween,
  isIsoDate,
  plausibleDates,
} from '../../src/lib/dates';
import type { IsoDate } from '../../src/lib/ids';

const d = (text: string) => text as IsoDate;

describe('a date is YYYY-MM-DD in ASCII digits for a day that exists', () => {
  it.each([
    ['2021-03-01', true],
    ['2000-02-29', true], // divisible by 400: a leap year
    ['2024-02-29', true],
    ['1900-02-29', false], // divisible by 100 but not 400: no 29 February
    ['2100-02-29', false],
    ['2021-02-29', false],
    ['2021-02-30', false],
    ['2021-04-31', false],
    ['2021-12-31', true],
    ['2021-13-01', false],
    ['2021-00-10', false],
    ['2021-01-00', false],
    ['0000-02-29', false], // year 0 is not a calendar year here
    ['0000-01-01', false],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2021-2-3', false], // month and day need two digits
    ['21-02-03', false],
    ['20210203', false],
    ['２０２１-０２-０３', false], // full-width digits
    ['٢٠٢١-٠٢-٠٣', false], // Arabic-Indic digits
    ['+2021-02-03', false], // ISO 8601 expanded years are not accepted
    ['-2021-02-03', false],
    [' 2021-02-03', false], // surrounding spaces are the cell layer's business, not a date's
    ['2021-02-03 ', false],
    ['2021- 02-03', false],
    ['2021-02-03T00:00', false],
    ['2021/02/03', false],
    ['', false],
  ])('%j → %s', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });
});

describe('date arithmetic is on whole days, free of Date quirks', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11_017],
    ['0050-06-15', -701_100], // Date.UTC would read year 50 as 1950
    ['9999-12-31', 2_932_896],
  ])('%s is day %i and back', (date, days) => {
    expect(dayNumber(d(date))).toBe(days);
    expect(dateOfDayNumber(days)).toBe(date);
  });

  it('counts days across a leap day', () => {
    expect(daysBetween(d('2024-02-28'), d('2024-03-01'))).toBe(2);
    expect(daysBetween(d('2023-02-28'), d('2023-03-01'))).toBe(1);
  });

  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2023-06-15', 1, '2024-06-15'],
  ])('%s plus %i year(s) is %s', (date, years, expected) => {
    expect(addYears(d(date), years)).toBe(expected);
  });

  it('takes the UTC day of an instant', () => {
    expect(dateOfInstant(Date.UTC(2026, 0, 31, 23, 59, 59))).toBe('2026-01-31');
  });
});

describe('a date is plausible from 1990-01-01 to one year after the build date', () => {
  const range = plausibleDates(d('2026-03-15'));
  it.each([
    ['1990-01-01', undefined],
    ['1989-12-31', 'expected a date on or after 1990-01-01, found 1989-12-31'],
    ['0001-01-01', 'expected a date on or after 1990-01-01, found 0001-01-01'],
    ['2027-03-15', undefined],
    [
      '2027-03-16',
      'expected a date on or before 2027-03-15 (one year after the build date), found 2027-03-16',
    ],
  ])('%s', (date, message) => {
    expect(checkPlausible(d(date), range)).toBe(message);
  });

  it('a build on 29 February allows dates to 28 February a year later', () => {
    expect(plausibleDates(d('2028-02-29')).latest).toBe('2029-02-28');
  });
});
