import type { Clock } from '@asc-assure/engine-local';
import type { AssessmentView, Engine } from '@asc-assure/lifecycle';
import { listHubIdsOfCouncil, type AccessRoleId, type Store } from '@asc-assure/store';
import type { Context, MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../api-env.js';
import { grantIsCurrent, type Principal } from '../auth/principal.js';
import { API_MESSAGES, ApiError } from '../http/api-error.js';
import { BoundedCache } from '../http/bounded-cache.js';
import { ROLE_PRECEDENCE, roleAllows, type Permission } from './permissions.js';

/** The council a request acts on and the caller's role there, as the tenancy module decided. */
export interface CouncilAccess {
  readonly councilId: string;
  readonly role: AccessRoleId;
}

/** The hub a request acts on and the caller's role there. */
export interface HubAccess {
  readonly hubId: string;
  readonly role: AccessRoleId;
}

/** What the tenancy module needs. */
export interface TenancyOptions {
  readonly store: Store;
  readonly clock: Clock;
  /** How long a council's hubs are remembered, in seconds. */
  readonly cacheSeconds: number;
}

/**
 * Council isolation, in one place. Every council-scoped route (`/v1/councils/{councilId}/...`)
 * passes through {@link Tenancy.requireCouncil}: it resolves the caller's role on the council from
 * their grants (a role on the council itself, or on a hub the council belongs to, not expired) and
 * checks the route's permission. A council the caller has no role on answers 404, exactly like a
 * council that does not exist, so nothing about other councils leaks; a role without the
 * permission answers 403. Handlers read the council id only through {@link councilIdOf}.
 */
export interface Tenancy {
  requireCouncil(permission: Permission): MiddlewareHandler<ApiEnv>;
  requireHub(permission: Permission): MiddlewareHandler<ApiEnv>;
  /** The caller's role on a council, or undefined when they have none. */
  councilRole(principal: Principal, councilId: string): Promise<AccessRoleId | undefined>;
  /** Forgets which hubs a council is in (after it joins one). */
  forgetCouncilHubs(councilId: string): void;
}

function strongest(roles: readonly AccessRoleId[]): AccessRoleId | undefined {
  return ROLE_PRECEDENCE.find((role) => roles.includes(role));
}

/** Creates the tenancy module over the store. */
export function createTenancy(options: TenancyOptions): Tenancy {
  const hubsOfCouncil = new BoundedCache<string, readonly string[]>({ capacity: 10_000, ttlMilliseconds: options.cacheSeconds * 1000 });

  async function hubIdsOf(councilId: string): Promise<readonly string[]> {
    const cached = hubsOfCouncil.get(councilId);
    if (cached !== undefined) return cached;
    const hubIds = await listHubIdsOfCouncil(options.store, councilId);
    hubsOfCouncil.set(councilId, hubIds);
    return hubIds;
  }

  async function councilRole(principal: Principal, councilId: string): Promise<AccessRoleId | undefined> {
    const today = options.clock.today();
    const current = principal.grants.filter((grant) => grantIsCurrent(grant, today));
    const roles = current.filter((grant) => grant.councilId === councilId).map((grant) => grant.role);
    const hubGrants = current.filter((grant) => grant.hubId !== null);
    if (hubGrants.length > 0) {
      const hubIds = await hubIdsOf(councilId);
      roles.push(...hubGrants.filter((grant) => grant.hubId !== null && hubIds.includes(grant.hubId)).map((grant) => grant.role));
    }
    return strongest(roles);
  }

  function hubRole(principal: Principal, hubId: string): AccessRoleId | undefined {
    const today = options.clock.today();
    return strongest(principal.grants.filter((grant) => grant.hubId === hubId && grantIsCurrent(grant, today)).map((grant) => grant.role));
  }

  return {
    councilRole,
    requireCouncil(permission) {
      return async (c, next) => {
        const councilId = c.req.param('councilId');
        if (councilId === undefined) throw new Error(`The route ${c.req.routePath} asks for council access but has no {councilId}.`);
        const role = await councilRole(c.get('principal'), councilId);
        if (role === undefined) throw new ApiError(404, 'not-found', API_MESSAGES.councilNotFound(councilId));
        if (!roleAllows(role, permission)) throw new ApiError(403, 'forbidden', API_MESSAGES.forbidden(role, permission));
        c.set('council', { councilId, role });
        await next();
      };
    },
    requireHub(permission) {
      return async (c, next) => {
        const hubId = c.req.param('hubId');
        if (hubId === undefined) throw new Error(`The route ${c.req.routePath} asks for hub access but has no {hubId}.`);
        const role = hubRole(c.get('principal'), hubId);
        if (role === undefined) throw new ApiError(404, 'not-found', API_MESSAGES.hubNotFound(hubId));
        if (!roleAllows(role, permission)) throw new ApiError(403, 'forbidden', API_MESSAGES.forbidden(role, permission));
        c.set('hub', { hubId, role });
        await next();
      };
    },
    forgetCouncilHubs(councilId) {
      hubsOfCouncil.deleteWhere((_hubIds, key) => key === councilId);
    },
  };
}

/** The council the request acts on: the only way a handler learns a council id. */
export function councilIdOf(c: Context<ApiEnv>): string {
  return c.get('council').councilId;
}

/** The hub the request acts on. */
export function hubIdOf(c: Context<ApiEnv>): string {
  return c.get('hub').hubId;
}

/**
 * The assessment, if it belongs to the request's council; otherwise 404, the same answer as for
 * an assessment that does not exist. Assessments are addressed by id alone in the engines, so
 * this check is what keeps one council from reaching another's.
 */
export async function assessmentOfCouncil(engine: Engine, c: Context<ApiEnv>, assessmentId: string): Promise<AssessmentView> {
  const view = await engine.get(assessmentId);
  if (view === undefined || view.config.councilId !== councilIdOf(c)) {
    throw new ApiError(404, 'not-found', API_MESSAGES.notFound(`Assessment "${assessmentId}"`));
  }
  return view;
}
