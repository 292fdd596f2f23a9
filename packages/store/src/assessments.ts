import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import { toJsonText } from './json.js';
import type { JsonValue } from './json.js';
import type { StoreExecutor } from './open-store.js';
import type { AssessmentsTable } from './schema.js';
import { ConcurrentUpdateError, RecordNotFoundError, storeWriteError } from './store-errors.js';

/** One CQC assessment of a council, as the store holds it (the lifecycle's read model). */
export interface AssessmentRecord {
  readonly id: string;
  readonly councilId: string;
  /** The assessment's configuration (deadline rules, case-list size...), as JSON. */
  readonly config: JsonValue;
  /** The lifecycle machine's state value, for example `information-return.awaiting-submission`. */
  readonly stateId: string;
  /** The stage of the six, for example `information-return`. */
  readonly stage: string;
  /** Starts at 1 and goes up by one with every update: the optimistic concurrency check. */
  readonly version: number;
  readonly nextDeadline: string | null;
  readonly overdue: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A new assessment. */
export interface NewAssessment {
  /** Leave out for a random UUID. */
  readonly id?: string | undefined;
  readonly councilId: string;
  /** Must be plain JSON data. */
  readonly config: unknown;
  readonly stateId: string;
  readonly stage: string;
  readonly nextDeadline?: string | null | undefined;
  readonly overdue?: boolean | undefined;
}

/** Filters for {@link listAssessments}; all optional, combined with "and". */
export interface AssessmentFilter {
  readonly councilId?: string | undefined;
  readonly stage?: string | undefined;
  readonly overdue?: boolean | undefined;
}

/** A change of lifecycle state, accepted only if the assessment is still at `expectedVersion`. */
export interface AssessmentStateUpdate {
  readonly id: string;
  readonly expectedVersion: number;
  readonly stateId: string;
  readonly stage: string;
  readonly nextDeadline: string | null;
  readonly overdue: boolean;
}

function toAssessmentRecord(row: Selectable<AssessmentsTable>): AssessmentRecord {
  return {
    id: row.id,
    councilId: row.council_id,
    config: row.config,
    stateId: row.state_id,
    stage: row.stage,
    version: row.version,
    nextDeadline: row.next_deadline,
    overdue: row.overdue,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Adds an assessment at version 1. The council must already be in the store. */
export async function createAssessment(executor: StoreExecutor, assessment: NewAssessment): Promise<AssessmentRecord> {
  const id = assessment.id ?? randomUUID();
  try {
    const row = await executor.db
      .insertInto('assessments')
      .values({
        id,
        council_id: assessment.councilId,
        config: toJsonText(assessment.config, 'assessment configuration'),
        state_id: assessment.stateId,
        stage: assessment.stage,
        next_deadline: assessment.nextDeadline ?? null,
        overdue: assessment.overdue ?? false,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAssessmentRecord(row);
  } catch (error) {
    throw storeWriteError(error, {
      missingReference: `Council "${assessment.councilId}" is not in the store: add it (saveCouncil) before its assessments.`,
      exists: `An assessment with id "${id}" already exists.`,
    });
  }
}

/** The assessment with this id, or undefined. */
export async function getAssessment(executor: StoreExecutor, id: string): Promise<AssessmentRecord | undefined> {
  const row = await executor.db.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toAssessmentRecord(row);
}

/** Assessments matching every filter given, oldest first. */
export async function listAssessments(executor: StoreExecutor, filter: AssessmentFilter = {}): Promise<readonly AssessmentRecord[]> {
  let query = executor.db.selectFrom('assessments').selectAll();
  if (filter.councilId !== undefined) query = query.where('council_id', '=', filter.councilId);
  if (filter.stage !== undefined) query = query.where('stage', '=', filter.stage);
  if (filter.overdue !== undefined) query = query.where('overdue', '=', filter.overdue);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return rows.map(toAssessmentRecord);
}

/**
 * Records a new lifecycle state. Throws {@link ConcurrentUpdateError} when the assessment's
 * version is no longer `expectedVersion` (someone else moved it first) and
 * {@link RecordNotFoundError} when there is no such assessment. Returns the record at its new
 * version.
 */
export async function updateAssessmentState(executor: StoreExecutor, update: AssessmentStateUpdate): Promise<AssessmentRecord> {
  const row = await executor.db
    .updateTable('assessments')
    .set({
      state_id: update.stateId,
      stage: update.stage,
      next_deadline: update.nextDeadline,
      overdue: update.overdue,
      version: update.expectedVersion + 1,
      updated_at: sql<string>`now()`,
    })
    .where('id', '=', update.id)
    .where('version', '=', update.expectedVersion)
    .returningAll()
    .executeTakeFirst();
  if (row !== undefined) return toAssessmentRecord(row);
  const current = await getAssessment(executor, update.id);
  if (current === undefined) throw new RecordNotFoundError(`There is no assessment with id "${update.id}".`);
  throw new ConcurrentUpdateError(
    `Assessment "${update.id}" was changed by someone else (it is at version ${current.version}, not ${update.expectedVersion}). Reload it and try again.`,
  );
}
