import { AscAssureError, addCalendarDays } from '@asc-assure/framework';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAssessmentConfig } from './assessment-config.js';
import type { AssessmentState } from './assessment-state.js';
import type { EventRefusalCode } from './event-checks.js';
import { ASSESSMENT_EVENT_TYPES, MOVABLE_DATE_IDS, type AssessmentEventInput } from './events.js';
import { EventRefusedError } from './lifecycle-errors.js';
import { EXAMPLE_ASSESSMENT_CONFIG, EXAMPLE_ASSESSMENT_EVENTS, EXAMPLE_RESERVE_IDS, EXAMPLE_TRACKED_IDS } from './testing/example-assessment.js';
import { allowedEvents, applyEvent, initialAssessmentState, replay } from './transition.js';

const config = parseAssessmentConfig(EXAMPLE_ASSESSMENT_CONFIG);
const afterExample = (count: number) => replay(EXAMPLE_ASSESSMENT_EVENTS.slice(0, count), config);
const published = EXAMPLE_ASSESSMENT_EVENTS[17];

function refusalOf(state: AssessmentState | undefined, event: unknown): EventRefusedError {
  try {
    applyEvent(state, event, config);
  } catch (error) {
    if (EventRefusedError.isInstance(error)) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(event)} was accepted`);
}

function deepFreeze<Value>(value: Value): Value {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('applying an event', () => {
  it.each<[string, number, AssessmentEventInput, EventRefusalCode, string]>([
    [
      'the Information Return once case tracking has begun',
      3,
      { type: 'information-return.submitted', date: '2024-04-23' },
      'event-not-allowed',
      "The Information Return can't be recorded as submitted: the assessment is at stage 4 (case tracking), preparing for the onsite visit. What can be recorded now: Site visit notified; Assessment withdrawn.",
    ],
    ['the data review a second time', 2, { type: 'data-review.checked', date: '2024-03-25' }, 'event-already-recorded', 'it was already recorded on Friday 22 March 2024'],
    ['an event dated before the last one', 1, { type: 'data-review.checked', date: '2024-03-15' }, 'event-date-before-previous', 'before the last event recorded (Monday 18 March 2024)'],
    ['an Information Return request before the notice', 0, { type: 'notice.received', date: '2024-03-18', irRequestedOn: '2024-03-11' }, 'dates-inconsistent', 'cannot come before the notice'],
    [
      'a site visit starting earlier than 6 weeks after its notification',
      3,
      { type: 'site-visit.notified', date: '2024-04-22', onsiteStartsOn: '2024-05-20', onsiteEndsOn: '2024-05-22' },
      'onsite-too-early',
      'earlier than Monday 3 June 2024',
    ],
    [
      'a site visit starting before it was notified, even confirmed by CQC',
      3,
      { type: 'site-visit.notified', date: '2024-04-22', onsiteStartsOn: '2024-04-19', onsiteEndsOn: '2024-04-19', cqcConfirmed: true },
      'dates-inconsistent',
      'cannot start before it was notified',
    ],
    ['the site visit notification twice', 4, { ...EXAMPLE_ASSESSMENT_EVENTS[3], date: '2024-04-23' }, 'event-already-recorded', 'record that CQC moved it'],
    ['the case list before the site visit notification', 3, { type: 'case-list.submitted', date: '2024-04-23', count: 50 }, 'event-not-allowed', 'record the site visit notification first'],
    ['a case list too short to select from', 4, { type: 'case-list.submitted', date: '2024-04-23', count: 9 }, 'case-list-too-short', 'too short for CQC to select 10 people'],
    ['a selection before the case list', 4, { ...EXAMPLE_ASSESSMENT_EVENTS[5] }, 'event-not-allowed', 'record the case list as submitted first'],
    [
      'a selection of the wrong size',
      5,
      { type: 'cases.selected', date: '2024-05-10', trackedIds: [...EXAMPLE_TRACKED_IDS].slice(0, 5), reserveIds: [...EXAMPLE_RESERVE_IDS] },
      'case-selection-mismatch',
      'the selection has 5 to track and 4 in reserve',
    ],
    ['consent of someone not selected', 6, { type: 'consent.recorded', date: '2024-05-14', pseudonymisedId: 'CT06-0099', consent: 'given' }, 'case-not-selected', 'CT06-0099'],
    ['the same consent twice', 7, { ...EXAMPLE_ASSESSMENT_EVENTS[6], date: '2024-05-15' }, 'event-already-recorded', 'already recorded as given'],
    ['an onsite visit earlier than the notice period allows', 6, { type: 'onsite.started', date: '2024-05-30' }, 'onsite-too-early', 'Thursday 30 May 2024'],
    ['a rating the scores do not give', 17, { ...published, rating: 'outstanding' }, 'published-rating-mismatch', 'the nine scores give (good)'],
    ['a move of a date already passed', 4, { type: 'date.moved', date: '2024-04-23', which: 'information-return-due', to: '2024-04-30', reason: 'x' }, 'date-not-movable', 'the Information Return was submitted on Friday 5 April 2024'],
    ['a move to the same date', 4, { type: 'date.moved', date: '2024-04-23', which: 'case-list-due', to: '2024-05-07', reason: 'x' }, 'date-unchanged', 'is already Tuesday 7 May 2024'],
    ['a due date before the date it counts from', 4, { type: 'date.moved', date: '2024-04-23', which: 'case-list-due', to: '2024-04-19', reason: 'x' }, 'dates-inconsistent', 'before the site visit notification'],
    ['a visit brought forward without CQC confirming it', 4, { type: 'date.moved', date: '2024-04-23', which: 'onsite-starts-on', to: '2024-05-28', reason: 'x' }, 'onsite-too-early', 'earlier than Monday 3 June 2024'],
    ['a notification moved so late the visit comes too soon', 4, { type: 'date.moved', date: '2024-04-23', which: 'site-visit-notified-on', to: '2024-05-06', reason: 'x' }, 'onsite-too-early', 'Tuesday 11 June 2024'],
    ['a date move when no date is open to change', 3, { type: 'date.moved', date: '2024-04-23', which: 'case-list-due', to: '2024-05-10', reason: 'x' }, 'date-not-movable', 'no date CQC set is open to change'],
    ['anything after publication', 18, { type: 'assessment.withdrawn', date: '2024-12-01', reason: 'x' }, 'event-not-allowed', 'the assessment is finished (report published)'],
    ['an event with a date that does not exist', 1, { type: 'data-review.checked', date: '2024-02-30' }, 'event-invalid', 'date: is not a real calendar date'],
  ])('refuses %s', (_what, count, event, code, fragment) => {
    const state = deepFreeze(afterExample(count));
    const before = JSON.stringify(state);
    const error = refusalOf(state, event);
    expect(error.code).toBe(code);
    expect(error.message).toContain(fragment);
    expect(error.stateId).toBe(state.stateId);
    expect(error.allowedEvents).toEqual(allowedEvents(state, config));
    expect(JSON.stringify(state)).toBe(before);
  });

  it('accepts an early onsite visit that CQC confirmed, and its start on the confirmed day', () => {
    const notified = applyEvent(
      afterExample(3),
      { type: 'site-visit.notified', date: '2024-04-22', onsiteStartsOn: '2024-05-20', onsiteEndsOn: '2024-05-22', cqcConfirmed: true },
      config,
    ).snapshot;
    expect(notified.context.earlyOnsiteConfirmedByCqc).toBe(true);
    expect(applyEvent(notified, { type: 'onsite.started', date: '2024-05-20' }, config).snapshot.stateId).toBe('onsite');
    expect(refusalOf(notified, { type: 'onsite.started', date: '2024-05-17' }).code).toBe('onsite-too-early');
  });

  it('lists every problem of a malformed event', () => {
    const error = refusalOf(afterExample(3), { type: 'site-visit.notified', date: '2024-04-22', onsiteStartsOn: 'soon' });
    expect(error.code).toBe('event-invalid');
    expect(error.eventType).toBe('site-visit.notified');
    expect(error.problems.map((problem) => problem.path.join('.'))).toEqual(expect.arrayContaining(['onsiteStartsOn', 'onsiteEndsOn']));
  });

  it('an event without a known type is refused as invalid', () => {
    const error = refusalOf(undefined, { type: 'inspection.booked', date: '2024-03-18' });
    expect([error.code, error.eventType, error.stateId]).toEqual(['event-invalid', undefined, 'awaiting-notice']);
    expect(error.message).toMatch(/^The event cannot be used: type: must be one of the lifecycle events/);
  });

  it('refusals are asc-assure errors with a stable name', () => {
    const error = refusalOf(undefined, { type: 'onsite.started', date: '2024-03-18' });
    expect(error).toBeInstanceOf(AscAssureError);
    expect(AscAssureError.isInstance(error)).toBe(true);
    expect(error.name).toBe('EventRefusedError');
    expect(EventRefusedError.isInstance(new Error('other'))).toBe(false);
  });

  it('counts events in the version and says when the state moved', () => {
    const first = applyEvent(undefined, EXAMPLE_ASSESSMENT_EVENTS[0], config);
    expect([first.snapshot.version, first.snapshot.stage, first.changed]).toEqual([1, 3, true]);
    const second = applyEvent(first.snapshot, EXAMPLE_ASSESSMENT_EVENTS[1], config);
    expect([second.snapshot.version, second.snapshot.stateId, second.changed]).toEqual([2, 'information-return', false]);
    expect(second.event).toEqual(EXAMPLE_ASSESSMENT_EVENTS[1]);
  });

  it('a state written as JSON and read back carries on exactly as the original', () => {
    const state = afterExample(9);
    const stored = JSON.parse(JSON.stringify(state)) as AssessmentState;
    expect(stored).toEqual(state);
    const next = EXAMPLE_ASSESSMENT_EVENTS[9];
    expect(applyEvent(stored, next, config)).toEqual(applyEvent(state, next, config));
  });

  it('a withdrawn assessment remembers the stage it stopped at', () => {
    const withdrawn = applyEvent(afterExample(5), { type: 'assessment.withdrawn', date: '2024-05-06', reason: 'CQC paused assessments' }, config).snapshot;
    expect([withdrawn.stateId, withdrawn.stage, withdrawn.context.withdrawnFrom]).toEqual(['withdrawn', 4, 'case-tracking']);
    expect(allowedEvents(withdrawn, config)).toEqual([]);
  });

  it('a stored state naming an unknown state is not trusted', () => {
    const state = { ...initialAssessmentState(), stateId: 'inspection' } as unknown as AssessmentState;
    expect(() => applyEvent(state, EXAMPLE_ASSESSMENT_EVENTS[0], config)).toThrow(/a stage this version does not know \('inspection'\)/);
  });

  it('replaying no events gives a new assessment', () => {
    expect(replay([], config)).toEqual(initialAssessmentState());
  });
});

/** A step of a random history: a date offset and choices that shape the event's contents. */
const stepArbitrary = fc.record({
  type: fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...ASSESSMENT_EVENT_TYPES) }, { weight: 4, arbitrary: fc.constant('next-allowed' as const) }),
  gap: fc.oneof({ weight: 1, arbitrary: fc.integer({ min: -3, max: -1 }) }, { weight: 6, arbitrary: fc.integer({ min: 0, max: 25 }) }),
  pick: fc.nat(60),
  flag: fc.boolean(),
});

type Step = typeof stepArbitrary extends fc.Arbitrary<infer Value> ? Value : never;

/** Builds an event from a step; `next-allowed` picks among the events the state allows. */
function eventFor(step: Step, date: string, state: AssessmentState): AssessmentEventInput | { type: string; date: string } {
  const allowed = allowedEvents(state, config);
  const type = step.type === 'next-allowed' ? (allowed[step.pick % Math.max(allowed.length, 1)] ?? 'notice.received') : step.type;
  const selected = [...EXAMPLE_TRACKED_IDS, ...EXAMPLE_RESERVE_IDS];
  switch (type) {
    case 'site-visit.notified':
      return { type, date, onsiteStartsOn: addCalendarDays(date, 20 + step.pick), onsiteEndsOn: addCalendarDays(date, 22 + step.pick), cqcConfirmed: step.flag };
    case 'case-list.submitted':
      return { type, date, count: step.flag ? 50 : step.pick };
    case 'cases.selected':
      return { type, date, trackedIds: [...EXAMPLE_TRACKED_IDS].slice(step.flag ? 0 : 1), reserveIds: [...EXAMPLE_RESERVE_IDS] };
    case 'consent.recorded':
      return { type, date, pseudonymisedId: selected[step.pick % selected.length] ?? 'X', consent: step.flag ? 'given' : 'refused' };
    case 'onsite.started':
      return { type, date, cqcConfirmed: step.flag && step.pick % 3 === 0 };
    case 'report.published':
      return { ...published, date, rating: step.flag ? 'good' : 'inadequate' };
    case 'date.moved':
      return { type, date, which: MOVABLE_DATE_IDS[step.pick % MOVABLE_DATE_IDS.length] ?? 'case-list-due', to: addCalendarDays(date, step.pick - 10), reason: 'CQC moved it', cqcConfirmed: step.flag };
    case 'assessment.withdrawn':
      return step.flag && step.pick % 4 === 0 ? { type, date, reason: 'CQC withdrew' } : { type: 'unknown.event', date };
    default:
      return { type, date };
  }
}

describe('any history of events', () => {
  it('is either refused with nothing changed or leads to a state its replay reproduces', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { minLength: 10, maxLength: 60, size: 'max' }), (steps) => {
        let state = initialAssessmentState();
        const accepted: unknown[] = [];
        let date = '2024-03-18';
        for (const step of steps) {
          date = addCalendarDays(date, step.gap);
          const event = eventFor(step, date, state);
          const before = JSON.stringify(state);
          try {
            const applied = applyEvent(state, event, config);
            expect(applied.snapshot.version).toBe(state.version + 1);
            state = applied.snapshot;
            accepted.push(applied.event);
          } catch (error) {
            if (!EventRefusedError.isInstance(error)) throw error;
            expect(JSON.stringify(state)).toBe(before);
          }
        }
        expect(replay(accepted, config)).toEqual(state);
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      }),
      { numRuns: 100 },
    );
  });
});
