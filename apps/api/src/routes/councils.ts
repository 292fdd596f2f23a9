import { z } from '@hono/zod-openapi';
import { ACCESS_ROLE_IDS, addCouncilToHub, getCouncil, listCouncilIdsOfHubs, listCouncils, listHubIdsOfCouncil, saveCouncil } from '@asc-assure/store';
import type { ApiApp } from '../api-env.js';
import { grantIsCurrent } from '../auth/principal.js';
import { API_MESSAGES, ApiError } from '../http/api-error.js';
import { CONFLICT_ERROR_RESPONSE, councilParamsSchema } from '../openapi/common-schemas.js';
import { councilIdOf, hubIdOf } from '../tenancy/council-access.js';
import { authenticatedRoute, councilRoute, hubRoute } from './define-route.js';
import { recordChange, type RouteDependencies } from './route-dependencies.js';

const councilSchema = z
  .object({
    id: z.string().openapi({ example: 'gloucestershire' }),
    name: z.string().openapi({ example: 'Gloucestershire County Council' }),
    createdAt: z.string(),
    role: z.enum(ACCESS_ROLE_IDS).openapi({ description: 'Your role on this council.' }),
  })
  .openapi('Council');

const principalSchema = z
  .object({
    id: z.string().openapi({ description: 'The id the audit log records for you.', example: 'user:alice' }),
    displayName: z.string(),
    via: z.enum(['api-token', 'oidc']),
    grants: z.array(
      z.object({
        role: z.enum(ACCESS_ROLE_IDS),
        councilId: z.string().nullable(),
        hubId: z.string().nullable(),
        expiresOn: z.string().nullable(),
        current: z.boolean().openapi({ description: 'False once the grant has expired.' }),
      }),
    ),
  })
  .openapi('Principal');

const newCouncilSchema = z
  .strictObject({
    id: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'the council id must be kebab-case, for example gloucestershire or north-east-lincolnshire'),
    name: z.string().trim().min(1, 'the council name cannot be empty').max(200),
  })
  .openapi('NewCouncil');

/** Who am I, which councils can I see, a council's details, and adding a council to a hub. */
export function registerCouncilRoutes(app: ApiApp, deps: RouteDependencies): void {
  app.openapi(
    authenticatedRoute({
      method: 'get',
      path: '/v1/me',
      tags: ['Councils'],
      summary: 'Who you are signed in as, and your roles',
      responses: { 200: { description: 'You', content: { 'application/json': { schema: principalSchema } } } },
    }),
    (c) => {
      const principal = c.get('principal');
      const today = deps.clock.today();
      return c.json(
        {
          id: principal.id,
          displayName: principal.displayName,
          via: principal.via,
          grants: principal.grants.map((grant) => ({ ...grant, current: grantIsCurrent(grant, today) })),
        },
        200,
      );
    },
  );

  app.openapi(
    authenticatedRoute({
      method: 'get',
      path: '/v1/councils',
      tags: ['Councils'],
      summary: 'The councils you have a role on',
      responses: { 200: { description: 'Councils, by id', content: { 'application/json': { schema: z.object({ items: z.array(councilSchema) }).openapi('CouncilList') } } } },
    }),
    async (c) => {
      const principal = c.get('principal');
      const today = deps.clock.today();
      const current = principal.grants.filter((grant) => grantIsCurrent(grant, today));
      const hubCouncilIds = await listCouncilIdsOfHubs(
        deps.store,
        current.flatMap((grant) => (grant.hubId === null ? [] : [grant.hubId])),
      );
      const candidateIds = new Set([...current.flatMap((grant) => (grant.councilId === null ? [] : [grant.councilId])), ...hubCouncilIds]);
      const councils = (await listCouncils(deps.store)).filter((council) => candidateIds.has(council.id));
      const items = [];
      for (const council of councils) {
        const role = await deps.tenancy.councilRole(principal, council.id);
        if (role !== undefined) items.push({ ...council, role });
      }
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    councilRoute(deps.tenancy, 'council.read', {
      method: 'get',
      path: '/v1/councils/{councilId}',
      tags: ['Councils'],
      summary: 'A council',
      request: { params: councilParamsSchema },
      responses: { 200: { description: 'The council', content: { 'application/json': { schema: councilSchema } } } },
    }),
    async (c) => {
      const council = await getCouncil(deps.store, councilIdOf(c));
      if (council === undefined) throw new ApiError(404, 'not-found', API_MESSAGES.councilNotFound(councilIdOf(c)));
      return c.json({ ...council, role: c.get('council').role }, 200);
    },
  );

  app.openapi(
    hubRoute(deps.tenancy, 'council.create', {
      method: 'post',
      path: '/v1/hubs/{hubId}/councils',
      tags: ['Councils'],
      summary: 'Add a council to your hub',
      description: "Adds the council to the store and to the hub, so the hub's administrators can act on it. Saving a council already in the hub renames it; a council id taken outside the hub is refused (409).",
      request: {
        params: z.object({ hubId: z.string().min(1).max(100).openapi({ param: { name: 'hubId', in: 'path' }, example: 'south-west' }) }),
        body: { content: { 'application/json': { schema: newCouncilSchema } }, required: true },
      },
      responses: { 201: { description: 'The council', content: { 'application/json': { schema: councilSchema } } }, ...CONFLICT_ERROR_RESPONSE },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const hubId = hubIdOf(c);
      const council = await deps.store.transaction(async (tx) => {
        // A council already in the store joins this hub only if it is in it already: a hub
        // administrator must not take over another hub's council by naming it.
        if ((await getCouncil(tx, body.id)) !== undefined && !(await listHubIdsOfCouncil(tx, body.id)).includes(hubId)) {
          throw new ApiError(409, 'already-exists', `A council with the id "${body.id}" already exists outside this hub: choose another id, or ask its administrators.`);
        }
        const saved = await saveCouncil(tx, body);
        await addCouncilToHub(tx, { hubId, councilId: saved.id });
        await recordChange(deps, c, tx, saved.id, { action: 'council.added-to-hub', subject: `council/${saved.id}`, detail: { hubId, name: saved.name } });
        return saved;
      });
      deps.tenancy.forgetCouncilHubs(council.id);
      return c.json({ ...council, role: c.get('hub').role }, 201);
    },
  );
}
