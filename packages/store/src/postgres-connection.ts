import pg from 'pg';
import { InvalidInputError } from '@asc-assure/framework';
import { errorCode, SQLSTATE } from './error-codes.js';
import { StoreUnavailableError } from './store-errors.js';
import { postgresTypeParsers } from './type-parsers.js';

/** How long to wait for PostgreSQL to accept a connection before saying it cannot be reached. */
export const POSTGRES_CONNECT_TIMEOUT_MILLISECONDS = 10_000;

const SCHEMA_NAME_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

/** Options for a pool of connections to one PostgreSQL database (and schema). */
export interface PostgresPoolOptions {
  readonly connectionString: string;
  readonly schema?: string | undefined;
  readonly maxConnections?: number | undefined;
}

/**
 * Opens a pool and proves the server answers, creating the schema when one is named. Throws
 * {@link StoreUnavailableError} saying what to start or configure; the pool is closed first.
 */
export async function openPostgresPool(options: PostgresPoolOptions): Promise<pg.Pool> {
  const schema = options.schema;
  if (schema !== undefined && !SCHEMA_NAME_PATTERN.test(schema)) {
    throw new InvalidInputError('The PostgreSQL schema name cannot be used', [
      {
        code: 'invalid-schema-name',
        path: ['schema'],
        message: `"${schema}" is not a valid schema name: use lower-case letters, digits and underscores, starting with a letter or underscore (at most 63 characters)`,
      },
    ]);
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MILLISECONDS,
    types: postgresTypeParsers,
    // Every connection of this store resolves unqualified table names in its own schema, so the
    // migrations and every query run unchanged whether or not a schema is named.
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle connection that drops (a server restart) is discarded by the pool and the next query
  // reports the failure to its caller; without a listener Node would end the whole process.
  pool.on('error', () => undefined);
  try {
    if (schema !== undefined) await pool.query(`create schema if not exists ${schema}`);
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreUnavailableError(describeConnectionFailure(options.connectionString, error), { cause: error });
  }
  return pool;
}

/** Where a connection string points, without its password, for messages. */
export function describePostgresTarget(connectionString: string): { readonly address: string; readonly database: string } {
  try {
    const url = new URL(connectionString);
    const host = url.hostname === '' ? 'localhost' : url.hostname;
    const port = url.port === '' ? '5432' : url.port;
    const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || decodeURIComponent(url.username) || 'postgres';
    return { address: `${host}:${port}`, database };
  } catch {
    return { address: 'the server in the connection string', database: 'the database in the connection string' };
  }
}

/** A plain-English account of why a connection failed and what to do about it. */
export function describeConnectionFailure(connectionString: string, error: unknown): string {
  const { address, database } = describePostgresTarget(connectionString);
  const configure = 'Set DATABASE_URL (the connection string given to the store) to a PostgreSQL server you can reach, or use the embedded store (PGlite) instead.';
  const detail = error instanceof Error ? error.message : String(error);
  switch (errorCode(error)) {
    case 'ECONNREFUSED':
      return `Could not connect to PostgreSQL at ${address} (connection refused). Is the server running? ${configure}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Could not connect to PostgreSQL at ${address} (the host name was not found). Check the host in the connection string. ${configure}`;
    case 'ETIMEDOUT':
      return `Could not connect to PostgreSQL at ${address} (timed out). Is the server running, and does a firewall allow the connection? ${configure}`;
    case SQLSTATE.invalidPassword:
    case SQLSTATE.invalidAuthorization:
      return `PostgreSQL at ${address} refused the user or password (${detail}). Check the user and password in DATABASE_URL.`;
    case SQLSTATE.unknownDatabase:
      return `PostgreSQL at ${address} has no database "${database}". Create it (createdb ${database}) or correct the database name in DATABASE_URL.`;
    default:
      if (/timeout/i.test(detail)) {
        return `Could not connect to PostgreSQL at ${address} (no answer within ${POSTGRES_CONNECT_TIMEOUT_MILLISECONDS / 1000} seconds). Is the server running? ${configure}`;
      }
      return `Could not use PostgreSQL at ${address}: ${detail}. ${configure}`;
  }
}
