import type { EvidenceItem, EvidenceItemInput } from '@asc-assure/framework';
import type { EvidenceItemFilter, EvidenceItemRecord, StoreExecutor } from '@asc-assure/store';

/** Evidence items fetched per page when reading a whole bank. */
const PAGE_SIZE = 1000;

/** Every evidence item of the council matching the filter, by id. */
export async function listAllEvidenceItems(executor: StoreExecutor, filter: EvidenceItemFilter): Promise<EvidenceItemRecord[]> {
  const { listEvidenceItems } = await import('@asc-assure/store');
  const items: EvidenceItemRecord[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await listEvidenceItems(executor, filter, { limit: PAGE_SIZE, ...(after === undefined ? {} : { after }) });
    items.push(...page.items);
    if (page.nextCursor === null) return items;
    after = page.nextCursor;
  }
}

/** A stored evidence item in the form the framework's readiness analysis reads. */
export function evidenceItemInputOf(record: EvidenceItemRecord): EvidenceItemInput {
  return {
    id: record.id,
    title: record.title,
    ...(record.description === '' ? {} : { description: record.description }),
    qualityStatementIds: record.qualityStatementIds as EvidenceItemInput['qualityStatementIds'],
    evidenceCategoryIds: record.evidenceCategoryIds as EvidenceItemInput['evidenceCategoryIds'],
    owner: record.owner ?? '',
    ...(record.source === null ? {} : { source: record.source }),
    ...(record.location === null ? {} : { location: record.location }),
    effectiveFrom: record.effectiveFrom ?? '',
    ...(record.effectiveTo === null ? {} : { effectiveTo: record.effectiveTo }),
    ...(record.reviewBy === null ? {} : { reviewBy: record.reviewBy }),
    tags: record.tags as EvidenceItemInput['tags'],
  };
}

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
  const { insertEvidenceItems, updateEvidenceItem, withinTransaction } = await import('@asc-assure/store');
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
