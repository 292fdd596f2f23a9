import type { Selectable } from 'kysely';
import type { StoreExecutor } from './open-store.js';
import type { CouncilsTable } from './schema.js';

/** A council (a tenant of the store). */
export interface CouncilRecord {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

/** A council to add or rename. */
export interface CouncilInput {
  /** Stable id, for example `leeds` or an ONS code. Never changes. */
  readonly id: string;
  readonly name: string;
}

function toCouncilRecord(row: Selectable<CouncilsTable>): CouncilRecord {
  return { id: row.id, name: row.name, createdAt: row.created_at };
}

/**
 * Adds a council, or renames it when it is already there. Every council-owned record refers to
 * a council, so add the council first.
 */
export async function saveCouncil(executor: StoreExecutor, council: CouncilInput): Promise<CouncilRecord> {
  const row = await executor.db
    .insertInto('councils')
    .values({ id: council.id, name: council.name })
    .onConflict((conflict) => conflict.column('id').doUpdateSet({ name: council.name }))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCouncilRecord(row);
}

/** The council with this id, or undefined. */
export async function getCouncil(executor: StoreExecutor, id: string): Promise<CouncilRecord | undefined> {
  const row = await executor.db.selectFrom('councils').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toCouncilRecord(row);
}

/** Every council, by id. */
export async function listCouncils(executor: StoreExecutor): Promise<readonly CouncilRecord[]> {
  const rows = await executor.db.selectFrom('councils').selectAll().orderBy('id').execute();
  return rows.map(toCouncilRecord);
}
