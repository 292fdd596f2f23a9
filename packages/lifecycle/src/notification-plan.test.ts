import { addCalendarDays, compareIsoDates, isWorkingDay } from '@asc-assure/framework';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAssessmentConfig, type AssessmentConfigInput } from './assessment-config.js';
import type { AssessmentEventInput } from './events.js';
import { dueNotifications, nextNotificationOn, notificationPlan, type AssessmentRecord } from './notification-plan.js';
import { EXAMPLE_ASSESSMENT_CONFIG, EXAMPLE_ASSESSMENT_EVENTS } from './testing/example-assessment.js';
import { replay } from './transition.js';

function recordAfter(events: readonly AssessmentEventInput[], settings: AssessmentConfigInput = EXAMPLE_ASSESSMENT_CONFIG): AssessmentRecord {
  const config = parseAssessmentConfig(settings);
  return { assessmentId: 'glos-2024', config, state: replay(events, config) };
}

const notice = { type: 'notice.received', date: '2024-03-18' } as const;

describe('the notification plan', () => {
  it('an Information Return due 8 April 2024 is reminded 5, 2 and 1 working days before, over Easter, and escalated the day after', () => {
    expect(notificationPlan(recordAfter([notice])).map((planned) => [planned.key, planned.sendOn])).toEqual([
      ['glos-2024:information-return:2024-04-08:reminder-5', '2024-03-28'],
      ['glos-2024:information-return:2024-04-08:reminder-2', '2024-04-04'],
      ['glos-2024:information-return:2024-04-08:reminder-1', '2024-04-05'],
      ['glos-2024:information-return:2024-04-08:overdue', '2024-04-09'],
    ]);
  });

  it('a deadline met or withdrawn has nothing planned', () => {
    expect(notificationPlan(recordAfter(EXAMPLE_ASSESSMENT_EVENTS.slice(0, 3)))).toEqual([]);
    expect(notificationPlan(recordAfter([notice, { type: 'assessment.withdrawn', date: '2024-03-19', reason: 'CQC paused' }]))).toEqual([]);
  });

  it('the earliest onsite date is not reminded: it is a bound, not a task', () => {
    const deadlineIds = new Set(notificationPlan(recordAfter(EXAMPLE_ASSESSMENT_EVENTS.slice(0, 4))).map((planned) => planned.deadlineId));
    expect([...deadlineIds]).toEqual(['case-list']);
  });

  it('a deadline moved close is not reminded in the past', () => {
    const moved = recordAfter([
      notice,
      { type: 'date.moved', date: '2024-04-03', which: 'information-return-due', to: '2024-04-05', reason: 'CQC brought the deadline forward' },
    ]);
    expect(notificationPlan(moved).map((planned) => [planned.kind, planned.offsetWorkingDays, planned.sendOn])).toEqual([
      ['reminder', 2, '2024-04-03'],
      ['reminder', 1, '2024-04-04'],
      ['overdue', null, '2024-04-08'],
    ]);
  });

  it("the council's own reminder offsets are used", () => {
    const plan = notificationPlan(recordAfter([notice], { ...EXAMPLE_ASSESSMENT_CONFIG, reminderOffsetsWorkingDays: [10, 3] }));
    expect(plan.map((planned) => [planned.offsetWorkingDays, planned.sendOn])).toEqual([
      [10, '2024-03-21'],
      [3, '2024-04-03'],
      [null, '2024-04-09'],
    ]);
  });

  it('a due date before a weekend is escalated on the Monday', () => {
    const record = recordAfter([
      notice,
      { type: 'date.moved', date: '2024-03-19', which: 'information-return-due', to: '2024-04-12', reason: 'CQC agreed a Friday' },
    ]);
    expect(notificationPlan(record).find((planned) => planned.kind === 'overdue')?.sendOn).toBe('2024-04-15');
  });

  it('what is due is sent once: keys already sent are not due again, and missed ones come back together', () => {
    const record = recordAfter([notice]);
    expect(dueNotifications(record, { asOf: '2024-03-27', sentKeys: [] })).toEqual([]);
    const caughtUp = dueNotifications(record, { asOf: '2024-04-05', sentKeys: [] });
    expect(caughtUp.map((notification) => notification.offsetWorkingDays)).toEqual([5, 2, 1]);
    expect(dueNotifications(record, { asOf: '2024-04-05', sentKeys: new Set(caughtUp.map((notification) => notification.key)) })).toEqual([]);
    expect(nextNotificationOn(record, caughtUp.map((notification) => notification.key))).toBe('2024-04-09');
    expect(nextNotificationOn(record, [])).toBe('2024-03-28');
  });

  it('an engine asking every day sends each planned notification exactly once, on a working day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 20 }), (noticeOffset, askGaps) => {
        const noticeDate = addCalendarDays('2024-01-01', noticeOffset);
        const record = recordAfter([{ type: 'notice.received', date: noticeDate }]);
        const sent = new Set<string>();
        const counts = new Map<string, number>();
        let asOf = noticeDate;
        for (const gap of askGaps) {
          asOf = addCalendarDays(asOf, gap);
          for (const notification of dueNotifications(record, { asOf, sentKeys: sent })) {
            expect(isWorkingDay(notification.sendOn)).toBe(true);
            expect(compareIsoDates(notification.sendOn, asOf)).toBeLessThanOrEqual(0);
            counts.set(notification.key, (counts.get(notification.key) ?? 0) + 1);
            sent.add(notification.key);
          }
        }
        const expected = notificationPlan(record).filter((planned) => compareIsoDates(planned.sendOn, asOf) <= 0);
        expect([...counts.keys()].sort()).toEqual(expected.map((planned) => planned.key).sort());
        expect([...counts.values()].every((count) => count === 1)).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});
