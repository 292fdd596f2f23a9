import { AscAssureError } from '@asc-assure/framework';
import { isForeignKeyViolation, isUniqueViolation } from './error-codes.js';

/**
 * Someone else changed the record first: the version (or event sequence) the caller expected has
 * moved. Nothing was written; reload and try again.
 */
export class ConcurrentUpdateError extends AscAssureError {
  override readonly name = 'ConcurrentUpdateError';

  constructor(message: string, options?: { cause?: unknown }) {
    super('concurrent-update', message, options);
  }

  static override isInstance(error: unknown): error is ConcurrentUpdateError {
    return AscAssureError.isInstance(error) && error.code === 'concurrent-update';
  }
}

/** The database cannot be reached or opened. The message says what to start or configure. */
export class StoreUnavailableError extends AscAssureError {
  override readonly name = 'StoreUnavailableError';

  constructor(message: string, options?: { cause?: unknown }) {
    super('store-unavailable', message, options);
  }

  static override isInstance(error: unknown): error is StoreUnavailableError {
    return AscAssureError.isInstance(error) && error.code === 'store-unavailable';
  }
}

/** A PGlite data folder is already open in another process (or earlier in this one). */
export class StoreLockedError extends AscAssureError {
  override readonly name = 'StoreLockedError';

  constructor(message: string) {
    super('store-locked', message);
  }

  static override isInstance(error: unknown): error is StoreLockedError {
    return AscAssureError.isInstance(error) && error.code === 'store-locked';
  }
}

/** The record asked for (or referred to) is not in the store. */
export class RecordNotFoundError extends AscAssureError {
  override readonly name = 'RecordNotFoundError';

  constructor(message: string) {
    super('not-found', message);
  }

  static override isInstance(error: unknown): error is RecordNotFoundError {
    return AscAssureError.isInstance(error) && error.code === 'not-found';
  }
}

/** The store's schema could not be brought up to date; nothing after the failed step ran. */
export class StoreMigrationError extends AscAssureError {
  override readonly name = 'StoreMigrationError';

  constructor(message: string, options?: { cause?: unknown }) {
    super('store-migration-failed', message, options);
  }

  static override isInstance(error: unknown): error is StoreMigrationError {
    return AscAssureError.isInstance(error) && error.code === 'store-migration-failed';
  }
}

/** A record with that id (or key) is already in the store. */
export class RecordExistsError extends AscAssureError {
  override readonly name = 'RecordExistsError';

  constructor(message: string, options?: { cause?: unknown }) {
    super('already-exists', message, options);
  }

  static override isInstance(error: unknown): error is RecordExistsError {
    return AscAssureError.isInstance(error) && error.code === 'already-exists';
  }
}

/**
 * The error to throw for a failed write: a foreign key violation becomes a
 * {@link RecordNotFoundError} saying what is missing, a unique violation a
 * {@link RecordExistsError}; anything else is returned unchanged.
 */
export function storeWriteError(error: unknown, messages: { readonly missingReference?: string; readonly exists?: string }): unknown {
  if (messages.missingReference !== undefined && isForeignKeyViolation(error)) return new RecordNotFoundError(messages.missingReference);
  if (messages.exists !== undefined && isUniqueViolation(error)) return new RecordExistsError(messages.exists, { cause: error });
  return error;
}
