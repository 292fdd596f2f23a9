import type { IsoDate } from '@asc-assure/framework';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
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
] as const;

/**
 * A date as a council officer writes it: "Monday 8 April 2024". Anything that is not a
 * `YYYY-MM-DD` date is shown as given, so a message never fails to render.
 *
 * @example displayDate('2024-04-08') // 'Monday 8 April 2024'
 */
export function displayDate(date: IsoDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return date;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const weekday = WEEKDAYS[dayOfWeek(year, month, day)];
  const monthName = MONTHS[month - 1];
  if (weekday === undefined || monthName === undefined) return date;
  return `${weekday} ${day} ${monthName} ${year}`;
}

/** Sakamoto's method: 0 is Sunday. Arithmetic, so no Date object and no time zone is involved. */
function dayOfWeek(year: number, month: number, day: number): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4] as const;
  const shiftedYear = month < 3 ? year - 1 : year;
  const offset = offsets[month - 1] ?? 0;
  return (shiftedYear + Math.floor(shiftedYear / 4) - Math.floor(shiftedYear / 100) + Math.floor(shiftedYear / 400) + offset + day) % 7;
}
