import fc from 'fast-check';
import type { IsoDate } from '../ids.js';
import { englandBankHolidays } from './bank-holidays.js';

/*
 * Test oracles built on the platform's Date (with arguments, UTC only), deliberately independent
 * of the calendar's own day-number arithmetic so that a shared mistake cannot hide.
 */

const MILLISECONDS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date, by the platform's Date. */
export function oracleDayNumber(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / MILLISECONDS_PER_DAY;
}

/** The ISO date of a day number, by the platform's Date. */
export function oracleIsoDate(dayNumber: number): IsoDate {
  return new Date(dayNumber * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
}

/** Whether a date is a working day, from first principles and the published bank holiday list. */
export function oracleIsWorkingDay(date: IsoDate, closureDays: readonly IsoDate[] = []): boolean {
  const weekday = new Date(oracleDayNumber(date) * MILLISECONDS_PER_DAY).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const year = Number(date.slice(0, 4));
  return !englandBankHolidays(year).some((holiday) => holiday.date === date) && !closureDays.includes(date);
}

/** An ISO date between two dates, inclusive. */
export function isoDateBetween(first: IsoDate, last: IsoDate): fc.Arbitrary<IsoDate> {
  return fc.integer({ min: oracleDayNumber(first), max: oracleDayNumber(last) }).map(oracleIsoDate);
}

/** Any date in the years most assessments will touch, with margins either side. */
export const assessmentDateArbitrary = isoDateBetween('1990-01-01', '2060-12-31');

/** A date together with closure days near it, so that closures actually get in the way. */
export const dateWithClosuresArbitrary = fc
  .tuple(
    fc.integer({ min: oracleDayNumber('1990-01-01'), max: oracleDayNumber('2060-12-31') }),
    fc.array(fc.integer({ min: -40, max: 80 }), { maxLength: 12 }),
  )
  .map(([dayNumber, offsets]) => ({
    date: oracleIsoDate(dayNumber),
    closureDays: offsets.map((offset) => oracleIsoDate(dayNumber + offset)),
  }));
