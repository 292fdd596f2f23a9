import { mkdir, realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import type { Transaction } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { acquireDataDirLock } from './data-dir-lock.js';
import type { DataDirLock } from './data-dir-lock.js';
import { storeMigrationProvider } from './migrations.js';
import { openPostgresPool } from './postgres-connection.js';
import type { Database } from './schema.js';
import { StoreMigrationError, StoreUnavailableError } from './store-errors.js';
import { pgliteParsers } from './type-parsers.js';

/** Which database engine a store runs on. Both speak the same SQL and share one schema. */
export type StoreDialect = 'pglite' | 'postgres';

/**
 * The embedded database (PGlite): PostgreSQL compiled to WebAssembly, running inside this
 * process. `dataDir` is a folder on disk; leave it out for an in-memory database (tests).
 * Only one process may open a folder at a time (see the README).
 */
export interface PgliteStoreOptions {
  readonly kind: 'pglite';
  readonly dataDir?: string | undefined;
  /** Bring the schema up to date on open (default true). */
  readonly migrate?: boolean | undefined;
}

/** A PostgreSQL server. `schema` keeps this store's tables in their own schema (created if missing). */
export interface PostgresStoreOptions {
  readonly kind: 'postgres';
  /** For example `postgres://user:password@127.0.0.1:5432/asc_assure`. */
  readonly connectionString: string;
  readonly schema?: string | undefined;
  /** Size of the connection pool (default 10). */
  readonly maxConnections?: number | undefined;
  /** Bring the schema up to date on open (default true). */
  readonly migrate?: boolean | undefined;
}

/** How to open a store. */
export type StoreOptions = PgliteStoreOptions | PostgresStoreOptions;

/**
 * What every repository function takes: the store itself, or a transaction of it. Passing a
 * transaction makes the call part of it.
 */
export interface StoreExecutor {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
}

/** A store inside one SQL transaction (see {@link Store.transaction}). */
export interface StoreTransaction extends StoreExecutor {
  readonly db: Transaction<Database>;
}

/** An open store. Close it when done. */
export interface Store extends StoreExecutor {
  /** Applies any migration not yet applied. Safe to call again; `openStore` calls it by default. */
  migrate(): Promise<void>;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * Inside, use only `tx`: on PGlite the store has a single connection, so a query through
   * the store itself waits for the transaction to end and never runs.
   */
  transaction<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  /** Closes the connections (and releases a PGlite folder's lock). Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Opens a store and (unless `migrate: false`) brings its schema up to date. Fails fast with a
 * {@link StoreUnavailableError} saying what to start or configure when the database cannot be
 * reached, and a `StoreLockedError` when a PGlite folder is open in another process.
 *
 * @example
 * const store = await openStore({ kind: 'pglite', dataDir: './asc-assure-data' });
 * const hub = await openStore({ kind: 'postgres', connectionString: env.DATABASE_URL });
 * await store.close();
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.kind === 'pglite' ? await openPgliteStore(options) : await openPostgresStore(options);
  if (options.migrate !== false) {
    try {
      await store.migrate();
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}

async function openPgliteStore(options: PgliteStoreOptions): Promise<Store> {
  if (options.dataDir === undefined) {
    const pglite = await PGlite.create({ parsers: pgliteParsers });
    return createStore(new Kysely<Database>({ dialect: new PGliteDialect(pglite) }), 'pglite', undefined, undefined);
  }
  await mkdir(resolve(options.dataDir), { recursive: true });
  const dataDir = await realpath(resolve(options.dataDir));
  const lock = await acquireDataDirLock(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ dataDir, parsers: pgliteParsers });
  } catch (error) {
    await lock.release();
    const detail = error instanceof Error ? error.message : String(error);
    throw new StoreUnavailableError(
      `Could not open the embedded database in ${dataDir}: ${detail}. If the folder was written by a different version of asc-assure or is damaged, restore it from a backup or choose an empty folder.`,
      { cause: error },
    );
  }
  return createStore(new Kysely<Database>({ dialect: new PGliteDialect(pglite) }), 'pglite', undefined, lock);
}

async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pool = await openPostgresPool(options);
  return createStore(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), 'postgres', options.schema, undefined);
}

function createStore(db: Kysely<Database>, dialect: StoreDialect, schema: string | undefined, lock: DataDirLock | undefined): Store {
  let closed = false;
  return {
    db,
    dialect,
    async migrate() {
      const migrator = new Migrator({
        db,
        provider: storeMigrationProvider,
        ...(schema === undefined ? {} : { migrationTableSchema: schema }),
      });
      const { error, results } = await migrator.migrateToLatest();
      if (error !== undefined) {
        const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'an unknown migration';
        const detail = error instanceof Error ? error.message : JSON.stringify(error);
        throw new StoreMigrationError(`Could not update the database schema (migration ${failed} failed: ${detail}).`, { cause: error });
      }
    },
    transaction<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T> {
      return db.transaction().execute((trx) => fn({ db: trx, dialect }));
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.destroy();
      } finally {
        await lock?.release();
      }
    },
  };
}

/**
 * Runs `fn` in a transaction: the caller's when `executor` already is one, a new one otherwise.
 * For repository functions that write several statements that must land together.
 */
export async function withinTransaction<T>(executor: StoreExecutor, fn: (tx: StoreTransaction) => Promise<T>): Promise<T> {
  if (executor.db.isTransaction) return fn(executor as StoreTransaction);
  return executor.db.transaction().execute((trx) => fn({ db: trx, dialect: executor.dialect }));
}
