import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listAssessmentDeadlines, listOpenDeadlines, replaceAssessmentDeadlines } from '../deadlines.js';
import type { DeadlineInput } from '../deadlines.js';
import { listSentKeys, recordNotificationSent } from '../notifications.js';
import { seedAssessment, seedCouncil } from './fixtures.js';
import type { GetStore } from './fixtures.js';

const informationReturnDue: DeadlineInput = {
  deadlineId: 'information-return-due',
  dueDate: '2025-03-21',
  kind: 'information-return',
  status: 'open',
  title: 'Information Return due',
};

/** Deadlines and the record of notifications sent. */
export function describeDeadlinesSuite(store: GetStore): void {
  describe('deadlines', () => {
    it("replacing an assessment's deadlines removes the old ones", async () => {
      const assessment = await seedAssessment(store());
      await replaceAssessmentDeadlines(store(), assessment.id, [
        informationReturnDue,
        { deadlineId: 'data-check', dueDate: '2025-03-07', kind: 'data-review', status: 'open', title: 'Check the data' },
      ]);
      expect((await listAssessmentDeadlines(store(), assessment.id)).map((deadline) => deadline.deadlineId)).toEqual([
        'data-check',
        'information-return-due',
      ]);
      await replaceAssessmentDeadlines(store(), assessment.id, [{ ...informationReturnDue, status: 'met' }]);
      expect(await listAssessmentDeadlines(store(), assessment.id)).toEqual([{ assessmentId: assessment.id, ...informationReturnDue, status: 'met' }]);
      await replaceAssessmentDeadlines(store(), assessment.id, []);
      expect(await listAssessmentDeadlines(store(), assessment.id)).toEqual([]);
    });

    it('a deadline list naming one deadline twice is refused and the old list kept', async () => {
      const assessment = await seedAssessment(store());
      await replaceAssessmentDeadlines(store(), assessment.id, [informationReturnDue]);
      await expect(replaceAssessmentDeadlines(store(), assessment.id, [informationReturnDue, informationReturnDue])).rejects.toThrow(/listed twice/);
      expect(await listAssessmentDeadlines(store(), assessment.id)).toHaveLength(1);
    });

    it('open deadlines due before a day are found across assessments, with their council', async () => {
      const councilId = await seedCouncil(store());
      const first = await seedAssessment(store(), councilId);
      const second = await seedAssessment(store(), councilId);
      await replaceAssessmentDeadlines(store(), first.id, [
        { ...informationReturnDue, dueDate: '2025-03-20' },
        { deadlineId: 'met-already', dueDate: '2025-03-01', kind: 'x', status: 'met', title: 'Met' },
      ]);
      await replaceAssessmentDeadlines(store(), second.id, [
        { ...informationReturnDue, dueDate: '2025-03-21' },
        { deadlineId: 'later', dueDate: '2025-06-01', kind: 'x', status: 'open', title: 'Later' },
      ]);
      const open = await listOpenDeadlines(store(), { dueBefore: '2025-03-22', councilId });
      expect(open.map((deadline) => [deadline.assessmentId, deadline.deadlineId, deadline.dueDate, deadline.councilId])).toEqual([
        [first.id, 'information-return-due', '2025-03-20', councilId],
        [second.id, 'information-return-due', '2025-03-21', councilId],
      ]);
      expect(await listOpenDeadlines(store(), { dueBefore: '2025-03-21', councilId })).toHaveLength(1);
      const acrossCouncils = await listOpenDeadlines(store(), { dueBefore: '2025-03-22' });
      expect(acrossCouncils.filter((deadline) => deadline.councilId === councilId)).toHaveLength(2);
    });

    it('any calendar date is stored and read back as the same YYYY-MM-DD text', async () => {
      const assessment = await seedAssessment(store());
      await fc.assert(
        fc.asyncProperty(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), async (date) => {
          const dueDate = date.toISOString().slice(0, 10);
          await replaceAssessmentDeadlines(store(), assessment.id, [{ ...informationReturnDue, dueDate }]);
          const [stored] = await listAssessmentDeadlines(store(), assessment.id);
          expect(stored?.dueDate).toBe(dueDate);
        }),
        { numRuns: 30 },
      );
    });
  });

  describe('notifications sent', () => {
    it('a reminder is recorded as sent only the first time', async () => {
      const assessment = await seedAssessment(store());
      const reminder = {
        key: `${assessment.id}/information-return-due/reminder-5`,
        assessmentId: assessment.id,
        kind: 'reminder',
        deadlineId: 'information-return-due',
        sendOn: '2025-03-14',
        channel: 'email',
      };
      expect(await recordNotificationSent(store(), reminder)).toBe(true);
      expect(await recordNotificationSent(store(), reminder)).toBe(false);
      expect(await recordNotificationSent(store(), { ...reminder, key: `${assessment.id}/escalation`, kind: 'overdue-escalation' })).toBe(true);
      expect(await listSentKeys(store(), assessment.id)).toEqual([`${assessment.id}/escalation`, reminder.key]);
    });

    it('of several workers recording one reminder at once, exactly one sends it', async () => {
      const assessment = await seedAssessment(store());
      const reminder = { key: `${assessment.id}/reminder`, assessmentId: assessment.id, kind: 'reminder', sendOn: '2025-03-14', channel: 'log' };
      const results = await Promise.all([1, 2, 3, 4].map(() => store().transaction((tx) => recordNotificationSent(tx, reminder))));
      expect(results.filter((sent) => sent)).toHaveLength(1);
    });

    it('a reminder whose sending failed (transaction rolled back) can be sent again', async () => {
      const assessment = await seedAssessment(store());
      const reminder = { key: `${assessment.id}/reminder`, assessmentId: assessment.id, kind: 'reminder', sendOn: '2025-03-14', channel: 'email' };
      await expect(
        store().transaction(async (tx) => {
          if (await recordNotificationSent(tx, reminder)) throw new Error('SMTP server unavailable');
        }),
      ).rejects.toThrow('SMTP server unavailable');
      expect(await recordNotificationSent(store(), reminder)).toBe(true);
    });
  });
}
