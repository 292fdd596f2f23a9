import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import {
  ENGLAND_BANK_HOLIDAY_CHANGES,
  ENGLAND_BANK_HOLIDAY_FIRST_YEAR,
  ENGLAND_BANK_HOLIDAY_LAST_YEAR,
  englandBankHolidays,
} from './bank-holidays.js';
import { oracleDayNumber } from './calendar.test-support.js';

const weekdayOf = (date: string): number => new Date(oracleDayNumber(date) * 86_400_000).getUTCDay();
const datesOf = (year: number): string[] => englandBankHolidays(year).map((holiday) => holiday.date);

/**
 * The England and Wales lists gov.uk publishes (https://www.gov.uk/bank-holidays), written out
 * year by year rather than derived, so that a wrong rule cannot agree with itself.
 */
const GOV_UK_ENGLAND_AND_WALES: Record<number, readonly string[]> = {
  2018: ['2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26'],
  2019: ['2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-08-26', '2019-12-25', '2019-12-26'],
  2020: ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28'],
  2021: ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28'],
  2022: [
    '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02',
    '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
  ],
  2023: [
    '2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08',
    '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26',
  ],
  2024: ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'],
  2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
  2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
};

describe('bank holidays in England and Wales', () => {
  it.each(Object.entries(GOV_UK_ENGLAND_AND_WALES))('%s matches the list gov.uk publishes', (year, expected) => {
    expect(datesOf(Number(year))).toEqual(expected);
  });

  it('2022 has gov.uk’s names, substitute days and one-off holidays', () => {
    expect(englandBankHolidays(2022)).toEqual([
      { date: '2022-01-03', name: 'New Year’s Day (substitute day)' },
      { date: '2022-04-15', name: 'Good Friday' },
      { date: '2022-04-18', name: 'Easter Monday' },
      { date: '2022-05-02', name: 'Early May bank holiday' },
      { date: '2022-06-02', name: 'Spring bank holiday' },
      { date: '2022-06-03', name: 'Platinum Jubilee bank holiday', oneOff: true },
      { date: '2022-08-29', name: 'Summer bank holiday' },
      { date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II', oneOff: true },
      { date: '2022-12-26', name: 'Boxing Day' },
      { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
    ]);
  });

  it('Christmas on a Saturday gives Monday 27 and Tuesday 28 December as substitutes (2021)', () => {
    expect(englandBankHolidays(2021).slice(-2)).toEqual([
      { date: '2021-12-27', name: 'Christmas Day (substitute day)' },
      { date: '2021-12-28', name: 'Boxing Day (substitute day)' },
    ]);
  });

  it('Boxing Day on a Saturday moves to Monday 28 December (2020)', () => {
    expect(englandBankHolidays(2020).slice(-2)).toEqual([
      { date: '2020-12-25', name: 'Christmas Day' },
      { date: '2020-12-28', name: 'Boxing Day (substitute day)' },
    ]);
  });

  it('New Year’s Day at a weekend moves to the Monday (Saturday 2011, Sunday 2017)', () => {
    expect(englandBankHolidays(2011)[0]).toEqual({ date: '2011-01-03', name: 'New Year’s Day (substitute day)' });
    expect(englandBankHolidays(2017)[0]).toEqual({ date: '2017-01-02', name: 'New Year’s Day (substitute day)' });
  });

  it('the VE Day anniversaries moved the early May holiday to 8 May in 1995 and 2020', () => {
    expect(datesOf(1995)).toContain('1995-05-08');
    expect(datesOf(1995)).not.toContain('1995-05-01');
    expect(datesOf(2020)).not.toContain('2020-05-04');
    expect(englandBankHolidays(2020).find((holiday) => holiday.date === '2020-05-08')?.name).toBe('Early May bank holiday (VE day)');
  });

  it('the jubilees of 2002 and 2012 moved the spring holiday to 4 June beside an extra day', () => {
    expect(datesOf(2002).filter((date) => date.startsWith('2002-05') || date.startsWith('2002-06'))).toEqual([
      '2002-05-06',
      '2002-06-03',
      '2002-06-04',
    ]);
    expect(datesOf(2012).filter((date) => date.startsWith('2012-05') || date.startsWith('2012-06'))).toEqual([
      '2012-05-07',
      '2012-06-04',
      '2012-06-05',
    ]);
  });

  it('the millennium gave 27, 28 and 31 December 1999 and Monday 3 January 2000', () => {
    expect(datesOf(1999).slice(-3)).toEqual(['1999-12-27', '1999-12-28', '1999-12-31']);
    expect(datesOf(2000)[0]).toBe('2000-01-03');
  });

  it('the royal weddings of 1981 and 2011 were one-off holidays', () => {
    expect(englandBankHolidays(1981).find((holiday) => holiday.date === '1981-07-29')?.oneOff).toBe(true);
    expect(englandBankHolidays(2011).find((holiday) => holiday.date === '2011-04-29')?.oneOff).toBe(true);
  });

  it.each([
    [1978, '1978-03-26'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2038, '2038-04-25'],
    [2100, '2100-03-28'],
    [2285, '2285-03-22'],
  ])('Good Friday and Easter Monday of %i surround Easter Sunday %s', (year, easter) => {
    const easterDay = oracleDayNumber(easter);
    const holidays = englandBankHolidays(year);
    const goodFriday = holidays.find((holiday) => holiday.name === 'Good Friday');
    const easterMonday = holidays.find((holiday) => holiday.name === 'Easter Monday');
    expect(goodFriday && oracleDayNumber(goodFriday.date)).toBe(easterDay - 2);
    expect(easterMonday && oracleDayNumber(easterMonday.date)).toBe(easterDay + 1);
  });

  it('every year has eight holidays plus its one-offs, all on weekdays, in date order, within the year', () => {
    fc.assert(
      fc.property(fc.integer({ min: ENGLAND_BANK_HOLIDAY_FIRST_YEAR, max: ENGLAND_BANK_HOLIDAY_LAST_YEAR }), (year) => {
        const holidays = englandBankHolidays(year);
        const extras = ENGLAND_BANK_HOLIDAY_CHANGES.filter((change) => change.kind === 'extra' && change.date.startsWith(`${year}-`));
        expect(holidays).toHaveLength(8 + extras.length);
        expect(holidays.filter((holiday) => holiday.oneOff === true).map((holiday) => holiday.date)).toEqual(
          extras.map((change) => change.date).sort(),
        );
        for (const holiday of holidays) {
          expect(holiday.date.startsWith(`${String(year).padStart(4, '0')}-`)).toBe(true);
          expect([1, 2, 3, 4, 5]).toContain(weekdayOf(holiday.date));
        }
        const days = holidays.map((holiday) => oracleDayNumber(holiday.date));
        expect(days).toEqual([...days].sort((a, b) => a - b));
        expect(new Set(days).size).toBe(days.length);
      }),
    );
  });

  it('every year from 1978 to 2100 keeps the rules: Mondays in May and August, Good Friday a Friday', () => {
    const moved = new Set<string>(ENGLAND_BANK_HOLIDAY_CHANGES.filter((change) => change.kind === 'moved').map((change) => change.date));
    for (let year = ENGLAND_BANK_HOLIDAY_FIRST_YEAR; year <= 2100; year += 1) {
      const holidays = englandBankHolidays(year);
      const named = (name: string) => holidays.find((holiday) => holiday.name === name)?.date;
      expect(weekdayOf(named('Good Friday') ?? '')).toBe(5);
      expect(named('Summer bank holiday')).toMatch(/-08-(2[5-9]|3[01])$/);
      expect(weekdayOf(named('Summer bank holiday') ?? '')).toBe(1);
      const earlyMay = holidays.find((holiday) => holiday.name.startsWith('Early May'))?.date ?? '';
      if (!moved.has(earlyMay)) {
        expect(earlyMay).toMatch(/-05-0[1-7]$/);
        expect(weekdayOf(earlyMay)).toBe(1);
      }
      const spring = named('Spring bank holiday') ?? '';
      if (!moved.has(spring)) {
        expect(spring).toMatch(/-05-(2[5-9]|3[01])$/);
        expect(weekdayOf(spring)).toBe(1);
      }
    }
  });

  it('returns a frozen list, the same each time it is asked', () => {
    const holidays = englandBankHolidays(2026);
    expect(Object.isFrozen(holidays)).toBe(true);
    expect(holidays.every((holiday) => Object.isFrozen(holiday))).toBe(true);
    expect(englandBankHolidays(2026)).toBe(holidays);
  });

  it.each([1977, 10_000, 2024.5, Number.NaN])('refuses the year %s', (year) => {
    expect(() => englandBankHolidays(year)).toThrow(InvalidInputError);
  });

  it('says which years it knows when asked for one outside them', () => {
    expect(() => englandBankHolidays(1970)).toThrow('bank holidays are known from 1978 to 9999; 1970 is outside those years');
  });
});

describe('ENGLAND_BANK_HOLIDAY_CHANGES', () => {
  it('lists the one-off extra holidays proclaimed since 1978', () => {
    expect(ENGLAND_BANK_HOLIDAY_CHANGES.filter((change) => change.kind === 'extra').map((change) => change.date)).toEqual([
      '1981-07-29',
      '1999-12-31',
      '2002-06-03',
      '2011-04-29',
      '2012-06-05',
      '2022-06-03',
      '2022-09-19',
      '2023-05-08',
    ]);
  });

  it('moves each regular holiday at most once a year, always to a weekday', () => {
    const moves = ENGLAND_BANK_HOLIDAY_CHANGES.filter((change) => change.kind === 'moved');
    const keys = moves.map((change) => `${change.holiday}@${change.date.slice(0, 4)}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const change of ENGLAND_BANK_HOLIDAY_CHANGES) expect([1, 2, 3, 4, 5]).toContain(weekdayOf(change.date));
  });
});
