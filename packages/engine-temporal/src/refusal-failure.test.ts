import { AscAssureError } from '@asc-assure/framework';
import { applyEvent, ASSESSMENT_EVENT_TYPES, EventRefusedError, parseAssessmentConfig, replay } from '@asc-assure/lifecycle';
import { EXAMPLE_ASSESSMENT_CONFIG, EXAMPLE_ASSESSMENT_EVENTS } from '@asc-assure/lifecycle/testing';
import { ApplicationFailure, DefaultFailureConverter, defaultPayloadConverter } from '@temporalio/common';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failureFromLifecycleError, lifecycleErrorFromFailure } from './refusal-failure.js';

const config = parseAssessmentConfig(EXAMPLE_ASSESSMENT_CONFIG);
const converter = new DefaultFailureConverter();

/** Through Temporal's own failure encoding, as between a workflow and a client. */
function overTheWire(failure: ApplicationFailure): unknown {
  return converter.failureToError(converter.errorToFailure(failure, defaultPayloadConverter), defaultPayloadConverter);
}

function refusalOf(eventsBefore: number, event: unknown): unknown {
  const state = replay(EXAMPLE_ASSESSMENT_EVENTS.slice(0, eventsBefore), config);
  try {
    applyEvent(state, event, config);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('a refusal crossing from the workflow to the client', () => {
  it('any refused event arrives as the same EventRefusedError: code, message, state, allowed events, problems', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: EXAMPLE_ASSESSMENT_EVENTS.length - 1 }),
        fc.constantFrom(...ASSESSMENT_EVENT_TYPES),
        fc.constantFrom('2024-01-01', '2024-02-30', '2025-06-01', 'soon'),
        (eventsBefore, type, date) => {
          const refusal = refusalOf(eventsBefore, { type, date });
          fc.pre(EventRefusedError.isInstance(refusal));
          const arrived = lifecycleErrorFromFailure(overTheWire(failureFromLifecycleError(refusal)));
          expect(EventRefusedError.isInstance(arrived)).toBe(true);
          expect({ ...(arrived as EventRefusedError), message: (arrived as Error).message }).toEqual({ ...refusal, message: refusal.message });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a refusal is final: Temporal is told not to retry it', () => {
    const refusal = refusalOf(1, { type: 'report.published', date: '2024-03-20' });
    expect(failureFromLifecycleError(refusal).nonRetryable).toBe(true);
  });

  it("another asc-assure error keeps its code and message; a stranger's failure is left alone", () => {
    const arrived = lifecycleErrorFromFailure(overTheWire(failureFromLifecycleError(new AscAssureError('assessment-state-unreadable', 'The stored state is unreadable.'))));
    expect(AscAssureError.isInstance(arrived) && [arrived.code, arrived.message]).toEqual(['assessment-state-unreadable', 'The stored state is unreadable.']);
    expect(lifecycleErrorFromFailure(overTheWire(ApplicationFailure.create({ type: 'Timeout', message: 'slow' })))).toBeUndefined();
    expect(lifecycleErrorFromFailure(new Error('plain'))).toBeUndefined();
  });
});
