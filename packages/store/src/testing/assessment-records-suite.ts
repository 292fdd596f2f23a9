import { describe, expect, it } from 'vitest';
import { getCaseList, listCaseLists, saveCaseList } from '../case-lists.js';
import { listInformationReturnProgress, upsertInformationReturnProgress } from '../information-return.js';
import { getPublishedResult, savePublishedResult } from '../published-results.js';
import { RecordExistsError, RecordNotFoundError } from '../store-errors.js';
import { seedAssessment, seedCouncil } from './fixtures.js';
import type { GetStore } from './fixtures.js';

const publishedScores = {
  'assessing-needs': 2,
  'supporting-healthier-lives': 3,
  'equity-in-experience-and-outcomes': 2,
  'care-provision-integration-continuity': 2,
  'partnerships-and-communities': 3,
  'safe-systems-pathways-transitions': 2,
  safeguarding: 2,
  'governance-management-sustainability': 2,
  'learning-improvement-innovation': 2,
};

/** What a council prepares for one assessment: IR progress, case lists, and CQC's result. */
export function describeAssessmentRecordsSuite(store: GetStore): void {
  describe('Information Return progress', () => {
    it('saving an item twice keeps the latest progress', async () => {
      const assessment = await seedAssessment(store());
      const key = { councilId: assessment.councilId, assessmentId: assessment.id };
      await upsertInformationReturnProgress(store(), { ...key, itemId: 'ir-carers-strategy', status: 'not-started', dueDate: '2025-03-21' });
      await upsertInformationReturnProgress(store(), { ...key, itemId: 'ir-ascof-commentary', status: 'in-progress', owner: 'BI team' });
      await upsertInformationReturnProgress(store(), {
        ...key,
        itemId: 'ir-carers-strategy',
        status: 'ready',
        documentReference: 'Carers-Strategy-2024.pdf',
        notes: 'Signed off by DASS',
        dueDate: '2025-03-21',
      });
      const progress = await listInformationReturnProgress(store(), key);
      expect(progress.map((item) => [item.itemId, item.status])).toEqual([
        ['ir-ascof-commentary', 'in-progress'],
        ['ir-carers-strategy', 'ready'],
      ]);
      expect(progress[1]).toMatchObject({ documentReference: 'Carers-Strategy-2024.pdf', notes: 'Signed off by DASS', dueDate: '2025-03-21', owner: null });
    });

    it("progress cannot be recorded against another council's assessment", async () => {
      const ours = await seedCouncil(store());
      const theirs = await seedAssessment(store());
      await expect(
        upsertInformationReturnProgress(store(), { councilId: ours, assessmentId: theirs.id, itemId: 'ir-1', status: 'ready' }),
      ).rejects.toBeInstanceOf(RecordNotFoundError);
    });
  });

  describe('case lists', () => {
    it('a case list is saved, re-saved after checking, and read back', async () => {
      const assessment = await seedAssessment(store());
      const records = [{ pseudonym: 'P-0001', cohort: 'CT01', dateOfAssessment: '2024-11-02' }];
      const draft = await saveCaseList(store(), { councilId: assessment.councilId, assessmentId: assessment.id, status: 'draft', records });
      expect(draft).toMatchObject({ status: 'draft', records, problems: [], checkedAt: null });
      const checked = await saveCaseList(store(), {
        id: draft.id,
        councilId: assessment.councilId,
        assessmentId: assessment.id,
        status: 'checked',
        records,
        checkedAt: '2025-04-02T10:15:00.000Z',
        problems: [{ code: 'too-few-records', message: 'The list has 1 record; CQC asks for 50.' }],
      });
      expect(checked).toMatchObject({ id: draft.id, status: 'checked', checkedAt: '2025-04-02T10:15:00.000Z' });
      expect(await getCaseList(store(), { councilId: assessment.councilId, id: draft.id })).toEqual(checked);
      expect(await listCaseLists(store(), { councilId: assessment.councilId, assessmentId: assessment.id })).toEqual([checked]);
    });

    it("a case list id cannot be re-used for another council's assessment", async () => {
      const ours = await seedAssessment(store());
      const theirs = await seedAssessment(store());
      const list = await saveCaseList(store(), { councilId: theirs.councilId, assessmentId: theirs.id, status: 'draft', records: [] });
      await expect(
        saveCaseList(store(), { id: list.id, councilId: ours.councilId, assessmentId: ours.id, status: 'draft', records: [{ pseudonym: 'x' }] }),
      ).rejects.toBeInstanceOf(RecordExistsError);
      expect((await getCaseList(store(), { councilId: theirs.councilId, id: list.id }))?.records).toEqual([]);
      expect(await getCaseList(store(), { councilId: ours.councilId, id: list.id })).toBeUndefined();
    });
  });

  describe('published results', () => {
    it("CQC's published result is saved, corrected and read back", async () => {
      const assessment = await seedAssessment(store());
      const key = { councilId: assessment.councilId, assessmentId: assessment.id };
      expect(await getPublishedResult(store(), key)).toBeUndefined();
      await savePublishedResult(store(), { ...key, publishedOn: '2025-07-01', scores: publishedScores, rating: 'requires-improvement' });
      const corrected = await savePublishedResult(store(), {
        ...key,
        publishedOn: '2025-07-08',
        scores: { ...publishedScores, safeguarding: 3 },
        rating: 'requires-improvement',
      });
      expect(await getPublishedResult(store(), key)).toEqual(corrected);
      expect(corrected).toMatchObject({ publishedOn: '2025-07-08', rating: 'requires-improvement', scores: { safeguarding: 3, 'assessing-needs': 2 } });
    });
  });
}
