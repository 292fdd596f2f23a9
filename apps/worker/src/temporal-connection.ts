import { readFile } from 'node:fs/promises';
import { AscAssureError } from '@asc-assure/framework';
import { Client, Connection, type TLSConfig } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { usesTemporalTls, type WorkerEnvironment } from './env.js';

/** How to reach the hub's Temporal server: the same for the worker and for clients. */
export interface TemporalConnectionSettings {
  readonly address: string;
  readonly tls?: TLSConfig;
  readonly apiKey?: string;
}

async function readPem(path: string, variable: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(`${variable} names ${path}, which cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * The connection settings the environment describes, with certificate files read (once, at
 * start: a renewed certificate needs a restart).
 */
export async function temporalConnectionSettings(env: WorkerEnvironment): Promise<TemporalConnectionSettings> {
  if (!usesTemporalTls(env)) return { address: env.TEMPORAL_ADDRESS };
  const tls: TLSConfig = {
    ...(env.TEMPORAL_TLS_SERVER_NAME === undefined ? {} : { serverNameOverride: env.TEMPORAL_TLS_SERVER_NAME }),
    ...(env.TEMPORAL_TLS_CA_PATH === undefined ? {} : { serverRootCACertificate: await readPem(env.TEMPORAL_TLS_CA_PATH, 'TEMPORAL_TLS_CA_PATH') }),
    ...(env.TEMPORAL_TLS_CERT_PATH === undefined || env.TEMPORAL_TLS_KEY_PATH === undefined
      ? {}
      : {
          clientCertPair: {
            crt: await readPem(env.TEMPORAL_TLS_CERT_PATH, 'TEMPORAL_TLS_CERT_PATH'),
            key: await readPem(env.TEMPORAL_TLS_KEY_PATH, 'TEMPORAL_TLS_KEY_PATH'),
          },
        }),
  };
  return { address: env.TEMPORAL_ADDRESS, tls, ...(env.TEMPORAL_API_KEY === undefined ? {} : { apiKey: env.TEMPORAL_API_KEY }) };
}

/** Says what to start or configure when Temporal cannot be reached. */
export function temporalUnavailableMessage(address: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `Could not connect to Temporal at ${address} (${reason}). Is the server running? Locally: \`temporal server start-dev\`; otherwise set TEMPORAL_ADDRESS (and TEMPORAL_TLS / TEMPORAL_API_KEY for a secured cluster).`;
}

/** The worker's connection (Temporal's native one). */
export async function connectWorkerConnection(settings: TemporalConnectionSettings): Promise<NativeConnection> {
  try {
    return await NativeConnection.connect({ address: settings.address, ...(settings.tls === undefined ? {} : { tls: settings.tls }), ...(settings.apiKey === undefined ? {} : { apiKey: settings.apiKey }) });
  } catch (error) {
    throw new AscAssureError('temporal-unavailable', temporalUnavailableMessage(settings.address, error), { cause: error });
  }
}

/** A client of the hub, and how to close its connection. */
export interface HubClient {
  readonly client: Client;
  close(): Promise<void>;
}

/** A client on the hub's namespace. */
export async function connectHubClient(settings: TemporalConnectionSettings, namespace: string): Promise<HubClient> {
  let connection: Connection;
  try {
    connection = await Connection.connect({ address: settings.address, ...(settings.tls === undefined ? {} : { tls: settings.tls }), ...(settings.apiKey === undefined ? {} : { apiKey: settings.apiKey }) });
  } catch (error) {
    throw new AscAssureError('temporal-unavailable', temporalUnavailableMessage(settings.address, error), { cause: error });
  }
  return { client: new Client({ connection, namespace }), close: () => connection.close() };
}
