import { randomUUID } from 'node:crypto';
import { pseudonymisationKeyFromHex, problemsFromZodError } from '@asc-assure/framework';
import { systemClock, type Clock } from '@asc-assure/engine-local';
import type { Engine } from '@asc-assure/lifecycle';
import { getOrCreatePseudonymisationKeyHex, type Store } from '@asc-assure/store';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import pino, { type Logger } from 'pino';
import type { ApiApp, ApiEnv } from './api-env.js';
import { createAuthenticator } from './auth/authenticator.js';
import type { OidcOptions } from './auth/oidc.js';
import { API_MESSAGES, ApiError } from './http/api-error.js';
import { CouncilReadCache } from './http/council-read-cache.js';
import { dashboardFile } from './http/dashboard-files.js';
import { errorResponse } from './http/error-response.js';
import { RateLimiter } from './http/rate-limit.js';
import { renderReferencePage } from './openapi/docs-page.js';
import { registerRoutes } from './routes/register-routes.js';
import type { PseudonymisationKeyProvider, RouteDependencies } from './routes/route-dependencies.js';
import { createTenancy } from './tenancy/council-access.js';

/** Limits that keep one caller from exhausting the server. */
export interface ApiLimits {
  /** Largest JSON body, in bytes (default 1 MiB). */
  readonly jsonBodyBytes?: number | undefined;
  /** Largest uploaded file (CSV, XLSX) or case-list extract (JSON rows), in bytes (default 20 MiB). */
  readonly uploadBodyBytes?: number | undefined;
  /** Requests per minute per caller (token, or address when signed out); default 600. */
  readonly requestsPerMinute?: number | undefined;
  /** Requests a caller may make at once before the per-minute rate applies; default 120. */
  readonly burst?: number | undefined;
  /** Failed sign-ins per minute per address before 429; default 30. */
  readonly authenticationFailuresPerMinute?: number | undefined;
  /** How long a checked token is remembered, in seconds; default 30. */
  readonly authenticationCacheSeconds?: number | undefined;
  /** Read answers remembered (only when the store is this process's alone); default 2000. */
  readonly readCacheEntries?: number | undefined;
  /** Take the caller's address from `X-Forwarded-For` (only behind a proxy you trust); default false. */
  readonly trustForwardedFor?: boolean | undefined;
}

/** What {@link createApp} needs. */
export interface CreateAppOptions {
  readonly store: Store;
  /** The lifecycle engine: engine-local (embedded default) or engine-temporal, chosen by configuration. */
  readonly engine: Engine;
  /** Where "today" and "now" come from; default the system clock in England's time zone. */
  readonly clock?: Clock | undefined;
  readonly auth?: { readonly oidc?: OidcOptions | undefined } | undefined;
  readonly limits?: ApiLimits | undefined;
  /** Where server faults are logged (with their stack; callers never see it). Default: silent. */
  readonly logger?: Logger | undefined;
  /**
   * Whether this process is the store's only writer, so read answers can be cached until the
   * council changes. Default: true for PGlite (its folder is locked to one process), false for PostgreSQL.
   */
  readonly exclusiveStore?: boolean | undefined;
  /** Where each council's pseudonymisation key comes from. Default: kept in the store, made on first use. */
  readonly pseudonymisationKeys?: PseudonymisationKeyProvider | undefined;
  /**
   * The built web dashboard (`webAssetsDirectory` from `@asc-assure/web`), served at `/` under
   * its own Content-Security-Policy. Default: none, so the API serves only the API.
   */
  readonly webAssetsDirectory?: string | undefined;
}

/** Paths the API answers; every other GET is a file of the dashboard, when there is one. */
const API_PATH = /^\/(?:v1(?:\/|$)|health$|openapi\.json$|docs$)/;

/**
 * What the dashboard's pages may load: scripts, styles, images and API calls from this origin
 * only, nothing inline. The API's own answers keep `default-src 'none'`.
 */
export const DASHBOARD_CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The API's version, as the OpenAPI document states it. */
export const API_VERSION = '1.0.0';

/** The top of the OpenAPI document. */
export const API_DOCUMENT_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'asc-assure API',
    version: API_VERSION,
    description:
      "Get an English council ready for, and through, the Care Quality Commission's assessment of its adult social care: evidence bank, self-assessment, actions and risks, the Information Return, case-tracking lists, readiness, deadlines, published results and the audit log. Every request but /health, this document and /docs needs `Authorization: Bearer <token>`.",
  },
} as const;

const UPLOAD_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'];

/**
 * JSON requests that carry a whole file's rows, so they get the upload limit: a case-list extract
 * of everyone a council assessed in a year (tens of thousands of people at about 440 bytes each).
 */
const FILE_SIZED_JSON_PATH = /^\/v1\/councils\/[^/]+\/assessments\/[^/]+\/case-list\/proposal$/;

function clientAddress(c: Context<ApiEnv>, trustForwardedFor: boolean): string {
  if (trustForwardedFor) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded !== undefined && forwarded !== '') return forwarded;
  }
  // @hono/node-server puts the Node request in the environment; app.request() in tests has none.
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

function storePseudonymisationKeys(store: Store): PseudonymisationKeyProvider {
  return { keyFor: async (councilId) => pseudonymisationKeyFromHex(await getOrCreatePseudonymisationKeyHex(store, councilId)) };
}

/**
 * The asc-assure HTTP API as a Hono app: pure wiring, no listening socket (serve it with
 * {@link startServer}, or call `app.request()` in tests). Routes are under `/v1`, council data
 * under `/v1/councils/{councilId}/...`; `/openapi.json` is the OpenAPI 3.1 document and `/docs`
 * a reference page rendered from it.
 *
 * @example
 * const store = await openStore({ kind: 'pglite', dataDir: './data' });
 * const app = createApp({ store, engine: createLocalEngine({ store }) });
 * const response = await app.request('/v1/councils', { headers: { authorization: `Bearer ${token}` } });
 */
export function createApp(options: CreateAppOptions): ApiApp {
  const { store, engine } = options;
  const clock = options.clock ?? systemClock;
  const limits = options.limits ?? {};
  const logger = options.logger ?? pino({ level: 'silent' });
  const jsonBodyBytes = limits.jsonBodyBytes ?? 1024 * 1024;
  const uploadBodyBytes = limits.uploadBodyBytes ?? 20 * 1024 * 1024;
  const trustForwardedFor = limits.trustForwardedFor ?? false;
  const cacheSeconds = limits.authenticationCacheSeconds ?? 30;
  const exclusive = options.exclusiveStore ?? store.dialect === 'pglite';

  const authenticator = createAuthenticator({ store, clock, oidc: options.auth?.oidc, cacheSeconds });
  const tenancy = createTenancy({ store, clock, cacheSeconds });
  const readCache = exclusive ? new CouncilReadCache({ capacity: limits.readCacheEntries ?? 2000 }) : undefined;
  const requestLimiter = new RateLimiter({ perMinute: limits.requestsPerMinute ?? 600, burst: limits.burst ?? 120 });
  const failureLimiter = new RateLimiter({ perMinute: limits.authenticationFailuresPerMinute ?? 30, burst: limits.authenticationFailuresPerMinute ?? 30 });
  const deps: RouteDependencies = {
    store,
    engine,
    clock,
    logger,
    tenancy,
    authenticator,
    readCache,
    pseudonymisationKeys: options.pseudonymisationKeys ?? storePseudonymisationKeys(store),
  };

  const app: ApiApp = new OpenAPIHono<ApiEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new ApiError(400, 'invalid-input', `${API_MESSAGES.invalidRequest}: ${result.error.issues.map((issue) => `${issue.path.join('.') || result.target}: ${issue.message}`).join('; ')}`, {
          problems: problemsFromZodError(result.error),
        });
      }
    },
  });

  app.onError((error, c) => errorResponse(error, c, logger));
  app.notFound(() => {
    throw new ApiError(404, 'not-found', API_MESSAGES.routeNotFound);
  });

  app.use('*', async (c, next) => {
    const requestId = randomUUID();
    const changed = new Set<string>();
    c.set('requestId', requestId);
    c.set('changedCouncilIds', changed);
    try {
      await next();
    } finally {
      // After the handler, so after its transaction committed (or rolled back: dropping a
      // cached answer for nothing costs one recomputation).
      for (const councilId of changed) readCache?.changed(councilId);
    }
    c.header('X-Request-Id', requestId);
  });

  const sharedHeaders = { strictTransportSecurity: 'max-age=31536000; includeSubDomains', referrerPolicy: 'no-referrer', crossOriginResourcePolicy: 'same-origin' } as const;
  const apiHeaders: MiddlewareHandler<ApiEnv> = secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], styleSrc: ["'unsafe-inline'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    ...sharedHeaders,
  });
  const dashboardHeaders: MiddlewareHandler<ApiEnv> = secureHeaders({ contentSecurityPolicy: DASHBOARD_CONTENT_SECURITY_POLICY, ...sharedHeaders });
  const servesDashboard = options.webAssetsDirectory !== undefined;
  const chooseHeaders: MiddlewareHandler<ApiEnv> = (c, next) => (servesDashboard && !API_PATH.test(c.req.path) ? dashboardHeaders(c, next) : apiHeaders(c, next));
  app.use('*', chooseHeaders);

  const tooLarge = (limit: number) => (): never => {
    throw new ApiError(413, 'payload-too-large', API_MESSAGES.payloadTooLarge(limit));
  };
  const jsonLimit = bodyLimit({ maxSize: jsonBodyBytes, onError: tooLarge(jsonBodyBytes) });
  const uploadLimit = bodyLimit({ maxSize: uploadBodyBytes, onError: tooLarge(uploadBodyBytes) });
  const limitBody: MiddlewareHandler<ApiEnv> = (c, next) => {
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    return UPLOAD_TYPES.includes(type) || FILE_SIZED_JSON_PATH.test(c.req.path) ? uploadLimit(c, next) : jsonLimit(c, next);
  };
  app.use('*', limitBody);

  const authenticate: MiddlewareHandler<ApiEnv> = async (c, next) => {
    const header = c.req.header('authorization');
    const credential = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
    const principal = credential === undefined ? undefined : await authenticator.authenticate(credential);
    if (principal === undefined) {
      const decision = failureLimiter.take(clientAddress(c, trustForwardedFor));
      if (!decision.allowed) {
        throw new ApiError(429, 'rate-limited', API_MESSAGES.rateLimited(decision.retryAfterSeconds), { headers: { 'Retry-After': String(decision.retryAfterSeconds) } });
      }
      throw new ApiError(401, 'unauthenticated', credential === undefined ? API_MESSAGES.unauthenticated : API_MESSAGES.tokenNotRecognised, {
        headers: { 'WWW-Authenticate': 'Bearer realm="asc-assure"' },
      });
    }
    c.set('principal', principal);
    await next();
  };
  const limitRate: MiddlewareHandler<ApiEnv> = async (c, next) => {
    const principal = c.get('principal') as ApiEnv['Variables']['principal'] | undefined;
    const decision = requestLimiter.take(principal === undefined ? `address:${clientAddress(c, trustForwardedFor)}` : `principal:${principal.tokenId ?? principal.id}`);
    if (!decision.allowed) {
      throw new ApiError(429, 'rate-limited', API_MESSAGES.rateLimited(decision.retryAfterSeconds), { headers: { 'Retry-After': String(decision.retryAfterSeconds) } });
    }
    await next();
  };
  app.use('/v1/*', authenticate);
  app.use('*', limitRate);
  const { webAssetsDirectory } = options;
  if (webAssetsDirectory !== undefined) {
    app.use('*', async (c, next) => {
      if (API_PATH.test(c.req.path) || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return next();
      const file = await dashboardFile(webAssetsDirectory, c.req.path);
      if (file === undefined) return next();
      return file;
    });
  }

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'An asc-assure API token (`asc_...`) or, when the server is configured for it, an OpenID Connect access token from the council\'s identity provider.',
  });
  registerRoutes(app, deps);

  app.doc31('/openapi.json', API_DOCUMENT_INFO);
  let referencePage: string | undefined;
  app.get('/docs', (c) => {
    referencePage ??= renderReferencePage(app.getOpenAPI31Document(API_DOCUMENT_INFO));
    return c.html(referencePage);
  });
  return app;
}
