import { DEFAULT_INFORMATION_RETURN_ITEMS, INFORMATION_RETURN_STATUSES, informationReturnProgressSchema, parseInput, type InformationReturnStatus } from '@asc-assure/framework';
import { listInformationReturnProgress, upsertInformationReturnProgress, type InformationReturnProgressRecord } from '@asc-assure/store';
import { z } from '@hono/zod-openapi';
import type { ApiApp } from '../api-env.js';
import { API_MESSAGES, ApiError } from '../http/api-error.js';
import { assessmentIdParam, assessmentParamsSchema, councilIdParam } from '../openapi/common-schemas.js';
import { informationReturnItemResourceSchema } from '../openapi/resource-schemas.js';
import { assessmentOfCouncil, councilIdOf } from '../tenancy/council-access.js';
import { councilRoute } from './define-route.js';
import { recordCouncilChange, type RouteDependencies } from './route-dependencies.js';

/** Progress on one Information Return item, as sent (the item is in the address). */
export const informationReturnProgressBodySchema = z
  .strictObject({
    owner: z.string().trim().min(1, 'say who owns the item: a name or a role').max(200),
    status: z.enum(INFORMATION_RETURN_STATUSES),
    documentReference: z.string().trim().min(1).max(2048).optional().openapi({ description: 'Where the document is; required once ready or submitted.' }),
    notes: z.string().trim().max(4000).optional(),
    dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD').optional(),
  })
  .openapi('InformationReturnProgress');

function statusOf(record: InformationReturnProgressRecord | undefined): InformationReturnStatus {
  return (INFORMATION_RETURN_STATUSES as readonly string[]).includes(record?.status ?? '') ? (record?.status as InformationReturnStatus) : 'not-started';
}

function itemResource(item: (typeof DEFAULT_INFORMATION_RETURN_ITEMS)[number], record: InformationReturnProgressRecord | undefined) {
  return {
    id: item.id,
    title: item.title,
    description: item.description,
    kind: item.kind,
    required: item.required,
    qualityStatementIds: [...item.qualityStatementIds],
    status: statusOf(record),
    owner: record?.owner ?? null,
    documentReference: record?.documentReference ?? null,
    notes: record?.notes ?? '',
    dueDate: record?.dueDate ?? null,
    updatedAt: record?.updatedAt ?? null,
  };
}

/** The Information Return checklist of an assessment, and progress on each item. */
export function registerInformationReturnRoutes(app: ApiApp, deps: RouteDependencies): void {
  const { store, engine, tenancy } = deps;

  app.openapi(
    councilRoute(tenancy, 'information-return.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/assessments/{assessmentId}/information-return',
      tags: ['Information Return'],
      summary: 'The Information Return checklist with progress',
      request: { params: assessmentParamsSchema },
      responses: {
        200: {
          description: 'Every item, its status and owner, and the due date once CQC has asked',
          content: {
            'application/json': {
              schema: z
                .object({
                  assessmentId: z.string(),
                  dueDate: z.string().nullable(),
                  total: z.number().int(),
                  readyOrSubmitted: z.number().int(),
                  requiredOutstanding: z.number().int(),
                  items: z.array(informationReturnItemResourceSchema),
                })
                .openapi('InformationReturnChecklist'),
            },
          },
        },
      },
    }),
    async (c) => {
      const view = await assessmentOfCouncil(engine, c, c.req.valid('param').assessmentId);
      const progress = await listInformationReturnProgress(store, { councilId: councilIdOf(c), assessmentId: view.assessmentId });
      const byItem = new Map(progress.map((record) => [record.itemId, record]));
      const items = DEFAULT_INFORMATION_RETURN_ITEMS.map((item) => itemResource(item, byItem.get(item.id)));
      const done = (status: InformationReturnStatus) => status === 'ready' || status === 'submitted';
      return c.json(
        {
          assessmentId: view.assessmentId,
          dueDate: view.deadlines.find((deadline) => deadline.id === 'information-return')?.dueDate ?? null,
          total: items.length,
          readyOrSubmitted: items.filter((item) => done(item.status)).length,
          requiredOutstanding: items.filter((item) => item.required && !done(item.status)).length,
          items,
        },
        200,
      );
    },
  );

  app.openapi(
    councilRoute(tenancy, 'information-return.write', {
      method: 'put',
      path: '/v1/councils/{councilId}/assessments/{assessmentId}/information-return/{itemId}',
      tags: ['Information Return'],
      summary: 'Record progress on one Information Return item',
      request: {
        params: z.object({
          councilId: councilIdParam,
          assessmentId: assessmentIdParam,
          itemId: z.string().min(1).max(100).openapi({ param: { name: 'itemId', in: 'path' }, example: DEFAULT_INFORMATION_RETURN_ITEMS[0]?.id ?? 'item' }),
        }),
        body: { content: { 'application/json': { schema: informationReturnProgressBodySchema } }, required: true },
      },
      responses: { 200: { description: 'The item with its progress', content: { 'application/json': { schema: informationReturnItemResourceSchema } } } },
    }),
    async (c) => {
      const { assessmentId, itemId } = c.req.valid('param');
      const item = DEFAULT_INFORMATION_RETURN_ITEMS.find((candidate) => candidate.id === itemId);
      if (item === undefined) throw new ApiError(404, 'not-found', API_MESSAGES.notFound(`Information Return item "${itemId}"`));
      const view = await assessmentOfCouncil(engine, c, assessmentId);
      const progress = parseInput(informationReturnProgressSchema, { ...c.req.valid('json'), itemId }, 'The Information Return progress cannot be saved');
      const councilId = councilIdOf(c);
      const record = await store.transaction(async (tx) => {
        const saved = await upsertInformationReturnProgress(tx, { councilId, assessmentId: view.assessmentId, ...progress });
        await recordCouncilChange(deps, c, tx, { action: 'information-return.progress-recorded', subject: `information-return/${view.assessmentId}/${itemId}`, detail: { ...progress } });
        return saved;
      });
      return c.json(itemResource(item, record), 200);
    },
  );
}
