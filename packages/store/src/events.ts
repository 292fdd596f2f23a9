import type { Selectable } from 'kysely';
import { isUniqueViolation } from './error-codes.js';
import { toJsonText } from './json.js';
import type { JsonValue } from './json.js';
import type { StoreExecutor } from './open-store.js';
import type { AssessmentEventsTable } from './schema.js';
import { ConcurrentUpdateError, storeWriteError } from './store-errors.js';

/** One lifecycle event of an assessment, as recorded. */
export interface AssessmentEventRecord {
  readonly assessmentId: string;
  /** 1 for an assessment's first event, then 2, 3...: no gaps. */
  readonly sequence: number;
  /** The event's type, for example `information-return.submitted`. */
  readonly type: string;
  readonly event: JsonValue;
  readonly recordedAt: string;
}

/** An event to append. */
export interface NewAssessmentEvent {
  readonly assessmentId: string;
  /** The sequence this event must get: one more than the last one the caller saw (1 for the first). */
  readonly sequence: number;
  readonly type: string;
  /** Must be plain JSON data. */
  readonly event: unknown;
  /** When it was recorded (ISO timestamp); the database's clock when left out. */
  readonly recordedAt?: string | undefined;
}

function toAssessmentEventRecord(row: Selectable<AssessmentEventsTable>): AssessmentEventRecord {
  return { assessmentId: row.assessment_id, sequence: row.sequence, type: row.type, event: row.event, recordedAt: row.recorded_at };
}

/** The sequence of the assessment's last event, or 0 when it has none. */
export async function getLastAssessmentEventSequence(executor: StoreExecutor, assessmentId: string): Promise<number> {
  const row = await executor.db
    .selectFrom('assessment_events')
    .select((eb) => eb.fn.max('sequence').as('last'))
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  return row?.last ?? 0;
}

/**
 * Appends an event at exactly `event.sequence`. Throws {@link ConcurrentUpdateError} when that
 * is not the next sequence, including when another writer appended it first: of two writers
 * racing for one sequence exactly one wins. Call it in the same transaction as the snapshot and
 * read-model writes it goes with, so that all of them land or none does.
 */
export async function appendAssessmentEvent(executor: StoreExecutor, event: NewAssessmentEvent): Promise<AssessmentEventRecord> {
  const eventText = toJsonText(event.event, 'event');
  const last = await getLastAssessmentEventSequence(executor, event.assessmentId);
  if (event.sequence !== last + 1) {
    throw new ConcurrentUpdateError(
      `Assessment "${event.assessmentId}" has ${last} event(s), so the next event is number ${last + 1}, not ${event.sequence}: someone else recorded an event first. Reload the assessment and try again.`,
    );
  }
  try {
    const row = await executor.db
      .insertInto('assessment_events')
      .values({
        assessment_id: event.assessmentId,
        sequence: event.sequence,
        type: event.type,
        event: eventText,
        ...(event.recordedAt === undefined ? {} : { recorded_at: event.recordedAt }),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAssessmentEventRecord(row);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConcurrentUpdateError(
        `Event number ${event.sequence} of assessment "${event.assessmentId}" was recorded by someone else at the same moment. Reload the assessment and try again.`,
        { cause: error },
      );
    }
    throw storeWriteError(error, { missingReference: `There is no assessment with id "${event.assessmentId}".` });
  }
}

/** The assessment's events in order, optionally only those after `afterSequence`. */
export async function listAssessmentEvents(
  executor: StoreExecutor,
  assessmentId: string,
  options: { readonly afterSequence?: number | undefined } = {},
): Promise<readonly AssessmentEventRecord[]> {
  let query = executor.db.selectFrom('assessment_events').selectAll().where('assessment_id', '=', assessmentId);
  if (options.afterSequence !== undefined) query = query.where('sequence', '>', options.afterSequence);
  const rows = await query.orderBy('sequence').execute();
  return rows.map(toAssessmentEventRecord);
}
