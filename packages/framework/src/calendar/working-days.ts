import { InvalidInputError } from '../errors.js';
import type { IsoDate } from '../ids.js';
import { bankHolidayYear } from './bank-holidays.js';
import { CALENDAR_MESSAGES, showValue } from './calendar-messages.js';
import { dayNumberOf, isWeekend, isoDateFromDayNumber, yearOfDayNumber } from './iso-date.js';

/**
 * How a council's working calendar differs from the national one. A working day is Monday to
 * Friday, not a bank holiday in England and Wales, and not one of these closure days.
 */
export interface WorkingCalendarOptions {
  /** The council's own closure days (e.g. the days between Christmas and New Year). */
  readonly closureDays?: readonly IsoDate[];
}

/** The most working days {@link addWorkingDays} counts in one call (about 380 years). */
export const ADD_WORKING_DAYS_LIMIT = 100_000;

const NO_CLOSURES: ReadonlySet<number> = new Set();
const NO_HOLIDAYS = new Uint8Array(0);

function closureDayNumbers(options: WorkingCalendarOptions | undefined): ReadonlySet<number> {
  const closureDays = options?.closureDays;
  if (closureDays === undefined || closureDays.length === 0) return NO_CLOSURES;
  const dayNumbers = new Set<number>();
  closureDays.forEach((closureDay, index) => dayNumbers.add(dayNumberOf(closureDay, ['closureDays', index])));
  return dayNumbers;
}

/**
 * Tells whether day numbers are working days. It keeps the bank holidays of the year it last
 * looked at, because a count walks day by day and almost always stays within one year.
 */
class WorkingDayTest {
  private yearStart = 0;
  private nextYearStart = 0;
  private holidays: Uint8Array = NO_HOLIDAYS;

  constructor(private readonly closures: ReadonlySet<number>) {}

  isWorking(dayNumber: number): boolean {
    if (isWeekend(dayNumber)) return false;
    if (dayNumber < this.yearStart || dayNumber >= this.nextYearStart) {
      const year = bankHolidayYear(yearOfDayNumber(dayNumber));
      this.yearStart = year.start;
      this.nextYearStart = year.nextStart;
      this.holidays = year.isHoliday;
    }
    return this.holidays[dayNumber - this.yearStart] !== 1 && (this.closures.size === 0 || !this.closures.has(dayNumber));
  }
}

/**
 * Whether `date` is a working day: Monday to Friday, not a bank holiday in England and Wales (see
 * `englandBankHolidays`), and not one of the council's closure days.
 *
 * @example
 * isWorkingDay('2025-12-26'); // false: Boxing Day
 * isWorkingDay('2025-12-29', { closureDays: ['2025-12-29'] }); // false: the council is closed
 */
export function isWorkingDay(date: IsoDate, options?: WorkingCalendarOptions): boolean {
  const dayNumber = dayNumberOf(date, ['date']);
  return new WorkingDayTest(closureDayNumbers(options)).isWorking(dayNumber);
}

/**
 * `date` itself when it is a working day, otherwise the first working day after it. This is the
 * rule for a deadline that would land on a weekend, bank holiday or closure day: it moves forward.
 *
 * @example
 * nextWorkingDay('2026-12-25'); // '2026-12-29': Christmas Friday, weekend, Boxing Day substitute Monday 28
 */
export function nextWorkingDay(date: IsoDate, options?: WorkingCalendarOptions): IsoDate {
  return isoDateFromDayNumber(nextWorkingDayNumber(dayNumberOf(date, ['date']), new WorkingDayTest(closureDayNumbers(options))));
}

function nextWorkingDayNumber(start: number, test: WorkingDayTest): number {
  let dayNumber = start;
  while (!test.isWorking(dayNumber)) dayNumber += 1;
  return dayNumber;
}

/**
 * The date `days` working days after `date`, counting the first working day after `date` as 1, as
 * in "the list is due within 10 working days of the notification". A negative `days` counts back
 * ("5 working days before the deadline"): -1 is the last working day before `date`. With `days` 0
 * the answer is `date` if it is a working day, otherwise the next working day; so the answer is
 * always a working day. `date` itself may be any day.
 *
 * Throws an {@link InvalidInputError} for a malformed date or closure day, a `days` that is not a
 * whole number or is beyond ±{@link ADD_WORKING_DAYS_LIMIT}, or a count that runs outside the
 * years bank holidays are known for.
 *
 * @example
 * addWorkingDays('2025-12-19', 10); // '2026-01-07': skips 25 and 26 December and 1 January
 * addWorkingDays('2026-01-07', -5); // '2025-12-30': 1 January is skipped
 */
export function addWorkingDays(date: IsoDate, days: number, options?: WorkingCalendarOptions): IsoDate {
  const start = dayNumberOf(date, ['date']);
  if (!Number.isInteger(days)) {
    throw new InvalidInputError(CALENDAR_MESSAGES.workingDaysSummary, [
      { code: 'days-not-whole', path: ['days'], message: CALENDAR_MESSAGES.workingDaysNotWhole(showValue(days)) },
    ]);
  }
  if (Math.abs(days) > ADD_WORKING_DAYS_LIMIT) {
    throw new InvalidInputError(CALENDAR_MESSAGES.workingDaysSummary, [
      { code: 'days-too-many', path: ['days'], message: CALENDAR_MESSAGES.workingDaysTooMany(days, ADD_WORKING_DAYS_LIMIT) },
    ]);
  }
  const test = new WorkingDayTest(closureDayNumbers(options));
  if (days === 0) return isoDateFromDayNumber(nextWorkingDayNumber(start, test));
  const step = days > 0 ? 1 : -1;
  let remaining = Math.abs(days);
  let dayNumber = start;
  while (remaining > 0) {
    dayNumber += step;
    if (test.isWorking(dayNumber)) remaining -= 1;
  }
  return isoDateFromDayNumber(dayNumber);
}

/**
 * How many working days lie after `from` up to and including `to`: the number of working days
 * left until a deadline, counted the same way as {@link addWorkingDays}. Negative when `to` is
 * before `from` (minus the working days after `to` up to and including `from`), so that
 * `workingDaysBetween(a, b) + workingDaysBetween(b, c) === workingDaysBetween(a, c)` always, and
 * `workingDaysBetween(date, addWorkingDays(date, n)) === n` whenever `date` is a working day.
 *
 * @example
 * workingDaysBetween('2025-12-19', '2026-01-07'); // 10
 * workingDaysBetween('2026-01-07', '2025-12-19'); // -10
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, options?: WorkingCalendarOptions): number {
  const fromDay = dayNumberOf(from, ['from']);
  const toDay = dayNumberOf(to, ['to']);
  const closures = closureDayNumbers(options);
  if (toDay === fromDay) return 0;
  // `0 -` rather than unary minus, so that an empty count backwards is 0 and not -0.
  return toDay > fromDay ? workingDaysAfterUpTo(fromDay, toDay, closures) : 0 - workingDaysAfterUpTo(toDay, fromDay, closures);
}

/**
 * Working days in the range (after, last], by arithmetic rather than a day-by-day walk so that a
 * count across years costs no more than a count across a week: weekdays by formula, less the bank
 * holidays and closure days in the range that fall on weekdays.
 */
function workingDaysAfterUpTo(after: number, last: number, closures: ReadonlySet<number>): number {
  let count = weekdaysUpTo(last) - weekdaysUpTo(after);
  const lastYear = yearOfDayNumber(last);
  for (let year = yearOfDayNumber(after + 1); year <= lastYear; year += 1) {
    for (const dayNumber of bankHolidayYear(year).dayNumbers) {
      if (dayNumber > after && dayNumber <= last && !isWeekend(dayNumber)) count -= 1;
    }
  }
  if (closures.size > 0) {
    const test = new WorkingDayTest(NO_CLOSURES);
    for (const closure of closures) {
      if (closure > after && closure <= last && test.isWorking(closure)) count -= 1;
    }
  }
  return count;
}

/** Weekdays (Monday to Friday) on or before `dayNumber`, counted from an arbitrary Monday. */
function weekdaysUpTo(dayNumber: number): number {
  const daysSinceMonday = dayNumber + 3;
  const weeks = Math.floor(daysSinceMonday / 7);
  const dayInWeek = daysSinceMonday - weeks * 7;
  return weeks * 5 + Math.min(dayInWeek + 1, 5);
}
