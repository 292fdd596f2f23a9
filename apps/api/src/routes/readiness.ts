import { readinessAssessmentOf } from '@asc-assure/lifecycle';
import {
  analyseReadiness,
  compareScores,
  isoDateSchema,
  publishedResultSchema,
  QUALITY_STATEMENT_IDS,
  qualityStatementScoresSchema,
  rateLocalAuthority,
  type QualityStatementScores,
  type ReadinessReport,
} from '@asc-assure/framework';
import { getCouncil, listSelfAssessmentStatements, savePublishedResult, loadReadinessInput, publishedResultFor } from '@asc-assure/store';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ApiApp, ApiEnv } from '../api-env.js';
import { API_MESSAGES, ApiError } from '../http/api-error.js';
import { councilJson } from '../http/council-json.js';
import { assessmentParamsSchema, councilParamsSchema } from '../openapi/common-schemas.js';
import { ratingResultSchema, readinessReportSchema, scoreComparisonSchema } from '../openapi/report-schemas.js';
import { assessmentOfCouncil, councilIdOf } from '../tenancy/council-access.js';
import { authenticatedRoute, councilRoute } from './define-route.js';
import { recordCouncilChange, type RouteDependencies } from './route-dependencies.js';

/**
 * Items each attention list of the readiness report shows by default. A large evidence bank can
 * have thousands of stale items: the full lists would make every answer megabytes long, while a
 * dashboard shows the counts and the first few.
 */
const DEFAULT_ATTENTION_ITEMS = 50;

const readinessQuerySchema = z.object({
  assessmentId: z.string().min(1).max(100).optional().openapi({ description: "Compare with this assessment's published result, once there is one." }),
  asOf: isoDateSchema.optional().openapi({ description: 'Judge readiness on this day (default today).', example: '2025-06-30' }),
  attentionItems: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(DEFAULT_ATTENTION_ITEMS)
    .openapi({ description: `How many items each attention list (stale, expired, review due soon) shows; default ${DEFAULT_ATTENTION_ITEMS}. The counts in \`report.counts\` are always complete.` }),
});

const publishedResultBodySchema = publishedResultSchema.omit({ councilName: true }).openapi('PublishedResultBody');

const publishedResultResourceSchema = z
  .object({
    assessmentId: z.string(),
    publishedOn: z.string(),
    scores: z.record(z.string(), z.number().int()),
    rating: z.string(),
    ratingFollowsScores: z.boolean().openapi({ description: "Whether the rating is the one CQC's method gives from the scores (false suggests a typing mistake)." }),
  })
  .openapi('PublishedResult');

/** The council's readiness report: computed from its records on the day asked. */
export async function councilReadiness(
  deps: RouteDependencies,
  c: Context<ApiEnv>,
  query: { assessmentId?: string | undefined; asOf?: string | undefined; attentionItems?: number | undefined },
) {
  const councilId = councilIdOf(c);
  const view = query.assessmentId === undefined ? undefined : await assessmentOfCouncil(deps.engine, c, query.assessmentId);
  const council = await getCouncil(deps.store, councilId);
  const input = await loadReadinessInput(deps.store, councilId, readinessAssessmentOf(view));
  const full: ReadinessReport = analyseReadiness(input, { asOf: query.asOf ?? deps.clock.today() });
  const shown = query.attentionItems ?? Number.POSITIVE_INFINITY;
  const report: ReadinessReport = {
    ...full,
    staleItems: full.staleItems.slice(0, shown),
    expiredItems: full.expiredItems.slice(0, shown),
    reviewDueSoonItems: full.reviewDueSoonItems.slice(0, shown),
  };
  return { councilId, councilName: council?.name ?? councilId, assessmentId: view?.assessmentId ?? null, report };
}

async function selfScoresOf(deps: RouteDependencies, councilId: string): Promise<QualityStatementScores> {
  const statements = await listSelfAssessmentStatements(deps.store, councilId);
  const scores = Object.fromEntries(statements.flatMap((statement) => (statement.selfScore === null ? [] : [[statement.qualityStatementId, statement.selfScore]])));
  const missing = QUALITY_STATEMENT_IDS.filter((id) => !(id in scores));
  if (missing.length > 0) {
    throw new ApiError(409, 'self-assessment-incomplete', `There is nothing to compare yet: give a self-assessed score for ${missing.join(', ')} first.`);
  }
  return qualityStatementScoresSchema.parse(scores);
}

/** Readiness and the predicted rating, rating from scores, and CQC's published result beside the self-assessment. */
export function registerReadinessRoutes(app: ApiApp, deps: RouteDependencies): void {
  const { store, engine, tenancy } = deps;

  app.openapi(
    councilRoute(tenancy, 'readiness.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/readiness',
      tags: ['Readiness'],
      summary: 'How ready the council is: evidence coverage, findings, readiness score and predicted rating',
      request: { params: councilParamsSchema, query: readinessQuerySchema },
      responses: {
        200: {
          description: 'The readiness report',
          content: {
            'application/json': {
              schema: z.object({ councilId: z.string(), councilName: z.string(), assessmentId: z.string().nullable(), report: readinessReportSchema }).openapi('Readiness'),
            },
          },
        },
      },
    }),
    (c) =>
      councilJson(deps, c, async () => {
        const readiness = await councilReadiness(deps, c, c.req.valid('query'));
        // The report is plain JSON data; the schema describes its main fields and lets the rest through.
        return { ...readiness, report: readiness.report as unknown as z.infer<typeof readinessReportSchema> };
      }),
  );

  app.openapi(
    authenticatedRoute({
      method: 'post',
      path: '/v1/rate',
      tags: ['Readiness'],
      summary: 'The overall rating nine quality statement scores give, and what would move it',
      request: {
        body: {
          content: { 'application/json': { schema: z.strictObject({ scores: qualityStatementScoresSchema.meta({ id: 'QualityStatementScores' }) }).openapi('RatingRequest') } },
          required: true,
        },
      },
      responses: { 200: { description: 'The rating', content: { 'application/json': { schema: ratingResultSchema } } } },
    }),
    (c) => c.json(JSON.parse(JSON.stringify(rateLocalAuthority(c.req.valid('json').scores))) as z.infer<typeof ratingResultSchema>, 200),
  );

  app.openapi(
    councilRoute(tenancy, 'published-result.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/assessments/{assessmentId}/published-result',
      tags: ['Published results'],
      summary: "CQC's published result of the assessment",
      request: { params: assessmentParamsSchema },
      responses: { 200: { description: 'The published result', content: { 'application/json': { schema: publishedResultResourceSchema } } } },
    }),
    async (c) => {
      const view = await assessmentOfCouncil(engine, c, c.req.valid('param').assessmentId);
      const published = await publishedResultFor(store, councilIdOf(c), readinessAssessmentOf(view));
      if (published === undefined) throw new ApiError(404, 'not-found', API_MESSAGES.notFound(`A published result of assessment "${view.assessmentId}"`));
      return c.json(
        {
          assessmentId: view.assessmentId,
          publishedOn: published.publishedOn,
          scores: { ...published.scores },
          rating: published.rating,
          ratingFollowsScores: rateLocalAuthority(published.scores).rating === published.rating,
        },
        200,
      );
    },
  );

  app.openapi(
    councilRoute(tenancy, 'published-result.write', {
      method: 'put',
      path: '/v1/councils/{councilId}/assessments/{assessmentId}/published-result',
      tags: ['Published results'],
      summary: "Record CQC's published result (or correct it)",
      description: 'For an assessment whose lifecycle was not tracked to the end here; recording `report.published` as an event does the same.',
      request: { params: assessmentParamsSchema, body: { content: { 'application/json': { schema: publishedResultBodySchema } }, required: true } },
      responses: { 200: { description: 'The published result as saved', content: { 'application/json': { schema: publishedResultResourceSchema } } } },
    }),
    async (c) => {
      const view = await assessmentOfCouncil(engine, c, c.req.valid('param').assessmentId);
      const result = c.req.valid('json');
      const councilId = councilIdOf(c);
      await store.transaction(async (tx) => {
        await savePublishedResult(tx, { councilId, assessmentId: view.assessmentId, publishedOn: result.publishedOn, scores: result.scores, rating: result.rating });
        await recordCouncilChange(deps, c, tx, { action: 'published-result.saved', subject: `assessment/${view.assessmentId}/published-result`, detail: { ...result } });
      });
      return c.json(
        {
          assessmentId: view.assessmentId,
          publishedOn: result.publishedOn,
          scores: { ...result.scores },
          rating: result.rating,
          ratingFollowsScores: rateLocalAuthority(result.scores).rating === result.rating,
        },
        200,
      );
    },
  );

  app.openapi(
    councilRoute(tenancy, 'published-result.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/assessments/{assessmentId}/comparison',
      tags: ['Published results'],
      summary: "The self-assessment beside CQC's published result",
      request: { params: assessmentParamsSchema },
      responses: {
        200: { description: 'Statement by statement and overall', content: { 'application/json': { schema: scoreComparisonSchema } } },
        409: { description: 'The self-assessment has no score yet for some statements.', content: { 'application/json': { schema: z.unknown() } } },
      },
    }),
    async (c) => {
      const view = await assessmentOfCouncil(engine, c, c.req.valid('param').assessmentId);
      const published = await publishedResultFor(store, councilIdOf(c), readinessAssessmentOf(view));
      if (published === undefined) throw new ApiError(404, 'not-found', API_MESSAGES.notFound(`A published result of assessment "${view.assessmentId}"`));
      const comparison = compareScores(await selfScoresOf(deps, councilIdOf(c)), published);
      return c.json(JSON.parse(JSON.stringify(comparison)) as z.infer<typeof scoreComparisonSchema>, 200);
    },
  );
}
