import { isoDateSchema } from '@asc-assure/framework';
import {
  grantMembership,
  listCouncilApiTokens,
  listCouncilMemberships,
  revokeCouncilApiToken,
  revokeCouncilMembership,
  savePrincipal,
  getPrincipal,
} from '@asc-assure/store';
import { z } from '@hono/zod-openapi';
import type { ApiApp } from '../api-env.js';
import { createApiToken, principalIdSchema } from '../auth/api-tokens.js';
import { API_MESSAGES, ApiError } from '../http/api-error.js';
import { councilIdParam, councilParamsSchema } from '../openapi/common-schemas.js';
import { apiTokenResourceSchema, membershipResourceSchema } from '../openapi/resource-schemas.js';
import { apiTokenResource, membershipResource } from '../records/resources.js';
import { councilIdOf } from '../tenancy/council-access.js';
import { councilRoute } from './define-route.js';
import { recordCouncilChange, type RouteDependencies } from './route-dependencies.js';

/** Roles a council administrator can give on their council (hub administrators are made on hubs). */
const COUNCIL_ROLES = ['council-admin', 'contributor', 'reader', 'peer-reviewer'] as const;

const peerReviewerNeedsEnd = {
  message: "a peer reviewer's access must end: give expiresOn",
  path: ['expiresOn'],
};

/** A role to give someone who signs in with the council's identity provider. */
export const newMembershipSchema = z
  .strictObject({
    principalId: principalIdSchema.openapi({ description: 'For someone signing in with OpenID Connect: `oidc:` and their subject (Entra ID object id).', example: 'oidc:7d9e0a52-4d7a-4bd6-9d0e-1c2b3a4f5e6d' }),
    displayName: z.string().trim().min(1).max(200).optional(),
    role: z.enum(COUNCIL_ROLES),
    expiresOn: isoDateSchema.optional().openapi({ description: 'The last day the role applies.' }),
  })
  .refine((membership) => membership.role !== 'peer-reviewer' || membership.expiresOn !== undefined, peerReviewerNeedsEnd)
  .openapi('NewMembership');

/** A new API token for the council. */
export const newApiTokenSchema = z
  .strictObject({
    principalId: principalIdSchema.openapi({ description: 'Who the token acts as; the audit log names them.', example: 'service:bi-dashboard' }),
    displayName: z.string().trim().min(1).max(200).optional(),
    role: z.enum(COUNCIL_ROLES),
    expiresOn: isoDateSchema.optional().openapi({ description: 'The last day the token works.' }),
    label: z.string().trim().max(200).optional(),
  })
  .refine((token) => token.role !== 'peer-reviewer' || token.expiresOn !== undefined, peerReviewerNeedsEnd)
  .openapi('NewApiToken');

/** Who may act on a council: memberships (identity-provider users) and API tokens. */
export function registerAccessRoutes(app: ApiApp, deps: RouteDependencies): void {
  const { store, tenancy, authenticator } = deps;

  app.openapi(
    councilRoute(tenancy, 'members.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/members',
      tags: ['Access'],
      summary: "The roles people hold on the council (hub-wide roles are the hub's)",
      request: { params: councilParamsSchema },
      responses: { 200: { description: 'Memberships', content: { 'application/json': { schema: z.object({ items: z.array(membershipResourceSchema) }).openapi('MembershipList') } } } },
    }),
    async (c) => c.json({ items: (await listCouncilMemberships(store, councilIdOf(c))).map(membershipResource) }, 200),
  );

  app.openapi(
    councilRoute(tenancy, 'members.write', {
      method: 'post',
      path: '/v1/councils/{councilId}/members',
      tags: ['Access'],
      summary: 'Give someone a role on the council (replacing the role they had)',
      request: { params: councilParamsSchema, body: { content: { 'application/json': { schema: newMembershipSchema } }, required: true } },
      responses: { 201: { description: 'The membership', content: { 'application/json': { schema: membershipResourceSchema } } } },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const councilId = councilIdOf(c);
      const membership = await store.transaction(async (tx) => {
        const known = await getPrincipal(tx, body.principalId);
        if (known === undefined || body.displayName !== undefined) {
          await savePrincipal(tx, { id: body.principalId, displayName: body.displayName ?? known?.displayName ?? body.principalId });
        }
        const granted = await grantMembership(tx, { principalId: body.principalId, role: body.role, councilId, expiresOn: body.expiresOn ?? null, createdBy: c.get('principal').id });
        await recordCouncilChange(deps, c, tx, { action: 'membership.granted', subject: `membership/${granted.id}`, detail: { principalId: body.principalId, role: body.role, expiresOn: body.expiresOn ?? null } });
        return granted;
      });
      authenticator.forgetPrincipal(body.principalId);
      return c.json(membershipResource(membership), 201);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'members.write', {
      method: 'delete',
      path: '/v1/councils/{councilId}/members/{membershipId}',
      tags: ['Access'],
      summary: 'Take a role away',
      request: { params: z.object({ councilId: councilIdParam, membershipId: z.string().min(1).max(100).openapi({ param: { name: 'membershipId', in: 'path' } }) }) },
      responses: { 204: { description: 'Removed' } },
    }),
    async (c) => {
      const { membershipId } = c.req.valid('param');
      const councilId = councilIdOf(c);
      const memberships = await listCouncilMemberships(store, councilId);
      const membership = memberships.find((candidate) => candidate.id === membershipId);
      if (membership === undefined) throw new ApiError(404, 'not-found', API_MESSAGES.notFound(`Membership "${membershipId}"`));
      await store.transaction(async (tx) => {
        await revokeCouncilMembership(tx, { councilId, id: membershipId });
        await recordCouncilChange(deps, c, tx, { action: 'membership.revoked', subject: `membership/${membershipId}`, detail: { principalId: membership.principalId, role: membership.role } });
      });
      authenticator.forgetPrincipal(membership.principalId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'tokens.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/tokens',
      tags: ['Access'],
      summary: "The council's API tokens (never the tokens themselves)",
      request: { params: councilParamsSchema },
      responses: { 200: { description: 'Tokens, newest first', content: { 'application/json': { schema: z.object({ items: z.array(apiTokenResourceSchema) }).openapi('ApiTokenList') } } } },
    }),
    async (c) => c.json({ items: (await listCouncilApiTokens(store, councilIdOf(c))).map(apiTokenResource) }, 200),
  );

  app.openapi(
    councilRoute(tenancy, 'tokens.write', {
      method: 'post',
      path: '/v1/councils/{councilId}/tokens',
      tags: ['Access'],
      summary: 'Issue an API token for the council',
      description: 'The token is in this response and nowhere else: the server keeps only its SHA-256. Keep it like a password.',
      request: { params: councilParamsSchema, body: { content: { 'application/json': { schema: newApiTokenSchema } }, required: true } },
      responses: {
        201: {
          description: 'The token, shown once',
          content: { 'application/json': { schema: apiTokenResourceSchema.extend({ token: z.string().openapi({ example: 'asc_...' }) }).openapi('CreatedApiToken') } },
        },
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const councilId = councilIdOf(c);
      const created = await store.transaction(async (tx) => {
        const issued = await createApiToken(tx, {
          principal: body.principalId,
          displayName: body.displayName,
          role: body.role,
          councilId,
          expiresOn: body.expiresOn,
          label: body.label,
          createdBy: c.get('principal').id,
        });
        await recordCouncilChange(deps, c, tx, {
          action: 'api-token.issued',
          subject: `api-token/${issued.record.id}`,
          detail: { principalId: body.principalId, role: body.role, expiresOn: body.expiresOn ?? null, label: body.label ?? '' },
        });
        return issued;
      });
      return c.json({ ...apiTokenResource(created.record), token: created.token }, 201);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'tokens.write', {
      method: 'delete',
      path: '/v1/councils/{councilId}/tokens/{tokenId}',
      tags: ['Access'],
      summary: 'Revoke an API token (at once, on this server; within 30 seconds on others)',
      request: { params: z.object({ councilId: councilIdParam, tokenId: z.string().min(1).max(100).openapi({ param: { name: 'tokenId', in: 'path' } }) }) },
      responses: { 204: { description: 'Revoked' } },
    }),
    async (c) => {
      const { tokenId } = c.req.valid('param');
      const councilId = councilIdOf(c);
      await store.transaction(async (tx) => {
        const revoked = await revokeCouncilApiToken(tx, { councilId, id: tokenId, revokedAt: deps.clock.now() });
        if (revoked === undefined) throw new ApiError(404, 'not-found', API_MESSAGES.notFound(`API token "${tokenId}"`));
        await recordCouncilChange(deps, c, tx, { action: 'api-token.revoked', subject: `api-token/${tokenId}`, detail: { principalId: revoked.principalId } });
      });
      authenticator.forgetToken(tokenId);
      return c.body(null, 204);
    },
  );
}
