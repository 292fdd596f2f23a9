import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import { ACCESS_ROLE_IDS } from './access-roles.js';

const roleList = ACCESS_ROLE_IDS.map((role) => `'${role}'`).join(', ');

/**
 * Tenants and access for the HTTP API: hubs and their councils, principals, memberships (a role
 * on a council or a hub, optionally expiring), hashed API tokens, and each council's
 * pseudonymisation key. Plain PostgreSQL that PGlite runs unchanged, one statement at a time.
 */
const statements = [
  `create table hubs (
    id text primary key,
    name text not null,
    created_at timestamptz not null default now()
  )`,
  `create table hub_councils (
    hub_id text not null references hubs (id),
    council_id text not null references councils (id),
    primary key (hub_id, council_id)
  )`,
  `create index hub_councils_council on hub_councils (council_id)`,
  `create table principals (
    id text primary key,
    display_name text not null,
    created_at timestamptz not null default now()
  )`,
  `create table memberships (
    id text primary key,
    principal_id text not null references principals (id),
    role text not null check (role in (${roleList})),
    hub_id text references hubs (id),
    council_id text references councils (id),
    expires_on date,
    created_by text not null,
    created_at timestamptz not null default now(),
    check ((hub_id is null) <> (council_id is null)),
    check (role <> 'hub-admin' or hub_id is not null)
  )`,
  `create unique index memberships_one_per_scope on memberships (principal_id, coalesce(hub_id, ''), coalesce(council_id, ''))`,
  `create index memberships_council on memberships (council_id)`,
  `create table api_tokens (
    id text primary key,
    principal_id text not null references principals (id),
    token_hash text not null unique,
    label text not null default '',
    role text not null check (role in (${roleList})),
    hub_id text references hubs (id),
    council_id text references councils (id),
    expires_on date,
    created_by text not null,
    created_at timestamptz not null default now(),
    revoked_at timestamptz,
    check ((hub_id is null) <> (council_id is null)),
    check (role <> 'hub-admin' or hub_id is not null)
  )`,
  `create index api_tokens_council on api_tokens (council_id)`,
  `create table pseudonymisation_keys (
    council_id text primary key references councils (id),
    key_hex text not null,
    created_at timestamptz not null default now()
  )`,
];

/** Migration `0002-api-access`: the tables the HTTP API's tenancy and authentication need. */
export const apiAccessMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    for (const statement of statements) {
      await sql.raw(statement).execute(db);
    }
  },
};
