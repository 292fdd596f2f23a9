import { z } from 'zod';

/**
 * engine-temporal's defaults (`DEFAULT_HUB_NAMESPACE`, `DEFAULT_HUB_TASK_QUEUE`), repeated so that
 * reading the settings does not load the Temporal SDK; env.test.ts checks they agree.
 */
export const WORKER_DEFAULTS = { namespace: 'default', taskQueue: 'asc-assure-hub' } as const;

/** Empty or blank counts as not set, as a shell's `VAR=` would mean. */
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const textWithDefault = (fallback: string) => optionalText.transform((value) => value ?? fallback);

/** `true`/`false` (also `1`/`0`, `yes`/`no`); unset is false. */
const booleanFlag = optionalText.pipe(
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
    .optional()
    .transform((value) => value === 'true' || value === '1' || value === 'yes'),
);

/** The log levels pino knows. */
export const WORKER_LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * The environment variables the hub worker (and the `hub` commands) read. Parsed once, here;
 * nothing else reads `process.env`, so every setting a hub can make is listed in one place.
 */
export const workerEnvironmentSchema = z.object({
  /** The Temporal frontend, `host:port`. The dev server's by default. */
  TEMPORAL_ADDRESS: textWithDefault('localhost:7233').pipe(z.string().regex(/^[^\s/]+:\d+$/, 'must be host:port, for example localhost:7233')),
  /** The hub's Temporal namespace. */
  TEMPORAL_NAMESPACE: textWithDefault(WORKER_DEFAULTS.namespace),
  /** The task queue the hub's workers poll and its clients start assessments on. */
  ASC_ASSURE_TASK_QUEUE: textWithDefault(WORKER_DEFAULTS.taskQueue),
  /** Connect to Temporal over TLS (a production cluster, Temporal Cloud). */
  TEMPORAL_TLS: booleanFlag,
  /** Client certificate (PEM file) for mutual TLS; implies TEMPORAL_TLS. */
  TEMPORAL_TLS_CERT_PATH: optionalText,
  /** Private key of the client certificate (PEM file). */
  TEMPORAL_TLS_KEY_PATH: optionalText,
  /** Certificate authority to trust instead of the system's (PEM file). */
  TEMPORAL_TLS_CA_PATH: optionalText,
  /** The server name to check the server's certificate against, when it differs from the host. */
  TEMPORAL_TLS_SERVER_NAME: optionalText,
  /** Temporal Cloud API key; implies TEMPORAL_TLS. */
  TEMPORAL_API_KEY: optionalText,
  /** The hub's PostgreSQL: read model, event log, sent notifications, audit log. */
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  /** The PostgreSQL schema the hub's tables live in (created if missing). Default: the server's search path. */
  ASC_ASSURE_DATABASE_SCHEMA: optionalText.pipe(
    z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case SQL name such as asc_assure')
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
  /** Signs webhook bodies (header X-Asc-Assure-Signature). */
  ASC_ASSURE_WEBHOOK_SECRET: optionalText,
  /**
   * A workflow bundle written by `asc-assure-worker bundle <file>` (at build or deploy time), so
   * a starting worker skips bundling. Default: bundle at start (a few seconds).
   */
  ASC_ASSURE_WORKFLOW_BUNDLE: optionalText,
  /** How much the worker logs. */
  LOG_LEVEL: textWithDefault('info').pipe(z.enum(WORKER_LOG_LEVELS, { error: `must be one of ${WORKER_LOG_LEVELS.join(', ')}` })),
  /** Seconds a stopping worker lets running activities finish before cancelling them. */
  ASC_ASSURE_SHUTDOWN_GRACE_SECONDS: textWithDefault('30').pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number of seconds')
      .transform(Number)
      .pipe(z.int().max(3600, 'must be at most 3600 seconds')),
  ),
});

/** The parsed environment. */
export type WorkerEnvironment = z.output<typeof workerEnvironmentSchema>;

/** One problem with an environment variable, for the error message. */
export interface WorkerEnvironmentProblem {
  readonly variable: string;
  readonly message: string;
}

/** The result of {@link parseWorkerEnvironment}. */
export type ParsedWorkerEnvironment =
  | { readonly ok: true; readonly env: WorkerEnvironment }
  | { readonly ok: false; readonly problems: readonly WorkerEnvironmentProblem[] };

/**
 * Parses the environment (the process's own unless another is given, as tests do). Never
 * throws: bad values come back as problems to report, every one at once. Also checks settings
 * that only make sense together (SMTP needs a sender and recipients; a certificate needs its key).
 *
 * @example
 * const parsed = parseWorkerEnvironment();
 * if (!parsed.ok) for (const problem of parsed.problems) console.error(`${problem.variable}: ${problem.message}`);
 */
export function parseWorkerEnvironment(source: Readonly<Record<string, string | undefined>> = process.env): ParsedWorkerEnvironment {
  const result = workerEnvironmentSchema.safeParse(source);
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? 'environment'), message: issue.message })) };
  }
  const env = result.data;
  const problems: WorkerEnvironmentProblem[] = [];
  if (env.ASC_ASSURE_SMTP_URL !== undefined && env.ASC_ASSURE_NOTIFY_FROM === undefined) {
    problems.push({ variable: 'ASC_ASSURE_NOTIFY_FROM', message: 'must be set when ASC_ASSURE_SMTP_URL is: the sender of reminder emails' });
  }
  if (env.ASC_ASSURE_SMTP_URL !== undefined && env.ASC_ASSURE_NOTIFY_TO.length === 0) {
    problems.push({ variable: 'ASC_ASSURE_NOTIFY_TO', message: 'must be set when ASC_ASSURE_SMTP_URL is: who receives reminder emails' });
  }
  if ((env.TEMPORAL_TLS_CERT_PATH === undefined) !== (env.TEMPORAL_TLS_KEY_PATH === undefined)) {
    problems.push({ variable: env.TEMPORAL_TLS_CERT_PATH === undefined ? 'TEMPORAL_TLS_CERT_PATH' : 'TEMPORAL_TLS_KEY_PATH', message: 'a client certificate and its key go together: set both or neither' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, env };
}

/** Whether the connection to Temporal uses TLS: asked for, or implied by a certificate or an API key. */
export function usesTemporalTls(env: WorkerEnvironment): boolean {
  return env.TEMPORAL_TLS || env.TEMPORAL_TLS_CERT_PATH !== undefined || env.TEMPORAL_API_KEY !== undefined || env.TEMPORAL_TLS_CA_PATH !== undefined;
}
