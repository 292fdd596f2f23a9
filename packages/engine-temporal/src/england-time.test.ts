import { addCalendarDays } from '@asc-assure/framework';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englandDateAt, englandInstant, isCalendarDate, notificationDayAt } from './england-time.js';

const day = fc.integer({ min: 0, max: 365 * 30 }).map((offset) => addCalendarDays('2010-01-01', offset));

describe("England's dates on a workflow clock", () => {
  it('half past eleven at night in UTC is already the next day in England in summer, not in winter', () => {
    expect(englandDateAt(Date.parse('2024-03-31T23:30:00Z'))).toBe('2024-04-01');
    expect(englandDateAt(Date.parse('2024-01-31T23:30:00Z'))).toBe('2024-01-31');
  });

  it('8 am in England is 7 am UTC in summer and 8 am UTC in winter, across the clock changes of 2024', () => {
    expect(new Date(englandInstant('2024-06-03', 8)).toISOString()).toBe('2024-06-03T07:00:00.000Z');
    expect(new Date(englandInstant('2024-12-02', 8)).toISOString()).toBe('2024-12-02T08:00:00.000Z');
    expect(new Date(englandInstant('2024-03-31', 8)).toISOString()).toBe('2024-03-31T07:00:00.000Z');
    expect(new Date(englandInstant('2024-10-27', 8)).toISOString()).toBe('2024-10-27T08:00:00.000Z');
  });

  it('the instant of any hour of the working day falls on that date in England, at that hour', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 3, max: 23 }), (date, hour) => {
        const instant = englandInstant(date, hour);
        const shown = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
        return englandDateAt(instant) === date && Number(shown) === hour;
      }),
    );
  });

  it("a day's notifications are due from 8 am: before then it is still the previous day's", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 59 }), (date, minutes) => {
        const eight = englandInstant(date, 8);
        return notificationDayAt(eight + minutes * 60_000) === date && notificationDayAt(eight - (minutes + 1) * 60_000) === addCalendarDays(date, -1);
      }),
    );
  });

  it('only real calendar dates written YYYY-MM-DD are dates', () => {
    expect(['2024-02-29', '2024-12-31'].every(isCalendarDate)).toBe(true);
    expect(['2023-02-29', '2024-2-29', '29/02/2024', 20240229, undefined].some(isCalendarDate)).toBe(false);
  });
});
