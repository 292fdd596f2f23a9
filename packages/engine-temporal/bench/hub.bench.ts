// A regional hub at England's scale: 153 councils' assessments, one workflow each, driven through
// all six stages on a simulated clock against one Temporal dev server, with an in-process worker
// whose activities write to a store (PostgreSQL when DATABASE_URL is set, else in-memory PGlite).
// Measured against a no-op workflow's start-and-complete rate on the same server in the same run,
// because timings on a shared two-core machine are noisy: read the comparison, not the absolutes.
//
//   npm run bench -w @asc-assure/engine-temporal        (starts a dev server if TEMPORAL_ADDRESS is unset)
//   BENCH_COUNCILS=20 npm run bench -w @asc-assure/engine-temporal
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { AssessmentNotification } from '@asc-assure/lifecycle';
import { EXAMPLE_ASSESSMENT_EVENTS } from '@asc-assure/lifecycle/fixtures';
import { openStore, type Store } from '@asc-assure/store';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import {
  bundleHubWorkflows,
  createActivities,
  createHubWorker,
  createTemporalEngine,
  HUB_PING_WORKFLOW_TYPE,
  mapWithConcurrency,
  type AssessmentWorkflowResult,
} from '../src/index.js';
import { startDevServer, type BenchTemporalServer } from './dev-server.js';

const COUNCILS = Number(process.env.BENCH_COUNCILS ?? 153);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const GOAL_UPDATE_P99_MS = 100;
const GOAL_TOTAL_MS = 60_000;

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

function summary(samples: readonly number[]): { count: number; p50: number; p99: number; max: number } {
  const sorted = [...samples].sort((first, second) => first - second);
  return { count: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? Number.NaN };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function timed<T>(samples: number[], work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  samples.push(performance.now() - started);
  return result;
}

async function openBenchStore(): Promise<{ store: Store; kind: string; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url === undefined || url === '') {
    const store = await openStore({ kind: 'pglite' });
    return { store, kind: 'in-memory PGlite', close: () => store.close() };
  }
  const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const store = await openStore({ kind: 'postgres', connectionString: url, schema });
  return {
    store,
    kind: 'PostgreSQL',
    close: async () => {
      await store.db.schema.dropSchema(schema).cascade().execute();
      await store.close();
    },
  };
}

Runtime.install({ logger: new DefaultLogger('WARN') });
let server: BenchTemporalServer | undefined;
let address = process.env.TEMPORAL_ADDRESS;
if (address === undefined || address === '') {
  console.log('TEMPORAL_ADDRESS is not set: starting a Temporal dev server with scripts/services/temporal.sh ...');
  server = await startDevServer();
  address = server.address;
}

const benchStore = await openBenchStore();
const { store, kind } = benchStore;
const delivered: AssessmentNotification[] = [];
const taskQueue = `bench-${randomUUID().slice(0, 8)}`;
const workerConnection = await NativeConnection.connect({ address });
const worker = await createHubWorker({
  connection: workerConnection,
  taskQueue,
  workflowBundle: await bundleHubWorkflows(),
  activities: createActivities({ store, notifier: { notify: (notification) => Promise.resolve(void delivered.push(notification)) } }),
});
const running = worker.run();
const connection = await Connection.connect({ address });
const client = new Client({ connection });

try {
  // Warm-up: the first workflow tasks load the bundle into the worker's V8 contexts.
  await mapWithConcurrency(Array.from({ length: 8 }, (_, index) => index), 8, (index) =>
    client.workflow.execute(HUB_PING_WORKFLOW_TYPE, { taskQueue, workflowId: `bench-warm-${taskQueue}-${index}` }),
  );

  const pingLatencies: number[] = [];
  const pingStarted = performance.now();
  await mapWithConcurrency(Array.from({ length: COUNCILS }, (_, index) => index), CONCURRENCY, (index) =>
    timed(pingLatencies, () => client.workflow.execute(HUB_PING_WORKFLOW_TYPE, { taskQueue, workflowId: `bench-ping-${taskQueue}-${index}` })),
  );
  const pingSeconds = (performance.now() - pingStarted) / 1000;

  const engine = createTemporalEngine({ client, taskQueue, clock: { mode: 'simulated', start: '2024-03-01' }, workflowIdPrefix: `bench-${taskQueue}:`, concurrency: CONCURRENCY });
  const councils = Array.from({ length: COUNCILS }, (_, index) => {
    const number = String(index + 1).padStart(3, '0');
    return { assessmentId: `council-${number}-2024`, config: { councilId: `council-${number}`, councilName: `Council ${number}` } };
  });
  const dates = [...new Set(EXAMPLE_ASSESSMENT_EVENTS.map((event) => event.date))];
  const startLatencies: number[] = [];
  const updateLatencies: number[] = [];
  const advanceLatencies: number[] = [];

  const started = performance.now();
  await mapWithConcurrency(councils, CONCURRENCY, (council) => timed(startLatencies, () => engine.start(council)));
  for (const date of dates) {
    await timed(advanceLatencies, () => engine.advanceClockTo(date));
    const events = EXAMPLE_ASSESSMENT_EVENTS.filter((event) => event.date === date);
    await mapWithConcurrency(councils, CONCURRENCY, async (council) => {
      for (const event of events) await timed(updateLatencies, () => engine.send(council.assessmentId, event));
    });
  }
  const results = await mapWithConcurrency(councils, CONCURRENCY, (council) => client.workflow.getHandle(engine.workflowId(council.assessmentId)).result() as Promise<AssessmentWorkflowResult>);
  const totalMs = performance.now() - started;

  const published = results.filter((result) => result.view.state.stateId === 'published').length;
  const updates = summary(updateLatencies);
  const pings = summary(pingLatencies);
  const starts = summary(startLatencies);
  const advances = summary(advanceLatencies);
  console.log(`\nasc-assure hub bench: ${COUNCILS} councils, ${EXAMPLE_ASSESSMENT_EVENTS.length} events each through all six stages, ${CONCURRENCY} in flight, Temporal ${address}, store ${kind}\n`);
  console.table({
    'no-op workflow, start to completion (baseline)': { count: pings.count, p50: ms(pings.p50), p99: ms(pings.p99), rate: `${(COUNCILS / pingSeconds).toFixed(1)} workflows/s` },
    'assessment start': { count: starts.count, p50: ms(starts.p50), p99: ms(starts.p99), rate: '' },
    'event update round trip (validated by the machine)': { count: updates.count, p50: ms(updates.p50), p99: ms(updates.p99), rate: `${(updates.count / (totalMs / 1000)).toFixed(1)} updates/s overall` },
    'clock advance of every assessment (delivers reminders)': { count: advances.count, p50: ms(advances.p50), p99: ms(advances.p99), rate: '' },
  });
  console.log(`total: ${(totalMs / 1000).toFixed(1)} s for ${COUNCILS} assessments (${published} published), ${delivered.length} reminders delivered`);
  console.log(`update p99 per no-op p50: ${(updates.p99 / pings.p50).toFixed(1)}x`);
  console.log(`goal update p99 under ${GOAL_UPDATE_P99_MS} ms: ${updates.p99 < GOAL_UPDATE_P99_MS ? 'met' : 'not met'}`);
  console.log(`goal all of England (153 councils) in under ${GOAL_TOTAL_MS / 1000} s: ${COUNCILS >= 153 ? (totalMs < GOAL_TOTAL_MS ? 'met' : 'not met') : `not measured (only ${COUNCILS} councils)`}`);
  if (published !== COUNCILS) throw new Error(`Only ${published} of ${COUNCILS} assessments reached publication.`);
} catch (error) {
  // Printed before the cleanup, which may fail too once calls still in flight lose their connection.
  console.error('The bench failed:', error);
  process.exitCode = 1;
} finally {
  worker.shutdown();
  await running;
  await workerConnection.close();
  await connection.close();
  await benchStore.close();
  await server?.stop();
  // Calls abandoned by a failure may still be retrying on their own timers: do not wait for them.
  process.exit();
}
