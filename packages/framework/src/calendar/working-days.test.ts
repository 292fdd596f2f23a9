import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import {
  assessmentDateArbitrary,
  dateWithClosuresArbitrary,
  oracleDayNumber,
  oracleIsoDate,
  oracleIsWorkingDay,
} from './calendar.test-support.js';
import { ADD_WORKING_DAYS_LIMIT, addWorkingDays, isWorkingDay, nextWorkingDay, workingDaysBetween } from './working-days.js';

const CHRISTMAS_CLOSURE = { closureDays: ['2025-12-29', '2025-12-30', '2025-12-31'] };

/** Working-day counting done the slow, obvious way, one day at a time, for comparison. */
function oracleAddWorkingDays(date: string, days: number, closureDays: readonly string[]): string {
  let dayNumber = oracleDayNumber(date);
  if (days === 0) {
    while (!oracleIsWorkingDay(oracleIsoDate(dayNumber), closureDays)) dayNumber += 1;
    return oracleIsoDate(dayNumber);
  }
  let remaining = Math.abs(days);
  while (remaining > 0) {
    dayNumber += Math.sign(days);
    if (oracleIsWorkingDay(oracleIsoDate(dayNumber), closureDays)) remaining -= 1;
  }
  return oracleIsoDate(dayNumber);
}

function oracleWorkingDaysAfterUpTo(from: string, to: string, closureDays: readonly string[]): number {
  let count = 0;
  for (let dayNumber = oracleDayNumber(from) + 1; dayNumber <= oracleDayNumber(to); dayNumber += 1) {
    if (oracleIsWorkingDay(oracleIsoDate(dayNumber), closureDays)) count += 1;
  }
  return count;
}

describe('isWorkingDay', () => {
  it('a Monday to Friday that is not a bank holiday is a working day', () => {
    expect(isWorkingDay('2025-12-22')).toBe(true);
    expect(isWorkingDay('2026-01-02')).toBe(true);
  });

  it('weekends and bank holidays are not working days', () => {
    expect(isWorkingDay('2025-12-20')).toBe(false);
    expect(isWorkingDay('2025-12-21')).toBe(false);
    expect(isWorkingDay('2025-12-25')).toBe(false);
    expect(isWorkingDay('2023-05-08')).toBe(false);
    expect(isWorkingDay('2022-09-19')).toBe(false);
  });

  it('the council’s closure days are not working days', () => {
    expect(isWorkingDay('2025-12-29', CHRISTMAS_CLOSURE)).toBe(false);
    expect(isWorkingDay('2025-12-29')).toBe(true);
  });

  it('agrees with the weekday and the published bank holiday list for every date', () => {
    fc.assert(
      fc.property(dateWithClosuresArbitrary, ({ date, closureDays }) => {
        expect(isWorkingDay(date, { closureDays })).toBe(oracleIsWorkingDay(date, closureDays));
      }),
    );
  });

  it('names a malformed closure day by its place in the list', () => {
    try {
      isWorkingDay('2025-12-29', { closureDays: ['2025-12-29', '2025-12-32'] });
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error) && error.problems).toEqual([
        { code: 'not-a-real-date', path: ['closureDays', 1], message: "'2025-12-32' is not a real calendar date" },
      ]);
    }
  });
});

describe('addWorkingDays', () => {
  it('10 working days from Friday 19 December 2025 skip Christmas, Boxing Day and New Year’s Day: Wednesday 7 January 2026', () => {
    expect(addWorkingDays('2025-12-19', 10)).toBe('2026-01-07');
  });

  it('a council closed from 29 to 31 December 2025 has until Monday 12 January 2026', () => {
    expect(addWorkingDays('2025-12-19', 10, CHRISTMAS_CLOSURE)).toBe('2026-01-12');
  });

  it('counts back for reminders: 5 working days before Wednesday 7 January 2026 is Tuesday 30 December', () => {
    expect(addWorkingDays('2026-01-07', -5)).toBe('2025-12-30');
  });

  it('one working day after Maundy Thursday 2024 is the Tuesday after Easter', () => {
    expect(addWorkingDays('2024-03-28', 1)).toBe('2024-04-02');
  });

  it('0 working days from a working day is that day, and from a Saturday is the Monday', () => {
    expect(addWorkingDays('2025-12-22', 0)).toBe('2025-12-22');
    expect(addWorkingDays('2025-12-20', 0)).toBe('2025-12-22');
  });

  it('matches a day-by-day count, whatever the date, count and closure days', () => {
    fc.assert(
      fc.property(dateWithClosuresArbitrary, fc.integer({ min: -40, max: 40 }), ({ date, closureDays }, days) => {
        expect(addWorkingDays(date, days, { closureDays })).toBe(oracleAddWorkingDays(date, days, closureDays));
      }),
    );
  });

  it('always lands on a working day, for any count including 0', () => {
    fc.assert(
      fc.property(dateWithClosuresArbitrary, fc.integer({ min: -400, max: 400 }), ({ date, closureDays }, days) => {
        expect(isWorkingDay(addWorkingDays(date, days, { closureDays }), { closureDays })).toBe(true);
      }),
    );
  });

  it('with 0 returns the date itself exactly when it is a working day, otherwise a later day', () => {
    fc.assert(
      fc.property(dateWithClosuresArbitrary, ({ date, closureDays }) => {
        const options = { closureDays };
        const result = addWorkingDays(date, 0, options);
        if (isWorkingDay(date, options)) expect(result).toBe(date);
        else expect(oracleDayNumber(result)).toBeGreaterThan(oracleDayNumber(date));
        expect(result).toBe(nextWorkingDay(date, options));
      }),
    );
  });

  it('is monotone in the count, and strictly so except from 0 to 1 on a non-working day', () => {
    fc.assert(
      fc.property(
        dateWithClosuresArbitrary,
        fc.integer({ min: -200, max: 200 }),
        fc.integer({ min: 1, max: 200 }),
        ({ date, closureDays }, smaller, difference) => {
          const options = { closureDays };
          const larger = smaller + difference;
          const earlier = oracleDayNumber(addWorkingDays(date, smaller, options));
          const later = oracleDayNumber(addWorkingDays(date, larger, options));
          if (smaller === 0 && larger === 1 && !isWorkingDay(date, options)) expect(later).toBe(earlier);
          else expect(later).toBeGreaterThan(earlier);
        },
      ),
    );
  });

  it('workingDaysBetween undoes it from any working day, forwards and back', () => {
    fc.assert(
      fc.property(dateWithClosuresArbitrary, fc.integer({ min: -400, max: 400 }), ({ date, closureDays }, days) => {
        const options = { closureDays };
        const start = nextWorkingDay(date, options);
        expect(workingDaysBetween(start, addWorkingDays(start, days, options), options)).toBe(days);
      }),
    );
  });

  it('workingDaysBetween undoes it from any day at all when counting forwards by at least 1', () => {
    fc.assert(
      fc.property(dateWithClosuresArbitrary, fc.integer({ min: 1, max: 400 }), ({ date, closureDays }, days) => {
        const options = { closureDays };
        expect(workingDaysBetween(date, addWorkingDays(date, days, options), options)).toBe(days);
      }),
    );
  });

  it(`counts up to ${ADD_WORKING_DAYS_LIMIT} working days and agrees with workingDaysBetween across centuries`, () => {
    const far = addWorkingDays('2000-01-04', ADD_WORKING_DAYS_LIMIT);
    expect(isWorkingDay(far)).toBe(true);
    expect(workingDaysBetween('2000-01-04', far)).toBe(ADD_WORKING_DAYS_LIMIT);
  });

  it(`refuses more than ${ADD_WORKING_DAYS_LIMIT} working days either way, and fractions`, () => {
    expect(() => addWorkingDays('2025-12-19', ADD_WORKING_DAYS_LIMIT + 1)).toThrow(InvalidInputError);
    expect(() => addWorkingDays('2025-12-19', -ADD_WORKING_DAYS_LIMIT - 1)).toThrow(
      `${-ADD_WORKING_DAYS_LIMIT - 1} working days is more than the ${ADD_WORKING_DAYS_LIMIT} the calendar will count in one step`,
    );
    expect(() => addWorkingDays('2025-12-19', 2.5)).toThrow('the number of working days must be a whole number: got 2.5');
    expect(() => addWorkingDays('2025-12-19', Number.POSITIVE_INFINITY)).toThrow(InvalidInputError);
  });

  it('refuses to count into years whose bank holidays are not known', () => {
    expect(() => addWorkingDays('1978-01-03', -5)).toThrow('1977 is outside those years');
  });

  it('refuses a malformed date, naming it', () => {
    expect(() => addWorkingDays('2025-02-29', 1)).toThrow("'2025-02-29' is not a real calendar date");
  });
});

describe('nextWorkingDay', () => {
  it('moves Christmas Day 2026 (a Friday) past the weekend and the Boxing Day substitute to Tuesday 29 December', () => {
    expect(nextWorkingDay('2026-12-25')).toBe('2026-12-29');
  });

  it('is the first working day on or after the date: nothing working lies in between', () => {
    fc.assert(
      fc.property(dateWithClosuresArbitrary, ({ date, closureDays }) => {
        const options = { closureDays };
        const next = nextWorkingDay(date, options);
        expect(isWorkingDay(next, options)).toBe(true);
        expect(oracleWorkingDaysAfterUpTo(date, next, closureDays)).toBe(isWorkingDay(date, options) ? 0 : 1);
      }),
    );
  });
});

describe('workingDaysBetween', () => {
  it('counts 10 working days from Friday 19 December 2025 to Wednesday 7 January 2026, and -10 back', () => {
    expect(workingDaysBetween('2025-12-19', '2026-01-07')).toBe(10);
    expect(workingDaysBetween('2026-01-07', '2025-12-19')).toBe(-10);
    expect(workingDaysBetween('2025-12-19', '2026-01-07', CHRISTMAS_CLOSURE)).toBe(7);
  });

  it('is 0 (never -0) from a day to itself, working or not, and back across only holidays', () => {
    expect(workingDaysBetween('2025-12-25', '2025-12-25')).toBe(0);
    expect(workingDaysBetween('2025-12-24', '2025-12-24')).toBe(0);
    expect(Object.is(workingDaysBetween('2025-12-26', '2025-12-25'), 0)).toBe(true);
  });

  it('matches a day-by-day count of working days after the first date up to the second', () => {
    fc.assert(
      fc.property(dateWithClosuresArbitrary, fc.integer({ min: -120, max: 120 }), ({ date, closureDays }, span) => {
        const other = oracleIsoDate(oracleDayNumber(date) + span);
        const expected =
          span >= 0 ? oracleWorkingDaysAfterUpTo(date, other, closureDays) : 0 - oracleWorkingDaysAfterUpTo(other, date, closureDays);
        expect(workingDaysBetween(date, other, { closureDays })).toBe(expected);
      }),
    );
  });

  it('is antisymmetric and adds up across an intermediate date', () => {
    fc.assert(
      fc.property(assessmentDateArbitrary, assessmentDateArbitrary, assessmentDateArbitrary, (a, b, c) => {
        expect(workingDaysBetween(b, a)).toBe(0 - workingDaysBetween(a, b));
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
      }),
    );
  });

  it('ignores duplicate closure days and closure days that are already weekends or bank holidays', () => {
    expect(
      workingDaysBetween('2025-12-19', '2026-01-07', {
        closureDays: ['2025-12-29', '2025-12-29', '2025-12-27', '2025-12-25', '2026-01-01'],
      }),
    ).toBe(9);
  });
});
