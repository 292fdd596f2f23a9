import type { Selectable } from 'kysely';
import type { ApiTokensTable } from './access-schema.js';
import type { AccessRoleId } from './access-roles.js';
import type { StoreExecutor } from './open-store.js';
import { storeWriteError } from './store-errors.js';

/**
 * An API token as the store keeps it: the SHA-256 of the token, never the token itself, and the
 * role and scope (one council or one hub) it grants to its principal.
 */
export interface ApiTokenRecord {
  readonly id: string;
  readonly principalId: string;
  /** Hex SHA-256 of the token. */
  readonly tokenHash: string;
  readonly label: string;
  readonly role: AccessRoleId;
  readonly hubId: string | null;
  readonly councilId: string | null;
  /** The last day the token works (`YYYY-MM-DD`), or null for no end. */
  readonly expiresOn: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  /** When it was revoked (ISO timestamp), or null while it works. */
  readonly revokedAt: string | null;
}

/** A token to record. Exactly one of `hubId` and `councilId`; `hub-admin` only on a hub. */
export interface NewApiToken {
  readonly id: string;
  readonly principalId: string;
  readonly tokenHash: string;
  readonly label?: string | undefined;
  readonly role: AccessRoleId;
  readonly hubId?: string | null | undefined;
  readonly councilId?: string | null | undefined;
  readonly expiresOn?: string | null | undefined;
  readonly createdBy: string;
}

function toApiTokenRecord(row: Selectable<ApiTokensTable>): ApiTokenRecord {
  return {
    id: row.id,
    principalId: row.principal_id,
    tokenHash: row.token_hash,
    label: row.label,
    role: row.role as AccessRoleId,
    hubId: row.hub_id,
    councilId: row.council_id,
    expiresOn: row.expires_on,
    createdBy: row.created_by,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

/** Records a new API token (by its hash). The principal and the council or hub must be in the store. */
export async function insertApiToken(executor: StoreExecutor, token: NewApiToken): Promise<ApiTokenRecord> {
  try {
    const row = await executor.db
      .insertInto('api_tokens')
      .values({
        id: token.id,
        principal_id: token.principalId,
        token_hash: token.tokenHash,
        label: token.label ?? '',
        role: token.role,
        hub_id: token.hubId ?? null,
        council_id: token.councilId ?? null,
        expires_on: token.expiresOn ?? null,
        created_by: token.createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toApiTokenRecord(row);
  } catch (error) {
    throw storeWriteError(error, {
      missingReference: `The principal "${token.principalId}", or the council or hub named, is not in the store: add it first.`,
      exists: 'A token with this id or value already exists.',
    });
  }
}

/** The token with this hash, revoked or not, or undefined. */
export async function findApiTokenByHash(executor: StoreExecutor, tokenHash: string): Promise<ApiTokenRecord | undefined> {
  const row = await executor.db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row === undefined ? undefined : toApiTokenRecord(row);
}

/** The tokens granted on one council, newest first. */
export async function listCouncilApiTokens(executor: StoreExecutor, councilId: string): Promise<readonly ApiTokenRecord[]> {
  const rows = await executor.db
    .selectFrom('api_tokens')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toApiTokenRecord);
}

/**
 * Revokes a token granted on the council, from `revokedAt` on. Returns the token, or undefined
 * when the council has no such token. Revoking twice keeps the first time.
 */
export async function revokeCouncilApiToken(
  executor: StoreExecutor,
  key: { readonly councilId: string; readonly id: string; readonly revokedAt: string },
): Promise<ApiTokenRecord | undefined> {
  await executor.db
    .updateTable('api_tokens')
    .set({ revoked_at: key.revokedAt })
    .where('council_id', '=', key.councilId)
    .where('id', '=', key.id)
    .where('revoked_at', 'is', null)
    .execute();
  const row = await executor.db.selectFrom('api_tokens').selectAll().where('council_id', '=', key.councilId).where('id', '=', key.id).executeTakeFirst();
  return row === undefined ? undefined : toApiTokenRecord(row);
}
