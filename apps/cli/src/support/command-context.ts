import type { Clock } from '@asc-assure/engine-local';
import type { CliEnvironment, EngineKind } from '../env.js';
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
  /**
   * Every environment variable as given, for settings another package parses itself (the hub's
   * Temporal settings, read by `@asc-assure/worker`).
   */
  readonly environment: Readonly<Record<string, string | undefined>>;
  /** The engine the lifecycle commands use: `--engine`, else ASC_ASSURE_ENGINE, else local. */
  engineKind: EngineKind;
  /** Set by a command whose check found problems; the run ends with it. */
  exitCode: ExitCode;
}
