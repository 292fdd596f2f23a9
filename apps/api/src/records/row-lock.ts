import { sql } from 'kysely';
import type { StoreTransaction } from '@asc-assure/store';

/**
 * Locks one council-owned row until the transaction ends (`select ... for update`), so that a
 * delete guarded by `If-Match` cannot remove a version someone else saved between the check and
 * the delete. PGlite runs one transaction at a time, so there it changes nothing.
 */
export async function lockCouncilRow(tx: StoreTransaction, table: 'evidence_items' | 'actions' | 'risks', key: { readonly councilId: string; readonly id: string }): Promise<void> {
  await sql`select 1 from ${sql.table(table)} where council_id = ${key.councilId} and id = ${key.id} for update`.execute(tx.db);
}
