import { AscAssureError, InvalidInputError } from '@asc-assure/framework';
import { ASSESSMENT_EVENT_LABELS, EventRefusedError } from '@asc-assure/lifecycle';
import { CommanderError } from 'commander';
import { CliError } from './cli-error.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import type { Output } from './output.js';

/** Error codes of `@asc-assure/store` that mean the database could not be used. */
const INFRASTRUCTURE_CODES: Readonly<Record<string, string>> = {
  'store-unavailable': 'Check that the database is running and DATABASE_URL is right, or unset DATABASE_URL to use the embedded database.',
  'store-locked': 'Another asc-assure command is using this workspace. Wait for it to finish (or close `asc-assure serve`) and try again.',
  'store-migration-failed': 'The database could not be updated to this version of asc-assure. Restore it from a backup or ask your IT team to look at the message above.',
  'temporal-unavailable': 'Start the hub\'s Temporal server (locally: `temporal server start-dev`), or check TEMPORAL_ADDRESS; leave out --engine temporal to use this workspace on its own.',
  'concurrent-update': 'Someone else changed the same record at the same moment. Run the command again.',
};

/**
 * Prints an error the way a council officer needs it (what went wrong, every problem, what to do
 * next) on stderr and returns the exit code it ends the run with.
 */
export function reportError(error: unknown, output: Output): ExitCode {
  const { colors } = output;
  const say = (message: string, problems: readonly string[], hint: string | undefined): void => {
    output.note(colors.red(message));
    for (const problem of problems) output.note(`  - ${problem}`);
    if (hint !== undefined) output.note(colors.dim(`Hint: ${hint}`));
  };

  if (CliError.isInstance(error)) {
    say(error.message, error.problems, error.hint);
    return error.exitCode;
  }
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return EXIT_CODES.ok;
    output.note(colors.dim('Hint: run `asc-assure --help`, or `asc-assure <command> --help`, to see what each command takes.'));
    return EXIT_CODES.badInput;
  }
  if (EventRefusedError.isInstance(error)) {
    const allowed = error.allowedEvents.map((type) => `${ASSESSMENT_EVENT_LABELS[type].label} (asc-assure event ${type})`);
    say(
      error.message,
      error.problems.map((problem) => problem.message),
      allowed.length === 0 ? 'This assessment has finished: no more events can be recorded.' : `What can be recorded now: ${allowed.join('; ')}.`,
    );
    return EXIT_CODES.eventRefused;
  }
  if (InvalidInputError.isInstance(error)) {
    const summary = error.message.split(': ')[0] ?? error.message;
    say(`${summary}.`, error.problems.map((problem) => problem.message), 'Fix what is listed and run the command again: nothing was changed.');
    return EXIT_CODES.badInput;
  }
  if (AscAssureError.isInstance(error) && Object.hasOwn(INFRASTRUCTURE_CODES, error.code)) {
    say(error.message, [], INFRASTRUCTURE_CODES[error.code]);
    return EXIT_CODES.infrastructure;
  }
  if (AscAssureError.isInstance(error)) {
    say(error.message, [], undefined);
    return EXIT_CODES.problemsFound;
  }
  const message = error instanceof Error ? error.message : String(error);
  say(`Something went wrong that asc-assure did not expect: ${message}`, [], 'Run the command again; if it keeps happening, send this message to whoever supports asc-assure at your council.');
  return EXIT_CODES.infrastructure;
}
