export {
  ENGLAND_BANK_HOLIDAY_CHANGES,
  ENGLAND_BANK_HOLIDAY_FIRST_YEAR,
  ENGLAND_BANK_HOLIDAY_LAST_YEAR,
  englandBankHolidays,
} from './bank-holidays.js';
export type { BankHoliday, EnglandBankHolidayChange, EnglandRegularBankHolidayId } from './bank-holidays.js';
export { addCalendarDays, calendarDaysBetween, compareIsoDates, daysInMonth, isIsoDate, isLeapYear } from './iso-date.js';
export { addCalendarMonths } from './calendar-months.js';
export { ADD_WORKING_DAYS_LIMIT, addWorkingDays, isWorkingDay, nextWorkingDay, workingDaysBetween } from './working-days.js';
export type { WorkingCalendarOptions } from './working-days.js';
export {
  DEADLINE_AMOUNT_MAXIMUM,
  DEADLINE_RULE_IDS,
  DEADLINE_UNITS,
  DEFAULT_DEADLINE_RULES,
  DEFAULT_REMINDER_OFFSETS,
  deadlineRulesOverrideSchema,
  resolveDeadlineRules,
} from './deadline-rules.js';
export type { DeadlineRule, DeadlineRuleId, DeadlineRules, DeadlineRulesOverride, DeadlineUnit } from './deadline-rules.js';
export { computeDeadline, reminderDates } from './deadlines.js';
export type { ComputedDeadline } from './deadlines.js';
