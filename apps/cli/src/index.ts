/**
 * asc-assure: the command line a council runs to get ready for, and through, the CQC assessment
 * of its adult social care. `main` runs one command line and returns its exit code, for tests
 * and for embedding in other Node programs.
 *
 * @packageDocumentation
 */
import type { Clock } from '@asc-assure/engine-local';
import { parseCliEnvironment } from './env.js';
import { buildProgram } from './program.js';
import type { CommandContext } from './support/command-context.js';
import { EXIT_CODES, type ExitCode } from './support/exit-codes.js';
import { createOutput, type OutputStream } from './support/output.js';
import { reportError } from './support/report-error.js';

export { EXIT_CODES } from './support/exit-codes.js';
export type { ExitCode } from './support/exit-codes.js';
export type { OutputStream } from './support/output.js';

/** Where `main` reads and writes, when not the process's own. */
export interface MainOptions {
  readonly stdout?: OutputStream;
  readonly stderr?: OutputStream;
  /** Environment variables to read instead of `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths (and the default workspace) are resolved from. */
  readonly cwd?: string;
  /** A clock to use instead of the machine's: "today" for deadlines and reminders. */
  readonly clock?: Clock;
}

/**
 * Runs one `asc-assure` command line (the arguments after the program name) and resolves to its
 * exit code (see {@link EXIT_CODES}); it never calls `process.exit`.
 *
 * @example
 * const code = await main(['rate', '3,3,2,3,3,2,3,3,3', '--json']);
 */
export async function main(argv: readonly string[], options: MainOptions = {}): Promise<ExitCode> {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const parsedEnvironment = parseCliEnvironment(options.env);
  if (!parsedEnvironment.ok) {
    stderr.write('Some environment variables asc-assure reads are set to values it cannot use:\n');
    for (const problem of parsedEnvironment.problems) stderr.write(`  - ${problem.variable}: ${problem.message}\n`);
    stderr.write('Hint: fix or unset them (see "Environment variables" in the asc-assure README).\n');
    return EXIT_CODES.badInput;
  }
  const { env } = parsedEnvironment;
  const output = createOutput({ stdout, stderr, noColor: env.NO_COLOR, ci: env.CI });
  const context: CommandContext = {
    env,
    environment: parsedEnvironment.source,
    engineKind: env.ASC_ASSURE_ENGINE,
    output,
    cwd: options.cwd ?? process.cwd(),
    clock: options.clock,
    exitCode: EXIT_CODES.ok,
  };
  // The hub commands bring Temporal's SDK (over a second to load): only when they are run.
  const commandName = argv.find((argument, index) => !argument.startsWith('-') && argv[index - 1] !== '--engine');
  const hubCommands = commandName === 'hub' ? await import('@asc-assure/worker') : undefined;
  const program = buildProgram(context, hubCommands);
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT_CODES.ok;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    return reportError(error, output);
  }
}
