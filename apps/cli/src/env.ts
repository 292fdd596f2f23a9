import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** The engines the lifecycle commands can run on. */
export const ENGINE_KINDS = ['local', 'temporal'] as const;

/** Which engine runs the lifecycle commands. */
export type EngineKind = (typeof ENGINE_KINDS)[number];

/** The workspace folder when ASC_ASSURE_HOME is not set, relative to the current folder. */
export const DEFAULT_WORKSPACE_FOLDER = '.asc-assure';

/** Set and non-empty means on, whatever the value (the NO_COLOR convention, no-color.org). */
const presenceFlag = z
  .string()
  .optional()
  .transform((value) => value !== undefined && value !== '');

/**
 * The environment variables asc-assure reads. Parsed once, here; nothing else reads
 * `process.env`, so every setting a council can make is listed in one place.
 */
export const cliEnvironmentSchema = z.object({
  /** The workspace folder: config, embedded database and pseudonymisation key. */
  ASC_ASSURE_HOME: optionalText.transform((value) => value ?? DEFAULT_WORKSPACE_FOLDER),
  /** Use this PostgreSQL server instead of the embedded database in the workspace. */
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  /** Send reminders by email through this SMTP server (`smtp://user:password@host:587`). */
  ASC_ASSURE_SMTP_URL: optionalText.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
  ),
  /** The sender address of reminder emails. */
  ASC_ASSURE_NOTIFY_FROM: optionalText,
  /** Who gets reminder emails: addresses separated by commas or semicolons. */
  ASC_ASSURE_NOTIFY_TO: optionalText.transform((value) =>
    value === undefined
      ? []
      : value
          .split(/[;,]/)
          .map((address) => address.trim())
          .filter((address) => address.length > 0),
  ),
  /** Post reminders as JSON to this web address. */
  ASC_ASSURE_WEBHOOK_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be an http or https web address' }).optional()),
  /** Signs webhook bodies (header X-Asc-Assure-Signature) so the receiver can check they came from asc-assure. */
  ASC_ASSURE_WEBHOOK_SECRET: optionalText,
  /**
   * Which engine runs the lifecycle commands: `local` (the workspace's own database, the default)
   * or `temporal` (the regional hub's Temporal cluster, set up by TEMPORAL_ADDRESS and friends).
   * `--engine` on the command line wins over it.
   */
  ASC_ASSURE_ENGINE: optionalText.pipe(z.enum(ENGINE_KINDS, { error: 'must be local or temporal' }).default('local')),
  /** Turn colour off. */
  NO_COLOR: presenceFlag,
  /** Running under continuous integration: no progress bars, no colour. */
  CI: z
    .string()
    .optional()
    .transform((value) => value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false'),
});

/** The parsed environment. */
export type CliEnvironment = z.output<typeof cliEnvironmentSchema>;

/** One problem with an environment variable, for the error message. */
export interface EnvironmentProblem {
  readonly variable: string;
  readonly message: string;
}

/** The result of {@link parseCliEnvironment}. */
export type ParsedEnvironment =
  | {
      readonly ok: true;
      readonly env: CliEnvironment;
      /** Every variable as given, for settings another package parses itself (the hub's, by `@asc-assure/worker`). */
      readonly source: Readonly<Record<string, string | undefined>>;
    }
  | { readonly ok: false; readonly problems: readonly EnvironmentProblem[] };

/**
 * Parses environment variables (the process's own unless others are given, as tests and
 * embedders do). Never throws: a bad value comes back as a problem to report.
 */
export function parseCliEnvironment(source: Readonly<Record<string, string | undefined>> = process.env): ParsedEnvironment {
  const result = cliEnvironmentSchema.safeParse(source);
  if (result.success) return { ok: true, env: result.data, source };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? 'environment'), message: issue.message })),
  };
}
