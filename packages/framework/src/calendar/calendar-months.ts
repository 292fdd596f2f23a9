import { InvalidInputError } from '../errors.js';
import type { IsoDate } from '../ids.js';
import { CALENDAR_MESSAGES, showValue } from './calendar-messages.js';
import { datePartsOfDayNumber, dayNumberFromParts, dayNumberOf, daysInMonth, isoDateFromDayNumber } from './iso-date.js';

const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

/**
 * The same day of the month `months` calendar months later (earlier when `months` is negative).
 * A day the target month lacks becomes its last day, so the result never spills into the month
 * after: 31 March less one month is 28 or 29 February, and 12 months before 29 February 2024 is
 * 28 February 2023. This is how "the last 12 months" is counted for the case-tracking window and
 * for stale evidence. Throws {@link InvalidInputError} on a malformed date or a fractional count.
 *
 * @example
 * addCalendarMonths('2024-02-29', -12); // '2023-02-28'
 * addCalendarMonths('2025-01-31', 1); // '2025-02-28'
 * addCalendarMonths('2025-06-10', -12); // '2024-06-10'
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = datePartsOfDayNumber(dayNumberOf(date, ['date']));
  if (!Number.isSafeInteger(months)) {
    throw new InvalidInputError(CALENDAR_MESSAGES.dateSummary, [
      { code: 'months-not-whole', path: ['months'], message: CALENDAR_MESSAGES.calendarMonthsNotWhole(showValue(months)) },
    ]);
  }
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < FIRST_YEAR || targetYear > LAST_YEAR) {
    throw new InvalidInputError(CALENDAR_MESSAGES.dateSummary, [
      { code: 'date-out-of-range', path: ['months'], message: CALENDAR_MESSAGES.monthsOutOfRange(months) },
    ]);
  }
  return isoDateFromDayNumber(dayNumberFromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth))));
}
