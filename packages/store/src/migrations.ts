import { sql } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { apiAccessMigration } from './migrations-api-access.js';

/**
 * Every statement is plain PostgreSQL that PGlite runs unchanged, so both kinds of store have
 * exactly the same schema. Statements run one at a time because PGlite's extended protocol takes
 * a single statement per query. Unqualified names land in the store's schema (`search_path`).
 */
function statements(...list: readonly string[]): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const statement of list) {
        await sql.raw(statement).execute(db);
      }
    },
  };
}

const initialSchema = statements(
  `create table councils (
    id text primary key,
    name text not null,
    created_at timestamptz not null default now()
  )`,
  `create table assessments (
    id text primary key,
    council_id text not null references councils (id),
    config jsonb not null,
    state_id text not null,
    stage text not null,
    version integer not null default 1 check (version >= 1),
    next_deadline date,
    overdue boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (council_id, id)
  )`,
  `create index assessments_stage on assessments (stage)`,
  `create index assessments_overdue on assessments (overdue) where overdue`,
  `create table assessment_events (
    assessment_id text not null references assessments (id),
    sequence integer not null check (sequence >= 1),
    type text not null,
    event jsonb not null,
    recorded_at timestamptz not null default now(),
    primary key (assessment_id, sequence)
  )`,
  `create table assessment_snapshots (
    assessment_id text primary key references assessments (id),
    sequence integer not null check (sequence >= 0),
    snapshot jsonb not null
  )`,
  `create table deadlines (
    assessment_id text not null references assessments (id),
    deadline_id text not null,
    due_date date not null,
    kind text not null,
    status text not null,
    title text not null,
    primary key (assessment_id, deadline_id)
  )`,
  `create index deadlines_open_by_due_date on deadlines (due_date) where status = 'open'`,
  `create table notifications_sent (
    key text primary key,
    assessment_id text not null references assessments (id),
    kind text not null,
    deadline_id text,
    send_on date not null,
    sent_at timestamptz not null default now(),
    channel text not null
  )`,
  `create index notifications_sent_assessment on notifications_sent (assessment_id)`,
  `create table evidence_items (
    id text primary key,
    council_id text not null references councils (id),
    title text not null,
    description text not null default '',
    quality_statement_ids text[] not null default '{}',
    evidence_category_ids text[] not null default '{}',
    owner text,
    source text,
    location text,
    effective_from date,
    effective_to date,
    review_by date,
    tags text[] not null default '{}',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 1 check (version >= 1)
  )`,
  `create index evidence_items_council on evidence_items (council_id, id)`,
  `create index evidence_items_review_by on evidence_items (council_id, review_by)`,
  `create index evidence_items_quality_statements on evidence_items using gin (quality_statement_ids)`,
  `create index evidence_items_categories on evidence_items using gin (evidence_category_ids)`,
  `create index evidence_items_tags on evidence_items using gin (tags)`,
  `create table self_assessment_statements (
    council_id text not null references councils (id),
    quality_statement_id text not null,
    narrative text not null,
    strengths jsonb not null default '[]',
    areas_for_improvement jsonb not null default '[]',
    self_score integer check (self_score between 1 and 4),
    updated_on date not null,
    version integer not null default 1 check (version >= 1),
    primary key (council_id, quality_statement_id)
  )`,
  `create table actions (
    id text primary key,
    council_id text not null references councils (id),
    assessment_id text,
    title text not null,
    description text not null default '',
    quality_statement_ids text[] not null default '{}',
    owner text,
    status text not null,
    due_date date,
    completed_on date,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 1 check (version >= 1),
    foreign key (council_id, assessment_id) references assessments (council_id, id)
  )`,
  `create index actions_council on actions (council_id, status)`,
  `create table risks (
    id text primary key,
    council_id text not null references councils (id),
    title text not null,
    description text not null default '',
    quality_statement_ids text[] not null default '{}',
    likelihood integer not null check (likelihood between 1 and 5),
    impact integer not null check (impact between 1 and 5),
    owner text,
    status text not null,
    mitigation text not null default '',
    review_by date,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 1 check (version >= 1)
  )`,
  `create index risks_council on risks (council_id, status)`,
  `create table information_return_progress (
    council_id text not null references councils (id),
    assessment_id text not null,
    item_id text not null,
    owner text,
    status text not null,
    document_reference text,
    notes text not null default '',
    due_date date,
    updated_at timestamptz not null default now(),
    primary key (council_id, assessment_id, item_id),
    foreign key (council_id, assessment_id) references assessments (council_id, id)
  )`,
  `create table case_lists (
    id text primary key,
    council_id text not null references councils (id),
    assessment_id text not null,
    status text not null,
    records jsonb not null,
    checked_at timestamptz,
    problems jsonb not null default '[]',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    foreign key (council_id, assessment_id) references assessments (council_id, id)
  )`,
  `create index case_lists_assessment on case_lists (council_id, assessment_id)`,
  `create table published_results (
    council_id text not null references councils (id),
    assessment_id text not null,
    published_on date not null,
    scores jsonb not null,
    rating text not null,
    primary key (council_id, assessment_id),
    foreign key (council_id, assessment_id) references assessments (council_id, id)
  )`,
  `create table audit_log (
    sequence bigint primary key check (sequence >= 1),
    council_id text,
    actor text not null,
    action text not null,
    subject text not null,
    detail jsonb not null,
    at timestamptz not null,
    previous_hash text not null,
    hash text not null
  )`,
  `create index audit_log_council on audit_log (council_id, sequence)`,
  // Append-only is enforced by the database, not only by the absence of an update function:
  // the hash chain then detects whoever disables the trigger to edit history.
  `create function asc_assure_refuse_change() returns trigger language plpgsql as $$
  begin
    raise exception '% is append-only: its rows cannot be changed or deleted', tg_table_name;
  end;
  $$`,
  `create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function asc_assure_refuse_change()`,
  `create trigger assessment_events_append_only before update or delete on assessment_events
    for each row execute function asc_assure_refuse_change()`,
);

/**
 * The store's migrations, in order. Names sort in the order they must run; a migration, once
 * released, never changes: add a new one instead.
 */
export const storeMigrations: Readonly<Record<string, Migration>> = {
  '0001-initial-schema': initialSchema,
  '0002-api-access': apiAccessMigration,
};

/** The in-code migration provider both dialects use with kysely's `Migrator`. */
export const storeMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...storeMigrations }),
};
