import { InvalidInputError } from '../errors.js';
import type { IsoDate } from '../ids.js';
import { CALENDAR_MESSAGES, showValue } from './calendar-messages.js';

/*
 * Dates are handled as day numbers (days since 1970-01-01, proleptic Gregorian) because the
 * working-day loops run hundreds of thousands of times in benchmarks: integer arithmetic, no Date
 * objects, no time zones. The conversions are Howard Hinnant's `days_from_civil` and
 * `civil_from_days` (http://howardhinnant.github.io/date_algorithms.html).
 */

/** A path inside the caller's input, used to say which value was wrong. */
export type InputPath = readonly (string | number)[];

const DASH = 45;
const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, value) => String(value).padStart(2, '0'));
const ZERO = 48;

/** Day number of 0001-01-01, the first date a four-digit `YYYY-MM-DD` can show (year 0000 is refused). */
export const FIRST_DAY_NUMBER = dayNumberFromParts(1, 1, 1);
/** Day number of 9999-12-31, the last date a four-digit `YYYY-MM-DD` can show. */
export const LAST_DAY_NUMBER = dayNumberFromParts(9999, 12, 31);

/** Days since 1970-01-01 of a valid year, month (1-12) and day. */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The calendar date of a day number packed into one integer, `YYYYMMDD` (2024-02-29 is
 * 20240229), so that the hot paths get the year, month and day without allocating an object.
 */
function packedDateOf(dayNumber: number): number {
  const shifted = dayNumber + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10000 + month * 100 + day;
}

/** The year, month (1-12) and day of a day number. */
export interface CalendarDateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The year, month (1-12) and day of the month a day number falls on. */
export function datePartsOfDayNumber(dayNumber: number): CalendarDateParts {
  const packed = packedDateOf(dayNumber);
  return { year: Math.floor(packed / 10000), month: Math.floor(packed / 100) % 100, day: packed % 100 };
}

/** The calendar year a day number falls in. */
export function yearOfDayNumber(dayNumber: number): number {
  return Math.floor(packedDateOf(dayNumber) / 10000);
}

/** Day of the week of a day number: 0 Sunday, 1 Monday ... 6 Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(dayNumber: number): number {
  const weekday = (dayNumber + 4) % 7;
  return weekday < 0 ? weekday + 7 : weekday;
}

/** Whether a day number is a Saturday or a Sunday. */
export function isWeekend(dayNumber: number): boolean {
  const weekday = dayOfWeek(dayNumber);
  return weekday === 0 || weekday === 6;
}

/** Writes a day number as `YYYY-MM-DD`. The caller keeps it within 0001-01-01 to 9999-12-31. */
export function isoDateFromDayNumber(dayNumber: number): IsoDate {
  const packed = packedDateOf(dayNumber);
  const year = Math.floor(packed / 10000);
  return `${year >= 1000 ? String(year) : String(year).padStart(4, '0')}-${TWO_DIGITS[Math.floor(packed / 100) % 100]}-${TWO_DIGITS[packed % 100]}`;
}

/** Whether a year has 29 February in the (proleptic) Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * How many days a month (1-12) of a year has.
 *
 * @example
 * daysInMonth(2024, 2); // 29
 * daysInMonth(2025, 2); // 28
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let index = start; index < start + length; index += 1) {
    const digit = text.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/* Day numbers of valid dates are finite, so these two can never be mistaken for a date. */
const NOT_WRITTEN_AS_ISO_DATE = Number.NEGATIVE_INFINITY;
const NOT_A_REAL_DATE = Number.POSITIVE_INFINITY;

/** The day number of a `YYYY-MM-DD` date, or one of the two markers above saying why it is not one. */
function readDayNumber(value: unknown): number {
  if (
    typeof value !== 'string' ||
    value.length !== 10 ||
    value.charCodeAt(4) !== DASH ||
    value.charCodeAt(7) !== DASH
  ) {
    return NOT_WRITTEN_AS_ISO_DATE;
  }
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 0 || month < 0 || day < 0) return NOT_WRITTEN_AS_ISO_DATE;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NOT_A_REAL_DATE;
  return dayNumberFromParts(year, month, day);
}

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD`, from 0001-01-01 to 9999-12-31:
 * the one rule behind `isoDateSchema` and every date the calendar reads.
 *
 * @example
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false: 2023 is not a leap year
 * isIsoDate('2024-2-29'); // false: not written YYYY-MM-DD
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return Number.isFinite(readDayNumber(value));
}

/**
 * Reads a `YYYY-MM-DD` date as a day number, or throws an {@link InvalidInputError} naming the bad
 * value ("'2024-02-30' is not a real calendar date"). Accepts exactly what {@link isIsoDate}
 * accepts; checked by hand because this runs on every step of a working-day count.
 */
export function dayNumberOf(value: unknown, path: InputPath): number {
  const dayNumber = readDayNumber(value);
  if (dayNumber === NOT_WRITTEN_AS_ISO_DATE) {
    throw dateProblem('not-an-iso-date', path, CALENDAR_MESSAGES.notIsoDate(showValue(value)));
  }
  if (dayNumber === NOT_A_REAL_DATE) {
    throw dateProblem('not-a-real-date', path, CALENDAR_MESSAGES.notRealDate(showValue(value)));
  }
  return dayNumber;
}

function dateProblem(code: string, path: InputPath, message: string): InvalidInputError {
  return new InvalidInputError(CALENDAR_MESSAGES.dateSummary, [{ code, path, message }]);
}

/**
 * Orders two ISO dates: negative if `a` is earlier, 0 if the same day, positive if later. Usable
 * directly as an `Array.prototype.sort` comparator. Throws {@link InvalidInputError} on a
 * malformed date.
 *
 * @example
 * ['2026-01-05', '2025-12-19'].sort(compareIsoDates); // ['2025-12-19', '2026-01-05']
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(dayNumberOf(a, ['a']) - dayNumberOf(b, ['b']));
}

/**
 * The date `days` calendar days after `date` (before it when `days` is negative). Weekends and
 * bank holidays are not skipped: see `addWorkingDays` for that.
 *
 * @example
 * addCalendarDays('2024-03-18', 21); // '2024-04-08'
 */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const start = dayNumberOf(date, ['date']);
  if (!Number.isSafeInteger(days)) {
    throw new InvalidInputError(CALENDAR_MESSAGES.dateSummary, [
      { code: 'days-not-whole', path: ['days'], message: CALENDAR_MESSAGES.calendarDaysNotWhole(showValue(days)) },
    ]);
  }
  const end = start + days;
  if (end < FIRST_DAY_NUMBER || end > LAST_DAY_NUMBER) {
    throw new InvalidInputError(CALENDAR_MESSAGES.dateSummary, [
      { code: 'date-out-of-range', path: ['days'], message: CALENDAR_MESSAGES.dateOutOfRange(days) },
    ]);
  }
  return isoDateFromDayNumber(end);
}

/**
 * Whole calendar days from `from` to `to`: positive when `to` is later, negative when earlier.
 * Throws {@link InvalidInputError} on a malformed date.
 *
 * @example
 * calendarDaysBetween('2025-06-01', '2025-06-30'); // 29
 * calendarDaysBetween('2024-03-01', '2024-02-28'); // -2
 */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOf(to, ['to']) - dayNumberOf(from, ['from']);
}
