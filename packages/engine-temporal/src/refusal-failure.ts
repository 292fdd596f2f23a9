import { AscAssureError } from '@asc-assure/framework';
import { EventRefusedError, type EventRefusal } from '@asc-assure/lifecycle';
import { ApplicationFailure } from '@temporalio/common';
import { EVENT_REFUSED_FAILURE_TYPE } from './shared.js';

/**
 * A refusal crosses from the workflow to the client as a Temporal `ApplicationFailure`: the type
 * names the error class, the message is the lifecycle's own, and the details carry the rest, so
 * the client rebuilds the same `EventRefusedError` engine-local throws.
 */

/** What a failure's details carry for an `AscAssureError` that is not a refusal. */
interface AscAssureFailureDetails {
  readonly code: string;
}

/**
 * The failure a workflow throws for an error from the lifecycle. Non-retryable: the same event
 * on the same state is refused again.
 */
export function failureFromLifecycleError(error: unknown): ApplicationFailure {
  if (EventRefusedError.isInstance(error)) {
    const refusal: EventRefusal = {
      code: error.code,
      eventType: error.eventType,
      stateId: error.stateId,
      stage: error.stage,
      allowedEvents: error.allowedEvents,
      problems: error.problems,
    };
    return ApplicationFailure.create({ type: EVENT_REFUSED_FAILURE_TYPE, message: error.message, details: [refusal], nonRetryable: true });
  }
  if (AscAssureError.isInstance(error)) {
    const details: AscAssureFailureDetails = { code: error.code };
    return ApplicationFailure.create({ type: error.name, message: error.message, details: [details], nonRetryable: true });
  }
  const message = error instanceof Error ? error.message : String(error);
  return ApplicationFailure.create({ type: 'Error', message, nonRetryable: true });
}

/**
 * The lifecycle error a failure stands for, or undefined when it is not one: an
 * `EventRefusedError` with the same code, message, state and allowed events, or an
 * `AscAssureError` with the same code and message.
 */
export function lifecycleErrorFromFailure(failure: unknown): AscAssureError | undefined {
  if (!(failure instanceof ApplicationFailure)) return undefined;
  const [details] = failure.details ?? [];
  if (failure.type === EVENT_REFUSED_FAILURE_TYPE && isRefusal(details)) {
    return new EventRefusedError(failure.message, details);
  }
  if (typeof details === 'object' && details !== null && 'code' in details && typeof details.code === 'string') {
    return new AscAssureError(details.code, failure.message);
  }
  return undefined;
}

function isRefusal(details: unknown): details is EventRefusal {
  return (
    typeof details === 'object' &&
    details !== null &&
    'code' in details &&
    'stateId' in details &&
    'allowedEvents' in details &&
    Array.isArray(details.allowedEvents) &&
    'problems' in details &&
    Array.isArray(details.problems)
  );
}
