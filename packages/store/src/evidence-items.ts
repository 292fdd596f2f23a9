import { randomUUID } from 'node:crypto';
import { InvalidInputError, type EvidenceItem, type EvidenceItemInput } from '@asc-assure/framework';
import { sql } from 'kysely';
import type { SelectQueryBuilder, Selectable, Updateable } from 'kysely';
import type { StoreExecutor } from './open-store.js';
import { withinTransaction } from './open-store.js';
import type { Database, EvidenceItemsTable } from './schema.js';
import { ConcurrentUpdateError, RecordNotFoundError, storeWriteError } from './store-errors.js';

/**
 * Rows per INSERT statement when adding evidence in bulk. 500 rows of 13 values stay far below
 * PostgreSQL's limit of 65,535 parameters per statement while cutting round trips 500-fold.
 */
export const EVIDENCE_INSERT_CHUNK_SIZE = 500;

/** The most evidence items one page of {@link listEvidenceItems} returns. */
export const EVIDENCE_PAGE_SIZE_LIMIT = 1000;

/** One item of a council's evidence bank. */
export interface EvidenceItemRecord {
  readonly id: string;
  readonly councilId: string;
  readonly title: string;
  readonly description: string;
  readonly qualityStatementIds: readonly string[];
  readonly evidenceCategoryIds: readonly string[];
  readonly owner: string | null;
  /** Where it comes from, for example `ASCOF` or `internal audit`. */
  readonly source: string | null;
  /** Where to find it: a link or a file path. */
  readonly location: string | null;
  readonly effectiveFrom: string | null;
  readonly effectiveTo: string | null;
  /** When it must next be reviewed, `YYYY-MM-DD`. */
  readonly reviewBy: string | null;
  readonly tags: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** The fields of an evidence item that can be set and changed. */
export interface EvidenceItemFields {
  readonly title: string;
  readonly description?: string | undefined;
  readonly qualityStatementIds?: readonly string[] | undefined;
  readonly evidenceCategoryIds?: readonly string[] | undefined;
  readonly owner?: string | null | undefined;
  readonly source?: string | null | undefined;
  readonly location?: string | null | undefined;
  readonly effectiveFrom?: string | null | undefined;
  readonly effectiveTo?: string | null | undefined;
  readonly reviewBy?: string | null | undefined;
  readonly tags?: readonly string[] | undefined;
}

/** A new evidence item. */
export interface NewEvidenceItem extends EvidenceItemFields {
  /** Leave out for a random UUID. */
  readonly id?: string | undefined;
  readonly councilId: string;
}

/** Filters for {@link listEvidenceItems}: one council's items, narrowed by any of the rest. */
export interface EvidenceItemFilter {
  readonly councilId: string;
  readonly qualityStatementId?: string | undefined;
  readonly evidenceCategoryId?: string | undefined;
  readonly owner?: string | undefined;
  readonly tag?: string | undefined;
  /** Only items whose review date is on or before this day (`YYYY-MM-DD`). */
  readonly reviewByOnOrBefore?: string | undefined;
}

/** One page of evidence items, by id. */
export interface EvidenceItemPage {
  readonly items: readonly EvidenceItemRecord[];
  /** Pass as `after` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

/** A change to an evidence item, accepted only if it is still at `expectedVersion`. */
export interface EvidenceItemUpdate {
  readonly councilId: string;
  readonly id: string;
  readonly expectedVersion: number;
  readonly changes: Partial<EvidenceItemFields>;
}

function toEvidenceItemRecord(row: Selectable<EvidenceItemsTable>): EvidenceItemRecord {
  return {
    id: row.id,
    councilId: row.council_id,
    title: row.title,
    description: row.description,
    qualityStatementIds: row.quality_statement_ids,
    evidenceCategoryIds: row.evidence_category_ids,
    owner: row.owner,
    source: row.source,
    location: row.location,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    reviewBy: row.review_by,
    tags: row.tags,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

function toEvidenceItemColumns(fields: Partial<EvidenceItemFields>): Updateable<EvidenceItemsTable> {
  const columns: Updateable<EvidenceItemsTable> = {};
  if (fields.title !== undefined) columns.title = fields.title;
  if (fields.description !== undefined) columns.description = fields.description;
  if (fields.qualityStatementIds !== undefined) columns.quality_statement_ids = [...fields.qualityStatementIds];
  if (fields.evidenceCategoryIds !== undefined) columns.evidence_category_ids = [...fields.evidenceCategoryIds];
  if (fields.owner !== undefined) columns.owner = fields.owner;
  if (fields.source !== undefined) columns.source = fields.source;
  if (fields.location !== undefined) columns.location = fields.location;
  if (fields.effectiveFrom !== undefined) columns.effective_from = fields.effectiveFrom;
  if (fields.effectiveTo !== undefined) columns.effective_to = fields.effectiveTo;
  if (fields.reviewBy !== undefined) columns.review_by = fields.reviewBy;
  if (fields.tags !== undefined) columns.tags = [...fields.tags];
  return columns;
}

function whereEvidenceMatches<Output>(
  query: SelectQueryBuilder<Database, 'evidence_items', Output>,
  filter: EvidenceItemFilter,
): SelectQueryBuilder<Database, 'evidence_items', Output> {
  let narrowed = query.where('council_id', '=', filter.councilId);
  // `@>` (contains) on the text[] columns is what their GIN indexes serve.
  if (filter.qualityStatementId !== undefined) {
    narrowed = narrowed.where(sql<boolean>`quality_statement_ids @> array[${filter.qualityStatementId}]::text[]`);
  }
  if (filter.evidenceCategoryId !== undefined) {
    narrowed = narrowed.where(sql<boolean>`evidence_category_ids @> array[${filter.evidenceCategoryId}]::text[]`);
  }
  if (filter.tag !== undefined) narrowed = narrowed.where(sql<boolean>`tags @> array[${filter.tag}]::text[]`);
  if (filter.owner !== undefined) narrowed = narrowed.where('owner', '=', filter.owner);
  if (filter.reviewByOnOrBefore !== undefined) narrowed = narrowed.where('review_by', '<=', filter.reviewByOnOrBefore);
  return narrowed;
}

/**
 * Adds evidence items in one transaction, several hundred rows per statement, so that an import
 * of 10,000 items is a few dozen round trips. All land or none does. Returns the ids in input
 * order.
 */
export async function insertEvidenceItems(executor: StoreExecutor, items: readonly NewEvidenceItem[]): Promise<readonly string[]> {
  const rows = items.map((item) => ({
    id: item.id ?? randomUUID(),
    council_id: item.councilId,
    title: item.title,
    description: item.description ?? '',
    quality_statement_ids: [...(item.qualityStatementIds ?? [])],
    evidence_category_ids: [...(item.evidenceCategoryIds ?? [])],
    owner: item.owner ?? null,
    source: item.source ?? null,
    location: item.location ?? null,
    effective_from: item.effectiveFrom ?? null,
    effective_to: item.effectiveTo ?? null,
    review_by: item.reviewBy ?? null,
    tags: [...(item.tags ?? [])],
  }));
  const firstIndexOfId = new Map<string, number>();
  const problems = rows.flatMap((row, index) => {
    const earlier = firstIndexOfId.get(row.id);
    if (earlier === undefined) {
      firstIndexOfId.set(row.id, index);
      return [];
    }
    return [{ code: 'duplicate-evidence-id', path: [index, 'id'], message: `item ${index + 1} has the same id ("${row.id}") as item ${earlier + 1}` }];
  });
  if (problems.length > 0) throw new InvalidInputError('The evidence items cannot be added', problems);
  await withinTransaction(executor, async (tx) => {
    for (let start = 0; start < rows.length; start += EVIDENCE_INSERT_CHUNK_SIZE) {
      const chunk = rows.slice(start, start + EVIDENCE_INSERT_CHUNK_SIZE);
      try {
        await tx.db.insertInto('evidence_items').values(chunk).execute();
      } catch (error) {
        throw storeWriteError(error, {
          missingReference: 'An evidence item names a council that is not in the store: add the council (saveCouncil) first.',
          exists: 'An evidence item with one of these ids is already in the store; nothing was added.',
        });
      }
    }
  });
  return rows.map((row) => row.id);
}

/** One evidence item of the council, or undefined. */
export async function getEvidenceItem(
  executor: StoreExecutor,
  key: { readonly councilId: string; readonly id: string },
): Promise<EvidenceItemRecord | undefined> {
  const row = await executor.db
    .selectFrom('evidence_items')
    .selectAll()
    .where('council_id', '=', key.councilId)
    .where('id', '=', key.id)
    .executeTakeFirst();
  return row === undefined ? undefined : toEvidenceItemRecord(row);
}

/**
 * One page of the council's evidence items matching the filter, ordered by id (keyset
 * pagination: each page costs the same however deep into the bank it is).
 *
 * @example
 * let page = await listEvidenceItems(store, { councilId: 'leeds', qualityStatementId: 'safeguarding' });
 * while (page.nextCursor !== null) {
 *   page = await listEvidenceItems(store, { councilId: 'leeds', qualityStatementId: 'safeguarding' }, { after: page.nextCursor });
 * }
 */
export async function listEvidenceItems(
  executor: StoreExecutor,
  filter: EvidenceItemFilter,
  page: { readonly limit?: number | undefined; readonly after?: string | undefined } = {},
): Promise<EvidenceItemPage> {
  const limit = page.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > EVIDENCE_PAGE_SIZE_LIMIT) {
    throw new InvalidInputError('The evidence page cannot be listed', [
      { code: 'invalid-page-size', path: ['limit'], message: `the page size must be a whole number from 1 to ${EVIDENCE_PAGE_SIZE_LIMIT}, not ${limit}` },
    ]);
  }
  let query = whereEvidenceMatches(executor.db.selectFrom('evidence_items').selectAll(), filter);
  if (page.after !== undefined) query = query.where('id', '>', page.after);
  const rows = await query.orderBy('id').limit(limit + 1).execute();
  const items = rows.slice(0, limit).map(toEvidenceItemRecord);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? last.id : null };
}

/** How many of the council's evidence items match the filter. */
export async function countEvidenceItems(executor: StoreExecutor, filter: EvidenceItemFilter): Promise<number> {
  const query = whereEvidenceMatches(
    executor.db.selectFrom('evidence_items').select((eb) => eb.fn.countAll<number | string>().as('count')),
    filter,
  );
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Changes an evidence item. Throws {@link ConcurrentUpdateError} when it is no longer at
 * `expectedVersion` and {@link RecordNotFoundError} when the council has no such item.
 */
export async function updateEvidenceItem(executor: StoreExecutor, update: EvidenceItemUpdate): Promise<EvidenceItemRecord> {
  const row = await executor.db
    .updateTable('evidence_items')
    .set({ ...toEvidenceItemColumns(update.changes), version: update.expectedVersion + 1, updated_at: sql<string>`now()` })
    .where('council_id', '=', update.councilId)
    .where('id', '=', update.id)
    .where('version', '=', update.expectedVersion)
    .returningAll()
    .executeTakeFirst();
  if (row !== undefined) return toEvidenceItemRecord(row);
  const current = await getEvidenceItem(executor, update);
  if (current === undefined) throw new RecordNotFoundError(`Council "${update.councilId}" has no evidence item with id "${update.id}".`);
  throw new ConcurrentUpdateError(
    `Evidence item "${current.title}" was changed by someone else (it is at version ${current.version}, not ${update.expectedVersion}). Reload it and try again.`,
  );
}

/** Removes an evidence item; returns false when the council had no such item. */
export async function deleteEvidenceItem(executor: StoreExecutor, key: { readonly councilId: string; readonly id: string }): Promise<boolean> {
  const result = await executor.db.deleteFrom('evidence_items').where('council_id', '=', key.councilId).where('id', '=', key.id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * Every evidence item of the council matching the filter, in id order, read a page at a time (so
 * a bank of any size is read with bounded queries).
 */
export async function listAllEvidenceItems(executor: StoreExecutor, filter: EvidenceItemFilter): Promise<EvidenceItemRecord[]> {
  const items: EvidenceItemRecord[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await listEvidenceItems(executor, filter, { limit: EVIDENCE_PAGE_SIZE_LIMIT, ...(after === undefined ? {} : { after }) });
    items.push(...page.items);
    if (page.nextCursor === null) return items;
    after = page.nextCursor;
  }
}

/** A stored evidence item in the form the framework reads (readiness, validation). */
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

/** A checked evidence item as the store's fields: what an add or a change writes. */
export function evidenceItemFieldsOf(item: EvidenceItem): Required<EvidenceItemFields> {
  return {
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
  };
}

/** How {@link saveEvidenceItems} changed the bank. */
export interface EvidenceSaveResult {
  readonly added: number;
  readonly updated: number;
}

/**
 * Saves checked evidence items (an import) in one transaction: items whose id is already in the
 * council's bank are updated in place, the rest added. Either every item lands or none does.
 */
export async function saveEvidenceItems(executor: StoreExecutor, councilId: string, items: readonly EvidenceItem[]): Promise<EvidenceSaveResult> {
  return withinTransaction(executor, async (tx) => {
    const versions = new Map((await listAllEvidenceItems(tx, { councilId })).map((record) => [record.id, record.version]));
    const fresh = items.filter((item) => !versions.has(item.id));
    for (const item of items) {
      const expectedVersion = versions.get(item.id);
      if (expectedVersion === undefined) continue;
      await updateEvidenceItem(tx, { councilId, id: item.id, expectedVersion, changes: evidenceItemFieldsOf(item) });
    }
    await insertEvidenceItems(tx, fresh.map((item) => ({ ...item, councilId })));
    return { added: fresh.length, updated: items.length - fresh.length };
  });
}
