/**
 * Every sentence the calendar shows a council officer, in one place so that wording is reviewed
 * once and tests can match it.
 */
export const CALENDAR_MESSAGES = {
  dateSummary: 'The date cannot be used',
  notIsoDate: (shown: string) => `${shown} must be a date written YYYY-MM-DD`,
  notRealDate: (shown: string) => `${shown} is not a real calendar date`,
  dateOutOfRange: (days: number) =>
    `moving ${days} days lands outside the years 0001 to 9999 that a YYYY-MM-DD date can show`,
  calendarDaysNotWhole: (shown: string) => `the number of days must be a whole number: got ${shown}`,
  calendarMonthsNotWhole: (shown: string) => `the number of months must be a whole number: got ${shown}`,
  monthsOutOfRange: (months: number) =>
    `moving ${months} months lands outside the years 0001 to 9999 that a YYYY-MM-DD date can show`,
  workingDaysSummary: 'The working-day count cannot be done',
  workingDaysNotWhole: (shown: string) => `the number of working days must be a whole number: got ${shown}`,
  workingDaysTooMany: (days: number, limit: number) =>
    `${days} working days is more than the ${limit} the calendar will count in one step`,
  bankHolidaySummary: 'The bank holidays cannot be listed',
  yearNotWhole: (shown: string) => `the year must be a whole number: got ${shown}`,
  yearOutsideCalendar: (year: number, first: number, last: number) =>
    `bank holidays are known from ${first} to ${last}; ${year} is outside those years`,
  deadlineSettingsSummary: 'The deadline settings cannot be used',
  unknownDeadlineRule: (keys: readonly string[], known: readonly string[]) =>
    `${keys.map((key) => `'${key}'`).join(', ')} ${keys.length === 1 ? 'is not a deadline rule' : 'are not deadline rules'} (the rules are ${known.join(', ')})`,
  deadlineRuleFieldLocked: (keys: readonly string[]) =>
    `${keys.map((key) => `'${key}'`).join(', ')} cannot be changed: only amount and unit can`,
  deadlineRuleNotObject: 'a rule override must be an object such as { "amount": 15, "unit": "working-days" }',
  deadlineSettingsNotObject: 'deadline settings must be an object keyed by rule, such as { "case-list": { "amount": 15 } }',
  deadlineAmount: (maximum: number) => `amount must be a whole number from 1 to ${maximum}`,
  deadlineUnit: (units: readonly string[]) => `unit must be one of ${units.join(', ')}`,
  deadlineSummary: 'The deadline cannot be worked out',
  unknownDeadlineRuleId: (shown: string) => `${shown} is not a deadline rule this calendar knows`,
  reminderSummary: 'The reminder settings cannot be used',
  reminderOffset: (shown: string, limit: number) =>
    `a reminder must be a whole number of working days before the due date, from 1 to ${limit}: got ${shown}`,
} as const;

/** Shows any input value inside a message: strings in quotes, everything else as JSON-ish text. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return typeof value;
}
