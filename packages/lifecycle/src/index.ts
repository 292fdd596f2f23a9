/**
 * @asc-assure/lifecycle: the six-stage CQC assessment lifecycle as a pure xstate machine, the
 * deadlines and reminders each state arms, and the Engine contract every engine implements.
 * No I/O, no clock: every event carries the date it happened.
 *
 * @packageDocumentation
 */
export {
  ASSESSMENT_STAGES,
  ASSESSMENT_STATE_IDS,
  ASSESSMENT_STATES,
  assessmentStage,
  isAssessmentStateId,
  stageOfState,
} from './assessment-stages.js';
export type { AssessmentStage, AssessmentStageNumber, AssessmentStateId, AssessmentStateInfo } from './assessment-stages.js';
export {
  ASSESSMENT_CONFIG_SUMMARY,
  DEFAULT_CASE_TRACKING_NUMBERS,
  assessmentCalendar,
  assessmentConfigSchema,
  caseTrackingNumbersSchema,
  parseAssessmentConfig,
} from './assessment-config.js';
export type { AssessmentCalendar, AssessmentConfig, AssessmentConfigInput, CaseTrackingNumbers } from './assessment-config.js';
export {
  ASSESSMENT_EVENT_LABELS,
  ASSESSMENT_EVENT_TYPES,
  CONSENT_DECISIONS,
  MOVABLE_DATE_IDS,
  MOVABLE_DATE_LABELS,
  assessmentEventSchema,
  assessmentWithdrawnEventSchema,
  caseListSubmittedEventSchema,
  caseTrackingPersonIdSchema,
  casesSelectedEventSchema,
  consentRecordedEventSchema,
  dataReviewCheckedEventSchema,
  dateMovedEventSchema,
  draftReportReceivedEventSchema,
  factualAccuracyReturnedEventSchema,
  informationReturnSubmittedEventSchema,
  movableDateIdSchema,
  noticeReceivedEventSchema,
  onsiteFinishedEventSchema,
  onsiteStartedEventSchema,
  reportPublishedEventSchema,
  siteVisitNotifiedEventSchema,
} from './events.js';
export type {
  AssessmentEvent,
  AssessmentEventInput,
  AssessmentEventLabel,
  AssessmentEventOf,
  AssessmentEventType,
  ConsentDecision,
  MovableDateId,
} from './events.js';
export { INITIAL_ASSESSMENT_CONTEXT, assessmentStateSchema } from './assessment-state.js';
export type { AssessmentContext, AssessmentState, ConsentRecord, MovedDate } from './assessment-state.js';
export { EVENT_REFUSAL_CODES, movableDatesNow } from './event-checks.js';
export type { EventProblem, EventRefusalCode } from './event-checks.js';
export { AssessmentAlreadyExistsError, AssessmentNotFoundError, EventRefusedError } from './lifecycle-errors.js';
export type { EventRefusal } from './lifecycle-errors.js';
export { LIFECYCLE_MESSAGES } from './lifecycle-messages.js';
export { createAssessmentMachine } from './machine.js';
export type { AssessmentMachine } from './machine.js';
export { allowedEvents, applyEvent, initialAssessmentState, replay } from './transition.js';
export type { AppliedEvent } from './transition.js';
export { DEADLINE_STATUS_LABELS, deadlinesFor, nextOpenDeadline, onsiteEarliestDate } from './deadline-plan.js';
export type { AssessmentDeadline, AssessmentDeadlineStatus } from './deadline-plan.js';
export { dueNotifications, nextNotificationOn, notificationKey, notificationPlan } from './notification-plan.js';
export type { AssessmentNotificationKind, AssessmentRecord, PlannedNotification } from './notification-plan.js';
export { NOTIFICATION_MESSAGES, renderNotification } from './render-notification.js';
export type { AssessmentNotification } from './render-notification.js';
export { displayDate } from './display-date.js';
export {
  assessmentIdSchema,
  assessmentSummary,
  assessmentView,
  readinessAssessmentOf,
  matchesAssessmentFilter,
  parseAssessmentStart,
} from './engine.js';
export type {
  AssessmentListFilter,
  AssessmentStartInput,
  AssessmentSummary,
  AssessmentView,
  Engine,
  Notifier,
  RecordedEvent,
} from './engine.js';
