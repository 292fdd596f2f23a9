import { InvalidInputError } from '../errors.js';
import type { IsoDate } from '../ids.js';
import { CALENDAR_MESSAGES, showValue } from './calendar-messages.js';
import { dayNumberFromParts, dayNumberOf, dayOfWeek, isoDateFromDayNumber } from './iso-date.js';

/** A bank holiday in England and Wales, as gov.uk lists it. */
export interface BankHoliday {
  /** The day the holiday is taken (the substitute day when the holiday itself falls at a weekend). */
  readonly date: IsoDate;
  /** gov.uk's title, e.g. "Christmas Day (substitute day)". */
  readonly name: string;
  /** True for an extra holiday proclaimed for one year only (a jubilee, a royal wedding, a state funeral). */
  readonly oneOff?: boolean;
}

/** The eight bank holidays England and Wales have every year, as stable ids. */
export type EnglandRegularBankHolidayId =
  | 'new-years-day'
  | 'good-friday'
  | 'easter-monday'
  | 'early-may'
  | 'spring'
  | 'summer'
  | 'christmas-day'
  | 'boxing-day';

/**
 * A change to the usual bank holidays proclaimed for one year: a regular holiday `moved` to
 * another day, or an `extra` one-off holiday.
 */
export type EnglandBankHolidayChange =
  | {
      readonly kind: 'moved';
      readonly holiday: EnglandRegularBankHolidayId;
      readonly date: IsoDate;
      readonly name: string;
      readonly reason: string;
    }
  | {
      readonly kind: 'extra';
      readonly date: IsoDate;
      readonly name: string;
      readonly reason: string;
    };

/**
 * Every one-off change to the England and Wales bank holidays since 1978, the first year with
 * all eight of today's holidays. The year of a `moved` change is the year of its `date`. Add a
 * row here when a new change is proclaimed; nothing else needs to change.
 */
export const ENGLAND_BANK_HOLIDAY_CHANGES = [
  { kind: 'extra', date: '1981-07-29', name: 'Royal wedding bank holiday', reason: 'Wedding of the Prince of Wales and Lady Diana Spencer' },
  { kind: 'moved', holiday: 'early-may', date: '1995-05-08', name: 'Early May bank holiday (VE day)', reason: '50th anniversary of VE Day' },
  { kind: 'extra', date: '1999-12-31', name: 'Millennium bank holiday', reason: 'The millennium celebrations' },
  { kind: 'moved', holiday: 'spring', date: '2002-06-04', name: 'Spring bank holiday', reason: 'Moved to sit beside the Golden Jubilee holiday' },
  { kind: 'extra', date: '2002-06-03', name: 'Golden Jubilee bank holiday', reason: 'Golden Jubilee of Queen Elizabeth II' },
  { kind: 'extra', date: '2011-04-29', name: 'Royal wedding bank holiday', reason: 'Wedding of Prince William and Catherine Middleton' },
  { kind: 'moved', holiday: 'spring', date: '2012-06-04', name: 'Spring bank holiday', reason: 'Moved to sit beside the Diamond Jubilee holiday' },
  { kind: 'extra', date: '2012-06-05', name: 'Queen’s Diamond Jubilee', reason: 'Diamond Jubilee of Queen Elizabeth II' },
  { kind: 'moved', holiday: 'early-may', date: '2020-05-08', name: 'Early May bank holiday (VE day)', reason: '75th anniversary of VE Day' },
  { kind: 'moved', holiday: 'spring', date: '2022-06-02', name: 'Spring bank holiday', reason: 'Moved to sit beside the Platinum Jubilee holiday' },
  { kind: 'extra', date: '2022-06-03', name: 'Platinum Jubilee bank holiday', reason: 'Platinum Jubilee of Queen Elizabeth II' },
  { kind: 'extra', date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II', reason: 'State Funeral of Queen Elizabeth II' },
  { kind: 'extra', date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III', reason: 'Coronation of King Charles III' },
] as const satisfies readonly EnglandBankHolidayChange[];

/** First year {@link englandBankHolidays} covers: the early May bank holiday began in 1978. */
export const ENGLAND_BANK_HOLIDAY_FIRST_YEAR = 1978;
/** Last year {@link englandBankHolidays} covers: the last a `YYYY-MM-DD` date can show. */
export const ENGLAND_BANK_HOLIDAY_LAST_YEAR = 9999;

const REGULAR_NAMES: Readonly<Record<EnglandRegularBankHolidayId, string>> = {
  'new-years-day': 'New Year’s Day',
  'good-friday': 'Good Friday',
  'easter-monday': 'Easter Monday',
  'early-may': 'Early May bank holiday',
  spring: 'Spring bank holiday',
  summer: 'Summer bank holiday',
  'christmas-day': 'Christmas Day',
  'boxing-day': 'Boxing Day',
};

const SUBSTITUTE_SUFFIX = ' (substitute day)';
const MONDAY = 1;
const SATURDAY = 6;
const SUNDAY = 0;

/** One year's bank holidays, in the two shapes callers need: the public list and a lookup table. */
export interface BankHolidayYear {
  readonly holidays: readonly BankHoliday[];
  /** Day number of 1 January. */
  readonly start: number;
  /** Day number of 1 January of the next year. */
  readonly nextStart: number;
  /** Day numbers of the holidays, in date order. */
  readonly dayNumbers: readonly number[];
  /** 1 at `dayNumber - start` for each bank holiday: a typed-array lookup is the fastest test. */
  readonly isHoliday: Uint8Array;
}

interface PlacedHoliday {
  readonly dayNumber: number;
  readonly name: string;
  readonly oneOff: boolean;
}

/** Each year is worked out once; the working-day loops ask for the same few years again and again. */
const bankHolidayYears = new Map<number, BankHolidayYear>();

/**
 * The bank holidays in England and Wales in `year`, in date order, with substitute days when a
 * holiday falls at a weekend and the one-off changes in {@link ENGLAND_BANK_HOLIDAY_CHANGES}.
 *
 * The list is worked out by rule: New Year's Day (the Monday after, when at a weekend); Good
 * Friday and Easter Monday (Easter by the anonymous Gregorian algorithm); the first Monday in May;
 * the last Monday in May; the last Monday in August; Christmas Day and Boxing Day (a holiday at a
 * weekend moves to the next weekday not already a holiday, so Christmas on a Saturday gives Monday
 * 27 and Tuesday 28 December, and Christmas on a Sunday gives Monday 26 and Tuesday 27). It
 * matches gov.uk's published lists; years gov.uk has not yet published (at the time of writing,
 * 2028 onwards) are projections from the rules and will be wrong if a new one-off holiday is
 * proclaimed. Covers {@link ENGLAND_BANK_HOLIDAY_FIRST_YEAR} to {@link ENGLAND_BANK_HOLIDAY_LAST_YEAR};
 * other years throw an {@link InvalidInputError}.
 *
 * @example
 * englandBankHolidays(2026).map((holiday) => holiday.date);
 * // ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']
 */
export function englandBankHolidays(year: number): readonly BankHoliday[] {
  return bankHolidayYear(year).holidays;
}

/** The bank holidays of `year` with a lookup table, for the working-day arithmetic. */
export function bankHolidayYear(year: number): BankHolidayYear {
  const known = bankHolidayYears.get(year);
  if (known !== undefined) return known;
  checkYear(year);
  const placed = placeBankHolidays(year);
  const start = dayNumberFromParts(year, 1, 1);
  const nextStart = dayNumberFromParts(year + 1, 1, 1);
  const isHoliday = new Uint8Array(nextStart - start);
  for (const holiday of placed) isHoliday[holiday.dayNumber - start] = 1;
  const computed: BankHolidayYear = {
    holidays: Object.freeze(
      placed.map((holiday) =>
        Object.freeze(
          holiday.oneOff
            ? { date: isoDateFromDayNumber(holiday.dayNumber), name: holiday.name, oneOff: true }
            : { date: isoDateFromDayNumber(holiday.dayNumber), name: holiday.name },
        ),
      ),
    ),
    start,
    nextStart,
    dayNumbers: Object.freeze(placed.map((holiday) => holiday.dayNumber)),
    isHoliday,
  };
  bankHolidayYears.set(year, computed);
  return computed;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year)) {
    throw new InvalidInputError(CALENDAR_MESSAGES.bankHolidaySummary, [
      { code: 'year-not-whole', path: ['year'], message: CALENDAR_MESSAGES.yearNotWhole(showValue(year)) },
    ]);
  }
  if (year < ENGLAND_BANK_HOLIDAY_FIRST_YEAR || year > ENGLAND_BANK_HOLIDAY_LAST_YEAR) {
    throw new InvalidInputError(CALENDAR_MESSAGES.bankHolidaySummary, [
      {
        code: 'year-outside-calendar',
        path: ['year'],
        message: CALENDAR_MESSAGES.yearOutsideCalendar(year, ENGLAND_BANK_HOLIDAY_FIRST_YEAR, ENGLAND_BANK_HOLIDAY_LAST_YEAR),
      },
    ]);
  }
}

function placeBankHolidays(year: number): PlacedHoliday[] {
  const easter = easterSunday(year);
  const regular: Record<EnglandRegularBankHolidayId, number> = {
    'new-years-day': dayNumberFromParts(year, 1, 1),
    'good-friday': easter - 2,
    'easter-monday': easter + 1,
    'early-may': firstMondayOnOrAfter(dayNumberFromParts(year, 5, 1)),
    spring: firstMondayOnOrAfter(dayNumberFromParts(year, 5, 25)),
    summer: firstMondayOnOrAfter(dayNumberFromParts(year, 8, 25)),
    'christmas-day': dayNumberFromParts(year, 12, 25),
    'boxing-day': dayNumberFromParts(year, 12, 26),
  };
  const names: Record<EnglandRegularBankHolidayId, string> = { ...REGULAR_NAMES };
  const extras: PlacedHoliday[] = [];
  for (const change of ENGLAND_BANK_HOLIDAY_CHANGES) {
    if (Number(change.date.slice(0, 4)) !== year) continue;
    const dayNumber = dayNumberOf(change.date, ['ENGLAND_BANK_HOLIDAY_CHANGES']);
    if (change.kind === 'moved') {
      regular[change.holiday] = dayNumber;
      names[change.holiday] = change.name;
    } else {
      extras.push({ dayNumber, name: change.name, oneOff: true });
    }
  }

  const placed: PlacedHoliday[] = [];
  const taken = new Set<number>();
  const place = (dayNumber: number, name: string, oneOff: boolean): void => {
    placed.push({ dayNumber, name, oneOff });
    taken.add(dayNumber);
  };
  const atWeekend: EnglandRegularBankHolidayId[] = [];
  for (const id of Object.keys(regular) as EnglandRegularBankHolidayId[]) {
    const weekday = dayOfWeek(regular[id]);
    if (weekday === SATURDAY || weekday === SUNDAY) atWeekend.push(id);
    else place(regular[id], names[id], false);
  }
  for (const extra of extras) place(extra.dayNumber, extra.name, extra.oneOff);
  // Substitutes are placed after every weekday holiday so that Christmas on a Sunday yields
  // Boxing Day on Monday 26 and Christmas's substitute on Tuesday 27, as gov.uk lists it.
  for (const id of atWeekend) {
    let substitute = regular[id] + 1;
    while (taken.has(substitute) || dayOfWeek(substitute) === SATURDAY || dayOfWeek(substitute) === SUNDAY) {
      substitute += 1;
    }
    place(substitute, `${names[id]}${SUBSTITUTE_SUFFIX}`, false);
  }
  return placed.sort((first, second) => first.dayNumber - second.dayNumber);
}

function firstMondayOnOrAfter(dayNumber: number): number {
  return dayNumber + ((MONDAY - dayOfWeek(dayNumber) + 7) % 7);
}

/** Easter Sunday of a Gregorian year, by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberFromParts(year, month, day);
}
