import { describe, expect, it } from 'vitest';
import { getSelfAssessmentStatement, listSelfAssessmentStatements, upsertSelfAssessmentStatement } from '../self-assessment.js';
import { ConcurrentUpdateError, RecordNotFoundError } from '../store-errors.js';
import { seedCouncil } from './fixtures.js';
import type { GetStore } from './fixtures.js';
import { uniqueId } from './test-stores.js';

/** The council's self-assessment, one statement per quality statement. */
export function describeSelfAssessmentSuite(store: GetStore): void {
  describe('self-assessment statements', () => {
    it('a statement saved twice keeps one row and counts its versions', async () => {
      const councilId = await seedCouncil(store());
      const first = await upsertSelfAssessmentStatement(store(), {
        councilId,
        qualityStatementId: 'safeguarding',
        narrative: 'Our safeguarding adults board is effective.',
        strengths: ['Making Safeguarding Personal embedded'],
        areasForImprovement: ['Timeliness of section 42 enquiries'],
        selfScore: 3,
        updatedOn: '2025-01-15',
      });
      expect(first.version).toBe(1);
      const second = await upsertSelfAssessmentStatement(store(), { councilId, qualityStatementId: 'safeguarding', narrative: 'Revised.', updatedOn: '2025-04-15' });
      expect(second).toMatchObject({ version: 2, narrative: 'Revised.', strengths: [], selfScore: null, updatedOn: '2025-04-15' });
      expect(await getSelfAssessmentStatement(store(), { councilId, qualityStatementId: 'safeguarding' })).toEqual(second);
      expect(await listSelfAssessmentStatements(store(), councilId)).toEqual([second]);
    });

    it('an editor saving from a version someone else has moved on is refused', async () => {
      const councilId = await seedCouncil(store());
      const key = { councilId, qualityStatementId: 'assessing-needs' };
      await upsertSelfAssessmentStatement(store(), { ...key, narrative: 'Draft A', updatedOn: '2025-01-01', expectedVersion: 0 });
      await expect(
        upsertSelfAssessmentStatement(store(), { ...key, narrative: 'Draft B (also new)', updatedOn: '2025-01-01', expectedVersion: 0 }),
      ).rejects.toBeInstanceOf(ConcurrentUpdateError);
      const saved = await upsertSelfAssessmentStatement(store(), { ...key, narrative: 'Draft A2', updatedOn: '2025-01-02', expectedVersion: 1 });
      expect(saved.version).toBe(2);
      await expect(
        upsertSelfAssessmentStatement(store(), { ...key, narrative: 'Stale edit', updatedOn: '2025-01-03', expectedVersion: 1 }),
      ).rejects.toBeInstanceOf(ConcurrentUpdateError);
      expect((await getSelfAssessmentStatement(store(), key))?.narrative).toBe('Draft A2');
    });

    it('a self-score outside 1 to 4 is refused by the database', async () => {
      const councilId = await seedCouncil(store());
      await expect(
        upsertSelfAssessmentStatement(store(), { councilId, qualityStatementId: 'safeguarding', narrative: 'x', selfScore: 5, updatedOn: '2025-01-01' }),
      ).rejects.toThrow();
      expect(await listSelfAssessmentStatements(store(), councilId)).toEqual([]);
    });

    it('a statement for a council that is not in the store is refused', async () => {
      await expect(
        upsertSelfAssessmentStatement(store(), { councilId: uniqueId('missing'), qualityStatementId: 'safeguarding', narrative: 'x', updatedOn: '2025-01-01' }),
      ).rejects.toBeInstanceOf(RecordNotFoundError);
    });
  });
}
