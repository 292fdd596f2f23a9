import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, Worker, type NativeConnection, type WorkerOptions, type WorkflowBundleOption, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { HubActivities } from './activities.js';
import { DEFAULT_HUB_NAMESPACE, DEFAULT_HUB_TASK_QUEUE } from './shared.js';

/**
 * The file holding the workflow code: `workflows.js` beside the built package, or
 * `workflows.ts` when running from source (tests, tsx).
 */
export function hubWorkflowsPath(): string {
  for (const name of ['./workflows.js', './workflows.ts']) {
    const path = fileURLToPath(new URL(name, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('The workflow code of @asc-assure/engine-temporal is missing (workflows.js): rebuild the package.');
}

/**
 * Bundles the workflow code once (webpack, a few seconds), for several workers or test runs to
 * share. Fails if the workflow code imports anything that is not deterministic.
 */
export async function bundleHubWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({ workflowsPath: hubWorkflowsPath(), logger: quietBundlerLogger });
}

const ignore = () => undefined;
/** webpack's progress lines are noise in a worker's structured log; errors still throw. */
const quietBundlerLogger = { trace: ignore, debug: ignore, info: ignore, warn: ignore, error: ignore, log: ignore };

/** Options of {@link createHubWorker}. */
export interface HubWorkerOptions {
  /** A connection to the hub's Temporal server (`NativeConnection.connect`). */
  readonly connection: NativeConnection;
  /** Default `default`. */
  readonly namespace?: string;
  /** Default `asc-assure-hub`. */
  readonly taskQueue?: string;
  /** From `createActivities({ store, notifier })`. */
  readonly activities: HubActivities;
  /**
   * A bundle from {@link bundleHubWorkflows}, or `{ codePath }` of one written to a file; without
   * one the worker bundles at start (a few seconds, quietly).
   */
  readonly workflowBundle?: WorkflowBundleOption;
  /** Anything else Temporal's worker takes (tuning, identity, shutdown grace time). */
  readonly workerOptions?: Omit<WorkerOptions, 'connection' | 'namespace' | 'taskQueue' | 'activities' | 'workflowBundle' | 'workflowsPath'>;
}

/**
 * The worker a hub runs: polls the task queue for assessment workflows and their activities.
 * `run()` until `shutdown()`; Temporal replays each workflow from its history on whichever
 * worker picks it up, so a killed worker loses nothing.
 *
 * @example
 * const worker = await createHubWorker({ connection, taskQueue: 'asc-assure-hub', activities: createActivities({ store, notifier }) });
 * process.once('SIGTERM', () => worker.shutdown());
 * await worker.run();
 */
export async function createHubWorker(options: HubWorkerOptions): Promise<Worker> {
  return Worker.create({
    ...options.workerOptions,
    connection: options.connection,
    namespace: options.namespace ?? DEFAULT_HUB_NAMESPACE,
    taskQueue: options.taskQueue ?? DEFAULT_HUB_TASK_QUEUE,
    activities: { ...options.activities },
    workflowBundle: options.workflowBundle ?? (await bundleHubWorkflows()),
  });
}
