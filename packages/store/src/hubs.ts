import type { Selectable } from 'kysely';
import type { HubsTable } from './access-schema.js';
import type { StoreExecutor } from './open-store.js';
import { storeWriteError } from './store-errors.js';

/** A hub: councils run together, for example an ADASS region. */
export interface HubRecord {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

function toHubRecord(row: Selectable<HubsTable>): HubRecord {
  return { id: row.id, name: row.name, createdAt: row.created_at };
}

/** Adds a hub, or renames it when it is already there. */
export async function saveHub(executor: StoreExecutor, hub: { readonly id: string; readonly name: string }): Promise<HubRecord> {
  const row = await executor.db
    .insertInto('hubs')
    .values({ id: hub.id, name: hub.name })
    .onConflict((conflict) => conflict.column('id').doUpdateSet({ name: hub.name }))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toHubRecord(row);
}

/** The hub with this id, or undefined. */
export async function getHub(executor: StoreExecutor, id: string): Promise<HubRecord | undefined> {
  const row = await executor.db.selectFrom('hubs').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toHubRecord(row);
}

/** Puts a council in a hub (nothing changes when it is there already). Both must be in the store. */
export async function addCouncilToHub(executor: StoreExecutor, key: { readonly hubId: string; readonly councilId: string }): Promise<void> {
  try {
    await executor.db
      .insertInto('hub_councils')
      .values({ hub_id: key.hubId, council_id: key.councilId })
      .onConflict((conflict) => conflict.columns(['hub_id', 'council_id']).doNothing())
      .execute();
  } catch (error) {
    throw storeWriteError(error, { missingReference: `Hub "${key.hubId}" or council "${key.councilId}" is not in the store: add both first.` });
  }
}

/** The ids of the councils in a hub, in order. */
export async function listHubCouncilIds(executor: StoreExecutor, hubId: string): Promise<readonly string[]> {
  const rows = await executor.db.selectFrom('hub_councils').select('council_id').where('hub_id', '=', hubId).orderBy('council_id').execute();
  return rows.map((row) => row.council_id);
}

/** The ids of the councils in any of these hubs, in order, each once. */
export async function listCouncilIdsOfHubs(executor: StoreExecutor, hubIds: readonly string[]): Promise<readonly string[]> {
  if (hubIds.length === 0) return [];
  const rows = await executor.db
    .selectFrom('hub_councils')
    .select('council_id')
    .distinct()
    .where('hub_id', 'in', [...hubIds])
    .orderBy('council_id')
    .execute();
  return rows.map((row) => row.council_id);
}

/** The ids of the hubs a council belongs to, in order. */
export async function listHubIdsOfCouncil(executor: StoreExecutor, councilId: string): Promise<readonly string[]> {
  const rows = await executor.db.selectFrom('hub_councils').select('hub_id').where('council_id', '=', councilId).orderBy('hub_id').execute();
  return rows.map((row) => row.hub_id);
}
