import type { ExitCode } from './exit-codes.js';

const marker = Symbol.for('asc-assure.cli-error');

/** What a {@link CliError} carries besides its message. */
export interface CliErrorDetails {
  /** What to do about it, in one sentence: shown after the message. */
  readonly hint?: string | undefined;
  /** Every problem found, one per line (row numbers, fields). */
  readonly problems?: readonly string[] | undefined;
  readonly cause?: unknown;
}

/**
 * An error the command line reports to a council officer and ends on: a plain-English message,
 * the problems behind it, a hint of what to do next, and the exit code scripts see.
 */
export class CliError extends Error {
  private readonly [marker] = true;
  override readonly name = 'CliError';
  readonly exitCode: ExitCode;
  readonly hint: string | undefined;
  readonly problems: readonly string[];

  constructor(exitCode: ExitCode, message: string, details: CliErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.exitCode = exitCode;
    this.hint = details.hint;
    this.problems = details.problems ?? [];
  }

  /** True for a CliError from any copy of this module. */
  static isInstance(error: unknown): error is CliError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
