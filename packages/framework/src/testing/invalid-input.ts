import { InvalidInputError } from '../errors.js';

/**
 * Runs `action` and returns the {@link InvalidInputError} it throws, so a test can look at its
 * `problems`. Throws if the action succeeds, and rethrows any other error, so a test built on it
 * fails when the input is not refused.
 *
 * @example
 * const error = invalidInputThrownBy(() => rateLocalAuthority({ 'assessing-needs': 5 }));
 * error.problems[0]?.code; // 'score-not-allowed'
 */
export function invalidInputThrownBy(action: () => unknown): InvalidInputError {
  try {
    action();
  } catch (error) {
    if (InvalidInputError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected the input to be refused with an InvalidInputError, but it was accepted');
}
