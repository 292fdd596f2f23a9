import { randomUUID } from 'node:crypto';
import { ACTION_STATUSES, actionSchema, parseInput } from '@asc-assure/framework';
import { createAction, deleteAction, getAction, listActions, updateAction, type ActionRecord } from '@asc-assure/store';
import { z } from '@hono/zod-openapi';
import type { ApiApp } from '../api-env.js';
import { API_MESSAGES, ApiError } from '../http/api-error.js';
import { councilJson } from '../http/council-json.js';
import { expectedVersion, notModified, requireIfMatch, versionTag } from '../http/etag.js';
import { pageOf, pageSchema, paginationQueryFields } from '../http/pagination.js';
import { CONDITIONAL_ERROR_RESPONSES, CONFLICT_ERROR_RESPONSE, councilIdParam, councilParamsSchema, etagHeader, ifMatchHeaderSchema } from '../openapi/common-schemas.js';
import { actionResourceSchema } from '../openapi/resource-schemas.js';
import { actionResource } from '../records/resources.js';
import { lockCouncilRow } from '../records/row-lock.js';
import { councilIdOf } from '../tenancy/council-access.js';
import { councilRoute } from './define-route.js';
import { recordCouncilChange, type RouteDependencies } from './route-dependencies.js';

const shape = actionSchema.shape;
const descriptionSchema = z.string().trim().max(4000, 'the description can be at most 4000 characters');
const assessmentIdSchema = z.string().trim().min(1).max(100);

/** A new improvement action: the framework's action (id optional), with a description and the assessment it answers. */
export const newActionSchema = z
  .strictObject({
    id: shape.id.optional(),
    title: shape.title,
    owner: shape.owner,
    dueDate: shape.dueDate,
    status: shape.status,
    qualityStatementIds: shape.qualityStatementIds,
    description: descriptionSchema.optional(),
    assessmentId: assessmentIdSchema.optional().openapi({ description: "One of this council's assessments." }),
  })
  .openapi('NewAction');

/** A change to an action; `null` clears the description or the assessment. */
export const actionChangesSchema = z
  .strictObject({
    title: shape.title.optional(),
    owner: shape.owner.optional(),
    dueDate: shape.dueDate.optional(),
    status: shape.status.optional(),
    qualityStatementIds: shape.qualityStatementIds.unwrap().optional(),
    description: descriptionSchema.nullable().optional(),
    assessmentId: assessmentIdSchema.nullable().optional(),
  })
  .openapi('ActionChanges');

const actionParamsSchema = z.object({
  councilId: councilIdParam,
  actionId: z.string().min(1).max(120).openapi({ param: { name: 'actionId', in: 'path' }, example: 'ACT-7' }),
});

const actionJson = (description: string) => ({ description, headers: etagHeader, content: { 'application/json': { schema: actionResourceSchema } } });

function checkedAction(fields: { id: string; title: string; owner: string; dueDate: string; status: string; qualityStatementIds: readonly string[] }, summary: string) {
  return parseInput(actionSchema, { ...fields, qualityStatementIds: [...fields.qualityStatementIds] }, summary);
}

/** The action plan: list, add, read, change and remove improvement actions. */
export function registerActionRoutes(app: ApiApp, deps: RouteDependencies): void {
  const { store, tenancy, clock } = deps;
  const notFound = (actionId: string) => new ApiError(404, 'not-found', API_MESSAGES.notFound(`Action "${actionId}"`));

  app.openapi(
    councilRoute(tenancy, 'actions.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/actions',
      tags: ['Actions and risks'],
      summary: 'The action plan, by due date',
      request: {
        params: councilParamsSchema,
        query: z.object({ status: z.enum(ACTION_STATUSES).optional(), assessmentId: assessmentIdSchema.optional(), ...paginationQueryFields }),
      },
      responses: { 200: { description: 'A page of actions', content: { 'application/json': { schema: pageSchema(actionResourceSchema, 'ActionPage') } } } },
    }),
    async (c) => {
      const { limit, cursor, status, assessmentId } = c.req.valid('query');
      return councilJson(deps, c, async () => pageOf((await listActions(store, { councilId: councilIdOf(c), status, assessmentId })).map(actionResource), { limit, cursor }));
    },
  );

  app.openapi(
    councilRoute(tenancy, 'actions.write', {
      method: 'post',
      path: '/v1/councils/{councilId}/actions',
      tags: ['Actions and risks'],
      summary: 'Add an action',
      request: { params: councilParamsSchema, body: { content: { 'application/json': { schema: newActionSchema } }, required: true } },
      responses: { 201: actionJson('The action added'), ...CONFLICT_ERROR_RESPONSE },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const action = checkedAction(
        { id: body.id ?? `ACT-${randomUUID()}`, title: body.title, owner: body.owner, dueDate: body.dueDate, status: body.status, qualityStatementIds: body.qualityStatementIds },
        'The action cannot be added',
      );
      const councilId = councilIdOf(c);
      const record = await store.transaction(async (tx) => {
        const created = await createAction(tx, {
          ...action,
          councilId,
          description: body.description ?? '',
          assessmentId: body.assessmentId ?? null,
          completedOn: action.status === 'done' ? clock.today() : null,
        });
        await recordCouncilChange(deps, c, tx, { action: 'action.created', subject: `action/${created.id}`, detail: { action: body } });
        return created;
      });
      c.header('ETag', versionTag(record.version));
      c.header('Location', `/v1/councils/${encodeURIComponent(councilId)}/actions/${encodeURIComponent(record.id)}`);
      return c.json(actionResource(record), 201);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'actions.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/actions/{actionId}',
      tags: ['Actions and risks'],
      summary: 'An action',
      request: { params: actionParamsSchema },
      responses: { 200: actionJson('The action'), 304: { description: 'Not changed since the ETag in If-None-Match' } },
    }),
    async (c) => {
      const { actionId } = c.req.valid('param');
      const record = await getAction(store, { councilId: councilIdOf(c), id: actionId });
      if (record === undefined) throw notFound(actionId);
      const tag = versionTag(record.version);
      c.header('ETag', tag);
      if (notModified(c, tag)) return c.body(null, 304);
      return c.json(actionResource(record), 200);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'actions.write', {
      method: 'patch',
      path: '/v1/councils/{councilId}/actions/{actionId}',
      tags: ['Actions and risks'],
      summary: 'Change an action',
      description: 'Send the ETag you read in `If-Match`. Marking an action done records today as the day it was completed.',
      request: { params: actionParamsSchema, headers: ifMatchHeaderSchema, body: { content: { 'application/json': { schema: actionChangesSchema } }, required: true } },
      responses: { 200: actionJson('The action as changed'), ...CONDITIONAL_ERROR_RESPONSES },
    }),
    async (c) => {
      const { actionId } = c.req.valid('param');
      const changes = c.req.valid('json');
      const ifMatch = requireIfMatch(c, `Action "${actionId}"`);
      const councilId = councilIdOf(c);
      const record = await store.transaction(async (tx) => {
        const current: ActionRecord | undefined = await getAction(tx, { councilId, id: actionId });
        if (current === undefined) throw notFound(actionId);
        const merged = checkedAction(
          {
            id: current.id,
            title: changes.title ?? current.title,
            owner: changes.owner ?? current.owner ?? '',
            dueDate: changes.dueDate ?? current.dueDate ?? '',
            status: changes.status ?? current.status,
            qualityStatementIds: changes.qualityStatementIds ?? current.qualityStatementIds,
          },
          'The action cannot be changed',
        );
        const completedOn = merged.status !== 'done' ? null : current.status === 'done' ? current.completedOn : clock.today();
        const updated = await updateAction(tx, {
          councilId,
          id: actionId,
          expectedVersion: expectedVersion(ifMatch, current.version),
          changes: {
            title: merged.title,
            owner: merged.owner,
            dueDate: merged.dueDate,
            status: merged.status,
            qualityStatementIds: merged.qualityStatementIds,
            completedOn,
            ...(changes.description === undefined ? {} : { description: changes.description ?? '' }),
            ...(changes.assessmentId === undefined ? {} : { assessmentId: changes.assessmentId }),
          },
        });
        await recordCouncilChange(deps, c, tx, { action: 'action.updated', subject: `action/${actionId}`, detail: { changes, version: updated.version } });
        return updated;
      });
      c.header('ETag', versionTag(record.version));
      return c.json(actionResource(record), 200);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'actions.write', {
      method: 'delete',
      path: '/v1/councils/{councilId}/actions/{actionId}',
      tags: ['Actions and risks'],
      summary: 'Remove an action',
      request: { params: actionParamsSchema, headers: ifMatchHeaderSchema },
      responses: { 204: { description: 'Removed' }, ...CONDITIONAL_ERROR_RESPONSES },
    }),
    async (c) => {
      const { actionId } = c.req.valid('param');
      const ifMatch = requireIfMatch(c, `Action "${actionId}"`);
      const councilId = councilIdOf(c);
      await store.transaction(async (tx) => {
        await lockCouncilRow(tx, 'actions', { councilId, id: actionId });
        const current = await getAction(tx, { councilId, id: actionId });
        if (current === undefined) throw notFound(actionId);
        if (expectedVersion(ifMatch, current.version) !== current.version) throw new ApiError(412, 'precondition-failed', API_MESSAGES.preconditionFailed(`Action "${current.title}"`));
        await deleteAction(tx, { councilId, id: actionId });
        await recordCouncilChange(deps, c, tx, { action: 'action.deleted', subject: `action/${actionId}`, detail: { title: current.title, version: current.version } });
      });
      return c.body(null, 204);
    },
  );
}
