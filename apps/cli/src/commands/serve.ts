import { Command, InvalidArgumentError } from 'commander';
import type { CommandContext } from '../support/command-context.js';
import { notifierFromEnvironment } from '../support/notifiers.js';
import { connectToHub, openWorkspaceStore, readKeyFile, requireWorkspace, workspacePaths } from '../support/workspace.js';

interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly newToken?: boolean;
}

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535 (0 picks a free one)');
  return port;
}

/** Resolves when the process is asked to stop (Ctrl-C or SIGTERM). */
function untilStopped(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/**
 * `asc-assure serve`: the HTTP API and the web dashboard over this workspace (its embedded
 * database, or DATABASE_URL), until Ctrl-C. The first run issues an administrator token for the
 * council and prints it once; the workspace's pseudonymisation key is the one the API uses, so
 * the same people get the same ids from the command line and the dashboard.
 */
export function serveCommand(context: CommandContext): Command {
  return new Command('serve')
    .description('Run the web dashboard and the HTTP API over this workspace until Ctrl-C')
    .option('--port <number>', 'the port to listen on (0 picks a free one)', portNumber, 3000)
    .option('--host <address>', 'the address to listen on; 127.0.0.1 keeps it to this computer', '127.0.0.1')
    .option('--new-token', 'issue another administrator token for the council, and print it')
    .action(async (options: ServeOptions) => {
      const { output } = context;
      const config = await requireWorkspace(context);
      const paths = workspacePaths(context.env, context.cwd);
      const [api, web, pino] = await Promise.all([import('@asc-assure/api'), import('@asc-assure/web'), import('pino')]);
      const { listCouncilApiTokens } = await import('@asc-assure/store');
      const configured = await notifierFromEnvironment(context.env, (line) => output.line(`  ${line}`));
      const store = await openWorkspaceStore(context.env, paths);
      try {
        const hub = context.engineKind === 'temporal' ? await connectToHub(context.environment) : undefined;
        const server = await api.startServer({
          port: options.port,
          host: options.host,
          store,
          ...(context.clock === undefined ? {} : { clock: context.clock }),
          engine: hub === undefined ? { kind: 'local', notifier: configured.notifier } : { kind: 'given', engine: hub.engine, close: () => hub.close() },
          pseudonymisationKeys: { keyFor: () => readKeyFile(paths) },
          webAssetsDirectory: web.webAssetsDirectory,
          // Requests are not logged line by line here; faults are, with their detail, on stderr.
          logger: pino.pino({ level: 'warn' }, pino.destination(2)),
        });
        try {
          const tokens = await listCouncilApiTokens(store, config.councilId);
          if (options.newToken === true || tokens.length === 0) {
            const { token } = await api.createApiToken(store, {
              principal: 'user:workspace-owner',
              displayName: `${config.councilName} workspace owner`,
              role: 'council-admin',
              councilId: config.councilId,
              label: 'asc-assure serve',
              createdBy: 'asc-assure serve',
            });
            output.line(`${output.colors.green('New administrator token')} for ${config.councilName} (shown this once; keep it safe):`);
            output.line(`  ${token}`);
            output.line('  Sign in to the dashboard with it, or send it as `Authorization: Bearer <token>`. `asc-assure serve --new-token` issues another.');
          }
          output.line(`${output.colors.green('Serving')} ${config.councilName} (${hub === undefined ? 'this workspace' : "assessments on the hub's Temporal cluster"}):`);
          output.line(`  Dashboard:      ${server.url}/`);
          output.line(`  API reference:  ${server.url}/docs   (OpenAPI document: ${server.url}/openapi.json)`);
          output.line('Press Ctrl-C to stop.');
          await untilStopped();
          output.line('Stopping: finishing requests in progress...');
        } finally {
          await server.close();
        }
      } finally {
        configured.close();
        await store.close();
      }
    });
}
