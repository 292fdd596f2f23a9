import { randomUUID } from 'node:crypto';
import { parseInput, riskSchema } from '@asc-assure/framework';
import { createRisk, deleteRisk, getRisk, listRisks, updateRisk } from '@asc-assure/store';
import { z } from '@hono/zod-openapi';
import type { ApiApp } from '../api-env.js';
import { API_MESSAGES, ApiError } from '../http/api-error.js';
import { councilJson } from '../http/council-json.js';
import { expectedVersion, notModified, requireIfMatch, versionTag } from '../http/etag.js';
import { pageOf, pageSchema, paginationQueryFields } from '../http/pagination.js';
import { CONDITIONAL_ERROR_RESPONSES, CONFLICT_ERROR_RESPONSE, councilIdParam, councilParamsSchema, etagHeader, ifMatchHeaderSchema } from '../openapi/common-schemas.js';
import { riskResourceSchema } from '../openapi/resource-schemas.js';
import { riskResource } from '../records/resources.js';
import { lockCouncilRow } from '../records/row-lock.js';
import { councilIdOf } from '../tenancy/council-access.js';
import { councilRoute } from './define-route.js';
import { recordCouncilChange, type RouteDependencies } from './route-dependencies.js';

/** Where a risk is: still open, mitigated (reduced, kept under review) or closed. */
export const RISK_STATUSES = ['open', 'mitigated', 'closed'] as const;

const shape = riskSchema.shape;
const descriptionSchema = z.string().trim().max(4000, 'the description can be at most 4000 characters');

/** A new risk: the framework's risk (id optional), with a status, description and review date. */
export const newRiskSchema = z
  .strictObject({
    id: shape.id.optional(),
    title: shape.title,
    owner: shape.owner,
    likelihood: shape.likelihood,
    impact: shape.impact,
    mitigation: shape.mitigation,
    qualityStatementIds: shape.qualityStatementIds,
    status: z.enum(RISK_STATUSES).default('open'),
    description: descriptionSchema.optional(),
    reviewBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD').optional(),
  })
  .openapi('NewRisk');

/** A change to a risk; `null` clears the description or the review date. */
export const riskChangesSchema = z
  .strictObject({
    title: shape.title.optional(),
    owner: shape.owner.optional(),
    likelihood: shape.likelihood.optional(),
    impact: shape.impact.optional(),
    mitigation: shape.mitigation.optional(),
    qualityStatementIds: shape.qualityStatementIds.unwrap().optional(),
    status: z.enum(RISK_STATUSES).optional(),
    description: descriptionSchema.nullable().optional(),
    reviewBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD').nullable().optional(),
  })
  .openapi('RiskChanges');

const riskParamsSchema = z.object({
  councilId: councilIdParam,
  riskId: z.string().min(1).max(120).openapi({ param: { name: 'riskId', in: 'path' }, example: 'RISK-3' }),
});

const riskJson = (description: string) => ({ description, headers: etagHeader, content: { 'application/json': { schema: riskResourceSchema } } });

/** The risk register: list, add, read, change and remove risks. */
export function registerRiskRoutes(app: ApiApp, deps: RouteDependencies): void {
  const { store, tenancy } = deps;
  const notFound = (riskId: string) => new ApiError(404, 'not-found', API_MESSAGES.notFound(`Risk "${riskId}"`));

  app.openapi(
    councilRoute(tenancy, 'risks.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/risks',
      tags: ['Actions and risks'],
      summary: 'The risk register, highest rating first',
      request: { params: councilParamsSchema, query: z.object({ status: z.enum(RISK_STATUSES).optional(), ...paginationQueryFields }) },
      responses: { 200: { description: 'A page of risks', content: { 'application/json': { schema: pageSchema(riskResourceSchema, 'RiskPage') } } } },
    }),
    async (c) => {
      const { limit, cursor, status } = c.req.valid('query');
      return councilJson(deps, c, async () => pageOf((await listRisks(store, { councilId: councilIdOf(c), status })).map(riskResource), { limit, cursor }));
    },
  );

  app.openapi(
    councilRoute(tenancy, 'risks.write', {
      method: 'post',
      path: '/v1/councils/{councilId}/risks',
      tags: ['Actions and risks'],
      summary: 'Add a risk',
      request: { params: councilParamsSchema, body: { content: { 'application/json': { schema: newRiskSchema } }, required: true } },
      responses: { 201: riskJson('The risk added'), ...CONFLICT_ERROR_RESPONSE },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const { status, description, reviewBy, ...fields } = body;
      const risk = parseInput(riskSchema, { ...fields, id: fields.id ?? `RISK-${randomUUID()}` }, 'The risk cannot be added');
      const councilId = councilIdOf(c);
      const record = await store.transaction(async (tx) => {
        const created = await createRisk(tx, { ...risk, councilId, status, description: description ?? '', reviewBy: reviewBy ?? null });
        await recordCouncilChange(deps, c, tx, { action: 'risk.created', subject: `risk/${created.id}`, detail: { risk: body } });
        return created;
      });
      c.header('ETag', versionTag(record.version));
      c.header('Location', `/v1/councils/${encodeURIComponent(councilId)}/risks/${encodeURIComponent(record.id)}`);
      return c.json(riskResource(record), 201);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'risks.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/risks/{riskId}',
      tags: ['Actions and risks'],
      summary: 'A risk',
      request: { params: riskParamsSchema },
      responses: { 200: riskJson('The risk'), 304: { description: 'Not changed since the ETag in If-None-Match' } },
    }),
    async (c) => {
      const { riskId } = c.req.valid('param');
      const record = await getRisk(store, { councilId: councilIdOf(c), id: riskId });
      if (record === undefined) throw notFound(riskId);
      const tag = versionTag(record.version);
      c.header('ETag', tag);
      if (notModified(c, tag)) return c.body(null, 304);
      return c.json(riskResource(record), 200);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'risks.write', {
      method: 'patch',
      path: '/v1/councils/{councilId}/risks/{riskId}',
      tags: ['Actions and risks'],
      summary: 'Change a risk',
      description: 'Send the ETag you read in `If-Match`.',
      request: { params: riskParamsSchema, headers: ifMatchHeaderSchema, body: { content: { 'application/json': { schema: riskChangesSchema } }, required: true } },
      responses: { 200: riskJson('The risk as changed'), ...CONDITIONAL_ERROR_RESPONSES },
    }),
    async (c) => {
      const { riskId } = c.req.valid('param');
      const changes = c.req.valid('json');
      const ifMatch = requireIfMatch(c, `Risk "${riskId}"`);
      const councilId = councilIdOf(c);
      const record = await store.transaction(async (tx) => {
        const current = await getRisk(tx, { councilId, id: riskId });
        if (current === undefined) throw notFound(riskId);
        const risk = parseInput(
          riskSchema,
          {
            id: current.id,
            title: changes.title ?? current.title,
            owner: changes.owner ?? current.owner ?? '',
            likelihood: changes.likelihood ?? current.likelihood,
            impact: changes.impact ?? current.impact,
            mitigation: changes.mitigation ?? current.mitigation,
            qualityStatementIds: [...(changes.qualityStatementIds ?? current.qualityStatementIds)],
          },
          'The risk cannot be changed',
        );
        const updated = await updateRisk(tx, {
          councilId,
          id: riskId,
          expectedVersion: expectedVersion(ifMatch, current.version),
          changes: {
            title: risk.title,
            owner: risk.owner,
            likelihood: risk.likelihood,
            impact: risk.impact,
            mitigation: risk.mitigation,
            qualityStatementIds: risk.qualityStatementIds,
            ...(changes.status === undefined ? {} : { status: changes.status }),
            ...(changes.description === undefined ? {} : { description: changes.description ?? '' }),
            ...(changes.reviewBy === undefined ? {} : { reviewBy: changes.reviewBy }),
          },
        });
        await recordCouncilChange(deps, c, tx, { action: 'risk.updated', subject: `risk/${riskId}`, detail: { changes, version: updated.version } });
        return updated;
      });
      c.header('ETag', versionTag(record.version));
      return c.json(riskResource(record), 200);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'risks.write', {
      method: 'delete',
      path: '/v1/councils/{councilId}/risks/{riskId}',
      tags: ['Actions and risks'],
      summary: 'Remove a risk',
      request: { params: riskParamsSchema, headers: ifMatchHeaderSchema },
      responses: { 204: { description: 'Removed' }, ...CONDITIONAL_ERROR_RESPONSES },
    }),
    async (c) => {
      const { riskId } = c.req.valid('param');
      const ifMatch = requireIfMatch(c, `Risk "${riskId}"`);
      const councilId = councilIdOf(c);
      await store.transaction(async (tx) => {
        await lockCouncilRow(tx, 'risks', { councilId, id: riskId });
        const current = await getRisk(tx, { councilId, id: riskId });
        if (current === undefined) throw notFound(riskId);
        if (expectedVersion(ifMatch, current.version) !== current.version) throw new ApiError(412, 'precondition-failed', API_MESSAGES.preconditionFailed(`Risk "${current.title}"`));
        await deleteRisk(tx, { councilId, id: riskId });
        await recordCouncilChange(deps, c, tx, { action: 'risk.deleted', subject: `risk/${riskId}`, detail: { title: current.title, version: current.version } });
      });
      return c.body(null, 204);
    },
  );
}
