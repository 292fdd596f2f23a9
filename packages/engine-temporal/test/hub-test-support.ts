// Shared by this package's tests: the dev server's address, a client, an in-process worker over
// a store, and a way to stop every workflow a test started.
import { randomUUID } from 'node:crypto';
import type { AssessmentNotification, Notifier } from '@asc-assure/lifecycle';
import type { Store } from '@asc-assure/store';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { createActivities, createHubWorker } from '../src/index.js';

// The SDK's worker state lines drown the test report; warnings and errors still show.
Runtime.install({ logger: new DefaultLogger('WARN') });

/** Shown when the tests run without a Temporal server: they fail, they are never skipped. */
export const MISSING_TEMPORAL_ADDRESS_MESSAGE =
  'TEMPORAL_ADDRESS is not set, so the Temporal tests cannot run. Run `npm test` from the repository root: it starts a Temporal dev server and sets TEMPORAL_ADDRESS.';

/** The dev server the tests use; throws {@link MISSING_TEMPORAL_ADDRESS_MESSAGE} without one. */
export function temporalTestAddress(): string {
  const address = process.env.TEMPORAL_ADDRESS;
  if (address === undefined || address === '') throw new Error(MISSING_TEMPORAL_ADDRESS_MESSAGE);
  return address;
}

/** A name no other test run uses: for task queues and workflow id prefixes. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** A notifier that keeps what it delivered, in order. */
export function createRecordingNotifier(): Notifier & { readonly delivered: AssessmentNotification[]; clear(): void } {
  const delivered: AssessmentNotification[] = [];
  return {
    delivered,
    notify(notification) {
      delivered.push(notification);
      return Promise.resolve();
    },
    clear: () => void delivered.splice(0),
  };
}

/** A running in-process worker and a client, on one task queue of the dev server. */
export interface TestHub {
  readonly client: Client;
  readonly taskQueue: string;
  readonly worker: Worker;
  stop(): Promise<void>;
}

/** Starts a worker on a fresh task queue, with the hub's activities over `store`. */
export async function startTestHub(options: { readonly store: Store; readonly notifier: Notifier; readonly workflowBundle: WorkflowBundleWithSourceMap }): Promise<TestHub> {
  const address = temporalTestAddress();
  const taskQueue = uniqueName('asc-assure-test');
  const workerConnection = await NativeConnection.connect({ address });
  const worker = await createHubWorker({
    connection: workerConnection,
    taskQueue,
    activities: createActivities({ store: options.store, notifier: options.notifier }),
    workflowBundle: options.workflowBundle,
  });
  const running = worker.run();
  const connection = await Connection.connect({ address });
  const client = new Client({ connection });
  return {
    client,
    taskQueue,
    worker,
    async stop() {
      worker.shutdown();
      await running;
      await workerConnection.close();
      await connection.close();
    },
  };
}

/** Terminates the running workflows among `workflowIds`, so the server is left as found. */
export async function terminateRunning(client: Client, workflowIds: Iterable<string>): Promise<void> {
  await Promise.all(
    [...workflowIds].map(async (workflowId) => {
      try {
        const handle = client.workflow.getHandle(workflowId);
        if ((await handle.describe()).status.name === 'RUNNING') await handle.terminate('test finished');
      } catch {
        // Already ended or never started: nothing to stop.
      }
    }),
  );
}
