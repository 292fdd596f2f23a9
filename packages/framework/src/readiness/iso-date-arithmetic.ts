import type { IsoDate } from '../ids.js';

const DAY_IN_MILLISECONDS = 86_400_000;

function toUtcMilliseconds(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

function fromUtcMilliseconds(milliseconds: number): IsoDate {
  return new Date(milliseconds).toISOString().slice(0, 10);
}

/** `date` moved by `days` calendar days (negative moves back). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMilliseconds(toUtcMilliseconds(date) + days * DAY_IN_MILLISECONDS);
}

/**
 * `date` moved by `months` calendar months (negative moves back), keeping the day of the month
 * where the target month has it and otherwise taking the month's last day (31 March less one
 * month is 28 or 29 February).
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const firstOfTarget = Date.UTC(year, month - 1 + months, 1);
  const target = new Date(firstOfTarget);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtcMilliseconds(firstOfTarget + (Math.min(day, lastDay) - 1) * DAY_IN_MILLISECONDS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMilliseconds(to) - toUtcMilliseconds(from)) / DAY_IN_MILLISECONDS);
}
