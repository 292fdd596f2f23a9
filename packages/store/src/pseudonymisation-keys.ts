import { randomBytes } from 'node:crypto';
import type { StoreExecutor } from './open-store.js';
import { storeWriteError } from './store-errors.js';

/**
 * The council's pseudonymisation key (64 hex digits), made from 32 random bytes the first time it
 * is asked for. Two processes asking at once get the same key: the first insert wins and both
 * read it back. The key never leaves the server: it is what keeps a pseudonymised id from being
 * traced back to the council's own person id.
 */
export async function getOrCreatePseudonymisationKeyHex(executor: StoreExecutor, councilId: string): Promise<string> {
  try {
    await executor.db
      .insertInto('pseudonymisation_keys')
      .values({ council_id: councilId, key_hex: randomBytes(32).toString('hex') })
      .onConflict((conflict) => conflict.column('council_id').doNothing())
      .execute();
  } catch (error) {
    throw storeWriteError(error, { missingReference: `Council "${councilId}" is not in the store: add it (saveCouncil) first.` });
  }
  const row = await executor.db.selectFrom('pseudonymisation_keys').select('key_hex').where('council_id', '=', councilId).executeTakeFirstOrThrow();
  return row.key_hex;
}
