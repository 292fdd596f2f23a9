import { randomUUID } from 'node:crypto';
import { evidenceItemSchema, InvalidInputError, parseInput } from '@asc-assure/framework';
import { deleteEvidenceItem, getEvidenceItem, insertEvidenceItems, listEvidenceItems, updateEvidenceItem, type EvidenceItemRecord, evidenceItemInputOf, evidenceItemFieldsOf, saveEvidenceItems } from '@asc-assure/store';
import { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { ApiApp } from '../api-env.js';
import { API_MESSAGES, ApiError } from '../http/api-error.js';
import { councilJson } from '../http/council-json.js';
import { expectedVersion, notModified, requireIfMatch, versionTag } from '../http/etag.js';
import { decodeCursor, encodeCursor, pageSchema, paginationQueryFields } from '../http/pagination.js';
import {
  CONDITIONAL_ERROR_RESPONSES,
  CONFLICT_ERROR_RESPONSE,
  councilIdParam,
  councilParamsSchema,
  etagHeader,
  ifMatchHeaderSchema,
} from '../openapi/common-schemas.js';
import { evidenceItemResourceSchema } from '../openapi/resource-schemas.js';
import { evidenceItemsFromTable } from '../documents/evidence-table.js';
import { evidenceItemResource } from '../records/resources.js';
import { lockCouncilRow } from '../records/row-lock.js';
import { councilIdOf } from '../tenancy/council-access.js';
import { councilRoute } from './define-route.js';
import { recordCouncilChange, type RouteDependencies } from './route-dependencies.js';
import { PAYLOAD_ERROR_RESPONSES } from '../openapi/common-schemas.js';
import { tableUploadBody, uploadedTable } from './uploads.js';

const shape = evidenceItemSchema.shape;

/** Items added by one import after which the table's statistics are refreshed. */
const ANALYZE_AFTER_ROWS = 500;

/** Ids an import's audit entry lists (the rest are counted), so one entry stays a readable size. */
const AUDITED_IDS = 1000;

/** A new evidence item: the framework's evidence item, with the id optional (one is made). */
export const newEvidenceItemSchema = z.strictObject({ ...shape, id: shape.id.optional() }).openapi('NewEvidenceItem');

/** A change to an evidence item: any of its fields; `null` clears an optional one. */
export const evidenceItemChangesSchema = z
  .strictObject({
    title: shape.title.optional(),
    description: shape.description.unwrap().nullable().optional(),
    qualityStatementIds: shape.qualityStatementIds.optional(),
    evidenceCategoryIds: shape.evidenceCategoryIds.optional(),
    owner: shape.owner.optional(),
    source: shape.source.unwrap().nullable().optional(),
    location: shape.location.unwrap().nullable().optional(),
    effectiveFrom: shape.effectiveFrom.optional(),
    effectiveTo: shape.effectiveTo.unwrap().nullable().optional(),
    reviewBy: shape.reviewBy.unwrap().nullable().optional(),
    tags: shape.tags.unwrap().optional(),
  })
  .openapi('EvidenceItemChanges');

const evidenceParamsSchema = z.object({
  councilId: councilIdParam,
  evidenceId: z.string().min(1).max(120).openapi({ param: { name: 'evidenceId', in: 'path' }, example: 'EV-0042' }),
});

const evidenceListQuerySchema = z.object({
  qualityStatementId: z.string().max(100).optional().openapi({ description: 'Only items mapped to this quality statement.' }),
  evidenceCategoryId: z.string().max(100).optional().openapi({ description: 'Only items in this evidence category.' }),
  owner: z.string().max(200).optional(),
  tag: z.string().max(100).optional(),
  reviewByOnOrBefore: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD').optional().openapi({ description: 'Only items due for review on or before this day.' }),
  ...paginationQueryFields,
});

const evidenceJson = (description: string) => ({ description, headers: etagHeader, content: { 'application/json': { schema: evidenceItemResourceSchema } } });

function withoutNulls<Value extends Record<string, unknown>>(value: Value): { [Key in keyof Value]: Exclude<Value[Key], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null)) as { [Key in keyof Value]: Exclude<Value[Key], null> };
}

/** The evidence bank: list with filters and pages, add, read, change and remove items. */
export function registerEvidenceRoutes(app: ApiApp, deps: RouteDependencies): void {
  const { store, tenancy } = deps;

  app.openapi(
    councilRoute(tenancy, 'evidence.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/evidence',
      tags: ['Evidence'],
      summary: 'The evidence bank, a page at a time',
      request: { params: councilParamsSchema, query: evidenceListQuerySchema },
      responses: { 200: { description: 'A page of evidence items, by id', content: { 'application/json': { schema: pageSchema(evidenceItemResourceSchema, 'EvidenceItemPage') } } } },
    }),
    async (c) => {
      const { limit, cursor, ...filter } = c.req.valid('query');
      return councilJson(deps, c, async () => {
        const after = decodeCursor(cursor, 'string');
        const page = await listEvidenceItems(store, { councilId: councilIdOf(c), ...filter }, { limit, ...(after === undefined ? {} : { after }) });
        return { items: page.items.map(evidenceItemResource), nextCursor: page.nextCursor === null ? null : encodeCursor(page.nextCursor) };
      });
    },
  );

  app.openapi(
    councilRoute(tenancy, 'evidence.write', {
      method: 'post',
      path: '/v1/councils/{councilId}/evidence',
      tags: ['Evidence'],
      summary: 'Add an evidence item',
      request: { params: councilParamsSchema, body: { content: { 'application/json': { schema: newEvidenceItemSchema } }, required: true } },
      responses: { 201: evidenceJson('The item added'), ...CONFLICT_ERROR_RESPONSE },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const item = parseInput(evidenceItemSchema, { ...body, id: body.id ?? `EV-${randomUUID()}` }, 'The evidence item cannot be added');
      const councilId = councilIdOf(c);
      const record = await store.transaction(async (tx) => {
        await insertEvidenceItems(tx, [{ ...item, councilId }]);
        await recordCouncilChange(deps, c, tx, { action: 'evidence.created', subject: `evidence/${item.id}`, detail: { item } });
        return getEvidenceItem(tx, { councilId, id: item.id });
      });
      if (record === undefined) throw new Error('The evidence item was added but cannot be read back.');
      c.header('ETag', versionTag(record.version));
      c.header('Location', `/v1/councils/${encodeURIComponent(councilId)}/evidence/${encodeURIComponent(record.id)}`);
      return c.json(evidenceItemResource(record), 201);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'evidence.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/evidence/{evidenceId}',
      tags: ['Evidence'],
      summary: 'An evidence item',
      request: { params: evidenceParamsSchema },
      responses: { 200: evidenceJson('The item'), 304: { description: 'Not changed since the ETag in If-None-Match' } },
    }),
    async (c) => {
      const { evidenceId } = c.req.valid('param');
      const record = await getEvidenceItem(store, { councilId: councilIdOf(c), id: evidenceId });
      if (record === undefined) throw new ApiError(404, 'not-found', API_MESSAGES.notFound(`Evidence item "${evidenceId}"`));
      const tag = versionTag(record.version);
      c.header('ETag', tag);
      if (notModified(c, tag)) return c.body(null, 304);
      return c.json(evidenceItemResource(record), 200);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'evidence.write', {
      method: 'patch',
      path: '/v1/councils/{councilId}/evidence/{evidenceId}',
      tags: ['Evidence'],
      summary: 'Change an evidence item',
      description: 'Send the ETag you read in `If-Match`. The changed item must still be a valid evidence item.',
      request: { params: evidenceParamsSchema, headers: ifMatchHeaderSchema, body: { content: { 'application/json': { schema: evidenceItemChangesSchema } }, required: true } },
      responses: { 200: evidenceJson('The item as changed'), ...CONDITIONAL_ERROR_RESPONSES },
    }),
    async (c) => {
      const { evidenceId } = c.req.valid('param');
      const changes = c.req.valid('json');
      const ifMatch = requireIfMatch(c, `Evidence item "${evidenceId}"`);
      const councilId = councilIdOf(c);
      const record = await store.transaction(async (tx) => {
        const current = await getEvidenceItem(tx, { councilId, id: evidenceId });
        if (current === undefined) throw new ApiError(404, 'not-found', API_MESSAGES.notFound(`Evidence item "${evidenceId}"`));
        const merged = { ...evidenceItemInputOf(current), ...withoutNulls(changes) };
        for (const [field, value] of Object.entries(changes)) if (value === null) delete (merged as Record<string, unknown>)[field];
        const item = parseInput(evidenceItemSchema, merged, 'The evidence item cannot be changed');
        const updated = await updateEvidenceItem(tx, {
          councilId,
          id: evidenceId,
          expectedVersion: expectedVersion(ifMatch, current.version),
          changes: evidenceItemFieldsOf(item),
        });
        await recordCouncilChange(deps, c, tx, { action: 'evidence.updated', subject: `evidence/${evidenceId}`, detail: { changes, version: updated.version } });
        return updated;
      });
      c.header('ETag', versionTag(record.version));
      return c.json(evidenceItemResource(record), 200);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'evidence.write', {
      method: 'delete',
      path: '/v1/councils/{councilId}/evidence/{evidenceId}',
      tags: ['Evidence'],
      summary: 'Remove an evidence item',
      request: { params: evidenceParamsSchema, headers: ifMatchHeaderSchema },
      responses: { 204: { description: 'Removed' }, ...CONDITIONAL_ERROR_RESPONSES },
    }),
    async (c) => {
      const { evidenceId } = c.req.valid('param');
      const ifMatch = requireIfMatch(c, `Evidence item "${evidenceId}"`);
      const councilId = councilIdOf(c);
      await store.transaction(async (tx) => {
        await lockCouncilRow(tx, 'evidence_items', { councilId, id: evidenceId });
        const current: EvidenceItemRecord | undefined = await getEvidenceItem(tx, { councilId, id: evidenceId });
        if (current === undefined) throw new ApiError(404, 'not-found', API_MESSAGES.notFound(`Evidence item "${evidenceId}"`));
        if (expectedVersion(ifMatch, current.version) !== current.version) {
          throw new ApiError(412, 'precondition-failed', API_MESSAGES.preconditionFailed(`Evidence item "${current.title}"`));
        }
        await deleteEvidenceItem(tx, { councilId, id: evidenceId });
        await recordCouncilChange(deps, c, tx, { action: 'evidence.deleted', subject: `evidence/${evidenceId}`, detail: { title: current.title, version: current.version } });
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'evidence.write', {
      method: 'post',
      path: '/v1/councils/{councilId}/evidence/import',
      tags: ['Evidence'],
      summary: 'Import an evidence bank file (CSV or Excel)',
      description:
        'Every row is checked with the framework\'s evidence item rules first. If any row has a problem, nothing is saved and every problem is listed with its spreadsheet row (`path: ["rows", 14, "reviewBy"]`). Otherwise, in one transaction, items whose id is already in the bank are updated and the rest added. Headings as the evidence bank export writes them, or the names councils use ("Review date", "Link", ...); an item without an id gets one from its title and start date, so importing the same file again updates the same items.',
      request: { params: councilParamsSchema, body: tableUploadBody },
      responses: {
        200: {
          description: 'What the import changed',
          content: {
            'application/json': {
              schema: z.object({ added: z.number().int(), updated: z.number().int(), ignoredHeadings: z.array(z.string()) }).openapi('EvidenceImportResult'),
            },
          },
        },
        ...PAYLOAD_ERROR_RESPONSES,
      },
    }),
    async (c) => {
      const table = await uploadedTable(c);
      const { items, problems, ignoredHeadings } = evidenceItemsFromTable(table);
      if (problems.length > 0) throw new InvalidInputError('The evidence file cannot be imported; nothing was saved', problems);
      const councilId = councilIdOf(c);
      const result = await store.transaction(async (tx) => {
        const counts = await saveEvidenceItems(tx, councilId, items);
        await recordCouncilChange(deps, c, tx, { action: 'evidence.imported', subject: 'evidence', detail: { ...counts, rows: table.rows.length, ids: items.slice(0, AUDITED_IDS).map((item) => item.id), ...(items.length > AUDITED_IDS ? { idsNotListed: items.length - AUDITED_IDS } : {}) } });
        return counts;
      });
      // PGlite has no autovacuum to refresh the planner's statistics: after a large import the
      // evidence pages would be planned as if the bank were still small.
      if (result.added >= ANALYZE_AFTER_ROWS) await sql`analyze evidence_items`.execute(store.db);
      return c.json({ ...result, ignoredHeadings: [...ignoredHeadings] }, 200);
    },
  );
}
