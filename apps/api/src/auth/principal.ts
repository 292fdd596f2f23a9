import type { AccessRoleId } from '@asc-assure/store';

/** A role on one council or on a hub (every council in it), possibly until a date. */
export interface AccessGrant {
  readonly role: AccessRoleId;
  readonly councilId: string | null;
  readonly hubId: string | null;
  /** The last day the grant applies (`YYYY-MM-DD`), or null for no end. */
  readonly expiresOn: string | null;
}

/** Who is calling, as authentication found them. */
export interface Principal {
  /** The id the audit log records, for example `user:alice` or `oidc:0f3c...`. */
  readonly id: string;
  readonly displayName: string;
  /** How they proved who they are. */
  readonly via: 'api-token' | 'oidc';
  /** For an API token: its id (never the token itself). */
  readonly tokenId?: string;
  /** An API token grants exactly its own role and scope; an OIDC user holds their memberships. */
  readonly grants: readonly AccessGrant[];
}

/** Whether the grant still applies on `today` (the expiry day itself included). */
export function grantIsCurrent(grant: AccessGrant, today: string): boolean {
  return grant.expiresOn === null || grant.expiresOn >= today;
}
