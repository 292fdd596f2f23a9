import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import { AUTHENTICATED_ERROR_RESPONSES, SCOPED_ERROR_RESPONSES } from '../openapi/common-schemas.js';
import type { Tenancy } from '../tenancy/council-access.js';
import type { Permission } from '../tenancy/permissions.js';

/** The OpenAPI extension that records who may call an operation (read by the isolation test). */
export const ACCESS_EXTENSION = 'x-asc-assure-access';

/** Who may call an operation. */
export type RouteAccess =
  | { readonly scope: 'public' }
  | { readonly scope: 'authenticated' }
  | { readonly scope: 'council'; readonly permission: Permission }
  | { readonly scope: 'hub'; readonly permission: Permission };

type RouteInput = Omit<RouteConfig, 'middleware' | 'security'>;

/**
 * A route on one council (`/v1/councils/{councilId}/...`): the tenancy module resolves the
 * caller's role on the council and checks `permission` before the handler runs.
 */
export function councilRoute<const Config extends RouteInput>(tenancy: Tenancy, permission: Permission, config: Config) {
  return createRoute({
    ...config,
    responses: { ...AUTHENTICATED_ERROR_RESPONSES, ...SCOPED_ERROR_RESPONSES, ...config.responses },
    security: [{ bearerAuth: [] }],
    middleware: tenancy.requireCouncil(permission),
    [ACCESS_EXTENSION]: { scope: 'council', permission },
  });
}

/** A route on one hub (`/v1/hubs/{hubId}/...`), checked like {@link councilRoute}. */
export function hubRoute<const Config extends RouteInput>(tenancy: Tenancy, permission: Permission, config: Config) {
  return createRoute({
    ...config,
    responses: { ...AUTHENTICATED_ERROR_RESPONSES, ...SCOPED_ERROR_RESPONSES, ...config.responses },
    security: [{ bearerAuth: [] }],
    middleware: tenancy.requireHub(permission),
    [ACCESS_EXTENSION]: { scope: 'hub', permission },
  });
}

/** A route any authenticated caller may use (it decides per council what they see). */
export function authenticatedRoute<const Config extends RouteInput>(config: Config) {
  return createRoute({
    ...config,
    responses: { ...AUTHENTICATED_ERROR_RESPONSES, ...config.responses },
    security: [{ bearerAuth: [] }],
    [ACCESS_EXTENSION]: { scope: 'authenticated' },
  });
}

/** A route anyone may call, signed in or not. */
export function publicRoute<const Config extends RouteInput>(config: Config) {
  return createRoute({ ...config, security: [], [ACCESS_EXTENSION]: { scope: 'public' } });
}
