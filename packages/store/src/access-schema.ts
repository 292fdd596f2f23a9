import type { ColumnType } from 'kysely';
import type { NullableDateColumn, TimestampColumn } from './schema.js';

/** Hubs: a group of councils run together (for example an ADASS region). */
export interface HubsTable {
  id: string;
  name: string;
  created_at: TimestampColumn;
}

/** Which councils belong to which hub. A council may belong to several hubs. */
export interface HubCouncilsTable {
  hub_id: string;
  council_id: string;
}

/** People and services that act through the API, named in the audit log by `id`. */
export interface PrincipalsTable {
  id: string;
  display_name: string;
  created_at: TimestampColumn;
}

/** A role a principal holds on one council or on one hub, optionally until a date. */
export interface MembershipsTable {
  id: string;
  principal_id: string;
  role: string;
  hub_id: string | null;
  council_id: string | null;
  expires_on: NullableDateColumn;
  created_by: string;
  created_at: TimestampColumn;
}

/** API tokens: only the SHA-256 of each token is kept, with the role and scope it grants. */
export interface ApiTokensTable {
  id: string;
  principal_id: string;
  token_hash: string;
  label: string;
  role: string;
  hub_id: string | null;
  council_id: string | null;
  expires_on: NullableDateColumn;
  created_by: string;
  created_at: TimestampColumn;
  revoked_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Each council's secret key for pseudonymising person ids on its case-tracking lists. */
export interface PseudonymisationKeysTable {
  council_id: string;
  key_hex: string;
  created_at: TimestampColumn;
}
