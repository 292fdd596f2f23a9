/** SQLSTATE codes the store reacts to (PostgreSQL and PGlite report the same ones). */
export const SQLSTATE = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  invalidPassword: '28P01',
  invalidAuthorization: '28000',
  unknownDatabase: '3D000',
} as const;

/** The `code` of a Node system error or a database error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('code' in error && typeof error.code === 'string') return error.code;
  // Node reports a failed connection to "localhost" (tried on ::1 and 127.0.0.1) as an AggregateError.
  if (error instanceof AggregateError) return error.errors.map(errorCode).find((code) => code !== undefined);
  return undefined;
}

/** True when the error is a unique or primary key violation. */
export function isUniqueViolation(error: unknown): boolean {
  return errorCode(error) === SQLSTATE.uniqueViolation;
}

/** True when the error is a foreign key violation. */
export function isForeignKeyViolation(error: unknown): boolean {
  return errorCode(error) === SQLSTATE.foreignKeyViolation;
}
