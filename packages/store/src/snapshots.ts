import type { JsonValue } from './json.js';
import { toJsonText } from './json.js';
import type { StoreExecutor } from './open-store.js';
import { ConcurrentUpdateError, storeWriteError } from './store-errors.js';

/** The latest persisted lifecycle snapshot of an assessment. */
export interface AssessmentSnapshotRecord {
  readonly assessmentId: string;
  /** The sequence of the last event the snapshot includes (0 before any event). */
  readonly sequence: number;
  readonly snapshot: JsonValue;
}

/** A snapshot to store. */
export interface AssessmentSnapshotInput {
  readonly assessmentId: string;
  readonly sequence: number;
  /** Must be plain JSON data (for xstate, the persisted snapshot). */
  readonly snapshot: unknown;
}

/**
 * Stores the assessment's snapshot, replacing an older one. Throws
 * {@link ConcurrentUpdateError} when the stored snapshot is already newer (a higher sequence),
 * so a slow writer can never put an assessment back in time.
 */
export async function upsertAssessmentSnapshot(executor: StoreExecutor, input: AssessmentSnapshotInput): Promise<void> {
  const snapshotText = toJsonText(input.snapshot, 'snapshot');
  let written: { sequence: number } | undefined;
  try {
    written = await executor.db
      .insertInto('assessment_snapshots')
      .values({ assessment_id: input.assessmentId, sequence: input.sequence, snapshot: snapshotText })
      .onConflict((conflict) =>
        conflict
          .column('assessment_id')
          .doUpdateSet((eb) => ({ sequence: eb.ref('excluded.sequence'), snapshot: eb.ref('excluded.snapshot') }))
          .where('assessment_snapshots.sequence', '<=', (eb) => eb.ref('excluded.sequence')),
      )
      .returning('sequence')
      .executeTakeFirst();
  } catch (error) {
    throw storeWriteError(error, { missingReference: `There is no assessment with id "${input.assessmentId}".` });
  }
  if (written === undefined) {
    throw new ConcurrentUpdateError(
      `The stored snapshot of assessment "${input.assessmentId}" is newer than event ${input.sequence}: someone else moved the assessment on. Reload it and try again.`,
    );
  }
}

/** The assessment's stored snapshot, or undefined. */
export async function getAssessmentSnapshot(executor: StoreExecutor, assessmentId: string): Promise<AssessmentSnapshotRecord | undefined> {
  const row = await executor.db.selectFrom('assessment_snapshots').selectAll().where('assessment_id', '=', assessmentId).executeTakeFirst();
  return row === undefined ? undefined : { assessmentId: row.assessment_id, sequence: row.sequence, snapshot: row.snapshot };
}
