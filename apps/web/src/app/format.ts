/**
 * How the dashboard writes dates, percentages and counts: the GOV.UK style ("4 March 2026",
 * "61.1%", "3 working days left"). Pure functions over ISO strings: no clock, no time zone.
 */

const MONTH_NAMES = [
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

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

function parseIsoDate(isoDate: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (match === null) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * A date as GOV.UK writes it: `2026-03-04` is "4 March 2026". Text that is not a date is returned as it is.
 *
 * @example formatDate('2026-03-04') // '4 March 2026'
 */
export function formatDate(isoDate: string | null | undefined): string {
  if (isoDate === null || isoDate === undefined || isoDate === '') return 'Not set';
  const parts = parseIsoDate(isoDate);
  const monthName = parts === undefined ? undefined : MONTH_NAMES[parts.month - 1];
  if (parts === undefined || monthName === undefined) return isoDate;
  return `${parts.day} ${monthName} ${parts.year}`;
}

/** A short date for chart axes: "4 Mar". */
export function formatShortDate(isoDate: string): string {
  const parts = parseIsoDate(isoDate);
  const monthName = parts === undefined ? undefined : MONTH_NAMES[parts.month - 1];
  if (parts === undefined || monthName === undefined) return isoDate;
  return `${parts.day} ${monthName.slice(0, 3)}`;
}

/** The day of the week of an ISO date: "Wednesday". */
export function weekdayOf(isoDate: string): string {
  const parts = parseIsoDate(isoDate);
  if (parts === undefined) return '';
  const weekday = new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay();
  return WEEKDAY_NAMES[(weekday + 6) % 7] ?? '';
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (start === undefined || end === undefined) return 0;
  return Math.round((Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) / 86_400_000);
}

/** The ISO date `days` calendar days after `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  const parts = parseIsoDate(isoDate);
  if (parts === undefined) return isoDate;
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day + days)).toISOString().slice(0, 10);
}

/** A timestamp as a date and a time in England: "4 March 2026 at 9:30am". */
export function formatTimestamp(timestamp: string | null | undefined): string {
  if (timestamp === null || timestamp === undefined) return 'Never';
  const instant = new Date(timestamp);
  if (Number.isNaN(instant.getTime())) return timestamp;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  }).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes): string => parts.find((part) => part.type === type)?.value ?? '';
  return `${value('day')} ${value('month')} ${value('year')} at ${value('hour')}:${value('minute')}${value('dayPeriod').toLowerCase().replace(/\s/g, '')}`;
}

/**
 * A percentage with one decimal place, trailing `.0` dropped: 61.11 is "61.1%", 75 is "75%".
 *
 * @example formatPercentage(22 / 36 * 100) // '61.1%'
 */
export function formatPercentage(percentage: number): string {
  const rounded = Math.round(percentage * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`;
}

/** "1 item", "3 items". */
export function pluralise(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * How long until a deadline, in working days, as a sentence fragment.
 *
 * @example workingDaysLeftText(3) // '3 working days left'
 * @example workingDaysLeftText(-2) // '2 working days overdue'
 */
export function workingDaysLeftText(workingDaysLeft: number | null): string {
  if (workingDaysLeft === null) return 'No working days to count';
  if (workingDaysLeft === 0) return 'Due today';
  if (workingDaysLeft > 0) return `${pluralise(workingDaysLeft, 'working day')} left`;
  return `${pluralise(-workingDaysLeft, 'working day')} overdue`;
}

/** Turns a stable kebab-case id into words for a label no catalogue names: `review-overdue` is "Review overdue". */
export function humaniseId(id: string): string {
  const words = id.replace(/[-_.]+/g, ' ').trim();
  return words.length === 0 ? id : `${words[0]!.toUpperCase()}${words.slice(1)}`;
}
