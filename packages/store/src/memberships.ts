import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { MembershipsTable } from './access-schema.js';
import type { AccessRoleId } from './access-roles.js';
import type { StoreExecutor } from './open-store.js';
import { storeWriteError } from './store-errors.js';

/** A role a principal holds on one council or on a hub (all its councils). */
export interface MembershipRecord {
  readonly id: string;
  readonly principalId: string;
  readonly role: AccessRoleId;
  /** Set for a hub-wide role; then `councilId` is null. */
  readonly hubId: string | null;
  /** Set for a role on one council; then `hubId` is null. */
  readonly councilId: string | null;
  /** The last day the role applies (`YYYY-MM-DD`), or null for no end. */
  readonly expiresOn: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
}

/** A membership to grant. Exactly one of `hubId` and `councilId`; `hub-admin` only on a hub. */
export interface MembershipInput {
  readonly id?: string | undefined;
  readonly principalId: string;
  readonly role: AccessRoleId;
  readonly hubId?: string | null | undefined;
  readonly councilId?: string | null | undefined;
  readonly expiresOn?: string | null | undefined;
  /** Who granted it: a principal id. */
  readonly createdBy: string;
}

function toMembershipRecord(row: Selectable<MembershipsTable>): MembershipRecord {
  return {
    id: row.id,
    principalId: row.principal_id,
    role: row.role as AccessRoleId,
    hubId: row.hub_id,
    councilId: row.council_id,
    expiresOn: row.expires_on,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/**
 * Grants a role, replacing the role (and expiry) the principal held on the same council or hub:
 * a principal holds one role per council or hub. The principal, council and hub must be in the store.
 */
export async function grantMembership(executor: StoreExecutor, membership: MembershipInput): Promise<MembershipRecord> {
  const hubId = membership.hubId ?? null;
  const councilId = membership.councilId ?? null;
  try {
    let existing = executor.db.selectFrom('memberships').select('id').where('principal_id', '=', membership.principalId);
    existing = hubId === null ? existing.where('hub_id', 'is', null) : existing.where('hub_id', '=', hubId);
    existing = councilId === null ? existing.where('council_id', 'is', null) : existing.where('council_id', '=', councilId);
    const current = await existing.executeTakeFirst();
    const values = { role: membership.role, expires_on: membership.expiresOn ?? null, created_by: membership.createdBy };
    const row =
      current === undefined
        ? await executor.db
            .insertInto('memberships')
            .values({ id: membership.id ?? randomUUID(), principal_id: membership.principalId, hub_id: hubId, council_id: councilId, ...values })
            .returningAll()
            .executeTakeFirstOrThrow()
        : await executor.db.updateTable('memberships').set(values).where('id', '=', current.id).returningAll().executeTakeFirstOrThrow();
    return toMembershipRecord(row);
  } catch (error) {
    throw storeWriteError(error, {
      missingReference: `The principal "${membership.principalId}", or the council or hub named, is not in the store: add it first.`,
      exists: `"${membership.principalId}" already holds a role there.`,
    });
  }
}

/** Every membership of a principal, expired ones included (the caller decides by date). */
export async function listMembershipsOfPrincipal(executor: StoreExecutor, principalId: string): Promise<readonly MembershipRecord[]> {
  const rows = await executor.db.selectFrom('memberships').selectAll().where('principal_id', '=', principalId).orderBy('id').execute();
  return rows.map(toMembershipRecord);
}

/** The memberships held on one council (not the hub-wide ones), by principal. */
export async function listCouncilMemberships(executor: StoreExecutor, councilId: string): Promise<readonly MembershipRecord[]> {
  const rows = await executor.db
    .selectFrom('memberships')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('principal_id')
    .orderBy('id')
    .execute();
  return rows.map(toMembershipRecord);
}

/** Removes a membership held on the council; false when the council has no such membership. */
export async function revokeCouncilMembership(executor: StoreExecutor, key: { readonly councilId: string; readonly id: string }): Promise<boolean> {
  const result = await executor.db.deleteFrom('memberships').where('council_id', '=', key.councilId).where('id', '=', key.id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
