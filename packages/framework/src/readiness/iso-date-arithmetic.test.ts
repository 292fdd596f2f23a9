import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addCalendarMonths, calendarDaysBetween } from './iso-date-arithmetic.js';

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('calendar arithmetic on ISO dates', () => {
  it('moves across month and year ends', () => {
    expect(addCalendarDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('takes the last day of a shorter month', () => {
    expect(addCalendarMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addCalendarMonths('2025-06-30', -12)).toBe('2024-06-30');
  });

  it('counting the days between two dates undoes adding them', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -3000, max: 3000 }), (date, days) => {
        expect(calendarDaysBetween(date, addCalendarDays(date, days))).toBe(days);
      })
    );
  });

  it('moving back whole months lands in the right month, never later in it than the start day', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 120 }), (date, months) => {
        const moved = addCalendarMonths(date, -months);
        const monthsApart =
          (Number(date.slice(0, 4)) - Number(moved.slice(0, 4))) * 12 + Number(date.slice(5, 7)) - Number(moved.slice(5, 7));
        expect(monthsApart).toBe(months);
        expect(Number(moved.slice(8))).toBeLessThanOrEqual(Number(date.slice(8)));
        expect(moved <= date).toBe(true);
      })
    );
  });
});
