// Shared by the worker's process tests: the servers the root `npm test` starts, the built
// worker as a child process, a webhook receiver that records every delivery, and the
// notifications an uninterrupted in-memory run of the same walk delivers.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { AssessmentEventInput, AssessmentNotification } from '@asc-assure/lifecycle';
import { createInMemoryEngine } from '@asc-assure/lifecycle/testing';
import { openStore, type Store } from '@asc-assure/store';
import { randomSchemaName, testDatabaseUrl } from '@asc-assure/store/testing';
import { sql } from 'kysely';

/** Shown when the tests run without a Temporal server: they fail, they are never skipped. */
export const MISSING_TEMPORAL_ADDRESS_MESSAGE =
  'TEMPORAL_ADDRESS is not set, so the hub worker tests cannot run. Run `npm test` from the repository root: it starts a Temporal dev server and PostgreSQL and sets TEMPORAL_ADDRESS and DATABASE_URL.';

export function temporalTestAddress(): string {
  const address = process.env.TEMPORAL_ADDRESS;
  if (address === undefined || address === '') throw new Error(MISSING_TEMPORAL_ADDRESS_MESSAGE);
  return address;
}

export { testDatabaseUrl };

/** The built worker: `npm run build` first (the root test command builds every package). */
export const WORKER_BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** A fresh PostgreSQL schema for one test file, dropped again by `drop`. */
export async function openHubSchema(): Promise<{ readonly schema: string; readonly store: Store; drop(): Promise<void> }> {
  const schema = randomSchemaName('worker_test');
  const store = await openStore({ kind: 'postgres', connectionString: testDatabaseUrl(), schema });
  return {
    schema,
    store,
    async drop() {
      try {
        await sql`drop schema ${sql.id(schema)} cascade`.execute(store.db);
      } finally {
        await store.close();
      }
    },
  };
}

/** An HTTP server on 127.0.0.1 that records each webhook delivery's notification key, duplicates included. */
export async function startWebhookRecorder(): Promise<{ readonly url: string; readonly keys: string[]; close(): Promise<void> }> {
  const keys: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const payload = JSON.parse(body) as { notification: AssessmentNotification };
      keys.push(payload.notification.key);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/notifications`, keys, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A worker child process and what it logged. */
export interface WorkerChild {
  readonly child: ChildProcess;
  /** Parsed JSON log lines so far. */
  readonly lines: Record<string, unknown>[];
  /** Resolves with the first log line whose `msg` is `message`. */
  waitForLog(message: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Resolves with the exit code and signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

/** Starts `dist/bin.js` with `env` (and nothing else from this process's environment but PATH). */
export function spawnWorker(env: Record<string, string>): WorkerChild {
  const child = spawn(process.execPath, [WORKER_BIN], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Record<string, unknown>[] = [];
  const waiters: { message: string; resolve: (line: Record<string, unknown>) => void }[] = [];
  let buffered = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const part of parts) {
      if (part.trim() === '') continue;
      let line: Record<string, unknown>;
      try {
        line = JSON.parse(part) as Record<string, unknown>;
      } catch {
        line = { msg: part, unstructured: true };
      }
      lines.push(line);
      for (const waiter of waiters.filter((candidate) => candidate.message === line.msg)) waiter.resolve(line);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    lines,
    exited,
    stderr: () => stderr,
    waitForLog(message, timeoutMs = 60_000) {
      const seen = lines.find((line) => line.msg === message);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`The worker did not log "${message}" within ${timeoutMs} ms. stderr:\n${stderr}\nstdout:\n${lines.map((line) => JSON.stringify(line)).join('\n')}`)), timeoutMs);
        void exited.then(({ code, signal }) => {
          clearTimeout(timer);
          reject(new Error(`The worker exited (code ${code}, signal ${signal}) before logging "${message}". stderr:\n${stderr}\nstdout:\n${lines.map((line) => JSON.stringify(line)).join('\n')}`));
        });
        waiters.push({
          message,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
      });
    },
  };
}

/** A step of a walk: move the clock to `date`, then send the events of that day. */
export interface WalkStep {
  readonly date: string;
  readonly events: readonly AssessmentEventInput[];
}

/** The days of a walk: every event's date, in order, with that day's events. */
export function walkByEventDates(events: readonly AssessmentEventInput[]): WalkStep[] {
  const steps: WalkStep[] = [];
  for (const event of events) {
    const last = steps.at(-1);
    if (last?.date === event.date) steps[steps.length - 1] = { date: last.date, events: [...last.events, event] };
    else steps.push({ date: event.date, events: [event] });
  }
  return steps;
}

/** The keys the reference (in-memory) engine delivers on the same walk: what every engine must deliver. */
export async function referenceNotificationKeys(assessmentIds: readonly string[], config: { councilId: string; councilName: string }, steps: readonly WalkStep[]): Promise<string[]> {
  let today = '2024-03-01';
  const delivered: AssessmentNotification[] = [];
  const engine = createInMemoryEngine({ now: () => `${today}T09:00:00.000Z`, notifier: { notify: (notification) => Promise.resolve(void delivered.push(notification)) } });
  for (const assessmentId of assessmentIds) await engine.start({ assessmentId, config });
  for (const step of steps) {
    today = step.date;
    await engine.deliverDueNotifications();
    for (const assessmentId of assessmentIds) for (const event of step.events) await engine.send(assessmentId, event);
    // The Temporal workflow delivers right after an event too, so anything due today goes now.
    await engine.deliverDueNotifications();
  }
  return delivered.map((notification) => notification.key).sort();
}
