import { join, resolve } from 'node:path';
import { AscAssureError } from '@asc-assure/framework';
import { createLocalEngine, systemClock, type Clock } from '@asc-assure/engine-local';
import type { Engine, Notifier } from '@asc-assure/lifecycle';
import { openStore, type Store } from '@asc-assure/store';
import { serve, type ServerType } from '@hono/node-server';
import pino, { type Logger } from 'pino';
import type { ApiApp } from './api-env.js';
import type { OidcOptions } from './auth/oidc.js';
import { createApp, type ApiLimits } from './create-app.js';
import type { ApiEnvironment } from './env.js';
import type { PseudonymisationKeyProvider } from './routes/route-dependencies.js';

/** Which lifecycle engine the server runs, and how to reach Temporal for the hub engine. */
export type EngineChoice =
  | { readonly kind: 'local'; readonly notifier?: Notifier | undefined; readonly scheduler?: boolean | undefined }
  | { readonly kind: 'temporal'; readonly address: string; readonly namespace?: string | undefined; readonly taskQueue?: string | undefined }
  | { readonly kind: 'given'; readonly engine: Engine; readonly close?: (() => Promise<void>) | undefined };

/** What {@link startServer} takes. Everything has a default that runs one council on the embedded database. */
export interface StartServerOptions {
  /** Default 3000; 0 picks a free port. */
  readonly port?: number | undefined;
  /** Default 127.0.0.1. */
  readonly host?: string | undefined;
  /** An open store (the caller closes it), or else one is opened from `databaseUrl` or `dataDir`. */
  readonly store?: Store | undefined;
  readonly databaseUrl?: string | undefined;
  readonly databaseSchema?: string | undefined;
  /** The embedded database folder (default `.asc-assure/database`, as the command line uses). */
  readonly dataDir?: string | undefined;
  /** Default: the in-process engine over the store, delivering reminders through the log. */
  readonly engine?: EngineChoice | undefined;
  readonly clock?: Clock | undefined;
  readonly oidc?: OidcOptions | undefined;
  readonly limits?: ApiLimits | undefined;
  readonly logger?: Logger | undefined;
  readonly pseudonymisationKeys?: PseudonymisationKeyProvider | undefined;
  /** The built dashboard to serve at `/` (`webAssetsDirectory` from `@asc-assure/web`). */
  readonly webAssetsDirectory?: string | undefined;
}

/** A running server. */
export interface RunningServer {
  /** For example `http://127.0.0.1:3000`. */
  readonly url: string;
  readonly port: number;
  readonly app: ApiApp;
  readonly store: Store;
  readonly engine: Engine;
  /** Stops listening, stops the engine's scheduler and closes what the server opened. */
  close(): Promise<void>;
}

async function temporalEngine(choice: Extract<EngineChoice, { kind: 'temporal' }>): Promise<{ engine: Engine; close: () => Promise<void> }> {
  // Loaded only when asked for, so the embedded default never needs Temporal's native modules.
  const [{ createTemporalEngine }, { Client, Connection }] = await Promise.all([import('@asc-assure/engine-temporal'), import('@temporalio/client')]);
  let connection: Awaited<ReturnType<typeof Connection.connect>>;
  try {
    connection = await Connection.connect({ address: choice.address });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AscAssureError('temporal-unavailable', `Could not connect to Temporal at ${choice.address} (${reason}). Is the server running? Locally: \`temporal server start-dev\`; otherwise set TEMPORAL_ADDRESS.`, { cause: error });
  }
  const client = new Client({ connection, ...(choice.namespace === undefined ? {} : { namespace: choice.namespace }) });
  const engine = createTemporalEngine({ client, ...(choice.taskQueue === undefined ? {} : { taskQueue: choice.taskQueue }), ...(choice.namespace === undefined ? {} : { namespace: choice.namespace }) });
  return { engine, close: () => connection.close() };
}

function listen(app: ApiApp, port: number, host: string): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolveListening, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => resolveListening({ server, port: info.port }));
    server.once('error', reject);
  });
}

/**
 * Starts the API on a port: the embedded database and the in-process engine by default (what
 * `asc-assure serve` runs), or PostgreSQL and a hub's Temporal cluster by configuration.
 *
 * @example
 * const server = await startServer({ port: 3000, dataDir: '.asc-assure/database' });
 * console.log(`API at ${server.url}, reference at ${server.url}/docs`);
 * await server.close();
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? pino({ level: 'info' });
  const clock = options.clock ?? systemClock;
  const ownsStore = options.store === undefined;
  const store =
    options.store ??
    (options.databaseUrl === undefined
      ? await openStore({ kind: 'pglite', dataDir: resolve(options.dataDir ?? join('.asc-assure', 'database')) })
      : await openStore({ kind: 'postgres', connectionString: options.databaseUrl, schema: options.databaseSchema }));
  const closers: (() => Promise<void>)[] = [];
  try {
    const choice = options.engine ?? { kind: 'local' };
    let engine: Engine;
    if (choice.kind === 'local') {
      const notifier: Notifier = choice.notifier ?? { notify: (notification) => Promise.resolve(logger.info({ notification }, 'notification due')) };
      const local = createLocalEngine({ store, clock, notifier, onBackgroundError: (error) => logger.error({ err: error }, 'reminder delivery failed; will retry') });
      if (choice.scheduler !== false) local.startScheduler();
      closers.push(() => local.close());
      engine = local;
    } else if (choice.kind === 'temporal') {
      const temporal = await temporalEngine(choice);
      closers.push(temporal.close);
      engine = temporal.engine;
    } else {
      engine = choice.engine;
      if (choice.close !== undefined) closers.push(choice.close);
    }
    const app = createApp({
      store,
      engine,
      clock,
      logger,
      auth: { oidc: options.oidc },
      limits: options.limits,
      pseudonymisationKeys: options.pseudonymisationKeys,
      webAssetsDirectory: options.webAssetsDirectory,
    });
    const { server, port } = await listen(app, options.port ?? 3000, options.host ?? '127.0.0.1');
    const host = options.host ?? '127.0.0.1';
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    logger.info({ url, database: store.dialect, engine: choice.kind }, 'asc-assure API listening');
    return {
      url,
      port,
      app,
      store,
      engine,
      close: async () => {
        await new Promise<void>((resolveClosed) => server.close(() => resolveClosed()));
        for (const close of closers.reverse()) await close();
        if (ownsStore) await store.close();
      },
    };
  } catch (error) {
    for (const close of closers.reverse()) await close();
    if (ownsStore) await store.close();
    throw error;
  }
}

/** The {@link StartServerOptions} the environment describes. */
export function serverOptionsFromEnvironment(env: ApiEnvironment, logger: Logger): StartServerOptions {
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    databaseSchema: env.DATABASE_SCHEMA,
    dataDir: join(env.ASC_ASSURE_HOME, 'database'),
    engine:
      env.ENGINE === 'temporal'
        ? { kind: 'temporal', address: env.TEMPORAL_ADDRESS, namespace: env.TEMPORAL_NAMESPACE, taskQueue: env.ASC_ASSURE_TASK_QUEUE }
        : { kind: 'local' },
    oidc:
      env.OIDC_ISSUER === undefined || env.OIDC_AUDIENCE === undefined
        ? undefined
        : { issuer: env.OIDC_ISSUER, audience: env.OIDC_AUDIENCE, jwksUrl: env.OIDC_JWKS_URL, subjectClaim: env.OIDC_SUBJECT_CLAIM },
    limits: { trustForwardedFor: env.TRUST_PROXY },
    webAssetsDirectory: env.ASC_ASSURE_WEB_ASSETS,
    logger,
  };
}
