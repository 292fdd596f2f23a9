import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/**
 * The environment variables the API server reads. Parsed once, here; nothing else in the API
 * reads `process.env`.
 */
export const apiEnvironmentSchema = z
  .object({
    /** The port to listen on (default 3000; 0 picks a free one). */
    PORT: optionalText
      .pipe(z.string().regex(/^\d{1,5}$/, 'must be a port number').optional())
      .transform((port) => (port === undefined ? 3000 : Number(port)))
      .pipe(z.number().int().max(65_535, 'must be a port number (at most 65535)')),
    /** The address to listen on (default 127.0.0.1: only this machine; 0.0.0.0 for everyone). */
    HOST: optionalText.transform((host) => host ?? '127.0.0.1'),
    /** A PostgreSQL server; without it the embedded database in ASC_ASSURE_HOME is used. */
    DATABASE_URL: optionalText.pipe(z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional()),
    /** The PostgreSQL schema to keep the tables in (default the connection's own). */
    DATABASE_SCHEMA: optionalText.pipe(z.string().regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case SQL name').optional()),
    /** The workspace folder; the embedded database is its `database` folder (default `.asc-assure`). */
    ASC_ASSURE_HOME: optionalText.transform((value) => value ?? '.asc-assure'),
    /** OpenID Connect issuer, e.g. `https://login.microsoftonline.com/<tenant id>/v2.0`. */
    OIDC_ISSUER: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) web address' }).optional()),
    /** The audience identity tokens must be for (the API's application id URI or client id). */
    OIDC_AUDIENCE: optionalText,
    /** Where the signing keys are (default: discovered from the issuer). */
    OIDC_JWKS_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) web address' }).optional()),
    /** The claim naming the user (default `sub`; `oid` for Entra ID object ids). */
    OIDC_SUBJECT_CLAIM: optionalText,
    /** `local` (in-process, default) or `temporal` (a hub's Temporal cluster). */
    ENGINE: optionalText.pipe(z.enum(['local', 'temporal']).optional()).transform((engine) => engine ?? 'local'),
    /** Temporal frontend address (ENGINE=temporal), default `localhost:7233`. */
    TEMPORAL_ADDRESS: optionalText.transform((value) => value ?? 'localhost:7233'),
    /** Temporal namespace (default `default`). */
    TEMPORAL_NAMESPACE: optionalText,
    /** Temporal task queue the hub's workers poll (default `asc-assure-hub`); the same variable as the worker's. */
    ASC_ASSURE_TASK_QUEUE: optionalText,
    /** pino log level: fatal, error, warn, info (default), debug, trace or silent. */
    LOG_LEVEL: optionalText.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional()).transform((level) => level ?? 'info'),
    /** Take the caller's address from X-Forwarded-For (only behind a proxy you trust). */
    TRUST_PROXY: optionalText.transform((value) => value === 'true' || value === '1'),
    /** Serve the built web dashboard from this folder at `/` (`asc-assure serve` sets it for you). */
    ASC_ASSURE_WEB_ASSETS: optionalText,
  })
  .refine((env) => (env.OIDC_ISSUER === undefined) === (env.OIDC_AUDIENCE === undefined), {
    path: ['OIDC_AUDIENCE'],
    message: 'set OIDC_ISSUER and OIDC_AUDIENCE together (or neither)',
  });

/** The parsed environment. */
export type ApiEnvironment = z.output<typeof apiEnvironmentSchema>;

/**
 * Parses environment variables (the process's own unless others are given). Throws an error
 * naming every variable that is wrong.
 */
export function parseApiEnvironment(source: Readonly<Record<string, string | undefined>> = process.env): ApiEnvironment {
  const result = apiEnvironmentSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${String(issue.path[0] ?? 'environment')}: ${issue.message}`);
  throw new Error(`The API server cannot start: ${problems.join('; ')}.`);
}
