import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { access, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { InvalidInputError } from '@asc-assure/framework';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditLog } from './audit-log.js';
import { replaceAssessmentDeadlines, listAssessmentDeadlines } from './deadlines.js';
import { appendAssessmentEvent, listAssessmentEvents } from './events.js';
import { openStore } from './open-store.js';
import type { Store } from './open-store.js';
import { getAssessment } from './assessments.js';
import { DATA_DIR_LOCK_FILE } from './data-dir-lock.js';
import { StoreLockedError, StoreUnavailableError } from './store-errors.js';
import { seedAssessment } from './testing/fixtures.js';
import { makeTemporaryFolder, MISSING_DATABASE_URL_MESSAGE, randomSchemaName, testDatabaseUrl } from './testing/test-stores.js';

const run = promisify(execFile);

/** Closes the stores, drops the schemas and removes the folders a test made. */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function temporaryFolder(): Promise<string> {
  const folder = await makeTemporaryFolder();
  cleanups.push(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

async function postgresStore(schema = randomSchemaName(), migrate = true): Promise<Store> {
  const store = await openStore({ kind: 'postgres', connectionString: testDatabaseUrl(), schema, migrate });
  cleanups.push(async () => {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
    await store.close();
  });
  return store;
}

async function pgliteStore(dataDir?: string): Promise<Store> {
  const store = await openStore({ kind: 'pglite', dataDir });
  cleanups.push(() => store.close());
  return store;
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('opening a PGlite store', () => {
  it('a PGlite folder keeps everything after the store is closed and opened again', async () => {
    const dataDir = await temporaryFolder();
    const first = await openStore({ kind: 'pglite', dataDir });
    cleanups.push(() => first.close());
    const assessment = await seedAssessment(first);
    await first.transaction(async (tx) => {
      await appendAssessmentEvent(tx, { assessmentId: assessment.id, sequence: 1, type: 'notice.received', event: { on: '2025-03-03' } });
      await replaceAssessmentDeadlines(tx, assessment.id, [
        { deadlineId: 'information-return-due', dueDate: '2025-03-24', kind: 'information-return', status: 'open', title: 'Information Return due' },
      ]);
      await appendAudit(tx, { councilId: assessment.councilId, actor: 'user/1', action: 'assessment.created', subject: assessment.id, detail: {} });
    });
    await first.close();
    await expect(first.close()).resolves.toBeUndefined();

    const reopened = await pgliteStore(dataDir);
    expect(await getAssessment(reopened, assessment.id)).toEqual(assessment);
    expect((await listAssessmentEvents(reopened, assessment.id)).map((event) => event.type)).toEqual(['notice.received']);
    expect((await listAssessmentDeadlines(reopened, assessment.id))[0]?.dueDate).toBe('2025-03-24');
    expect(await verifyAuditLog(reopened)).toMatchObject({ ok: true, checked: 1 });
  });

  it('a PGlite folder in use is refused to a second opener, in this process or another, until it is closed', async () => {
    const dataDir = await temporaryFolder();
    const store = await openStore({ kind: 'pglite', dataDir, migrate: false });
    cleanups.push(() => store.close());
    await expect(openStore({ kind: 'pglite', dataDir })).rejects.toBeInstanceOf(StoreLockedError);
    const child = fileURLToPath(new URL('./testing/open-store-child.ts', import.meta.url));
    const packageFolder = fileURLToPath(new URL('..', import.meta.url));
    const { stdout } = await run(process.execPath, ['--import', 'tsx', child, dataDir], { cwd: packageFolder });
    expect(JSON.parse(stdout)).toMatchObject({ opened: false, code: 'store-locked', message: expect.stringContaining(`in use by process ${process.pid}`) });
    await store.close();
    await expect(access(join(dataDir, DATA_DIR_LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('opening a PostgreSQL store', () => {
  it('a server that is not running fails fast, saying what to start and what to set', async () => {
    const port = await closedPort();
    const error: unknown = await openStore({ kind: 'postgres', connectionString: `postgres://postgres:secret@127.0.0.1:${port}/postgres` }).catch(
      (caught: unknown) => caught,
    );
    expect(StoreUnavailableError.isInstance(error)).toBe(true);
    expect((error as StoreUnavailableError).code).toBe('store-unavailable');
    expect((error as StoreUnavailableError).message).toMatch(
      new RegExp(`^Could not connect to PostgreSQL at 127\\.0\\.0\\.1:${port} \\(connection refused\\)\\. Is the server running\\? Set DATABASE_URL`),
    );
    expect((error as StoreUnavailableError).message).not.toContain('secret');
  });

  it('a database that does not exist is named, with how to create it', async () => {
    const url = new URL(testDatabaseUrl());
    const missing = randomSchemaName('missing_database');
    url.pathname = `/${missing}`;
    await expect(openStore({ kind: 'postgres', connectionString: url.toString() })).rejects.toThrow(`has no database "${missing}". Create it (createdb ${missing})`);
  });

  it('without DATABASE_URL the PostgreSQL tests fail and say to run npm test from the root', () => {
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      expect(() => testDatabaseUrl()).toThrow(MISSING_DATABASE_URL_MESSAGE);
      expect(MISSING_DATABASE_URL_MESSAGE).toContain('`npm test` from the repository root');
    } finally {
      if (saved !== undefined) process.env.DATABASE_URL = saved;
    }
  });

  it("stores in different schemas of one database never see each other's rows", async () => {
    const first = await postgresStore();
    const second = await postgresStore();
    const assessment = await seedAssessment(first);
    expect(await getAssessment(second, assessment.id)).toBeUndefined();
    expect(await getAssessment(first, assessment.id)).toEqual(assessment);
  });

  it('a store opened with migrate: false has no tables until it is migrated; migrating again changes nothing', async () => {
    const schema = randomSchemaName();
    const store = await postgresStore(schema, false);
    const tables = async () =>
      (await sql<{ count: number }>`select count(*)::int as count from information_schema.tables where table_schema = ${schema}`.execute(store.db)).rows[0]?.count;
    expect(await tables()).toBe(0);
    await store.migrate();
    const afterFirst = await tables();
    expect(afterFirst).toBeGreaterThanOrEqual(14);
    await store.migrate();
    expect(await tables()).toBe(afterFirst);
  });

  it('a schema name that could inject SQL is refused', async () => {
    await expect(openStore({ kind: 'postgres', connectionString: testDatabaseUrl(), schema: 'x"; drop schema public; --' })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });
});

describe('both dialects', () => {
  it('dates and timestamps read back as the same strings from PGlite and PostgreSQL, whatever the session time zone', async () => {
    const read = (store: Store) =>
      store.transaction(async (tx) => {
        await sql`set local timezone = 'Pacific/Auckland'`.execute(tx.db);
        const result = await sql<{ day: unknown; instant: unknown; leap: unknown }>`
          select '2025-03-30'::date as day, '2025-03-30T01:30:00.123+01:00'::timestamptz as instant, '2024-02-29'::date as leap`.execute(tx.db);
        return result.rows[0];
      });
    const deadline = { deadlineId: 'factual-accuracy', dueDate: '2025-12-31', kind: 'factual-accuracy', status: 'open', title: 'Factual accuracy comments due' };
    const readDeadline = async (store: Store) => {
      const assessment = await seedAssessment(store);
      await replaceAssessmentDeadlines(store, assessment.id, [deadline]);
      const [stored] = await listAssessmentDeadlines(store, assessment.id);
      return { ...stored, assessmentId: undefined };
    };
    const pglite = await pgliteStore();
    const postgres = await postgresStore();
    expect(await read(pglite)).toEqual({ day: '2025-03-30', instant: '2025-03-30T00:30:00.123Z', leap: '2024-02-29' });
    expect(await read(postgres)).toEqual(await read(pglite));
    expect(await readDeadline(pglite)).toEqual({ ...deadline, assessmentId: undefined });
    expect(await readDeadline(postgres)).toEqual(await readDeadline(pglite));
  });
});
