import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { dateWithClosuresArbitrary, oracleDayNumber } from './calendar.test-support.js';
import {
  DEADLINE_AMOUNT_MAXIMUM,
  DEADLINE_RULE_IDS,
  DEADLINE_UNITS,
  DEFAULT_REMINDER_OFFSETS,
  resolveDeadlineRules,
  type DeadlineRuleId,
} from './deadline-rules.js';
import { computeDeadline, reminderDates } from './deadlines.js';
import { isWorkingDay, workingDaysBetween } from './working-days.js';

const rulesArbitrary = fc
  .record(
    Object.fromEntries(
      DEADLINE_RULE_IDS.map((id) => [
        id,
        fc.record(
          { amount: fc.integer({ min: 1, max: 60 }), unit: fc.constantFrom(...DEADLINE_UNITS) },
          { requiredKeys: [] },
        ),
      ]),
    ),
    { requiredKeys: [] },
  )
  .map((overrides) => resolveDeadlineRules(overrides));

describe('computeDeadline', () => {
  it('an Information Return requested on Monday 18 March 2024 is due 3 weeks later, Monday 8 April', () => {
    // Seed 004 (Gloucestershire's briefing) gives 5 April 2024: the council set its own, earlier
    // internal deadline. CQC's 3 weeks from 18 March is 8 April, across the Easter holidays.
    expect(computeDeadline('information-return', '2024-03-18')).toEqual({
      ruleId: 'information-return',
      title: 'Information Return due',
      kind: 'due',
      anchorDate: '2024-03-18',
      date: '2024-04-08',
      workingDaysFromAnchor: 13,
    });
  });

  it('a case list requested on Friday 19 December 2025 is due Wednesday 7 January 2026', () => {
    // 10 working days: 22, 23, 24, 29, 30, 31 December, 2, 5, 6, 7 January (25 and 26 December
    // and 1 January are bank holidays).
    expect(computeDeadline('case-list', '2025-12-19').date).toBe('2026-01-07');
  });

  it('a council closed between Christmas and New Year gets the days back', () => {
    const calendar = { closureDays: ['2025-12-29', '2025-12-30', '2025-12-31'] };
    expect(computeDeadline('case-list', '2025-12-19', { calendar })).toMatchObject({ date: '2026-01-12', workingDaysFromAnchor: 10 });
  });

  it('factual accuracy comments on a draft sent Thursday 19 December 2024 are due Tuesday 7 January 2025', () => {
    expect(computeDeadline('factual-accuracy', '2024-12-19').date).toBe('2025-01-07');
  });

  it('3 weeks that end on the summer bank holiday move to the Tuesday: 10 August 2026 gives 1 September', () => {
    expect(computeDeadline('information-return', '2026-08-10').date).toBe('2026-09-01');
  });

  it('interviews arranged within 3 weeks of cases selected on 4 December 2026 are due by Tuesday 29 December', () => {
    expect(computeDeadline('case-tracking-interviews', '2026-12-04').date).toBe('2026-12-29');
  });

  it('the earliest onsite visit is a bound and is not moved off a bank holiday', () => {
    expect(computeDeadline('onsite-earliest', '2026-03-23')).toMatchObject({ kind: 'earliest', date: '2026-05-04' });
  });

  it('20 calendar days that end on a Sunday move to the Monday', () => {
    const rules = resolveDeadlineRules({ 'information-return': { amount: 20, unit: 'calendar-days' } });
    expect(computeDeadline('information-return', '2024-03-18', { rules }).date).toBe('2024-04-08');
  });

  it('a due deadline never falls on a non-working day, whatever the rules, anchor and closures', () => {
    fc.assert(
      fc.property(rulesArbitrary, fc.constantFrom(...DEADLINE_RULE_IDS), dateWithClosuresArbitrary, (rules, ruleId, { date, closureDays }) => {
        const calendar = { closureDays };
        const deadline = computeDeadline(ruleId, date, { rules, calendar });
        if (deadline.kind === 'due') expect(isWorkingDay(deadline.date, calendar)).toBe(true);
        expect(oracleDayNumber(deadline.date)).toBeGreaterThan(oracleDayNumber(date));
        expect(deadline.workingDaysFromAnchor).toBe(workingDaysBetween(date, deadline.date, calendar));
      }),
    );
  });

  it('a count in working days gives exactly that many working days, from any anchor', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: DEADLINE_AMOUNT_MAXIMUM }), dateWithClosuresArbitrary, (amount, { date, closureDays }) => {
        const rules = resolveDeadlineRules({ 'factual-accuracy': { amount } });
        const deadline = computeDeadline('factual-accuracy', date, { rules, calendar: { closureDays } });
        expect(deadline.workingDaysFromAnchor).toBe(amount);
      }),
    );
  });

  it('an earliest date in weeks is exactly that many weeks on, and a due date no more than a fortnight later', () => {
    fc.assert(
      fc.property(rulesArbitrary, dateWithClosuresArbitrary, (rules, { date, closureDays }) => {
        for (const ruleId of ['onsite-earliest', 'information-return'] as const) {
          const rule = rules[ruleId];
          if (rule.unit === 'working-days') continue;
          const days = rule.unit === 'weeks' ? rule.amount * 7 : rule.amount;
          const moved = oracleDayNumber(computeDeadline(ruleId, date, { rules, calendar: { closureDays } }).date) - oracleDayNumber(date) - days;
          if (rule.kind === 'earliest') expect(moved).toBe(0);
          else expect(moved).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('refuses a rule it does not know and a malformed anchor date', () => {
    expect(() => computeDeadline('site-visit' as DeadlineRuleId, '2025-12-19')).toThrow(
      "The deadline cannot be worked out: 'site-visit' is not a deadline rule this calendar knows",
    );
    expect(() => computeDeadline('toString' as DeadlineRuleId, '2025-12-19')).toThrow(InvalidInputError);
    expect(() => computeDeadline('case-list', '19/12/2025')).toThrow("'19/12/2025' must be a date written YYYY-MM-DD");
  });
});

describe('reminderDates', () => {
  it('a case list due Wednesday 7 January 2026 is reminded on 30 December, 5 January and 6 January', () => {
    expect(reminderDates('2026-01-07')).toEqual([
      { offsetWorkingDays: 5, date: '2025-12-30' },
      { offsetWorkingDays: 2, date: '2026-01-05' },
      { offsetWorkingDays: 1, date: '2026-01-06' },
    ]);
  });

  it('skips the council’s closure days', () => {
    expect(reminderDates('2026-01-07', [5], { closureDays: ['2025-12-30', '2025-12-31'] })).toEqual([
      { offsetWorkingDays: 5, date: '2025-12-24' },
    ]);
  });

  it('are strictly before the due date, on working days, the right number of working days ahead', () => {
    fc.assert(
      fc.property(
        dateWithClosuresArbitrary,
        fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 6 }),
        ({ date, closureDays }, offsets) => {
          const calendar = { closureDays };
          const reminders = reminderDates(date, offsets, calendar);
          expect(reminders.map((reminder) => reminder.offsetWorkingDays)).toEqual(offsets);
          for (const reminder of reminders) {
            expect(oracleDayNumber(reminder.date)).toBeLessThan(oracleDayNumber(date));
            expect(isWorkingDay(reminder.date, calendar)).toBe(true);
            const stepsBack = workingDaysBetween(reminder.date, date, calendar);
            expect(stepsBack).toBe(isWorkingDay(date, calendar) ? reminder.offsetWorkingDays : reminder.offsetWorkingDays - 1);
          }
        },
      ),
    );
  });

  it('uses 5, 2 and 1 working days when no offsets are given', () => {
    expect(reminderDates('2026-01-07').map((reminder) => reminder.offsetWorkingDays)).toEqual([...DEFAULT_REMINDER_OFFSETS]);
  });

  it('refuses offsets that are not whole numbers of working days before, listing each', () => {
    try {
      reminderDates('2026-01-07', [5, 0, 1.5, -2]);
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error) && error.problems.map((problem) => problem.path)).toEqual([
        ['offsets', 1],
        ['offsets', 2],
        ['offsets', 3],
      ]);
    }
  });
});
