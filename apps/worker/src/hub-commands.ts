import { InvalidInputError } from '@asc-assure/framework';
import type { AssessmentListFilter } from '@asc-assure/lifecycle';
import { parseWorkerEnvironment, type WorkerEnvironment } from './env.js';
import { connectHubEngine, type ConnectedHubEngine } from './hub-engine.js';
import { hubAssessmentStatus, hubStatus, listHubAssessments, openHubAssessment, sendHubEvent } from './hub-operations.js';
import { createWorkerLogger } from './logger.js';
import { runUntilSignalled, startHubWorker } from './run-hub-worker.js';

/**
 * The part of a commander `Command` the hub commands use. Written out rather than imported so
 * the commands attach to whichever commander version the command line is built with.
 */
export interface HubCommandHost {
  command(nameAndArguments: string): HubCommandHost;
  description(text: string): HubCommandHost;
  option(flags: string, description: string): HubCommandHost;
  requiredOption(flags: string, description: string): HubCommandHost;
  action(handler: (...args: unknown[]) => void | Promise<void>): HubCommandHost;
}

/** Options of {@link registerHubCommands}. */
export interface HubCommandOptions {
  /** Where results are printed. Default: standard output. */
  readonly output?: { write(text: string): unknown };
  /** The environment to read settings from. Default: the process's. */
  readonly environment?: Readonly<Record<string, string | undefined>>;
}

/** The options commander collected, read the same way whatever its version passes to actions. */
function optionsOf(args: readonly unknown[]): Record<string, unknown> {
  const command = args.at(-1) as { opts(): Record<string, unknown> };
  return command.opts();
}

function hubEnvironment(source: HubCommandOptions['environment']): WorkerEnvironment {
  const parsed = parseWorkerEnvironment(source);
  if (parsed.ok) return parsed.env;
  throw new InvalidInputError(
    "The hub's settings cannot be used",
    parsed.problems.map((problem) => ({ code: 'invalid-environment', path: [problem.variable], message: `${problem.variable} ${problem.message}` })),
  );
}

function stageOption(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const stage = Number(value);
  if (!Number.isInteger(stage) || stage < 1 || stage > 6) {
    throw new InvalidInputError('The stage cannot be used', [{ code: 'stage-out-of-range', path: ['stage'], message: `--stage must be a stage number from 1 to 6, not ${JSON.stringify(value)}` }]);
  }
  return stage;
}

/**
 * Adds `hub start|list|open|send|status` to a commander program: the commands a regional hub
 * runs against its Temporal cluster (settings from TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE,
 * ASC_ASSURE_TASK_QUEUE, TLS variables and, for `hub start`, DATABASE_URL). Errors are thrown
 * as the lifecycle's own (`EventRefusedError`, `InvalidInputError`), for the program to report.
 *
 * @example
 * const program = new Command('asc-assure');
 * registerHubCommands(program);
 * await program.parseAsync(process.argv);
 */
export function registerHubCommands(program: HubCommandHost, options: HubCommandOptions = {}): void {
  const write = (text: string) => void (options.output ?? process.stdout).write(text);
  const withHub = async (run: (hub: ConnectedHubEngine) => Promise<string>): Promise<void> => {
    const hub = await connectHubEngine(hubEnvironment(options.environment));
    try {
      write(await run(hub));
    } finally {
      await hub.close();
    }
  };

  const hub = program.command('hub').description("Run a regional hub: one durable Temporal workflow per council assessment.");

  hub
    .command('start')
    .description('Run the hub worker here until Ctrl-C (SIGINT) or SIGTERM: deadlines, reminders and the read model for every assessment on the hub.')
    .action(async () => {
      const env = hubEnvironment(options.environment);
      const logger = createWorkerLogger(env.LOG_LEVEL);
      const exitCode = await runUntilSignalled(await startHubWorker(env, logger), logger);
      if (exitCode !== 0) throw new Error('The hub worker failed: see its log above.');
    });

  hub
    .command('list')
    .description("List the hub's assessments, by council and stage.")
    .option('--council <council-id>', 'only this council')
    .option('--stage <number>', 'only assessments at this stage (1-6)')
    .option('--json', 'print JSON instead of a table')
    .action(async (...args: unknown[]) => {
      const given = optionsOf(args);
      const stage = stageOption(given.stage);
      const filter: AssessmentListFilter = {
        ...(typeof given.council === 'string' ? { councilId: given.council } : {}),
        ...(stage === undefined ? {} : { stage }),
      };
      await withHub(({ engine }) => listHubAssessments(engine, filter, { json: given.json === true }));
    });

  hub
    .command('open <assessment-id>')
    .description('Start an assessment on the hub, waiting for CQC’s notice.')
    .requiredOption('--council-id <council-id>', 'the council, e.g. gloucestershire')
    .requiredOption('--council-name <name>', 'e.g. "Gloucestershire County Council"')
    .action(async (...args: unknown[]) => {
      const given = optionsOf(args);
      await withHub(({ engine }) => openHubAssessment(engine, String(args[0]), { councilId: String(given.councilId), councilName: String(given.councilName) }));
    });

  hub
    .command('send <assessment-id> <event-json>')
    .description('Record an event, e.g. \'{"type":"notice.received","date":"2024-03-18"}\'. A refused event changes nothing.')
    .action(async (...args: unknown[]) => {
      await withHub(({ engine }) => sendHubEvent(engine, String(args[0]), String(args[1])));
    });

  hub
    .command('status [assessment-id]')
    .description('With an assessment: its stage, deadlines and what can happen next. Without: whether a worker is polling, and assessments per stage.')
    .action(async (...args: unknown[]) => {
      const assessmentId = args[0];
      await withHub(({ engine, client, taskQueue }) => (typeof assessmentId === 'string' ? hubAssessmentStatus(engine, assessmentId) : hubStatus(engine, client, taskQueue)));
    });
}
