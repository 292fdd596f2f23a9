import pino from 'pino';
import { parseApiEnvironment } from './env.js';
import { serverOptionsFromEnvironment, startServer } from './server.js';

/*
 * `node dist/main.js`: the API server configured by environment variables (see env.ts and the
 * README). Stops cleanly on SIGINT and SIGTERM.
 */
const env = parseApiEnvironment();
const logger = pino({ level: env.LOG_LEVEL });
const server = await startServer(serverOptionsFromEnvironment(env, logger));
const stop = (): void => {
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ err: error }, 'the server did not stop cleanly');
      process.exit(1);
    },
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
