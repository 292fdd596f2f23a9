import { AscAssureError, type InputProblem } from '@asc-assure/framework';
import type { AssessmentStageNumber, AssessmentStateId } from './assessment-stages.js';
import type { EventRefusalCode } from './event-checks.js';
import type { AssessmentEventType } from './events.js';
import { LIFECYCLE_MESSAGES } from './lifecycle-messages.js';

/** What an {@link EventRefusedError} carries besides its message. */
export interface EventRefusal {
  readonly code: EventRefusalCode;
  /** The type of the refused event, when it had a recognisable one. */
  readonly eventType: AssessmentEventType | undefined;
  readonly stateId: AssessmentStateId;
  readonly stage: AssessmentStageNumber;
  /** The event types the assessment could take instead, right now. */
  readonly allowedEvents: readonly AssessmentEventType[];
  /** For `event-invalid`: every problem with the event's contents. */
  readonly problems: readonly InputProblem[];
}

/**
 * An event the assessment cannot take: malformed, out of order, dated before the last event, or
 * against one of CQC's rules. Nothing was changed. The `code` is stable; the message is for a
 * council officer ("The Information Return can't be recorded as submitted: the assessment is at
 * stage 4 (case tracking) ...").
 */
export class EventRefusedError extends AscAssureError implements EventRefusal {
  override readonly name = 'EventRefusedError';
  override readonly code: EventRefusalCode;
  readonly eventType: AssessmentEventType | undefined;
  readonly stateId: AssessmentStateId;
  readonly stage: AssessmentStageNumber;
  readonly allowedEvents: readonly AssessmentEventType[];
  readonly problems: readonly InputProblem[];

  constructor(message: string, refusal: EventRefusal) {
    super(refusal.code, message);
    this.code = refusal.code;
    this.eventType = refusal.eventType;
    this.stateId = refusal.stateId;
    this.stage = refusal.stage;
    this.allowedEvents = refusal.allowedEvents;
    this.problems = refusal.problems;
  }

  /** True for an EventRefusedError from any copy of this package. */
  static override isInstance(error: unknown): error is EventRefusedError {
    return AscAssureError.isInstance(error) && error.name === 'EventRefusedError';
  }
}

/** No assessment has this id (in this engine, for this tenant). */
export class AssessmentNotFoundError extends AscAssureError {
  override readonly name = 'AssessmentNotFoundError';
  readonly assessmentId: string;

  constructor(assessmentId: string) {
    super('assessment-not-found', LIFECYCLE_MESSAGES.notFound(assessmentId));
    this.assessmentId = assessmentId;
  }

  /** True for an AssessmentNotFoundError from any copy of this package. */
  static override isInstance(error: unknown): error is AssessmentNotFoundError {
    return AscAssureError.isInstance(error) && error.name === 'AssessmentNotFoundError';
  }
}

/** `start` was called with an id that is already taken: nothing was changed. */
export class AssessmentAlreadyExistsError extends AscAssureError {
  override readonly name = 'AssessmentAlreadyExistsError';
  readonly assessmentId: string;

  constructor(assessmentId: string) {
    super('assessment-already-exists', LIFECYCLE_MESSAGES.alreadyExists(assessmentId));
    this.assessmentId = assessmentId;
  }

  /** True for an AssessmentAlreadyExistsError from any copy of this package. */
  static override isInstance(error: unknown): error is AssessmentAlreadyExistsError {
    return AscAssureError.isInstance(error) && error.name === 'AssessmentAlreadyExistsError';
  }
}
