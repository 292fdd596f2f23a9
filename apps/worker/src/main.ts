import { parseWorkerEnvironment } from './env.js';
import { createWorkerLogger } from './logger.js';

const USAGE = `Usage:
  asc-assure-worker            run the hub worker until SIGINT or SIGTERM
  asc-assure-worker bundle F   write the workflow bundle to file F (then set ASC_ASSURE_WORKFLOW_BUNDLE=F)

Settings come from environment variables: TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, ASC_ASSURE_TASK_QUEUE,
TEMPORAL_TLS, TEMPORAL_TLS_CERT_PATH, TEMPORAL_TLS_KEY_PATH, TEMPORAL_TLS_CA_PATH, TEMPORAL_API_KEY,
DATABASE_URL, ASC_ASSURE_DATABASE_SCHEMA, ASC_ASSURE_SMTP_URL, ASC_ASSURE_NOTIFY_FROM, ASC_ASSURE_NOTIFY_TO,
ASC_ASSURE_WEBHOOK_URL, ASC_ASSURE_WEBHOOK_SECRET, ASC_ASSURE_WORKFLOW_BUNDLE, LOG_LEVEL,
ASC_ASSURE_SHUTDOWN_GRACE_SECONDS (see the README).
Exit codes: 0 stopped cleanly, 1 failed, 2 bad settings.`;

/**
 * The worker process: parses the environment once, starts the worker and runs it until a signal.
 * Returns the exit code.
 */
export async function main(args: readonly string[]): Promise<number> {
  const [command, target] = args;
  if (command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command === 'bundle') {
    if (target === undefined) {
      process.stderr.write(`asc-assure-worker bundle needs the file to write.\n\n${USAGE}\n`);
      return 2;
    }
    const { writeWorkflowBundle } = await import('./run-hub-worker.js');
    await writeWorkflowBundle(target);
    process.stdout.write(`Wrote the workflow bundle to ${target}. Set ASC_ASSURE_WORKFLOW_BUNDLE=${target} for the worker.\n`);
    return 0;
  }
  if (command !== undefined) {
    process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`);
    return 2;
  }
  const parsed = parseWorkerEnvironment();
  if (!parsed.ok) {
    process.stderr.write(`The hub worker's settings cannot be used:\n${parsed.problems.map((problem) => `  ${problem.variable}: ${problem.message}`).join('\n')}\n`);
    return 2;
  }
  const logger = createWorkerLogger(parsed.env.LOG_LEVEL);
  try {
    // Loaded only now: the Temporal SDK takes seconds to load, and bad settings should not wait for it.
    const { runUntilSignalled, startHubWorker } = await import('./run-hub-worker.js');
    const running = await startHubWorker(parsed.env, logger);
    return await runUntilSignalled(running, logger);
  } catch (error) {
    logger.fatal({ err: error }, error instanceof Error ? error.message : String(error));
    return 1;
  }
}
