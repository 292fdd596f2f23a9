import { describe, expect, it } from 'vitest';
import { createAction, deleteAction, getAction, listActions, updateAction } from '../actions.js';
import { createRisk, deleteRisk, getRisk, listRisks, updateRisk } from '../risks.js';
import { ConcurrentUpdateError, RecordNotFoundError } from '../store-errors.js';
import { seedAssessment, seedCouncil } from './fixtures.js';
import type { GetStore } from './fixtures.js';

/** The improvement plan: actions and the risk register. */
export function describeActionPlanSuite(store: GetStore): void {
  describe('actions', () => {
    it('an action is created, listed, updated at its version and deleted', async () => {
      const councilId = await seedCouncil(store());
      const assessment = await seedAssessment(store(), councilId);
      const action = await createAction(store(), {
        councilId,
        assessmentId: assessment.id,
        title: 'Publish carers strategy',
        qualityStatementIds: ['supporting-healthier-lives'],
        status: 'in-progress',
        dueDate: '2025-06-30',
      });
      const undated = await createAction(store(), { councilId, title: 'Refresh equality analysis', status: 'not-started' });
      expect(action).toMatchObject({ version: 1, assessmentId: assessment.id, dueDate: '2025-06-30', completedOn: null });
      expect((await listActions(store(), { councilId })).map((item) => item.id)).toEqual([action.id, undated.id]);
      expect((await listActions(store(), { councilId, status: 'not-started' })).map((item) => item.id)).toEqual([undated.id]);
      expect((await listActions(store(), { councilId, assessmentId: assessment.id })).map((item) => item.id)).toEqual([action.id]);
      const done = await updateAction(store(), { councilId, id: action.id, expectedVersion: 1, changes: { status: 'done', completedOn: '2025-06-20' } });
      expect(done).toMatchObject({ version: 2, status: 'done', completedOn: '2025-06-20', title: 'Publish carers strategy' });
      await expect(updateAction(store(), { councilId, id: action.id, expectedVersion: 1, changes: { status: 'late' } })).rejects.toBeInstanceOf(
        ConcurrentUpdateError,
      );
      expect(await deleteAction(store(), { councilId, id: action.id })).toBe(true);
      expect(await getAction(store(), { councilId, id: action.id })).toBeUndefined();
    });

    it("an action cannot point at another council's assessment", async () => {
      const ours = await seedCouncil(store());
      const theirAssessment = await seedAssessment(store());
      await expect(
        createAction(store(), { councilId: ours, assessmentId: theirAssessment.id, title: 'Cross-council', status: 'not-started' }),
      ).rejects.toBeInstanceOf(RecordNotFoundError);
    });
  });

  describe('risks', () => {
    it('risks are listed highest rating first and updated at their version', async () => {
      const councilId = await seedCouncil(store());
      const low = await createRisk(store(), { councilId, title: 'Portal outage', likelihood: 1, impact: 2, status: 'open' });
      const high = await createRisk(store(), {
        councilId,
        title: 'Case list not anonymised in time',
        likelihood: 3,
        impact: 5,
        status: 'open',
        mitigation: 'Start pseudonymisation at notice',
        reviewBy: '2025-05-01',
      });
      expect((await listRisks(store(), { councilId })).map((risk) => risk.id)).toEqual([high.id, low.id]);
      const mitigated = await updateRisk(store(), { councilId, id: high.id, expectedVersion: 1, changes: { likelihood: 1, status: 'mitigated' } });
      expect(mitigated).toMatchObject({ version: 2, likelihood: 1, impact: 5, status: 'mitigated', reviewBy: '2025-05-01' });
      expect((await listRisks(store(), { councilId, status: 'open' })).map((risk) => risk.id)).toEqual([low.id]);
      await expect(updateRisk(store(), { councilId, id: high.id, expectedVersion: 1, changes: { impact: 1 } })).rejects.toBeInstanceOf(ConcurrentUpdateError);
      expect(await deleteRisk(store(), { councilId, id: low.id })).toBe(true);
      expect(await getRisk(store(), { councilId, id: low.id })).toBeUndefined();
    });

    it('a likelihood or impact outside 1 to 5 is refused by the database', async () => {
      const councilId = await seedCouncil(store());
      await expect(createRisk(store(), { councilId, title: 'Off the scale', likelihood: 6, impact: 1, status: 'open' })).rejects.toThrow();
      expect(await listRisks(store(), { councilId })).toEqual([]);
    });
  });
}
