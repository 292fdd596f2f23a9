import {
  assessmentView,
  type AssessmentConfig,
  type AssessmentNotification,
  type AssessmentState,
  type Notifier,
} from '@asc-assure/lifecycle';
import {
  appendAssessmentEvent,
  appendAudit,
  createAssessment,
  getAssessment,
  getCouncil,
  getLastAssessmentEventSequence,
  recordNotificationSent,
  replaceAssessmentDeadlines,
  saveCouncil,
  updateAssessmentState,
  upsertAssessmentSnapshot,
  type Store,
  type StoreTransaction,
} from '@asc-assure/store';
import { ApplicationFailure } from '@temporalio/common';
import { isAssessmentOverdue } from './search-attributes.js';
import type { LoggedAssessmentEvent } from './shared.js';

/** What {@link HubActivities.projectReadModel} writes: the assessment as the workflow holds it. */
export interface ReadModelProjection {
  readonly assessmentId: string;
  readonly config: AssessmentConfig;
  readonly state: AssessmentState;
  /**
   * Events the store may not have yet, oldest first, contiguous, ending at `state.version`
   * (empty before the first event). Events the store already has are skipped.
   */
  readonly events: readonly LoggedAssessmentEvent[];
  /** The date the workflow takes as today, for the `overdue` flag. */
  readonly today: string;
}

/** The result of {@link HubActivities.projectReadModel}. */
export type ReadModelProjectionResult =
  | { readonly projected: true; readonly version: number }
  /** The store lacks events before the ones sent: send again from `missingFrom`. */
  | { readonly projected: false; readonly missingFrom: number };

/** What {@link HubActivities.deliverNotification} takes. */
export interface NotificationDelivery {
  readonly notification: AssessmentNotification;
  /** The instant to record as the sending time; the database's clock when left out. */
  readonly sentAt?: string;
}

/** The activities of the assessment workflow: every effect it has, each idempotent. */
export interface HubActivities {
  /**
   * Delivers one notification unless its key was delivered before: the key is claimed with the
   * store's `recordNotificationSent` in the same transaction as the delivery, so a failed
   * delivery releases the key for the retry. Returns whether this call delivered it.
   */
  deliverNotification(delivery: NotificationDelivery): Promise<boolean>;
  /**
   * Writes the assessment to the store's read model (council and assessment rows, event log,
   * snapshot, deadlines, stage, next deadline, overdue) so the API and dashboard can list it.
   * Idempotent by version: events the store already has are skipped, and a run repeated after a
   * crash writes the same rows.
   */
  projectReadModel(projection: ReadModelProjection): Promise<ReadModelProjectionResult>;
}

/** Options of {@link createActivities}. */
export interface HubActivitiesOptions {
  /** Where the read model, the event log, sent keys and the audit log live (PostgreSQL for a hub). */
  readonly store: Store;
  /** Who receives reminders and overdue escalations (email, webhook, log). */
  readonly notifier?: Notifier;
  /** Named in the notification log and the audit log. Default `log`. */
  readonly channel?: string;
}

/**
 * The activities a hub worker registers, bound to its store and notifier (the samples'
 * `createActivities(deps)` factory). Audit entries are written in the same transaction as the
 * change they record (an event appended, a notification claimed), so a retried activity cannot
 * audit twice.
 *
 * @example
 * const activities = createActivities({ store, notifier: createLogNotifier(console.log), channel: 'log' });
 * const worker = await createHubWorker({ connection, taskQueue: 'asc-assure-hub', activities });
 */
export function createActivities(options: HubActivitiesOptions): HubActivities {
  const { store, notifier } = options;
  const channel = options.channel ?? 'log';

  return {
    async deliverNotification({ notification, sentAt }) {
      return store.transaction(async (tx) => {
        const claimed = await recordNotificationSent(tx, {
          key: notification.key,
          assessmentId: notification.assessmentId,
          kind: notification.kind,
          deadlineId: notification.deadlineId,
          sendOn: notification.sendOn,
          channel,
          sentAt,
        });
        if (!claimed) return false;
        await appendAudit(tx, {
          councilId: notification.councilId,
          actor: 'system',
          action: 'assessment.notification-sent',
          subject: `assessment/${notification.assessmentId}`,
          detail: { key: notification.key, kind: notification.kind, sendOn: notification.sendOn, channel },
          ...(sentAt === undefined ? {} : { at: sentAt }),
        });
        await notifier?.notify(notification);
        return true;
      });
    },

    async projectReadModel(projection) {
      return store.transaction((tx) => project(tx, projection));
    },
  };
}

async function project(tx: StoreTransaction, projection: ReadModelProjection): Promise<ReadModelProjectionResult> {
  const { assessmentId, config, state } = projection;
  const view = assessmentView(assessmentId, config, state);
  let row = await getAssessment(tx, assessmentId);
  if (row === undefined) {
    if ((await getCouncil(tx, config.councilId)) === undefined) await saveCouncil(tx, { id: config.councilId, name: config.councilName });
    row = await createAssessment(tx, { id: assessmentId, councilId: config.councilId, config, stateId: 'awaiting-notice', stage: '1', nextDeadline: null });
    await appendAudit(tx, {
      councilId: config.councilId,
      actor: 'system',
      action: 'assessment.started',
      subject: `assessment/${assessmentId}`,
      detail: { councilName: config.councilName, engine: 'temporal' },
    });
  } else if (row.councilId !== config.councilId) {
    // Two hubs (or two prefixes) writing one store with the same assessment id: never merge them.
    throw ApplicationFailure.create({
      type: 'AssessmentIdClash',
      message: `The store already holds assessment "${assessmentId}" for council "${row.councilId}", not "${config.councilId}". Assessment ids must be unique within a hub.`,
      nonRetryable: false,
    });
  }

  const stored = await getLastAssessmentEventSequence(tx, assessmentId);
  const first = projection.events[0];
  if (first !== undefined && first.sequence > stored + 1) return { projected: false, missingFrom: stored + 1 };
  if (first === undefined && state.version > stored) return { projected: false, missingFrom: stored + 1 };

  for (const logged of projection.events) {
    if (logged.sequence <= stored) continue;
    await appendAssessmentEvent(tx, { assessmentId, sequence: logged.sequence, type: logged.event.type, event: logged.event, recordedAt: logged.recordedAt });
    await appendAudit(tx, {
      councilId: config.councilId,
      actor: logged.event.actor ?? 'system',
      action: 'assessment.event-recorded',
      subject: `assessment/${assessmentId}`,
      detail: { type: logged.event.type, date: logged.event.date, sequence: logged.sequence, engine: 'temporal' },
      at: logged.recordedAt,
    });
  }
  if (Math.max(stored, projection.events.at(-1)?.sequence ?? 0) === state.version) {
    await upsertAssessmentSnapshot(tx, { assessmentId, sequence: state.version, snapshot: state });
  }

  const nextDeadline = view.nextDeadline?.dueDate ?? null;
  const overdue = isAssessmentOverdue(view, projection.today);
  const stage = String(state.stage);
  if (row.stateId !== state.stateId || row.stage !== stage || row.nextDeadline !== nextDeadline || row.overdue !== overdue) {
    await updateAssessmentState(tx, { id: assessmentId, expectedVersion: row.version, stateId: state.stateId, stage, nextDeadline, overdue });
  }
  await replaceAssessmentDeadlines(
    tx,
    assessmentId,
    view.deadlines.map((deadline) => ({ deadlineId: deadline.id, dueDate: deadline.dueDate, kind: deadline.kind, status: deadline.status, title: deadline.title })),
  );
  return { projected: true, version: state.version };
}
