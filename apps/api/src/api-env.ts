import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Principal } from './auth/principal.js';
import type { CouncilAccess, HubAccess } from './tenancy/council-access.js';

/** What the middleware leaves on each request for the handlers after it. */
export interface ApiVariables {
  /** A short id for this request, returned in `X-Request-Id` and written with any server error. */
  requestId: string;
  /** Who is calling: set by authentication on every `/v1` request. */
  principal: Principal;
  /** The council a council-scoped route acts on, and the caller's role there: set by the tenancy module only. */
  council: CouncilAccess;
  /** The hub a hub-scoped route acts on: set by the tenancy module only. */
  hub: HubAccess;
  /** Councils whose data this request changed: their cached answers are dropped when it ends. */
  changedCouncilIds: Set<string>;
}

/** The Hono environment of the API. */
export interface ApiEnv {
  Variables: ApiVariables;
}

/** The API application: an OpenAPIHono app typed with {@link ApiEnv}. */
export type ApiApp = OpenAPIHono<ApiEnv>;
