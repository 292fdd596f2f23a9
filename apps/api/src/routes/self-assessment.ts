import { QUALITY_STATEMENT_IDS, parseInput, selfAssessmentStatementSchema } from '@asc-assure/framework';
import { getSelfAssessmentStatement, listSelfAssessmentStatements, upsertSelfAssessmentStatement, encodeAreaForImprovement } from '@asc-assure/store';
import { z } from '@hono/zod-openapi';
import type { ApiApp } from '../api-env.js';
import { API_MESSAGES, ApiError } from '../http/api-error.js';
import { councilJson } from '../http/council-json.js';
import { notModified, requireIfMatch, versionTag } from '../http/etag.js';
import { CONDITIONAL_ERROR_RESPONSES, councilIdParam, councilParamsSchema, etagHeader } from '../openapi/common-schemas.js';
import { selfAssessmentStatementResourceSchema } from '../openapi/resource-schemas.js';
import { selfAssessmentStatementResource } from '../records/resources.js';
import { councilIdOf } from '../tenancy/council-access.js';
import { councilRoute } from './define-route.js';
import { recordCouncilChange, type RouteDependencies } from './route-dependencies.js';

/** A self-assessment statement as saved: the framework's statement without its id (in the address) and date (today). */
export const selfAssessmentStatementBodySchema = selfAssessmentStatementSchema
  .omit({ qualityStatementId: true, updatedOn: true })
  .openapi('SelfAssessmentStatementBody');

const statementParamsSchema = z.object({
  councilId: councilIdParam,
  qualityStatementId: z.enum(QUALITY_STATEMENT_IDS).openapi({ param: { name: 'qualityStatementId', in: 'path' }, example: 'safeguarding' }),
});

const statementJson = (description: string) => ({ description, headers: etagHeader, content: { 'application/json': { schema: selfAssessmentStatementResourceSchema } } });

/** The self-assessment: one statement per quality statement, saved whole with `If-Match`. */
export function registerSelfAssessmentRoutes(app: ApiApp, deps: RouteDependencies): void {
  const { store, tenancy, clock } = deps;

  app.openapi(
    councilRoute(tenancy, 'self-assessment.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/self-assessment',
      tags: ['Self-assessment'],
      summary: 'The self-assessment, one statement per quality statement',
      request: { params: councilParamsSchema },
      responses: {
        200: {
          description: 'The statements written so far, by quality statement id',
          content: { 'application/json': { schema: z.object({ items: z.array(selfAssessmentStatementResourceSchema) }).openapi('SelfAssessment') } },
        },
      },
    }),
    (c) => councilJson(deps, c, async () => ({ items: (await listSelfAssessmentStatements(store, councilIdOf(c))).map(selfAssessmentStatementResource) })),
  );

  app.openapi(
    councilRoute(tenancy, 'self-assessment.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/self-assessment/{qualityStatementId}',
      tags: ['Self-assessment'],
      summary: 'The self-assessment of one quality statement',
      request: { params: statementParamsSchema },
      responses: { 200: statementJson('The statement'), 304: { description: 'Not changed since the ETag in If-None-Match' } },
    }),
    async (c) => {
      const { qualityStatementId } = c.req.valid('param');
      const record = await getSelfAssessmentStatement(store, { councilId: councilIdOf(c), qualityStatementId });
      if (record === undefined) throw new ApiError(404, 'not-found', API_MESSAGES.notFound(`The self-assessment of "${qualityStatementId}"`));
      const tag = versionTag(record.version);
      c.header('ETag', tag);
      if (notModified(c, tag)) return c.body(null, 304);
      return c.json(selfAssessmentStatementResource(record), 200);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'self-assessment.write', {
      method: 'put',
      path: '/v1/councils/{councilId}/self-assessment/{qualityStatementId}',
      tags: ['Self-assessment'],
      summary: 'Write or rewrite the self-assessment of one quality statement',
      description:
        'The first save needs no `If-Match`. Once the statement exists, send the ETag you read in `If-Match` (428 without it, 412 if someone else saved since). The day of the change is recorded as `updatedOn`.',
      request: {
        params: statementParamsSchema,
        headers: z.object({ 'if-match': z.string().optional().openapi({ description: 'The ETag last read; required once the statement exists.' }) }),
        body: { content: { 'application/json': { schema: selfAssessmentStatementBodySchema } }, required: true },
      },
      responses: { 200: statementJson('The statement as saved'), 201: statementJson('The statement, written for the first time'), ...CONDITIONAL_ERROR_RESPONSES },
    }),
    async (c) => {
      const { qualityStatementId } = c.req.valid('param');
      const body = c.req.valid('json');
      const councilId = councilIdOf(c);
      const statement = parseInput(selfAssessmentStatementSchema, { ...body, qualityStatementId, updatedOn: clock.today() }, 'The self-assessment cannot be saved');
      const what = `The self-assessment of "${qualityStatementId}"`;
      const hasIfMatch = c.req.header('if-match') !== undefined;
      const { record, created } = await store.transaction(async (tx) => {
        const current = await getSelfAssessmentStatement(tx, { councilId, qualityStatementId });
        let expected = 0;
        if (current !== undefined) {
          const ifMatch = requireIfMatch(c, what);
          expected = ifMatch.kind === 'any' ? current.version : ifMatch.version;
        } else if (hasIfMatch) {
          throw new ApiError(412, 'precondition-failed', `${what} does not exist yet (someone may have removed it): save it without If-Match to write it afresh.`);
        }
        const saved = await upsertSelfAssessmentStatement(tx, {
          councilId,
          qualityStatementId,
          narrative: statement.narrative,
          strengths: statement.strengths,
          areasForImprovement: statement.areasForImprovement.map(encodeAreaForImprovement),
          selfScore: statement.selfScore,
          updatedOn: statement.updatedOn,
          expectedVersion: expected,
        });
        await recordCouncilChange(deps, c, tx, {
          action: current === undefined ? 'self-assessment.created' : 'self-assessment.updated',
          subject: `self-assessment/${qualityStatementId}`,
          detail: { statement, version: saved.version },
        });
        return { record: saved, created: current === undefined };
      });
      c.header('ETag', versionTag(record.version));
      return c.json(selfAssessmentStatementResource(record), created ? 201 : 200);
    },
  );
}
