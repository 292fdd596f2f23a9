/**
 * @asc-assure/api: the asc-assure HTTP API (Hono, OpenAPI 3.1) over the store and a lifecycle
 * engine: councils and hubs, assessments and their events, evidence, self-assessment, actions,
 * risks, the Information Return, case lists, readiness, published results and the audit log.
 *
 * @packageDocumentation
 */
export { API_DOCUMENT_INFO, API_VERSION, createApp, DASHBOARD_CONTENT_SECURITY_POLICY } from './create-app.js';
export { openApiDocument } from './openapi-document.js';
export type { ApiLimits, CreateAppOptions } from './create-app.js';
export type { ApiApp, ApiEnv, ApiVariables } from './api-env.js';
export { API_TOKEN_PREFIX, apiTokenRequestSchema, createApiToken, hashApiToken } from './auth/api-tokens.js';
export type { ApiTokenRequest, CreatedApiToken } from './auth/api-tokens.js';
export type { OidcOptions } from './auth/oidc.js';
export type { AccessGrant, Principal } from './auth/principal.js';
export { PERMISSIONS, roleAllows } from './tenancy/permissions.js';
export type { Permission } from './tenancy/permissions.js';
export { ApiError } from './http/api-error.js';
export type { PseudonymisationKeyProvider } from './routes/route-dependencies.js';
export { serverOptionsFromEnvironment, startServer } from './server.js';
export type { EngineChoice, RunningServer, StartServerOptions } from './server.js';
export { apiEnvironmentSchema, parseApiEnvironment } from './env.js';
export type { ApiEnvironment } from './env.js';
