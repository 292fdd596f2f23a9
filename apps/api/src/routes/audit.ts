import { listAuditEntries, verifyAuditLog } from '@asc-assure/store';
import { z } from '@hono/zod-openapi';
import type { ApiApp } from '../api-env.js';
import { decodeCursor, encodeCursor, pageSchema, paginationQueryFields } from '../http/pagination.js';
import { councilParamsSchema } from '../openapi/common-schemas.js';
import { auditEntryResourceSchema } from '../openapi/resource-schemas.js';
import { auditEntryResource } from '../records/resources.js';
import { councilIdOf } from '../tenancy/council-access.js';
import { councilRoute, hubRoute } from './define-route.js';
import type { RouteDependencies } from './route-dependencies.js';

/** The audit log: a council's entries, and a check of the whole hash chain. */
export function registerAuditRoutes(app: ApiApp, deps: RouteDependencies): void {
  const { store, tenancy } = deps;

  app.openapi(
    councilRoute(tenancy, 'audit.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/audit',
      tags: ['Audit'],
      summary: "The council's audit log, oldest first: who changed what, and when",
      request: { params: councilParamsSchema, query: z.object(paginationQueryFields) },
      responses: { 200: { description: 'A page of audit entries', content: { 'application/json': { schema: pageSchema(auditEntryResourceSchema, 'AuditEntryPage') } } } },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const afterSequence = decodeCursor(cursor, 'number');
      const entries = await listAuditEntries(store, { councilId: councilIdOf(c), afterSequence, limit: limit + 1 });
      const items = entries.slice(0, limit).map(auditEntryResource);
      const last = items.at(-1);
      return c.json({ items, nextCursor: entries.length > limit && last !== undefined ? encodeCursor(last.sequence) : null }, 200);
    },
  );

  app.openapi(
    hubRoute(tenancy, 'audit.verify', {
      method: 'get',
      path: '/v1/hubs/{hubId}/audit/verification',
      tags: ['Audit'],
      summary: 'Check that the whole audit log is exactly as written',
      description: 'Walks the hash chain of every entry (all councils share one chain). Pass the head kept from an earlier check to catch entries removed from the end.',
      request: {
        params: z.object({ hubId: z.string().min(1).max(100).openapi({ param: { name: 'hubId', in: 'path' }, example: 'south-west' }) }),
        query: z.object({
          expectedHeadSequence: z.coerce.number().int().min(1).optional(),
          expectedHeadHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hexadecimal digits').optional(),
        }),
      },
      responses: {
        200: {
          description: 'The outcome',
          content: {
            'application/json': {
              schema: z.object({ ok: z.boolean(), checked: z.number().int(), firstBrokenSequence: z.number().int().optional(), message: z.string() }).openapi('AuditVerification'),
            },
          },
        },
      },
    }),
    async (c) => {
      const { expectedHeadSequence, expectedHeadHash } = c.req.valid('query');
      const expectedHead = expectedHeadSequence !== undefined && expectedHeadHash !== undefined ? { sequence: expectedHeadSequence, hash: expectedHeadHash } : undefined;
      return c.json(await verifyAuditLog(store, { expectedHead }), 200);
    },
  );
}
