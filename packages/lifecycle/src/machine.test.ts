import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { ASSESSMENT_STATE_IDS, ASSESSMENT_STATES } from './assessment-stages.js';
import { parseAssessmentConfig } from './assessment-config.js';
import { assessmentEventSchema, type AssessmentEventType } from './events.js';
import { createAssessmentMachine } from './machine.js';
import { EXAMPLE_ASSESSMENT_CONFIG, EXAMPLE_ASSESSMENT_EVENTS } from './testing/example-assessment.js';
import { allowedEvents, replay } from './transition.js';

const config = parseAssessmentConfig(EXAMPLE_ASSESSMENT_CONFIG);
const afterExample = (count: number) => replay(EXAMPLE_ASSESSMENT_EVENTS.slice(0, count), config);

describe('the lifecycle machine', () => {
  it.each<[string, number, string, readonly AssessmentEventType[]]>([
    ['before the notice', 0, 'awaiting-notice', ['notice.received', 'assessment.withdrawn']],
    ['after the notice', 1, 'information-return', ['data-review.checked', 'information-return.submitted', 'date.moved', 'assessment.withdrawn']],
    ['after the data review', 2, 'information-return', ['information-return.submitted', 'date.moved', 'assessment.withdrawn']],
    ['after the Information Return', 3, 'case-tracking', ['site-visit.notified', 'assessment.withdrawn']],
    ['after the site visit notification', 4, 'case-tracking', ['case-list.submitted', 'onsite.started', 'date.moved', 'assessment.withdrawn']],
    ['after the case list', 5, 'case-tracking', ['cases.selected', 'onsite.started', 'date.moved', 'assessment.withdrawn']],
    ['after the selection', 6, 'case-tracking', ['consent.recorded', 'onsite.started', 'date.moved', 'assessment.withdrawn']],
    ['on site', 14, 'onsite', ['consent.recorded', 'onsite.finished', 'date.moved', 'assessment.withdrawn']],
    ['after the visit', 15, 'awaiting-draft-report', ['draft-report.received', 'assessment.withdrawn']],
    ['with the draft report', 16, 'factual-accuracy', ['factual-accuracy.returned', 'report.published', 'date.moved', 'assessment.withdrawn']],
    ['after the factual accuracy return', 17, 'factual-accuracy', ['report.published', 'assessment.withdrawn']],
    ['after publication', 18, 'published', []],
  ])('%s (%i events) the assessment is %s and takes only the events that can happen next', (_when, count, stateId, expected) => {
    const state = afterExample(count);
    expect(state.stateId).toBe(stateId);
    expect(allowedEvents(state, config)).toEqual(expected);
  });

  it('the data review can be checked while the case tracking is under way, once', () => {
    const withoutReview = replay(
      EXAMPLE_ASSESSMENT_EVENTS.filter((event) => event.type !== 'data-review.checked').slice(0, 2),
      config,
    );
    expect(withoutReview.stateId).toBe('case-tracking');
    expect(allowedEvents(withoutReview, config)).toContain('data-review.checked');
  });

  it('every state carries its stage and label as meta', () => {
    const machine = createAssessmentMachine(config);
    for (const stateId of ASSESSMENT_STATE_IDS) {
      expect(machine.root.states[stateId]?.meta).toEqual(ASSESSMENT_STATES[stateId]);
    }
  });

  it("works with xstate's pure transition: nothing runs and the given snapshot is left alone", () => {
    const machine = createAssessmentMachine(config);
    const [start, startActions] = initialTransition(machine);
    const before = JSON.stringify(start.context);
    const [next, actions] = transition(machine, start, assessmentEventSchema.parse(EXAMPLE_ASSESSMENT_EVENTS[0]));
    expect(startActions).toEqual([]);
    expect(actions).toEqual([]);
    expect(next.value).toBe('information-return');
    expect(next.context.irRequestedOn).toBe('2024-03-18');
    expect(JSON.stringify(start.context)).toBe(before);
  });

  it("the machine's guard refuses what the rules refuse", () => {
    const machine = createAssessmentMachine(config);
    const [start] = initialTransition(machine);
    const [informationReturn] = transition(machine, start, assessmentEventSchema.parse(EXAMPLE_ASSESSMENT_EVENTS[0]));
    const backdated = assessmentEventSchema.parse({ type: 'data-review.checked', date: '2024-03-01' });
    expect(informationReturn.can(backdated)).toBe(false);
    expect(informationReturn.can({ ...backdated, date: '2024-03-19' })).toBe(true);
  });

  it('one machine is built per configuration', () => {
    expect(createAssessmentMachine(config)).toBe(createAssessmentMachine(config));
    expect(createAssessmentMachine(parseAssessmentConfig(EXAMPLE_ASSESSMENT_CONFIG))).not.toBe(createAssessmentMachine(config));
  });
});

describe('the events an assessment can take', () => {
  it('do not depend on the settings', () => {
    const custom = parseAssessmentConfig({ ...EXAMPLE_ASSESSMENT_CONFIG, caseTracking: { selected: 8, tracked: 5, reserves: 3 } });
    for (const count of [0, 3, 6, 16]) {
      const state = afterExample(count);
      expect(allowedEvents(state)).toEqual(allowedEvents(state, config));
      expect(allowedEvents(state, custom)).toEqual(allowedEvents(state, config));
    }
  });
});
