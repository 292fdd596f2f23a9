import { Command, Option } from 'commander';
import type { registerHubCommands } from '@asc-assure/worker';
import packageJson from '../package.json' with { type: 'json' };
import { casesCommand } from './commands/cases.js';
import { deadlinesCommand } from './commands/deadlines.js';
import { demoCommand } from './commands/demo.js';
import { eventCommand } from './commands/event.js';
import { evidenceCommand } from './commands/evidence.js';
import { initCommand } from './commands/init.js';
import { irCommand } from './commands/ir.js';
import { notifyCommand } from './commands/notify.js';
import { rateCommand } from './commands/rate.js';
import { readinessCommand } from './commands/readiness.js';
import { serveCommand } from './commands/serve.js';
import { statusCommand } from './commands/status.js';
import { verifyAuditCommand } from './commands/verify-audit.js';
import { ENGINE_KINDS, type EngineKind } from './env.js';
import type { CommandContext } from './support/command-context.js';

const PROGRAM_DESCRIPTION = 'Get your council ready for, and through, the CQC assessment of adult social care.';

const GETTING_STARTED = `
Start with \`asc-assure init --council-name "Your County Council"\` in a folder of your own, or
try \`asc-assure demo\` to see a fictional council walked through all six stages.
Exit codes: 0 ok, 1 a check found problems or the command refused, 2 bad input, 3 event refused
by the assessment, 4 database, file or network failure.`;

/** Every command of the command line, in the order `--help` lists them. */
const COMMANDS: readonly ((context: CommandContext) => Command)[] = [
  initCommand,
  rateCommand,
  evidenceCommand,
  readinessCommand,
  irCommand,
  casesCommand,
  eventCommand,
  statusCommand,
  deadlinesCommand,
  notifyCommand,
  verifyAuditCommand,
  serveCommand,
  demoCommand,
];

/**
 * Builds the `asc-assure` program for one run. Commander is told not to exit the process or
 * print on its own: errors come back to `main` as exceptions and output goes through `context`.
 */
export function buildProgram(context: CommandContext, hub?: { readonly registerHubCommands: typeof registerHubCommands }): Command {
  const program = new Command('asc-assure').description(PROGRAM_DESCRIPTION).version(packageJson.version, '-v, --version', 'print the version')
    .addOption(
      new Option('--engine <engine>', 'where the lifecycle commands run: local (this workspace) or temporal (the hub in TEMPORAL_ADDRESS)')
        .choices(ENGINE_KINDS),
    )
    .addHelpText('after', GETTING_STARTED)
    .hook('preAction', (command) => {
      const engine = command.opts<{ engine?: EngineKind }>().engine;
      if (engine !== undefined) context.engineKind = engine;
    });
  for (const create of COMMANDS) program.addCommand(create(context));
  if (hub === undefined) {
    // Listed in --help; `main` loads the real commands (and Temporal's SDK) only when `hub` is run.
    program.command('hub').description(HUB_DESCRIPTION).helpOption(false).allowUnknownOption().allowExcessArguments();
  } else {
    hub.registerHubCommands(program, { output: context.output.stdout, environment: context.environment });
  }
  configureRecursively(program, context);
  return program;
}

const HUB_DESCRIPTION = "Run a regional hub on Temporal: hub start (the worker), hub open, hub send, hub list, hub status";

function configureRecursively(command: Command, context: CommandContext): void {
  command
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.output.stdout.write(text),
      writeErr: (text) => context.output.stderr.write(text),
      outputError: (text, write) => write(context.output.colors.red(text)),
    })
    .helpOption('-h, --help', 'show what this command does and takes');
  for (const subcommand of command.commands) configureRecursively(subcommand, context);
}
