/**
 * Errors the framework raises. Each has a stable `code` that programs switch on and a `message`
 * a council officer can read. `isInstance` works across copies of the package (a `Symbol.for`
 * marker), as in the Vercel AI SDK's error classes.
 */
const marker = Symbol.for('asc-assure.error');

/** One problem found in an input, with where it is. */
export interface InputProblem {
  /** Stable machine-readable code, e.g. `score-out-of-range`. */
  readonly code: string;
  /** Where in the input: a key, a field, a row number. */
  readonly path: readonly (string | number)[];
  /** Plain English, for a council officer. */
  readonly message: string;
}

/** Base class of every asc-assure error. */
export class AscAssureError extends Error {
  private readonly [marker] = true;
  override readonly name: string = 'AscAssureError';
  readonly code: string;

  /** `code` is stable for programs to switch on; `message` is plain English for a council officer. */
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /**
   * Whether `error` is an asc-assure error, even one thrown by another copy of the package
   * (where `instanceof` would say no).
   */
  static isInstance(error: unknown): error is AscAssureError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}

/** Input that cannot be used: every problem is listed, nothing is computed or written. */
export class InvalidInputError extends AscAssureError {
  override readonly name = 'InvalidInputError';
  readonly problems: readonly InputProblem[];

  /** The message is the summary followed by every problem's message. */
  constructor(summary: string, problems: readonly InputProblem[]) {
    super('invalid-input', problems.length > 0 ? `${summary}: ${problems.map((p) => p.message).join('; ')}` : summary);
    this.problems = problems;
  }

  /**
   * Whether `error` is an {@link InvalidInputError}, from any copy of the package.
   *
   * @example
   * try { rateLocalAuthority(scores); } catch (error) {
   *   if (InvalidInputError.isInstance(error)) showProblems(error.problems);
   * }
   */
  static override isInstance(error: unknown): error is InvalidInputError {
    return AscAssureError.isInstance(error) && error.code === 'invalid-input';
  }
}
