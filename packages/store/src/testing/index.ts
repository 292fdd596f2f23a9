/**
 * Test helpers for packages built on the store: a fresh store of each kind (in-memory PGlite, a
 * PGlite folder read back from disk, a PostgreSQL schema with a random name), removed afterwards.
 * PostgreSQL stores need DATABASE_URL (set by the root `npm test`); without it they fail, never skip.
 */
export { MISSING_DATABASE_URL_MESSAGE, makeTemporaryFolder, openTestStore, randomSchemaName, testDatabaseUrl, uniqueId } from './test-stores.js';
export type { TestStore, TestStoreKind } from './test-stores.js';
