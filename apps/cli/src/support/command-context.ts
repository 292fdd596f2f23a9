import type { Clock } from '@asc-assure/engine-local';
import type { CliEnvironment } from '../env.js';
import type { ExitCode } from './exit-codes.js';
import type { Output } from './output.js';

/** What every command gets: the parsed environment, where to print, and where it runs. */
export interface CommandContext {
  readonly env: CliEnvironment;
  readonly output: Output;
  /** The folder relative paths are resolved from. */
  readonly cwd: string;
  /** A clock to use instead of the machine's (embedding and tests). */
  readonly clock: Clock | undefined;
  /** Set by a command whose check found problems; the run ends with it. */
  exitCode: ExitCode;
}
