import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Selectable, Updateable } from 'kysely';
import type { StoreExecutor } from './open-store.js';
import type { ActionsTable } from './schema.js';
import { ConcurrentUpdateError, RecordNotFoundError, storeWriteError } from './store-errors.js';

/** An improvement action in a council's plan. */
export interface ActionRecord {
  readonly id: string;
  readonly councilId: string;
  /** The assessment it answers, if any. */
  readonly assessmentId: string | null;
  readonly title: string;
  readonly description: string;
  readonly qualityStatementIds: readonly string[];
  readonly owner: string | null;
  /** For example `not-started`, `in-progress`, `done`. */
  readonly status: string;
  readonly dueDate: string | null;
  readonly completedOn: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** The fields of an action that can be set and changed. */
export interface ActionFields {
  readonly assessmentId?: string | null | undefined;
  readonly title: string;
  readonly description?: string | undefined;
  readonly qualityStatementIds?: readonly string[] | undefined;
  readonly owner?: string | null | undefined;
  readonly status: string;
  readonly dueDate?: string | null | undefined;
  readonly completedOn?: string | null | undefined;
}

/** A new action. */
export interface NewAction extends ActionFields {
  /** Leave out for a random UUID. */
  readonly id?: string | undefined;
  readonly councilId: string;
}

/** A change to an action, accepted only if it is still at `expectedVersion`. */
export interface ActionUpdate {
  readonly councilId: string;
  readonly id: string;
  readonly expectedVersion: number;
  readonly changes: Partial<ActionFields>;
}

function toActionRecord(row: Selectable<ActionsTable>): ActionRecord {
  return {
    id: row.id,
    councilId: row.council_id,
    assessmentId: row.assessment_id,
    title: row.title,
    description: row.description,
    qualityStatementIds: row.quality_statement_ids,
    owner: row.owner,
    status: row.status,
    dueDate: row.due_date,
    completedOn: row.completed_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

function toActionColumns(fields: Partial<ActionFields>): Updateable<ActionsTable> {
  const columns: Updateable<ActionsTable> = {};
  if (fields.assessmentId !== undefined) columns.assessment_id = fields.assessmentId;
  if (fields.title !== undefined) columns.title = fields.title;
  if (fields.description !== undefined) columns.description = fields.description;
  if (fields.qualityStatementIds !== undefined) columns.quality_statement_ids = [...fields.qualityStatementIds];
  if (fields.owner !== undefined) columns.owner = fields.owner;
  if (fields.status !== undefined) columns.status = fields.status;
  if (fields.dueDate !== undefined) columns.due_date = fields.dueDate;
  if (fields.completedOn !== undefined) columns.completed_on = fields.completedOn;
  return columns;
}

const missingReference = (councilId: string): string =>
  `Council "${councilId}" (or the assessment named) is not in the store, or the assessment belongs to another council.`;

/** Adds an action at version 1. */
export async function createAction(executor: StoreExecutor, action: NewAction): Promise<ActionRecord> {
  const id = action.id ?? randomUUID();
  try {
    const row = await executor.db
      .insertInto('actions')
      .values({
        id,
        council_id: action.councilId,
        assessment_id: action.assessmentId ?? null,
        title: action.title,
        description: action.description ?? '',
        quality_statement_ids: [...(action.qualityStatementIds ?? [])],
        owner: action.owner ?? null,
        status: action.status,
        due_date: action.dueDate ?? null,
        completed_on: action.completedOn ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toActionRecord(row);
  } catch (error) {
    throw storeWriteError(error, { missingReference: missingReference(action.councilId), exists: `An action with id "${id}" already exists.` });
  }
}

/** One action of the council, or undefined. */
export async function getAction(executor: StoreExecutor, key: { readonly councilId: string; readonly id: string }): Promise<ActionRecord | undefined> {
  const row = await executor.db.selectFrom('actions').selectAll().where('council_id', '=', key.councilId).where('id', '=', key.id).executeTakeFirst();
  return row === undefined ? undefined : toActionRecord(row);
}

/** The council's actions, optionally of one status or one assessment, by due date (undated last). */
export async function listActions(
  executor: StoreExecutor,
  filter: { readonly councilId: string; readonly status?: string | undefined; readonly assessmentId?: string | undefined },
): Promise<readonly ActionRecord[]> {
  let query = executor.db.selectFrom('actions').selectAll().where('council_id', '=', filter.councilId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.assessmentId !== undefined) query = query.where('assessment_id', '=', filter.assessmentId);
  const rows = await query.orderBy(sql`due_date asc nulls last`).orderBy('id').execute();
  return rows.map(toActionRecord);
}

/**
 * Changes an action. Throws {@link ConcurrentUpdateError} when it is no longer at
 * `expectedVersion` and {@link RecordNotFoundError} when the council has no such action.
 */
export async function updateAction(executor: StoreExecutor, update: ActionUpdate): Promise<ActionRecord> {
  let row: Selectable<ActionsTable> | undefined;
  try {
    row = await executor.db
      .updateTable('actions')
      .set({ ...toActionColumns(update.changes), version: update.expectedVersion + 1, updated_at: sql<string>`now()` })
      .where('council_id', '=', update.councilId)
      .where('id', '=', update.id)
      .where('version', '=', update.expectedVersion)
      .returningAll()
      .executeTakeFirst();
  } catch (error) {
    throw storeWriteError(error, { missingReference: missingReference(update.councilId) });
  }
  if (row !== undefined) return toActionRecord(row);
  const current = await getAction(executor, update);
  if (current === undefined) throw new RecordNotFoundError(`Council "${update.councilId}" has no action with id "${update.id}".`);
  throw new ConcurrentUpdateError(
    `Action "${current.title}" was changed by someone else (it is at version ${current.version}, not ${update.expectedVersion}). Reload it and try again.`,
  );
}

/** Removes an action; returns false when the council had no such action. */
export async function deleteAction(executor: StoreExecutor, key: { readonly councilId: string; readonly id: string }): Promise<boolean> {
  const result = await executor.db.deleteFrom('actions').where('council_id', '=', key.councilId).where('id', '=', key.id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
