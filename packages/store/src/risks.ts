import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Selectable, Updateable } from 'kysely';
import type { StoreExecutor } from './open-store.js';
import type { RisksTable } from './schema.js';
import { ConcurrentUpdateError, RecordNotFoundError, storeWriteError } from './store-errors.js';

/** A risk on a council's assessment risk register. */
export interface RiskRecord {
  readonly id: string;
  readonly councilId: string;
  readonly title: string;
  readonly description: string;
  readonly qualityStatementIds: readonly string[];
  /** 1 (rare) to 5 (almost certain). */
  readonly likelihood: number;
  /** 1 (negligible) to 5 (severe). */
  readonly impact: number;
  readonly owner: string | null;
  /** For example `open`, `mitigated`, `closed`. */
  readonly status: string;
  readonly mitigation: string;
  readonly reviewBy: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** The fields of a risk that can be set and changed. */
export interface RiskFields {
  readonly title: string;
  readonly description?: string | undefined;
  readonly qualityStatementIds?: readonly string[] | undefined;
  readonly likelihood: number;
  readonly impact: number;
  readonly owner?: string | null | undefined;
  readonly status: string;
  readonly mitigation?: string | undefined;
  readonly reviewBy?: string | null | undefined;
}

/** A new risk. */
export interface NewRisk extends RiskFields {
  /** Leave out for a random UUID. */
  readonly id?: string | undefined;
  readonly councilId: string;
}

/** A change to a risk, accepted only if it is still at `expectedVersion`. */
export interface RiskUpdate {
  readonly councilId: string;
  readonly id: string;
  readonly expectedVersion: number;
  readonly changes: Partial<RiskFields>;
}

function toRiskRecord(row: Selectable<RisksTable>): RiskRecord {
  return {
    id: row.id,
    councilId: row.council_id,
    title: row.title,
    description: row.description,
    qualityStatementIds: row.quality_statement_ids,
    likelihood: row.likelihood,
    impact: row.impact,
    owner: row.owner,
    status: row.status,
    mitigation: row.mitigation,
    reviewBy: row.review_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

function toRiskColumns(fields: Partial<RiskFields>): Updateable<RisksTable> {
  const columns: Updateable<RisksTable> = {};
  if (fields.title !== undefined) columns.title = fields.title;
  if (fields.description !== undefined) columns.description = fields.description;
  if (fields.qualityStatementIds !== undefined) columns.quality_statement_ids = [...fields.qualityStatementIds];
  if (fields.likelihood !== undefined) columns.likelihood = fields.likelihood;
  if (fields.impact !== undefined) columns.impact = fields.impact;
  if (fields.owner !== undefined) columns.owner = fields.owner;
  if (fields.status !== undefined) columns.status = fields.status;
  if (fields.mitigation !== undefined) columns.mitigation = fields.mitigation;
  if (fields.reviewBy !== undefined) columns.review_by = fields.reviewBy;
  return columns;
}

/** Adds a risk at version 1. Likelihood and impact must be 1 to 5 (the database refuses others). */
export async function createRisk(executor: StoreExecutor, risk: NewRisk): Promise<RiskRecord> {
  const id = risk.id ?? randomUUID();
  try {
    const row = await executor.db
      .insertInto('risks')
      .values({
        id,
        council_id: risk.councilId,
        title: risk.title,
        description: risk.description ?? '',
        quality_statement_ids: [...(risk.qualityStatementIds ?? [])],
        likelihood: risk.likelihood,
        impact: risk.impact,
        owner: risk.owner ?? null,
        status: risk.status,
        mitigation: risk.mitigation ?? '',
        review_by: risk.reviewBy ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toRiskRecord(row);
  } catch (error) {
    throw storeWriteError(error, {
      missingReference: `Council "${risk.councilId}" is not in the store: add it (saveCouncil) first.`,
      exists: `A risk with id "${id}" already exists.`,
    });
  }
}

/** One risk of the council, or undefined. */
export async function getRisk(executor: StoreExecutor, key: { readonly councilId: string; readonly id: string }): Promise<RiskRecord | undefined> {
  const row = await executor.db.selectFrom('risks').selectAll().where('council_id', '=', key.councilId).where('id', '=', key.id).executeTakeFirst();
  return row === undefined ? undefined : toRiskRecord(row);
}

/** The council's risks, optionally of one status, highest rating (likelihood x impact) first. */
export async function listRisks(
  executor: StoreExecutor,
  filter: { readonly councilId: string; readonly status?: string | undefined },
): Promise<readonly RiskRecord[]> {
  let query = executor.db.selectFrom('risks').selectAll().where('council_id', '=', filter.councilId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  const rows = await query.orderBy(sql`likelihood * impact desc`).orderBy('id').execute();
  return rows.map(toRiskRecord);
}

/**
 * Changes a risk. Throws {@link ConcurrentUpdateError} when it is no longer at
 * `expectedVersion` and {@link RecordNotFoundError} when the council has no such risk.
 */
export async function updateRisk(executor: StoreExecutor, update: RiskUpdate): Promise<RiskRecord> {
  const row = await executor.db
    .updateTable('risks')
    .set({ ...toRiskColumns(update.changes), version: update.expectedVersion + 1, updated_at: sql<string>`now()` })
    .where('council_id', '=', update.councilId)
    .where('id', '=', update.id)
    .where('version', '=', update.expectedVersion)
    .returningAll()
    .executeTakeFirst();
  if (row !== undefined) return toRiskRecord(row);
  const current = await getRisk(executor, update);
  if (current === undefined) throw new RecordNotFoundError(`Council "${update.councilId}" has no risk with id "${update.id}".`);
  throw new ConcurrentUpdateError(
    `Risk "${current.title}" was changed by someone else (it is at version ${current.version}, not ${update.expectedVersion}). Reload it and try again.`,
  );
}

/** Removes a risk; returns false when the council had no such risk. */
export async function deleteRisk(executor: StoreExecutor, key: { readonly councilId: string; readonly id: string }): Promise<boolean> {
  const result = await executor.db.deleteFrom('risks').where('council_id', '=', key.councilId).where('id', '=', key.id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
