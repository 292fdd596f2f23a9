import type { Selectable } from 'kysely';
import { toJsonText } from './json.js';
import type { JsonValue } from './json.js';
import type { StoreExecutor } from './open-store.js';
import type { PublishedResultsTable } from './schema.js';
import { storeWriteError } from './store-errors.js';

/** CQC's published result of an assessment, kept apart from the council's own self-assessment. */
export interface PublishedResultRecord {
  readonly councilId: string;
  readonly assessmentId: string;
  readonly publishedOn: string;
  /** The nine quality statement scores as published, for example `{ "assessing-needs": 2, ... }`. */
  readonly scores: JsonValue;
  /** The overall rating id, for example `requires-improvement`. */
  readonly rating: string;
}

/** A published result to save. */
export interface PublishedResultInput {
  readonly councilId: string;
  readonly assessmentId: string;
  readonly publishedOn: string;
  /** Must be plain JSON data. */
  readonly scores: unknown;
  readonly rating: string;
}

function toPublishedResultRecord(row: Selectable<PublishedResultsTable>): PublishedResultRecord {
  return { councilId: row.council_id, assessmentId: row.assessment_id, publishedOn: row.published_on, scores: row.scores, rating: row.rating };
}

/** Saves CQC's published result of an assessment, replacing an earlier one (a corrected report). */
export async function savePublishedResult(executor: StoreExecutor, result: PublishedResultInput): Promise<PublishedResultRecord> {
  const values = { published_on: result.publishedOn, scores: toJsonText(result.scores, 'published scores'), rating: result.rating };
  try {
    const row = await executor.db
      .insertInto('published_results')
      .values({ council_id: result.councilId, assessment_id: result.assessmentId, ...values })
      .onConflict((conflict) => conflict.columns(['council_id', 'assessment_id']).doUpdateSet(values))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toPublishedResultRecord(row);
  } catch (error) {
    throw storeWriteError(error, { missingReference: `Council "${result.councilId}" has no assessment with id "${result.assessmentId}".` });
  }
}

/** The published result of the assessment, or undefined before publication. */
export async function getPublishedResult(
  executor: StoreExecutor,
  key: { readonly councilId: string; readonly assessmentId: string },
): Promise<PublishedResultRecord | undefined> {
  const row = await executor.db
    .selectFrom('published_results')
    .selectAll()
    .where('council_id', '=', key.councilId)
    .where('assessment_id', '=', key.assessmentId)
    .executeTakeFirst();
  return row === undefined ? undefined : toPublishedResultRecord(row);
}
