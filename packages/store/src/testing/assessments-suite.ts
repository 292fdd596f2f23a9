import { describe, expect, it } from 'vitest';
import { createAssessment, getAssessment, listAssessments, updateAssessmentState } from '../assessments.js';
import { getCouncil, listCouncils, saveCouncil } from '../councils.js';
import { ConcurrentUpdateError, RecordNotFoundError } from '../store-errors.js';
import { seedAssessment, seedCouncil } from './fixtures.js';
import type { GetStore } from './fixtures.js';
import { uniqueId } from './test-stores.js';

/** Councils and assessments: the tenants and the lifecycle read model. */
export function describeAssessmentsSuite(store: GetStore): void {
  describe('councils', () => {
    it('a council saved twice is renamed, not duplicated', async () => {
      const id = uniqueId('council');
      await saveCouncil(store(), { id, name: 'Old Name Council' });
      await saveCouncil(store(), { id, name: 'New Name Council' });
      expect((await getCouncil(store(), id))?.name).toBe('New Name Council');
      expect((await listCouncils(store())).filter((council) => council.id === id)).toHaveLength(1);
    });
  });

  describe('assessments', () => {
    it('a new assessment starts at version 1 and reads back as written', async () => {
      const councilId = await seedCouncil(store());
      const created = await createAssessment(store(), {
        councilId,
        config: { informationReturnWeeks: 3, closures: ['2025-12-29'] },
        stateId: 'notice.received',
        stage: 'notice',
        nextDeadline: '2025-03-21',
      });
      expect(created.version).toBe(1);
      expect(created.overdue).toBe(false);
      expect(await getAssessment(store(), created.id)).toEqual(created);
      expect(created.config).toEqual({ informationReturnWeeks: 3, closures: ['2025-12-29'] });
      expect(created.nextDeadline).toBe('2025-03-21');
      expect(created.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    });

    it('an assessment of a council that is not in the store is refused', async () => {
      await expect(
        createAssessment(store(), { councilId: uniqueId('missing-council'), config: {}, stateId: 'notice.received', stage: 'notice' }),
      ).rejects.toBeInstanceOf(RecordNotFoundError);
    });

    it('assessments are listed by council, stage and overdue flag', async () => {
      const councilId = await seedCouncil(store());
      const atNotice = await seedAssessment(store(), councilId);
      const atReturn = await createAssessment(store(), {
        councilId,
        config: {},
        stateId: 'information-return.preparing',
        stage: 'information-return',
        overdue: true,
      });
      const otherCouncils = await seedAssessment(store());
      const ids = (filter: Parameters<typeof listAssessments>[1]) => listAssessments(store(), filter).then((list) => list.map((item) => item.id));
      expect(await ids({ councilId })).toEqual([atNotice.id, atReturn.id]);
      expect(await ids({ councilId, stage: 'information-return' })).toEqual([atReturn.id]);
      expect(await ids({ councilId, overdue: true })).toEqual([atReturn.id]);
      expect(await ids({ councilId, overdue: false })).toEqual([atNotice.id]);
      expect(await ids({ stage: 'notice' })).toContain(otherCouncils.id);
      expect(await ids({ stage: 'notice' })).not.toContain(atReturn.id);
    });

    it('a state update at the expected version moves the version on by one', async () => {
      const assessment = await seedAssessment(store());
      const updated = await updateAssessmentState(store(), {
        id: assessment.id,
        expectedVersion: 1,
        stateId: 'data-review.in-progress',
        stage: 'data-review',
        nextDeadline: '2025-04-01',
        overdue: false,
      });
      expect(updated).toMatchObject({ version: 2, stateId: 'data-review.in-progress', stage: 'data-review', nextDeadline: '2025-04-01' });
      expect(await getAssessment(store(), assessment.id)).toEqual(updated);
    });

    it('a state update from a stale version is refused and changes nothing', async () => {
      const assessment = await seedAssessment(store());
      const update = { id: assessment.id, stateId: 'data-review.in-progress', stage: 'data-review', nextDeadline: null, overdue: false };
      await updateAssessmentState(store(), { ...update, expectedVersion: 1 });
      const error: unknown = await updateAssessmentState(store(), { ...update, stateId: 'other', expectedVersion: 1 }).catch((caught: unknown) => caught);
      expect(ConcurrentUpdateError.isInstance(error)).toBe(true);
      expect((error as ConcurrentUpdateError).code).toBe('concurrent-update');
      expect((await getAssessment(store(), assessment.id))?.stateId).toBe('data-review.in-progress');
    });

    it('updating an assessment that does not exist says so', async () => {
      await expect(
        updateAssessmentState(store(), { id: uniqueId('missing'), expectedVersion: 1, stateId: 's', stage: 'notice', nextDeadline: null, overdue: false }),
      ).rejects.toBeInstanceOf(RecordNotFoundError);
    });

    it('of two transactions updating the same version, exactly one wins', async () => {
      const assessment = await seedAssessment(store());
      const attempt = (stateId: string) =>
        store().transaction((tx) =>
          updateAssessmentState(tx, { id: assessment.id, expectedVersion: 1, stateId, stage: 'data-review', nextDeadline: null, overdue: false }),
        );
      const outcomes = await Promise.allSettled([attempt('first'), attempt('second')]);
      const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const lost = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(ConcurrentUpdateError.isInstance(lost[0]?.reason)).toBe(true);
      expect((await getAssessment(store(), assessment.id))?.version).toBe(2);
    });
  });
}
