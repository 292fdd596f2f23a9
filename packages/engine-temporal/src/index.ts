/**
 * @asc-assure/engine-temporal: the asc-assure lifecycle as one durable Temporal workflow per
 * council assessment. Events are updates validated by the lifecycle's `applyEvent`; state,
 * deadlines and history are queries; reminders wait on durable timers; notifications and the
 * store's read model are idempotent activities; search attributes let a hub list its councils.
 * The workflow code itself is the `./workflows` entry (for bundling).
 *
 * @packageDocumentation
 */
export { createActivities } from './activities.js';
export type { HubActivities, HubActivitiesOptions, NotificationDelivery, ReadModelProjection, ReadModelProjectionResult } from './activities.js';
export { createTemporalEngine } from './temporal-engine.js';
export type { AssessmentNotificationState, TemporalEngine, TemporalEngineClock, TemporalEngineOptions } from './temporal-engine.js';
export { bundleHubWorkflows, createHubWorker, hubWorkflowsPath } from './worker.js';
export type { HubWorkerOptions } from './worker.js';
export {
  ASSESSMENT_SEARCH_ATTRIBUTES,
  assessmentSearchAttributePairs,
  assessmentSearchValues,
  isAssessmentOverdue,
  searchAttributeDate,
} from './search-attributes.js';
export type { AssessmentSearchValues } from './search-attributes.js';
export { englandDateAt, englandInstant, isCalendarDate, notificationDayAt, NOTIFICATION_HOUR_IN_ENGLAND } from './england-time.js';
export { failureFromLifecycleError, lifecycleErrorFromFailure } from './refusal-failure.js';
export {
  advanceClockUpdate,
  ASSESSMENT_WORKFLOW_ID_PREFIX,
  ASSESSMENT_WORKFLOW_TYPE,
  assessmentDeadlinesQuery,
  assessmentHistoryQuery,
  assessmentNotificationsQuery,
  assessmentViewQuery,
  assessmentWorkflowId,
  CLOCK_REFUSED_FAILURE_TYPE,
  DEFAULT_ACTIVITY_TIMEOUT_SECONDS,
  DEFAULT_HUB_NAMESPACE,
  DEFAULT_HUB_TASK_QUEUE,
  DEFAULT_MAX_HISTORY_EVENTS,
  EVENT_REFUSED_FAILURE_TYPE,
  HUB_PING_WORKFLOW_TYPE,
  recordEventUpdate,
} from './shared.js';
export type {
  AssessmentClockMode,
  AssessmentWorkflowCarry,
  AssessmentWorkflowInput,
  AssessmentWorkflowResult,
  ClockAdvanceResult,
  LoggedAssessmentEvent,
} from './shared.js';
export { mapWithConcurrency } from './map-with-concurrency.js';
