import type { ColumnType } from 'kysely';
import type { ApiTokensTable, HubCouncilsTable, HubsTable, MembershipsTable, PrincipalsTable, PseudonymisationKeysTable } from './access-schema.js';
import type { JsonValue } from './json.js';

/**
 * The tables as kysely sees them (snake_case, as in SQL). Repositories turn rows into camelCase
 * records; use these types only when writing a query of your own against `store.db`.
 *
 * Both dialects return the same JavaScript values: `date` columns as `YYYY-MM-DD` strings,
 * `timestamptz` columns as ISO 8601 strings in UTC (`2025-03-04T09:30:00.000Z`), `jsonb` columns
 * as parsed JSON, `text[]` columns as string arrays.
 */
export interface Database {
  councils: CouncilsTable;
  assessments: AssessmentsTable;
  assessment_events: AssessmentEventsTable;
  assessment_snapshots: AssessmentSnapshotsTable;
  deadlines: DeadlinesTable;
  notifications_sent: NotificationsSentTable;
  evidence_items: EvidenceItemsTable;
  self_assessment_statements: SelfAssessmentStatementsTable;
  actions: ActionsTable;
  risks: RisksTable;
  information_return_progress: InformationReturnProgressTable;
  case_lists: CaseListsTable;
  published_results: PublishedResultsTable;
  audit_log: AuditLogTable;
  hubs: HubsTable;
  hub_councils: HubCouncilsTable;
  principals: PrincipalsTable;
  memberships: MembershipsTable;
  api_tokens: ApiTokensTable;
  pseudonymisation_keys: PseudonymisationKeysTable;
}

/** A `timestamptz` column with a default of `now()`: an ISO string when read. */
export type TimestampColumn = ColumnType<string, string | undefined, string>;

/** A `jsonb` column: parsed JSON when read, JSON text when written. */
export type JsonColumn<T = JsonValue> = ColumnType<T, string, string>;

/** A `jsonb` column that may be SQL null. */
export type NullableJsonColumn<T = JsonValue> = ColumnType<T | null, string | null | undefined, string | null>;

/** A `date` column that may be null: `YYYY-MM-DD` or null. */
export type NullableDateColumn = ColumnType<string | null, string | null | undefined, string | null>;

/** A `text[]` column. */
export type TextArrayColumn = ColumnType<string[], readonly string[] | undefined, readonly string[]>;

/** Councils: the tenants. Every council-owned row carries `council_id`. */
export interface CouncilsTable {
  id: string;
  name: string;
  created_at: TimestampColumn;
}

/** One CQC assessment of a council: its lifecycle state (read model) and `version` for optimistic concurrency. */
export interface AssessmentsTable {
  id: string;
  council_id: string;
  config: JsonColumn;
  state_id: string;
  stage: string;
  version: ColumnType<number, number | undefined, number>;
  next_deadline: NullableDateColumn;
  overdue: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: TimestampColumn;
  updated_at: TimestampColumn;
}

/** The lifecycle events of an assessment, numbered from 1. Append-only. */
export interface AssessmentEventsTable {
  assessment_id: string;
  sequence: number;
  type: string;
  event: JsonColumn;
  recorded_at: TimestampColumn;
}

/** The latest persisted lifecycle snapshot of an assessment and the event sequence it reflects. */
export interface AssessmentSnapshotsTable {
  assessment_id: string;
  sequence: number;
  snapshot: JsonColumn;
}

/** The deadlines an assessment currently has (replaced as a whole when the state changes). */
export interface DeadlinesTable {
  assessment_id: string;
  deadline_id: string;
  due_date: string;
  kind: string;
  status: string;
  title: string;
}

/** One row per reminder or escalation sent, keyed so that each is sent once. */
export interface NotificationsSentTable {
  key: string;
  assessment_id: string;
  kind: string;
  deadline_id: string | null;
  send_on: string;
  sent_at: TimestampColumn;
  channel: string;
}

/** A council's evidence bank: one document or data source mapped to the framework. */
export interface EvidenceItemsTable {
  id: string;
  council_id: string;
  title: string;
  description: string;
  quality_statement_ids: TextArrayColumn;
  evidence_category_ids: TextArrayColumn;
  owner: string | null;
  source: string | null;
  location: string | null;
  effective_from: NullableDateColumn;
  effective_to: NullableDateColumn;
  review_by: NullableDateColumn;
  tags: TextArrayColumn;
  created_at: TimestampColumn;
  updated_at: TimestampColumn;
  version: ColumnType<number, number | undefined, number>;
}

/** A council's self-assessment of one quality statement. */
export interface SelfAssessmentStatementsTable {
  council_id: string;
  quality_statement_id: string;
  narrative: string;
  strengths: JsonColumn<string[]>;
  areas_for_improvement: JsonColumn<string[]>;
  self_score: number | null;
  updated_on: string;
  version: ColumnType<number, number | undefined, number>;
}

/** An improvement action in a council's plan. */
export interface ActionsTable {
  id: string;
  council_id: string;
  assessment_id: string | null;
  title: string;
  description: string;
  quality_statement_ids: TextArrayColumn;
  owner: string | null;
  status: string;
  due_date: NullableDateColumn;
  completed_on: NullableDateColumn;
  created_at: TimestampColumn;
  updated_at: TimestampColumn;
  version: ColumnType<number, number | undefined, number>;
}

/** A risk on a council's assessment risk register (likelihood and impact 1 to 5). */
export interface RisksTable {
  id: string;
  council_id: string;
  title: string;
  description: string;
  quality_statement_ids: TextArrayColumn;
  likelihood: number;
  impact: number;
  owner: string | null;
  status: string;
  mitigation: string;
  review_by: NullableDateColumn;
  created_at: TimestampColumn;
  updated_at: TimestampColumn;
  version: ColumnType<number, number | undefined, number>;
}

/** Progress of one Information Return item for an assessment. */
export interface InformationReturnProgressTable {
  council_id: string;
  assessment_id: string;
  item_id: string;
  owner: string | null;
  status: string;
  document_reference: string | null;
  notes: string;
  due_date: NullableDateColumn;
  updated_at: TimestampColumn;
}

/** A case-tracking list prepared for an assessment (anonymised records only) and the result of its last check. */
export interface CaseListsTable {
  id: string;
  council_id: string;
  assessment_id: string;
  status: string;
  records: JsonColumn;
  checked_at: ColumnType<string | null, string | null | undefined, string | null>;
  problems: JsonColumn;
  created_at: TimestampColumn;
  updated_at: TimestampColumn;
}

/** CQC's published result of an assessment: overall rating and quality statement scores. */
export interface PublishedResultsTable {
  council_id: string;
  assessment_id: string;
  published_on: string;
  scores: JsonColumn;
  rating: string;
}

/** The append-only, hash-chained audit log. */
export interface AuditLogTable {
  sequence: number;
  council_id: string | null;
  actor: string;
  action: string;
  subject: string;
  detail: JsonColumn;
  at: string;
  previous_hash: string;
  hash: string;
}
