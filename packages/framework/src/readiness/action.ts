import { z } from 'zod';
import { isoDateSchema, qualityStatementIdSchema, type IsoDate } from '../ids.js';
import { distinctIds, hasNoDuplicates, readinessRecordIdSchema, requiredText } from './record-id.js';

/** The statuses a council records on an improvement action. */
export const ACTION_STATUSES = ['planned', 'in-progress', 'done'] as const;

/** A recorded action status. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * An action's progress on a given day: its recorded status, or `overdue` when it is not done and
 * its due date has passed. Overdue is derived, never stored, so it cannot go stale.
 */
export const ACTION_PROGRESS_IDS = [...ACTION_STATUSES, 'overdue'] as const;

/** One of {@link ACTION_PROGRESS_IDS}. */
export type ActionProgress = (typeof ACTION_PROGRESS_IDS)[number];

/** An action in the council's improvement plan. */
export const actionSchema = z.strictObject({
  id: readinessRecordIdSchema,
  title: requiredText('the title'),
  owner: requiredText('the owner'),
  dueDate: isoDateSchema,
  status: z.enum(ACTION_STATUSES),
  qualityStatementIds: z.array(qualityStatementIdSchema).refine(hasNoDuplicates, 'a quality statement is listed twice').default([]),
  areaForImprovementId: readinessRecordIdSchema.optional(),
});

/** An improvement action (see {@link actionSchema}). */
export type Action = z.output<typeof actionSchema>;

/** An improvement action as given, before defaults. */
export type ActionInput = z.input<typeof actionSchema>;

/** A list of actions with distinct ids. */
export const actionListSchema = z.array(actionSchema).superRefine(distinctIds('action'));

/**
 * An action's progress on `asOf`: overdue when not done and due before that day. An action due
 * on `asOf` itself is not yet overdue.
 *
 * @example
 * actionProgressOn({ status: 'in-progress', dueDate: '2025-03-31' }, '2025-04-01'); // 'overdue'
 */
export function actionProgressOn(action: Pick<Action, 'status' | 'dueDate'>, asOf: IsoDate): ActionProgress {
  return action.status !== 'done' && action.dueDate < asOf ? 'overdue' : action.status;
}
