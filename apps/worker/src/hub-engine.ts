import { createTemporalEngine, type TemporalEngine, type TemporalEngineClock } from '@asc-assure/engine-temporal';
import type { Client } from '@temporalio/client';
import type { WorkerEnvironment } from './env.js';
import { connectHubClient, temporalConnectionSettings } from './temporal-connection.js';

/** A Temporal engine on the hub the environment names, and how to let go of its connection. */
export interface ConnectedHubEngine {
  readonly engine: TemporalEngine;
  readonly client: Client;
  readonly taskQueue: string;
  close(): Promise<void>;
}

/**
 * The lifecycle `Engine` of the hub the environment names (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE,
 * ASC_ASSURE_TASK_QUEUE, TLS): what `--engine temporal` gives the lifecycle commands, and what
 * the `hub` commands use. Needs a hub worker running to answer.
 *
 * @example
 * const hub = await connectHubEngine(env);
 * try { await hub.engine.send('glos-2024', { type: 'notice.received', date: '2024-03-18' }); } finally { await hub.close(); }
 */
export async function connectHubEngine(env: WorkerEnvironment, options: { readonly clock?: TemporalEngineClock } = {}): Promise<ConnectedHubEngine> {
  const hubClient = await connectHubClient(await temporalConnectionSettings(env), env.TEMPORAL_NAMESPACE);
  const { client } = hubClient;
  const engine = createTemporalEngine({ client, taskQueue: env.ASC_ASSURE_TASK_QUEUE, namespace: env.TEMPORAL_NAMESPACE, ...(options.clock === undefined ? {} : { clock: options.clock }) });
  return { engine, client, taskQueue: env.ASC_ASSURE_TASK_QUEUE, close: () => hubClient.close() };
}
