import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { isoDateSchema } from '../ids.js';
import { isoDateBetween, oracleDayNumber, oracleIsoDate } from './calendar.test-support.js';
import {
  addCalendarDays,
  calendarDaysBetween,
  compareIsoDates,
  datePartsOfDayNumber,
  dayNumberOf,
  daysInMonth,
  isIsoDate,
  isoDateFromDayNumber,
  yearOfDayNumber,
} from './iso-date.js';

function problemOf(action: () => unknown): { code: string; message: string; path: readonly (string | number)[] } {
  try {
    action();
  } catch (error) {
    if (InvalidInputError.isInstance(error)) {
      const [problem] = error.problems;
      if (problem !== undefined) return problem;
    }
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}

const anyDate = isoDateBetween('0001-01-01', '9999-12-31');

describe('reading ISO dates', () => {
  it('names a date that does not exist: 30 February 2024', () => {
    expect(() => compareIsoDates('2024-02-30', '2024-03-01')).toThrow("'2024-02-30' is not a real calendar date");
    expect(problemOf(() => addCalendarDays('2024-02-30', 1))).toEqual({
      code: 'not-a-real-date',
      path: ['date'],
      message: "'2024-02-30' is not a real calendar date",
    });
  });

  it('knows which years have 29 February', () => {
    expect(addCalendarDays('2024-02-29', 0)).toBe('2024-02-29');
    expect(addCalendarDays('2000-02-29', 0)).toBe('2000-02-29');
    expect(problemOf(() => addCalendarDays('2023-02-29', 0)).code).toBe('not-a-real-date');
    expect(problemOf(() => addCalendarDays('1900-02-29', 0)).code).toBe('not-a-real-date');
  });

  it.each(['2024-2-3', '2024/01/01', '24-01-01', '2024-01-01T00:00', '', 'yyyy-mm-dd', ' 2024-01-01'])(
    'refuses %j as not written YYYY-MM-DD',
    (value) => {
      expect(problemOf(() => addCalendarDays(value, 0)).code).toBe('not-an-iso-date');
    },
  );

  it.each(['2024-13-01', '2024-00-10', '2024-04-31', '2024-01-00', '0000-01-01'])('refuses %s as not a real date', (value) => {
    expect(problemOf(() => addCalendarDays(value, 0)).code).toBe('not-a-real-date');
  });

  it('refuses a value that is not text, saying what it got', () => {
    expect(problemOf(() => dayNumberOf(20240101, ['anchorDate']))).toEqual({
      code: 'not-an-iso-date',
      path: ['anchorDate'],
      message: '20240101 must be a date written YYYY-MM-DD',
    });
  });

  it('accepts exactly the dates isoDateSchema and isIsoDate accept, from year 0000 to 9999', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })),
        ([year, month, day]) => {
          const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const accepted = (() => {
            try {
              dayNumberOf(value, ['date']);
              return true;
            } catch {
              return false;
            }
          })();
          expect(accepted).toBe(isoDateSchema.safeParse(value).success);
          expect(accepted).toBe(isIsoDate(value));
        },
      ),
    );
  });

  it('accepts the years before 100 that the platform Date reads as 19xx', () => {
    expect(isIsoDate('0050-01-01')).toBe(true);
    expect(isoDateSchema.safeParse('0050-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('0048-02-29').success).toBe(true);
  });

  it.each([20240101, null, undefined, '2024-02-30', '2024-1-01'])('isIsoDate refuses %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it('turns every date into the same day number as the platform Date, and back', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const dayNumber = dayNumberOf(date, ['date']);
        expect(dayNumber).toBe(oracleDayNumber(date));
        expect(isoDateFromDayNumber(dayNumber)).toBe(date);
        expect(yearOfDayNumber(dayNumber)).toBe(Number(date.slice(0, 4)));
        expect(datePartsOfDayNumber(dayNumber)).toEqual({
          year: Number(date.slice(0, 4)),
          month: Number(date.slice(5, 7)),
          day: Number(date.slice(8, 10)),
        });
      }),
    );
  });
});

describe('addCalendarDays', () => {
  it('counts 3 weeks from Monday 18 March 2024 to Monday 8 April 2024', () => {
    expect(addCalendarDays('2024-03-18', 21)).toBe('2024-04-08');
  });

  it('crosses month, year and leap-day boundaries as the platform Date does', () => {
    fc.assert(
      fc.property(isoDateBetween('1800-01-01', '2200-12-31'), fc.integer({ min: -100_000, max: 100_000 }), (date, days) => {
        expect(addCalendarDays(date, days)).toBe(oracleIsoDate(oracleDayNumber(date) + days));
      }),
    );
  });

  it('refuses a fractional number of days', () => {
    expect(problemOf(() => addCalendarDays('2024-03-18', 1.5)).code).toBe('days-not-whole');
    expect(problemOf(() => addCalendarDays('2024-03-18', Number.NaN)).code).toBe('days-not-whole');
  });

  it('refuses to go past 9999-12-31 or before 0001-01-01', () => {
    expect(problemOf(() => addCalendarDays('9999-12-31', 1)).code).toBe('date-out-of-range');
    expect(problemOf(() => addCalendarDays('0001-01-01', -1)).code).toBe('date-out-of-range');
  });
});

describe('daysInMonth', () => {
  it('gives February 29 days in 2024 and 2000 but 28 in 2023 and 1900', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2000, 2), daysInMonth(2023, 2), daysInMonth(1900, 2)]).toEqual([29, 29, 28, 28]);
  });

  it('agrees with the platform Date: the day after the last day of a month is the 1st of the next', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2200 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const last = `${year}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
        expect(oracleIsoDate(oracleDayNumber(last) + 1).slice(8)).toBe('01');
        expect(isIsoDate(last)).toBe(true);
      }),
    );
  });
});

describe('calendarDaysBetween', () => {
  it('counts 29 days from 1 June to 30 June 2025, and -2 back across 29 February 2024', () => {
    expect(calendarDaysBetween('2025-06-01', '2025-06-30')).toBe(29);
    expect(calendarDaysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });

  it('undoes addCalendarDays', () => {
    fc.assert(
      fc.property(isoDateBetween('1800-01-01', '2200-12-31'), fc.integer({ min: -3000, max: 3000 }), (date, days) => {
        expect(calendarDaysBetween(date, addCalendarDays(date, days))).toBe(days);
      }),
    );
  });

  it('names which argument was malformed', () => {
    expect(problemOf(() => calendarDaysBetween('2024-01-01', '2024-02-30')).path).toEqual(['to']);
  });
});

describe('compareIsoDates', () => {
  it('sorts dates in calendar order', () => {
    expect(['2026-01-05', '2025-12-19', '2025-12-31'].sort(compareIsoDates)).toEqual(['2025-12-19', '2025-12-31', '2026-01-05']);
  });

  it('agrees with the order of day numbers and is antisymmetric', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(compareIsoDates(a, b)).toBe(Math.sign(oracleDayNumber(a) - oracleDayNumber(b)));
        expect(compareIsoDates(b, a)).toBe(-compareIsoDates(a, b) || 0);
      }),
    );
  });

  it('names which argument was malformed', () => {
    expect(problemOf(() => compareIsoDates('2024-01-01', '2024-01-32')).path).toEqual(['b']);
  });
});
