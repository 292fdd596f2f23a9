import { AscAssureError, problemsFromZodError } from '@asc-assure/framework';
import { initialTransition, transition } from 'xstate';
import { ASSESSMENT_STATES, assessmentStage, isAssessmentStateId, stageOfState, type AssessmentStateId } from './assessment-stages.js';
import { parseAssessmentConfig, type AssessmentConfig } from './assessment-config.js';
import { INITIAL_ASSESSMENT_CONTEXT, type AssessmentContext, type AssessmentState } from './assessment-state.js';
import { eventProblem, preconditionProblem, type EventProblem } from './event-checks.js';
import { ASSESSMENT_EVENT_LABELS, ASSESSMENT_EVENT_TYPES, assessmentEventSchema, type AssessmentEvent, type AssessmentEventType } from './events.js';
import { EventRefusedError } from './lifecycle-errors.js';
import { LIFECYCLE_MESSAGES as M } from './lifecycle-messages.js';
import { createAssessmentMachine, type AssessmentMachine } from './machine.js';

/** The result of {@link applyEvent}. */
export interface AppliedEvent {
  /** The new state, in its persisted JSON form. */
  readonly snapshot: AssessmentState;
  /** The event as parsed (defaults filled): store this one in the event log. */
  readonly event: AssessmentEvent;
  /** True when the assessment moved to another state; false when the event was recorded within it. */
  readonly changed: boolean;
}

/**
 * The state of an assessment before any event: waiting for CQC's notice.
 *
 * @example initialAssessmentState().stateId // 'awaiting-notice'
 */
export function initialAssessmentState(): AssessmentState {
  return { stateId: 'awaiting-notice', stage: 1, context: INITIAL_ASSESSMENT_CONTEXT, version: 0 };
}

const eventTypesByState = new Map<AssessmentStateId, readonly AssessmentEventType[]>();

/** Event types the machine state has a transition for, read from the machine itself. */
function eventTypesOf(machine: AssessmentMachine, stateId: AssessmentStateId): readonly AssessmentEventType[] {
  const known = eventTypesByState.get(stateId);
  if (known !== undefined) return known;
  const ownEvents: readonly string[] = machine.root.states[stateId]?.ownEvents ?? [];
  const types = ASSESSMENT_EVENT_TYPES.filter((type) => ownEvents.includes(type));
  eventTypesByState.set(stateId, types);
  return types;
}

function allowedEventTypes(machine: AssessmentMachine, stateId: AssessmentStateId, context: AssessmentContext): readonly AssessmentEventType[] {
  if (ASSESSMENT_STATES[stateId].final) return [];
  return eventTypesOf(machine, stateId).filter((type) => preconditionProblem(context, type) === undefined);
}

let structureMachine: AssessmentMachine | undefined;

/**
 * Which events each state has transitions for does not depend on the settings (only the guards
 * do), so any configuration's machine answers it.
 */
function machineForStructure(): AssessmentMachine {
  structureMachine ??= createAssessmentMachine(parseAssessmentConfig({ councilId: 'lifecycle-structure', councilName: 'Lifecycle structure' }));
  return structureMachine;
}

/**
 * The event types an assessment can take now, in lifecycle order: those its state has a
 * transition for and whose preconditions hold (the case list only after the site visit
 * notification, each checklist item once). The contents of an event can still be refused.
 * The answer does not depend on the settings; `config` is accepted so callers holding one can
 * reuse its machine.
 *
 * @example allowedEvents(initialAssessmentState()) // ['notice.received', 'assessment.withdrawn']
 */
export function allowedEvents(state: AssessmentState, config?: AssessmentConfig): readonly AssessmentEventType[] {
  const machine = config === undefined ? machineForStructure() : createAssessmentMachine(config);
  return allowedEventTypes(machine, state.stateId, state.context);
}

function refuse(
  state: AssessmentState,
  machine: AssessmentMachine,
  eventType: AssessmentEventType | undefined,
  found: EventProblem,
  problems: EventRefusedError['problems'] = [],
): never {
  const allowed = allowedEventTypes(machine, state.stateId, state.context);
  const opening = eventType === undefined ? M.eventInvalid : ASSESSMENT_EVENT_LABELS[eventType].cannotRecord;
  const alternatives =
    found.code === 'event-not-allowed' ? ` ${M.whatCanBeRecorded(allowed.map((type) => ASSESSMENT_EVENT_LABELS[type].label))}` : '';
  throw new EventRefusedError(`${opening}: ${found.reason}.${alternatives}`, {
    code: found.code,
    eventType,
    stateId: state.stateId,
    stage: state.stage,
    allowedEvents: allowed,
    problems,
  });
}

function eventTypeOf(input: unknown): AssessmentEventType | undefined {
  if (typeof input !== 'object' || input === null || !('type' in input)) return undefined;
  const type = input.type;
  return ASSESSMENT_EVENT_TYPES.find((known) => known === type);
}

function checkedState(state: AssessmentState): AssessmentState {
  if (!isAssessmentStateId(state.stateId)) {
    throw new AscAssureError('assessment-state-unreadable', M.unknownState(String(state.stateId)));
  }
  return state;
}

/**
 * The one way an assessment's lifecycle state changes: applies `event` to `state` (undefined for
 * a new assessment) with xstate's pure `transition`, and returns the new state in its persisted
 * form. Reads no clock and changes nothing it is given.
 *
 * An event the assessment cannot take is never ignored: it throws an {@link EventRefusedError}
 * with a stable `code` (`event-invalid`, `event-not-allowed`, `event-date-before-previous`,
 * `onsite-too-early`, ...), a message a council officer understands and the events allowed
 * instead. The caller keeps the state it had.
 *
 * @example
 * const config = parseAssessmentConfig({ councilId: 'gloucestershire', councilName: 'Gloucestershire County Council' });
 * const { snapshot } = applyEvent(undefined, { type: 'notice.received', date: '2024-03-18' }, config);
 * snapshot.stateId; // 'information-return'
 * applyEvent(snapshot, { type: 'onsite.finished', date: '2024-03-20' }, config); // throws EventRefusedError 'event-not-allowed'
 */
export function applyEvent(state: AssessmentState | undefined, event: unknown, config: AssessmentConfig): AppliedEvent {
  const machine = createAssessmentMachine(config);
  const current = state === undefined ? initialAssessmentState() : checkedState(state);
  const parsed = assessmentEventSchema.safeParse(event);
  const eventType = eventTypeOf(event);
  if (!parsed.success) {
    const problems = problemsFromZodError(parsed.error);
    refuse(current, machine, eventType, { code: 'event-invalid', reason: problems.map((found) => found.message).join('; ') }, problems);
  }
  const accepted = parsed.data;
  const info = ASSESSMENT_STATES[current.stateId];
  if (info.final) refuse(current, machine, accepted.type, { code: 'event-not-allowed', reason: M.finished(info.inSentence) });
  if (!eventTypesOf(machine, current.stateId).includes(accepted.type)) {
    const stage = assessmentStage(current.stage);
    refuse(current, machine, accepted.type, { code: 'event-not-allowed', reason: M.atStage(stage.stage, stage.inSentence, info.inSentence) });
  }
  const found = eventProblem(current.context, accepted, config);
  if (found !== undefined) refuse(current, machine, accepted.type, found);

  const snapshot = state === undefined ? initialTransition(machine)[0] : machine.resolveState({ value: current.stateId, context: current.context });
  if (!snapshot.can(accepted)) refuse(current, machine, accepted.type, { code: 'event-not-allowed', reason: M.notChanged });
  const [next] = transition(machine, snapshot, accepted);
  const stateId = next.value;
  if (!isAssessmentStateId(stateId) || (stateId === current.stateId && next.context === snapshot.context)) {
    refuse(current, machine, accepted.type, { code: 'event-not-allowed', reason: M.notChanged });
  }
  return {
    snapshot: { stateId, stage: stageOfState(stateId, next.context.withdrawnFrom), context: next.context, version: current.version + 1 },
    event: accepted,
    changed: stateId !== current.stateId,
  };
}

/**
 * The state a list of events leads to, applied in order from a new assessment. Throws the first
 * refusal, like {@link applyEvent}. Engines use it to rebuild a state from the event log and
 * tests to check that a stored state is what its history says.
 *
 * @example replay(history.map((recorded) => recorded.event), config)
 */
export function replay(events: readonly unknown[], config: AssessmentConfig): AssessmentState {
  let state = initialAssessmentState();
  for (const event of events) state = applyEvent(state, event, config).snapshot;
  return state;
}
