import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { StoreExecutor } from './open-store.js';
import type { InformationReturnProgressTable } from './schema.js';
import { storeWriteError } from './store-errors.js';

/** Progress of one Information Return item for an assessment. */
export interface InformationReturnProgressRecord {
  readonly councilId: string;
  readonly assessmentId: string;
  /** The Information Return item's stable id. */
  readonly itemId: string;
  readonly owner: string | null;
  /** For example `not-started`, `in-progress`, `ready`, `submitted`. */
  readonly status: string;
  /** Where the document is, for example a file name or a link. */
  readonly documentReference: string | null;
  readonly notes: string;
  readonly dueDate: string | null;
  readonly updatedAt: string;
}

/** The progress of one item to save. */
export type InformationReturnProgressInput = Omit<InformationReturnProgressRecord, 'updatedAt' | 'owner' | 'documentReference' | 'notes' | 'dueDate'> & {
  readonly owner?: string | null | undefined;
  readonly documentReference?: string | null | undefined;
  readonly notes?: string | undefined;
  readonly dueDate?: string | null | undefined;
};

function toInformationReturnProgressRecord(row: Selectable<InformationReturnProgressTable>): InformationReturnProgressRecord {
  return {
    councilId: row.council_id,
    assessmentId: row.assessment_id,
    itemId: row.item_id,
    owner: row.owner,
    status: row.status,
    documentReference: row.document_reference,
    notes: row.notes,
    dueDate: row.due_date,
    updatedAt: row.updated_at,
  };
}

/** Saves the progress of one Information Return item, replacing what was recorded before. */
export async function upsertInformationReturnProgress(
  executor: StoreExecutor,
  progress: InformationReturnProgressInput,
): Promise<InformationReturnProgressRecord> {
  const values = {
    owner: progress.owner ?? null,
    status: progress.status,
    document_reference: progress.documentReference ?? null,
    notes: progress.notes ?? '',
    due_date: progress.dueDate ?? null,
  };
  try {
    const row = await executor.db
      .insertInto('information_return_progress')
      .values({ council_id: progress.councilId, assessment_id: progress.assessmentId, item_id: progress.itemId, ...values })
      .onConflict((conflict) =>
        conflict.columns(['council_id', 'assessment_id', 'item_id']).doUpdateSet({ ...values, updated_at: sql<string>`now()` }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return toInformationReturnProgressRecord(row);
  } catch (error) {
    throw storeWriteError(error, {
      missingReference: `Council "${progress.councilId}" has no assessment with id "${progress.assessmentId}".`,
    });
  }
}

/** The progress of every Information Return item recorded for the assessment, by item id. */
export async function listInformationReturnProgress(
  executor: StoreExecutor,
  key: { readonly councilId: string; readonly assessmentId: string },
): Promise<readonly InformationReturnProgressRecord[]> {
  const rows = await executor.db
    .selectFrom('information_return_progress')
    .selectAll()
    .where('council_id', '=', key.councilId)
    .where('assessment_id', '=', key.assessmentId)
    .orderBy('item_id')
    .execute();
  return rows.map(toInformationReturnProgressRecord);
}
