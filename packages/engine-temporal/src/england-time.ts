import { addCalendarDays, isoDateSchema, type IsoDate } from '@asc-assure/framework';

/**
 * Dates in England from instants, and back. Deadlines are English calendar dates; a workflow's
 * clock is an instant. Pure (the instant is passed in), so the workflow can use it: inside a
 * workflow `Date.now()` is Temporal's deterministic clock.
 */

/** The hour (England's local time) on which reminders of a day go out. */
export const NOTIFICATION_HOUR_IN_ENGLAND = 8;

const ENGLAND_TIME_ZONE = 'Europe/London';

const englandParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ENGLAND_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function wallClockInEngland(epochMs: number): WallClock {
  const parts = Object.fromEntries(englandParts.formatToParts(new Date(epochMs)).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

function isoDateOf(clock: Pick<WallClock, 'year' | 'month' | 'day'>): IsoDate {
  return `${String(clock.year).padStart(4, '0')}-${String(clock.month).padStart(2, '0')}-${String(clock.day).padStart(2, '0')}`;
}

/**
 * England's calendar date at an instant.
 *
 * @example englandDateAt(Date.parse('2024-03-31T23:30:00Z')) // '2024-04-01' (British Summer Time)
 */
export function englandDateAt(epochMs: number): IsoDate {
  return isoDateOf(wallClockInEngland(epochMs));
}

/** Milliseconds England's clock is ahead of UTC at an instant (0 in winter, an hour in summer). */
function englandOffsetMs(epochMs: number): number {
  const clock = wallClockInEngland(epochMs);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant at which England's clocks show `hour`:00 on `date`.
 *
 * @example new Date(englandInstant('2024-06-03', 8)).toISOString() // '2024-06-03T07:00:00.000Z'
 */
export function englandInstant(date: IsoDate, hour: number): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour);
  const first = asUtc - englandOffsetMs(asUtc);
  // Near a clock change the offset at the guess can differ from the offset at the answer.
  return asUtc - englandOffsetMs(first);
}

/**
 * The day whose notifications are due at an instant: today in England once it is past the
 * notification hour, otherwise yesterday. A reminder for Monday goes out at 08:00 on Monday,
 * not at midnight.
 */
export function notificationDayAt(epochMs: number, hour: number = NOTIFICATION_HOUR_IN_ENGLAND): IsoDate {
  const clock = wallClockInEngland(epochMs);
  const today = isoDateOf(clock);
  return clock.hour >= hour ? today : addCalendarDays(today, -1);
}

/** Whether a value is a real calendar date written `YYYY-MM-DD` (the framework's rule). */
export function isCalendarDate(value: unknown): value is IsoDate {
  return isoDateSchema.safeParse(value).success;
}
