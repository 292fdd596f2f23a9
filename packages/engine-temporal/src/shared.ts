import type { IsoDate } from '@asc-assure/framework';
import type { AssessmentConfig, AssessmentDeadline, AssessmentEvent, AssessmentView, RecordedEvent } from '@asc-assure/lifecycle';
import { defineQuery, defineUpdate } from '@temporalio/workflow';

/**
 * What the workflow and its callers share: message definitions, ids and the workflow's input.
 * Imported by both sides, so it holds definitions only (the samples-typescript layout).
 */

/** The task queue a hub's workers poll when none is configured. */
export const DEFAULT_HUB_TASK_QUEUE = 'asc-assure-hub';

/** The namespace a hub uses when none is configured (the dev server's). */
export const DEFAULT_HUB_NAMESPACE = 'default';

/** Every assessment workflow's id starts with this, then the assessment id. */
export const ASSESSMENT_WORKFLOW_ID_PREFIX = 'asc-assure-assessment:';

/** The workflow type name of one assessment (the exported function's name). */
export const ASSESSMENT_WORKFLOW_TYPE = 'assessmentWorkflow';

/** The workflow type name of the no-op workflow (bench baseline, worker health check). */
export const HUB_PING_WORKFLOW_TYPE = 'hubPingWorkflow';

/**
 * The workflow id of an assessment. Assessment ids are unique within a hub, so the id alone
 * names the workflow; the council goes in search attributes and the memo.
 *
 * @example assessmentWorkflowId('glos-2024') // 'asc-assure-assessment:glos-2024'
 */
export function assessmentWorkflowId(assessmentId: string, prefix: string = ASSESSMENT_WORKFLOW_ID_PREFIX): string {
  return `${prefix}${assessmentId}`;
}

/**
 * Where an assessment workflow takes "today" from.
 *
 * - `workflow`: the workflow's own deterministic clock, as a date in England. Reminders wait on
 *   durable timers until their day. What a hub runs.
 * - `simulated`: a date the caller moves forward with the `clock.advance` update. For the
 *   conformance suite, tests, the bench and the demo: a whole assessment in seconds.
 */
export type AssessmentClockMode = 'workflow' | 'simulated';

/** One entry of the event log as the workflow keeps it; `stateAfter` is derived on demand. */
export interface LoggedAssessmentEvent {
  readonly sequence: number;
  readonly event: AssessmentEvent;
  /** The workflow's clock when the event was recorded, ISO timestamp. */
  readonly recordedAt: string;
}

/** What a run carries into the next one when it continues as new. */
export interface AssessmentWorkflowCarry {
  readonly events: readonly LoggedAssessmentEvent[];
  readonly sentKeys: readonly string[];
  /** The last event sequence written to the store's read model (-1 before the row exists). */
  readonly projectedVersion: number;
  /** The simulated today, in `simulated` mode. */
  readonly today?: IsoDate;
  /** How many runs came before this one. */
  readonly runs: number;
}

/** The input of the assessment workflow. */
export interface AssessmentWorkflowInput {
  readonly assessmentId: string;
  /** Parsed settings (every default filled): fixed for the assessment's life. */
  readonly config: AssessmentConfig;
  readonly clock: AssessmentClockMode;
  /** The date the simulated clock starts at; required in `simulated` mode. */
  readonly today?: IsoDate;
  /**
   * Continue as new once the run's history has this many events (Temporal also suggests it
   * itself, near its own limits). Default {@link DEFAULT_MAX_HISTORY_EVENTS}.
   */
  readonly maxHistoryEvents?: number;
  /**
   * Seconds one attempt of an activity (a delivery, a projection) may take before Temporal tries
   * it again, e.g. on another worker after a crash. Default {@link DEFAULT_ACTIVITY_TIMEOUT_SECONDS}.
   */
  readonly activityTimeoutSeconds?: number;
  /** Set by the workflow itself when it continues as new. */
  readonly carry?: AssessmentWorkflowCarry;
}

/** Runs continue as new past this many history events unless told otherwise. */
export const DEFAULT_MAX_HISTORY_EVENTS = 2_000;

/**
 * Long enough for an SMTP server or a webhook (which gives up after 10 seconds) and a database
 * transaction; short enough that a delivery cut off by a crashed worker is retried soon.
 */
export const DEFAULT_ACTIVITY_TIMEOUT_SECONDS = 30;

/** What the workflow returns when the assessment is published or withdrawn. */
export interface AssessmentWorkflowResult {
  readonly view: AssessmentView;
  readonly events: number;
  readonly notificationsSent: number;
}

/** What `clock.advance` returns once every notification due by the date is delivered. */
export interface ClockAdvanceResult {
  readonly today: IsoDate;
  /** Keys of every notification the assessment has delivered so far. */
  readonly sentKeys: readonly string[];
}

/**
 * Records a lifecycle event. The validator runs the lifecycle's `applyEvent` on the current
 * state: a refused event is rejected before it reaches the workflow's history, with the
 * refusal's code, message and allowed events (type `EventRefusedError`).
 */
export const recordEventUpdate = defineUpdate<AssessmentView, [unknown]>('assessment.record-event');

/**
 * Moves a `simulated` clock forward to a date and completes once the workflow has delivered
 * every notification due by then. Refused on a `workflow` clock and for a date in the past.
 */
export const advanceClockUpdate = defineUpdate<ClockAdvanceResult, [IsoDate]>('clock.advance');

/** The assessment as every engine shows it: state, deadlines, next deadline, allowed events. */
export const assessmentViewQuery = defineQuery<AssessmentView>('assessment.view');

/** The event log, oldest first, each entry with the state it led to. */
export const assessmentHistoryQuery = defineQuery<RecordedEvent[]>('assessment.history');

/** The deadlines armed so far, each with its status. */
export const assessmentDeadlinesQuery = defineQuery<AssessmentDeadline[]>('assessment.deadlines');

/** Keys of the notifications delivered so far, and the date the workflow takes as today. */
export const assessmentNotificationsQuery = defineQuery<{ today: IsoDate; sentKeys: string[] }>('assessment.notifications');

/** The failure type a refused event travels as, from the workflow's validator to the client. */
export const EVENT_REFUSED_FAILURE_TYPE = 'EventRefusedError';

/** The failure type of a refused clock move (backwards, bad date, not a simulated clock). */
export const CLOCK_REFUSED_FAILURE_TYPE = 'ClockRefusedError';
