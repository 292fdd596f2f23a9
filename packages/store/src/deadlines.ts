import { InvalidInputError } from '@asc-assure/framework';
import type { Selectable } from 'kysely';
import type { StoreExecutor } from './open-store.js';
import { withinTransaction } from './open-store.js';
import type { DeadlinesTable } from './schema.js';
import { storeWriteError } from './store-errors.js';

/** The status of a deadline still to be met; {@link listOpenDeadlines} returns only these. */
export const OPEN_DEADLINE_STATUS = 'open';

/** A deadline of an assessment. */
export interface DeadlineRecord {
  readonly assessmentId: string;
  /** Stable within the assessment, for example `information-return-due`. */
  readonly deadlineId: string;
  /** `YYYY-MM-DD`. */
  readonly dueDate: string;
  readonly kind: string;
  /** `open` while it is still to be met; other values (met, cancelled...) are the lifecycle's. */
  readonly status: string;
  readonly title: string;
}

/** A deadline to store for an assessment. */
export type DeadlineInput = Omit<DeadlineRecord, 'assessmentId'>;

/** An open deadline found across assessments, with the council it belongs to. */
export interface OpenDeadlineRecord extends DeadlineRecord {
  readonly councilId: string;
}

function toDeadlineRecord(row: Selectable<DeadlinesTable>): DeadlineRecord {
  return {
    assessmentId: row.assessment_id,
    deadlineId: row.deadline_id,
    dueDate: row.due_date,
    kind: row.kind,
    status: row.status,
    title: row.title,
  };
}

/**
 * Replaces all of an assessment's deadlines with `deadlines` (an empty list removes them), in one
 * transaction. Refuses a list that names one deadline twice.
 */
export async function replaceAssessmentDeadlines(
  executor: StoreExecutor,
  assessmentId: string,
  deadlines: readonly DeadlineInput[],
): Promise<void> {
  const seen = new Set<string>();
  const problems = deadlines.flatMap((deadline, index) => {
    if (!seen.has(deadline.deadlineId)) {
      seen.add(deadline.deadlineId);
      return [];
    }
    return [{ code: 'duplicate-deadline', path: [index, 'deadlineId'], message: `deadline "${deadline.deadlineId}" is listed twice` }];
  });
  if (problems.length > 0) throw new InvalidInputError(`The deadlines of assessment "${assessmentId}" cannot be saved`, problems);
  await withinTransaction(executor, async (tx) => {
    await tx.db.deleteFrom('deadlines').where('assessment_id', '=', assessmentId).execute();
    if (deadlines.length === 0) return;
    try {
      await tx.db
        .insertInto('deadlines')
        .values(
          deadlines.map((deadline) => ({
            assessment_id: assessmentId,
            deadline_id: deadline.deadlineId,
            due_date: deadline.dueDate,
            kind: deadline.kind,
            status: deadline.status,
            title: deadline.title,
          })),
        )
        .execute();
    } catch (error) {
      throw storeWriteError(error, { missingReference: `There is no assessment with id "${assessmentId}".` });
    }
  });
}

/** The assessment's deadlines, soonest first. */
export async function listAssessmentDeadlines(executor: StoreExecutor, assessmentId: string): Promise<readonly DeadlineRecord[]> {
  const rows = await executor.db
    .selectFrom('deadlines')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('due_date')
    .orderBy('deadline_id')
    .execute();
  return rows.map(toDeadlineRecord);
}

/**
 * Open deadlines due strictly before `dueBefore` (`YYYY-MM-DD`), across all assessments or one
 * council's, soonest first. With `dueBefore` the day after today this is "due today or overdue".
 */
export async function listOpenDeadlines(
  executor: StoreExecutor,
  filter: { readonly dueBefore: string; readonly councilId?: string | undefined },
): Promise<readonly OpenDeadlineRecord[]> {
  let query = executor.db
    .selectFrom('deadlines')
    .innerJoin('assessments', 'assessments.id', 'deadlines.assessment_id')
    .selectAll('deadlines')
    .select('assessments.council_id')
    .where('deadlines.status', '=', OPEN_DEADLINE_STATUS)
    .where('deadlines.due_date', '<', filter.dueBefore);
  if (filter.councilId !== undefined) query = query.where('assessments.council_id', '=', filter.councilId);
  const rows = await query.orderBy('deadlines.due_date').orderBy('deadlines.assessment_id').orderBy('deadlines.deadline_id').execute();
  return rows.map((row) => ({ ...toDeadlineRecord(row), councilId: row.council_id }));
}
