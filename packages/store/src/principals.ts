import type { Selectable } from 'kysely';
import type { PrincipalsTable } from './access-schema.js';
import type { StoreExecutor } from './open-store.js';

/** Someone (or some service) acting through the API. The `id` is what the audit log names. */
export interface PrincipalRecord {
  readonly id: string;
  readonly displayName: string;
  readonly createdAt: string;
}

function toPrincipalRecord(row: Selectable<PrincipalsTable>): PrincipalRecord {
  return { id: row.id, displayName: row.display_name, createdAt: row.created_at };
}

/** Adds a principal, or changes its display name when it is already there. */
export async function savePrincipal(executor: StoreExecutor, principal: { readonly id: string; readonly displayName: string }): Promise<PrincipalRecord> {
  const row = await executor.db
    .insertInto('principals')
    .values({ id: principal.id, display_name: principal.displayName })
    .onConflict((conflict) => conflict.column('id').doUpdateSet({ display_name: principal.displayName }))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPrincipalRecord(row);
}

/** The principal with this id, or undefined. */
export async function getPrincipal(executor: StoreExecutor, id: string): Promise<PrincipalRecord | undefined> {
  const row = await executor.db.selectFrom('principals').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toPrincipalRecord(row);
}
