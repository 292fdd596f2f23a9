import { parseInput, type PublishedResult } from '@asc-assure/framework';
import { z } from 'zod';
import { ASSESSMENT_STATES, type AssessmentStageNumber, type AssessmentStateId } from './assessment-stages.js';
import { assessmentConfigSchema, type AssessmentConfig, type AssessmentConfigInput } from './assessment-config.js';
import type { AssessmentState } from './assessment-state.js';
import { deadlinesFor, nextOpenDeadline, type AssessmentDeadline } from './deadline-plan.js';
import type { AssessmentEvent, AssessmentEventInput, AssessmentEventType } from './events.js';
import type { AssessmentNotification } from './render-notification.js';
import { LIFECYCLE_MESSAGES } from './lifecycle-messages.js';
import { allowedEvents } from './transition.js';

/**
 * An assessment id: letters, digits, dot, dash or underscore (no colon, which separates the parts
 * of a notification key), at most 100 characters.
 */
export const assessmentIdSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be 100 characters or fewer')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, dot, dash or underscore, starting with a letter or digit');

/** What {@link Engine.start} takes. */
export interface AssessmentStartInput {
  readonly assessmentId: string;
  readonly config: AssessmentConfigInput;
}

/**
 * Checks an engine's `start` input once, for every engine alike: throws `InvalidInputError`
 * listing every problem with the id and the settings.
 */
export function parseAssessmentStart(input: AssessmentStartInput): { readonly assessmentId: string; readonly config: AssessmentConfig } {
  return parseInput(z.strictObject({ assessmentId: assessmentIdSchema, config: assessmentConfigSchema }), input, LIFECYCLE_MESSAGES.startSummary);
}

/** Everything a page needs about one assessment, derived from its state by pure functions. */
export interface AssessmentView {
  readonly assessmentId: string;
  readonly config: AssessmentConfig;
  readonly state: AssessmentState;
  /** The deadlines armed so far, each with its status. */
  readonly deadlines: readonly AssessmentDeadline[];
  /** The open due deadline that comes first, if any. */
  readonly nextDeadline?: AssessmentDeadline;
  /** The event types the assessment can take now. */
  readonly allowedEvents: readonly AssessmentEventType[];
}

/** One line of a list of assessments. */
export interface AssessmentSummary {
  readonly assessmentId: string;
  readonly councilId: string;
  readonly councilName: string;
  readonly stateId: AssessmentStateId;
  readonly stage: AssessmentStageNumber;
  /** "Preparing for the onsite visit". */
  readonly stateLabel: string;
  readonly nextDeadline?: AssessmentDeadline;
  /** Events applied so far. */
  readonly version: number;
}

/** One entry of an assessment's event log. */
export interface RecordedEvent {
  /** 1 for the first event, then 2, 3, ... with no gaps. */
  readonly sequence: number;
  /** The event as parsed (defaults filled). */
  readonly event: AssessmentEvent;
  /** When the engine recorded it (an ISO timestamp from the engine's clock), if it keeps one. */
  readonly recordedAt?: string;
  /** The state the event led to. */
  readonly stateAfter: AssessmentState;
}

/** Filter of {@link Engine.list}. */
export interface AssessmentListFilter {
  readonly councilId?: string;
  readonly stage?: number;
}

/**
 * What every engine (in-process over the store, Temporal, the in-memory reference) offers. Every
 * state change goes through {@link applyEvent}; an engine adds persistence, timers that deliver
 * {@link dueNotifications} through a {@link Notifier}, and read models. Each engine proves it
 * keeps the contract by running `describeEngineConformance` from `@asc-assure/lifecycle/testing`.
 */
export interface Engine {
  /**
   * Creates an assessment waiting for CQC's notice. Throws `InvalidInputError` for bad settings
   * and `AssessmentAlreadyExistsError` when the id is taken; nothing is written in either case.
   */
  start(input: AssessmentStartInput): Promise<AssessmentView>;
  /**
   * Records an event. Throws `EventRefusedError` (nothing written) when the assessment cannot
   * take it, and `AssessmentNotFoundError` for an unknown id.
   */
  send(assessmentId: string, event: AssessmentEventInput): Promise<AssessmentView>;
  /** The assessment, or undefined when there is none with that id. */
  get(assessmentId: string): Promise<AssessmentView | undefined>;
  /** Assessments, optionally of one council or at one stage, ordered by id. */
  list(filter?: AssessmentListFilter): Promise<AssessmentSummary[]>;
  /** The event log, oldest first. Throws `AssessmentNotFoundError` for an unknown id. */
  history(assessmentId: string): Promise<readonly RecordedEvent[]>;
}

/** Delivers notifications: email over SMTP, a webhook, a log. Engines call it once per key. */
export interface Notifier {
  notify(notification: AssessmentNotification): Promise<void>;
}

/**
 * The view of an assessment, as every engine returns it: one function so engines cannot differ.
 *
 * @example const view = assessmentView('glos-2024', config, state);
 */
export function assessmentView(assessmentId: string, config: AssessmentConfig, state: AssessmentState): AssessmentView {
  const deadlines = deadlinesFor(state, config);
  const nextDeadline = nextOpenDeadline(deadlines);
  return {
    assessmentId,
    config,
    state,
    deadlines,
    ...(nextDeadline === undefined ? {} : { nextDeadline }),
    allowedEvents: allowedEvents(state, config),
  };
}

/** The list line of an assessment view. */
export function assessmentSummary(view: AssessmentView): AssessmentSummary {
  return {
    assessmentId: view.assessmentId,
    councilId: view.config.councilId,
    councilName: view.config.councilName,
    stateId: view.state.stateId,
    stage: view.state.stage,
    stateLabel: ASSESSMENT_STATES[view.state.stateId].label,
    ...(view.nextDeadline === undefined ? {} : { nextDeadline: view.nextDeadline }),
    version: view.state.version,
  };
}

/** Whether a summary passes a list filter. */
export function matchesAssessmentFilter(summary: AssessmentSummary, filter: AssessmentListFilter = {}): boolean {
  return (filter.councilId === undefined || summary.councilId === filter.councilId) && (filter.stage === undefined || summary.stage === filter.stage);
}

/**
 * What readiness compares an assessment against: its id, the council's name and, once the
 * report is published, CQC's result as the `report.published` event recorded it. Undefined
 * without an assessment. The shape `loadReadinessInput` in `@asc-assure/store` takes.
 */
export function readinessAssessmentOf(view: AssessmentView | undefined):
  | { readonly assessmentId: string; readonly councilName: string; readonly publishedByLifecycle?: PublishedResult }
  | undefined {
  if (view === undefined) return undefined;
  const { context } = view.state;
  const published: PublishedResult | undefined =
    context.publishedOn === null || context.publishedScores === null || context.publishedRating === null
      ? undefined
      : { councilName: view.config.councilName, publishedOn: context.publishedOn, scores: context.publishedScores, rating: context.publishedRating };
  return { assessmentId: view.assessmentId, councilName: view.config.councilName, ...(published === undefined ? {} : { publishedByLifecycle: published }) };
}

