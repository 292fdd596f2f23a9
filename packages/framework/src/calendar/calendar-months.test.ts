import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { addCalendarMonths } from './calendar-months.js';
import { isoDateBetween } from './calendar.test-support.js';

function problemCodeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (InvalidInputError.isInstance(error)) return error.problems[0]?.code ?? '';
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}

const monthsApart = (later: string, earlier: string): number =>
  (Number(later.slice(0, 4)) - Number(earlier.slice(0, 4))) * 12 + Number(later.slice(5, 7)) - Number(earlier.slice(5, 7));

describe('addCalendarMonths', () => {
  it('twelve months before 29 February 2024 is 28 February 2023', () => {
    expect(addCalendarMonths('2024-02-29', -12)).toBe('2023-02-28');
  });

  it('takes the last day of a shorter month instead of spilling into the next', () => {
    expect(addCalendarMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2025-06-30', -12)).toBe('2024-06-30');
  });

  it('crosses year ends both ways', () => {
    expect(addCalendarMonths('2025-01-15', -13)).toBe('2023-12-15');
    expect(addCalendarMonths('2025-11-15', 3)).toBe('2026-02-15');
  });

  it('lands in the right month, never later in it than the start day', () => {
    fc.assert(
      fc.property(isoDateBetween('1900-01-01', '2199-12-31'), fc.integer({ min: -120, max: 120 }), (date, months) => {
        const moved = addCalendarMonths(date, months);
        expect(monthsApart(moved, date)).toBe(months);
        expect(Number(moved.slice(8))).toBeLessThanOrEqual(Number(date.slice(8)));
        expect(months >= 0 ? moved >= date : moved <= date).toBe(true);
      }),
    );
  });

  it('keeps the day of the month whenever the target month has it', () => {
    fc.assert(
      fc.property(isoDateBetween('1900-01-01', '2199-12-31'), fc.integer({ min: -120, max: 120 }), (date, months) => {
        fc.pre(Number(date.slice(8)) <= 28);
        expect(addCalendarMonths(date, months).slice(8)).toBe(date.slice(8));
      }),
    );
  });

  it('refuses a malformed date, a fractional count, or a move past the years 0001-9999', () => {
    expect(problemCodeOf(() => addCalendarMonths('2024-02-30', 1))).toBe('not-a-real-date');
    expect(problemCodeOf(() => addCalendarMonths('2024-02-01', 1.5))).toBe('months-not-whole');
    expect(problemCodeOf(() => addCalendarMonths('9999-12-01', 1))).toBe('date-out-of-range');
    expect(problemCodeOf(() => addCalendarMonths('0001-01-31', -1))).toBe('date-out-of-range');
  });
});
