import { InvalidInputError } from '../errors.js';
import type { IsoDate } from '../ids.js';
import { CALENDAR_MESSAGES, showValue } from './calendar-messages.js';
import { DEFAULT_DEADLINE_RULES, DEFAULT_REMINDER_OFFSETS, type DeadlineRuleId, type DeadlineRules } from './deadline-rules.js';
import { addCalendarDays, dayNumberOf } from './iso-date.js';
import {
  ADD_WORKING_DAYS_LIMIT,
  addWorkingDays,
  nextWorkingDay,
  workingDaysBetween,
  type WorkingCalendarOptions,
} from './working-days.js';

/** A deadline worked out for one assessment. */
export interface ComputedDeadline {
  readonly ruleId: DeadlineRuleId;
  readonly title: string;
  readonly kind: 'due' | 'earliest';
  /** The date of the event the count started from (e.g. the day the site visit was notified). */
  readonly anchorDate: IsoDate;
  readonly date: IsoDate;
  /** Working days after the anchor date up to and including `date`: how long the council has. */
  readonly workingDaysFromAnchor: number;
}

/**
 * Works out one deadline from the date of the event it counts from. Counts in working days use
 * {@link addWorkingDays} (day 1 is the first working day after the anchor). Counts in calendar
 * days or weeks add days; a `due` date that then lands on a weekend, bank holiday or closure day
 * moves forward to the next working day, so a due date is always a working day. An `earliest` date
 * is a bound and is not moved.
 *
 * @example
 * computeDeadline('information-return', '2024-03-18').date; // '2024-04-08'
 * computeDeadline('case-list', '2025-12-19', { calendar: { closureDays: ['2025-12-29'] } }).date;
 */
export function computeDeadline(
  ruleId: DeadlineRuleId,
  anchorDate: IsoDate,
  options?: { rules?: DeadlineRules; calendar?: WorkingCalendarOptions },
): ComputedDeadline {
  const rules = options?.rules ?? DEFAULT_DEADLINE_RULES;
  const rule = Object.hasOwn(rules, ruleId) ? rules[ruleId] : undefined;
  if (rule === undefined) {
    throw new InvalidInputError(CALENDAR_MESSAGES.deadlineSummary, [
      { code: 'unknown-deadline-rule', path: ['ruleId'], message: CALENDAR_MESSAGES.unknownDeadlineRuleId(showValue(ruleId)) },
    ]);
  }
  dayNumberOf(anchorDate, ['anchorDate']);
  const calendar = options?.calendar;
  let date: IsoDate;
  if (rule.unit === 'working-days') {
    date = addWorkingDays(anchorDate, rule.amount, calendar);
  } else {
    const counted = addCalendarDays(anchorDate, rule.unit === 'weeks' ? rule.amount * 7 : rule.amount);
    date = rule.kind === 'due' ? nextWorkingDay(counted, calendar) : counted;
  }
  return {
    ruleId,
    title: rule.title,
    kind: rule.kind,
    anchorDate,
    date,
    workingDaysFromAnchor: workingDaysBetween(anchorDate, date, calendar),
  };
}

/**
 * The dates to remind people of a due date: for each offset, that many working days before it
 * (always a working day, always before the due date). Returned in the order of `offsets`.
 * Offsets must be whole numbers from 1 to {@link ADD_WORKING_DAYS_LIMIT}; anything else throws an
 * {@link InvalidInputError} listing every bad offset.
 *
 * @example
 * reminderDates('2026-01-07');
 * // [{ offsetWorkingDays: 5, date: '2025-12-30' }, { offsetWorkingDays: 2, date: '2026-01-05' }, { offsetWorkingDays: 1, date: '2026-01-06' }]
 */
export function reminderDates(
  dueDate: IsoDate,
  offsets: readonly number[] = DEFAULT_REMINDER_OFFSETS,
  calendar?: WorkingCalendarOptions,
): readonly { offsetWorkingDays: number; date: IsoDate }[] {
  dayNumberOf(dueDate, ['dueDate']);
  const problems = offsets.flatMap((offset, index) =>
    Number.isInteger(offset) && offset >= 1 && offset <= ADD_WORKING_DAYS_LIMIT
      ? []
      : [
          {
            code: 'reminder-offset-invalid',
            path: ['offsets', index],
            message: CALENDAR_MESSAGES.reminderOffset(showValue(offset), ADD_WORKING_DAYS_LIMIT),
          },
        ],
  );
  if (problems.length > 0) throw new InvalidInputError(CALENDAR_MESSAGES.reminderSummary, problems);
  return offsets.map((offset) => ({ offsetWorkingDays: offset, date: addWorkingDays(dueDate, -offset, calendar) }));
}
