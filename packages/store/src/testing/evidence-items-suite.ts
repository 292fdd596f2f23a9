import { InvalidInputError } from '@asc-assure/framework';
import { describe, expect, it } from 'vitest';
import {
  countEvidenceItems,
  deleteEvidenceItem,
  evidenceItemInputOf,
  getEvidenceItem,
  insertEvidenceItems,
  listAllEvidenceItems,
  listEvidenceItems,
  updateEvidenceItem,
} from '../evidence-items.js';
import type { NewEvidenceItem } from '../evidence-items.js';
import { ConcurrentUpdateError, RecordExistsError, RecordNotFoundError } from '../store-errors.js';
import { seedCouncil } from './fixtures.js';
import type { GetStore } from './fixtures.js';
import { uniqueId } from './test-stores.js';

const QUALITY_STATEMENTS = ['assessing-needs', 'safeguarding', 'partnerships-and-communities'] as const;
const CATEGORIES = ['peoples-experience', 'processes', 'outcomes'] as const;

/** A large, varied evidence bank: item n is mapped to statement n mod 3 and category n mod 3. */
function evidenceBank(councilId: string, size: number): NewEvidenceItem[] {
  return Array.from({ length: size }, (_, index) => ({
    id: `${councilId}-evidence-${String(index).padStart(5, '0')}`,
    councilId,
    title: `Evidence ${index}`,
    qualityStatementIds: [QUALITY_STATEMENTS[index % 3] ?? 'assessing-needs'],
    evidenceCategoryIds: [CATEGORIES[index % 3] ?? 'processes'],
    owner: index % 2 === 0 ? 'Head of Quality' : 'Principal Social Worker',
    tags: index % 10 === 0 ? ['equality'] : [],
    reviewBy: index % 4 === 0 ? '2025-01-31' : '2025-12-31',
  }));
}

/** The evidence bank. */
export function describeEvidenceItemsSuite(store: GetStore): void {
  describe('evidence items', () => {
    it('10,000 evidence items go in with one call and page out exactly once each', async () => {
      const councilId = await seedCouncil(store());
      const bank = evidenceBank(councilId, 10_000);
      const ids = await insertEvidenceItems(store(), bank);
      expect(ids).toEqual(bank.map((item) => item.id));
      expect(await countEvidenceItems(store(), { councilId })).toBe(10_000);
      const seen: string[] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = await listEvidenceItems(store(), { councilId }, { limit: 1000, after: cursor });
        seen.push(...page.items.map((item) => item.id));
        if (page.nextCursor === null) break;
        cursor = page.nextCursor;
      }
      expect(seen).toEqual([...ids].sort());
      // listAllEvidenceItems reads the same pages for the command line and the API.
      const all = await listAllEvidenceItems(store(), { councilId });
      expect(all.map((item) => item.id)).toEqual([...ids].sort());
      const first = all[0]!;
      expect(evidenceItemInputOf(first)).toMatchObject({ id: first.id, title: first.title, qualityStatementIds: first.qualityStatementIds, tags: first.tags });
    });

    it('evidence is filtered by quality statement, category, owner, tag and review date', async () => {
      const councilId = await seedCouncil(store());
      await insertEvidenceItems(store(), evidenceBank(councilId, 60));
      expect(await countEvidenceItems(store(), { councilId, qualityStatementId: 'safeguarding' })).toBe(20);
      expect(await countEvidenceItems(store(), { councilId, evidenceCategoryId: 'outcomes' })).toBe(20);
      expect(await countEvidenceItems(store(), { councilId, owner: 'Head of Quality' })).toBe(30);
      expect(await countEvidenceItems(store(), { councilId, tag: 'equality' })).toBe(6);
      expect(await countEvidenceItems(store(), { councilId, reviewByOnOrBefore: '2025-01-31' })).toBe(15);
      const page = await listEvidenceItems(store(), { councilId, qualityStatementId: 'safeguarding', tag: 'equality' }, { limit: 10 });
      expect(page.items.map((item) => item.title)).toEqual(['Evidence 10', 'Evidence 40']);
      expect(page.nextCursor).toBeNull();
      expect(page.items[0]).toMatchObject({ qualityStatementIds: ['safeguarding'], evidenceCategoryIds: ['processes'], tags: ['equality'], reviewBy: '2025-12-31' });
    });

    it("one council never sees another council's evidence", async () => {
      const ours = await seedCouncil(store());
      const theirs = await seedCouncil(store());
      const [id] = await insertEvidenceItems(store(), [{ councilId: theirs, title: 'Their safeguarding audit' }]);
      expect(await countEvidenceItems(store(), { councilId: ours })).toBe(0);
      expect(await getEvidenceItem(store(), { councilId: ours, id: id ?? '' })).toBeUndefined();
      await expect(
        updateEvidenceItem(store(), { councilId: ours, id: id ?? '', expectedVersion: 1, changes: { title: 'Taken over' } }),
      ).rejects.toBeInstanceOf(RecordNotFoundError);
      expect(await deleteEvidenceItem(store(), { councilId: ours, id: id ?? '' })).toBe(false);
    });

    it('a batch with one id already in the store adds nothing at all', async () => {
      const councilId = await seedCouncil(store());
      const [existing] = await insertEvidenceItems(store(), [{ councilId, title: 'Existing' }]);
      const batch = [...evidenceBank(councilId, 1200), { id: existing, councilId, title: 'Duplicate' }];
      await expect(insertEvidenceItems(store(), batch)).rejects.toBeInstanceOf(RecordExistsError);
      expect(await countEvidenceItems(store(), { councilId })).toBe(1);
    });

    it('a batch that names one id twice is refused before anything is written', async () => {
      const councilId = await seedCouncil(store());
      const id = uniqueId('evidence');
      const error: unknown = await insertEvidenceItems(store(), [
        { id, councilId, title: 'One' },
        { id, councilId, title: 'Two' },
      ]).catch((caught: unknown) => caught);
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).problems.map((problem) => problem.path)).toEqual([[1, 'id']]);
      expect(await countEvidenceItems(store(), { councilId })).toBe(0);
    });

    it('evidence for a council that is not in the store is refused', async () => {
      await expect(insertEvidenceItems(store(), [{ councilId: uniqueId('missing'), title: 'Orphan' }])).rejects.toBeInstanceOf(RecordNotFoundError);
    });

    it('an evidence update at the expected version applies; a stale one is refused', async () => {
      const councilId = await seedCouncil(store());
      const [id = ''] = await insertEvidenceItems(store(), [{ councilId, title: 'Safeguarding audit 2024', qualityStatementIds: ['safeguarding'] }]);
      const updated = await updateEvidenceItem(store(), {
        councilId,
        id,
        expectedVersion: 1,
        changes: { title: 'Safeguarding audit 2025', reviewBy: '2026-03-31', tags: ['annual'] },
      });
      expect(updated).toMatchObject({ version: 2, title: 'Safeguarding audit 2025', reviewBy: '2026-03-31', tags: ['annual'], qualityStatementIds: ['safeguarding'] });
      await expect(
        updateEvidenceItem(store(), { councilId, id, expectedVersion: 1, changes: { title: 'Lost update' } }),
      ).rejects.toBeInstanceOf(ConcurrentUpdateError);
      expect((await getEvidenceItem(store(), { councilId, id }))?.title).toBe('Safeguarding audit 2025');
      expect(await deleteEvidenceItem(store(), { councilId, id })).toBe(true);
      expect(await getEvidenceItem(store(), { councilId, id })).toBeUndefined();
    });

    it('a page size outside 1 to 1000 is refused', async () => {
      const councilId = await seedCouncil(store());
      await expect(listEvidenceItems(store(), { councilId }, { limit: 0 })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(listEvidenceItems(store(), { councilId }, { limit: 1001 })).rejects.toBeInstanceOf(InvalidInputError);
    });
  });
}
