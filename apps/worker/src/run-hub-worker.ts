import { writeFile } from 'node:fs/promises';
import { bundleHubWorkflows, createActivities, createHubWorker } from '@asc-assure/engine-temporal';
import { openStore, type Store } from '@asc-assure/store';
import { Runtime, type NativeConnection } from '@temporalio/worker';
import type { Logger } from 'pino';
import type { WorkerEnvironment } from './env.js';
import { hubNotifierFromEnvironment } from './hub-notifier.js';
import { temporalLoggerFor } from './logger.js';
import { connectWorkerConnection, temporalConnectionSettings } from './temporal-connection.js';

/** Said when the worker is started without a database. */
export const MISSING_HUB_DATABASE_MESSAGE =
  'DATABASE_URL is not set. The hub worker writes each assessment, its events, the reminders sent and the audit log to PostgreSQL: set DATABASE_URL (postgres://user:password@host:5432/database).';

/** A worker that is running, and how to stop it. */
export interface RunningHubWorker {
  /** Resolves once the worker has stopped and its store and connection are closed; rejects if it failed. */
  readonly stopped: Promise<void>;
  /** Asks the worker to stop: it stops polling, lets running activities finish (up to the grace time), then closes. */
  shutdown(reason: string): void;
}

let runtimeInstalled = false;

/**
 * Sends the Temporal SDK's own log lines to the worker's log. The runtime is process-wide and
 * installed once; its own signal handling is switched off, because {@link runUntilSignalled}
 * shuts down in order (worker, then store and connection).
 */
export function installTemporalRuntime(logger: Logger): void {
  if (runtimeInstalled) return;
  Runtime.install({ logger: temporalLoggerFor(logger), shutdownSignals: [] });
  runtimeInstalled = true;
}

/**
 * Starts the hub worker the environment describes: opens the store (PostgreSQL), connects to
 * Temporal, registers the assessment workflow and its activities, and polls the task queue.
 * Fails fast, with a message saying what to configure, when the store or Temporal cannot be
 * reached.
 */
export async function startHubWorker(env: WorkerEnvironment, logger: Logger): Promise<RunningHubWorker> {
  if (env.DATABASE_URL === undefined) throw new Error(MISSING_HUB_DATABASE_MESSAGE);
  installTemporalRuntime(logger);
  const hubNotifier = hubNotifierFromEnvironment(env, logger);
  const store: Store = await openStore({ kind: 'postgres', connectionString: env.DATABASE_URL, ...(env.ASC_ASSURE_DATABASE_SCHEMA === undefined ? {} : { schema: env.ASC_ASSURE_DATABASE_SCHEMA }) });
  let connection: NativeConnection | undefined;
  try {
    const settings = await temporalConnectionSettings(env);
    connection = await connectWorkerConnection(settings);
    const worker = await createHubWorker({
      connection,
      namespace: env.TEMPORAL_NAMESPACE,
      taskQueue: env.ASC_ASSURE_TASK_QUEUE,
      activities: createActivities({ store, notifier: hubNotifier.notifier, channel: hubNotifier.channel }),
      ...(env.ASC_ASSURE_WORKFLOW_BUNDLE === undefined ? {} : { workflowBundle: { codePath: env.ASC_ASSURE_WORKFLOW_BUNDLE } }),
      workerOptions: { shutdownGraceTime: `${env.ASC_ASSURE_SHUTDOWN_GRACE_SECONDS} seconds` },
    });
    const openConnection = connection;
    const running = worker.run();
    logger.info(
      { address: settings.address, tls: settings.tls !== undefined, namespace: env.TEMPORAL_NAMESPACE, taskQueue: env.ASC_ASSURE_TASK_QUEUE, channel: hubNotifier.channel, pid: process.pid },
      'hub worker started',
    );
    const stopped = running.finally(async () => {
      await openConnection.close();
      await store.close();
      hubNotifier.close();
    });
    return {
      stopped,
      shutdown(reason) {
        if (worker.getState() !== 'RUNNING') return;
        logger.info({ reason }, 'hub worker stopping: finishing running tasks');
        worker.shutdown();
      },
    };
  } catch (error) {
    await connection?.close();
    await store.close();
    hubNotifier.close();
    throw error;
  }
}

/**
 * Runs a started worker until SIGINT or SIGTERM, then shuts it down gracefully; a second signal
 * while stopping exits at once. Resolves with the process exit code: 0 after a clean stop, 1
 * when the worker failed.
 */
export async function runUntilSignalled(running: RunningHubWorker, logger: Logger, signals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): Promise<number> {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal while stopping: exiting now');
      process.exit(130);
    }
    stopping = true;
    running.shutdown(signal);
  };
  for (const signal of signals) process.on(signal, onSignal);
  try {
    await running.stopped;
    logger.info('hub worker stopped');
    return 0;
  } catch (error) {
    logger.fatal({ err: error }, 'hub worker failed');
    return 1;
  } finally {
    for (const signal of signals) process.off(signal, onSignal);
  }
}

/**
 * Bundles the workflow code into a file, for ASC_ASSURE_WORKFLOW_BUNDLE: build once at deploy
 * time, and every worker start skips webpack.
 */
export async function writeWorkflowBundle(path: string): Promise<void> {
  const bundle = await bundleHubWorkflows();
  await writeFile(path, bundle.code);
}
