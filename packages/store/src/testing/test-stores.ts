import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openStore } from '../open-store.js';
import type { Store } from '../open-store.js';

/** The kinds of store every repository test runs against. */
export type TestStoreKind = 'pglite-memory' | 'pglite-data-dir' | 'postgres';

/** A store opened for one test file, and how to remove every trace of it. */
export interface TestStore {
  readonly store: Store;
  cleanup(): Promise<void>;
}

/** Shown when the PostgreSQL tests run without a server: they fail, they are never skipped. */
export const MISSING_DATABASE_URL_MESSAGE =
  'DATABASE_URL is not set, so the PostgreSQL tests cannot run. Run `npm test` from the repository root: it starts a throwaway PostgreSQL server and sets DATABASE_URL.';

/** The PostgreSQL server the tests use; throws {@link MISSING_DATABASE_URL_MESSAGE} without one. */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (url === undefined || url === '') throw new Error(MISSING_DATABASE_URL_MESSAGE);
  return url;
}

/** A name no other test run will pick: `prefix_` and 16 hex digits. */
export function randomSchemaName(prefix = 'store_test'): string {
  return `${prefix}_${randomBytes(8).toString('hex')}`;
}

/** An id unique to this test, readable in failure messages. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}

/** A fresh temporary folder. */
export function makeTemporaryFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'asc-assure-store-'));
}

/**
 * Opens a fresh store of the given kind: an in-memory PGlite; a PGlite folder opened, closed and
 * reopened (so everything after runs on a database read back from disk); or a PostgreSQL schema
 * with a random name, dropped again by `cleanup`.
 */
export async function openTestStore(kind: TestStoreKind): Promise<TestStore> {
  switch (kind) {
    case 'pglite-memory': {
      const store = await openStore({ kind: 'pglite' });
      return { store, cleanup: () => store.close() };
    }
    case 'pglite-data-dir': {
      const dataDir = await makeTemporaryFolder();
      const first = await openStore({ kind: 'pglite', dataDir });
      await first.close();
      const store = await openStore({ kind: 'pglite', dataDir });
      return {
        store,
        cleanup: async () => {
          await store.close();
          await rm(dataDir, { recursive: true, force: true });
        },
      };
    }
    case 'postgres': {
      const schema = randomSchemaName();
      const store = await openStore({ kind: 'postgres', connectionString: testDatabaseUrl(), schema });
      return {
        store,
        cleanup: async () => {
          try {
            await sql`drop schema ${sql.id(schema)} cascade`.execute(store.db);
          } finally {
            await store.close();
          }
        },
      };
    }
  }
}
