import type { EvidenceItem } from '@asc-assure/framework';
import type { StoreExecutor } from '@asc-assure/store';

/** How an import changed the bank. */
export interface EvidenceImportResult {
  readonly added: number;
  readonly updated: number;
}

/**
 * Saves checked evidence items in one transaction: items whose id is already in the bank are
 * updated in place, the rest added. Either every item lands or none does.
 */
export async function saveEvidenceItems(executor: StoreExecutor, councilId: string, items: readonly EvidenceItem[]): Promise<EvidenceImportResult> {
  const { insertEvidenceItems, listAllEvidenceItems, updateEvidenceItem, withinTransaction } = await import('@asc-assure/store');
  return withinTransaction(executor, async (tx) => {
    const versions = new Map((await listAllEvidenceItems(tx, { councilId })).map((record) => [record.id, record.version]));
    const fresh = items.filter((item) => !versions.has(item.id));
    for (const item of items) {
      const expectedVersion = versions.get(item.id);
      if (expectedVersion === undefined) continue;
      await updateEvidenceItem(tx, {
        councilId,
        id: item.id,
        expectedVersion,
        changes: {
          title: item.title,
          description: item.description ?? '',
          qualityStatementIds: item.qualityStatementIds,
          evidenceCategoryIds: item.evidenceCategoryIds,
          owner: item.owner,
          source: item.source ?? null,
          location: item.location ?? null,
          effectiveFrom: item.effectiveFrom,
          effectiveTo: item.effectiveTo ?? null,
          reviewBy: item.reviewBy ?? null,
          tags: item.tags,
        },
      });
    }
    await insertEvidenceItems(
      tx,
      fresh.map((item) => ({ ...item, councilId })),
    );
    return { added: fresh.length, updated: items.length - fresh.length };
  });
}
