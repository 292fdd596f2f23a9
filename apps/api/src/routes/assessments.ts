import { assessmentConfigSchema, assessmentEventSchema, assessmentIdSchema } from '@asc-assure/lifecycle';
import { getCouncil, listHubCouncilIds } from '@asc-assure/store';
import { z } from '@hono/zod-openapi';
import type { ApiApp } from '../api-env.js';
import { API_MESSAGES, ApiError } from '../http/api-error.js';
import { notModified, versionTag } from '../http/etag.js';
import { pageOf, pageSchema, paginationQueryFields } from '../http/pagination.js';
import { assessmentParamsSchema, CONFLICT_ERROR_RESPONSE, councilParamsSchema, etagHeader } from '../openapi/common-schemas.js';
import { assessmentResourceSchema, assessmentSummaryResourceSchema, deadlineResourceSchema, recordedEventResourceSchema } from '../openapi/resource-schemas.js';
import { assessmentResource, assessmentSummaryResource, deadlineResources, recordedEventResource } from '../records/resources.js';
import { assessmentOfCouncil, councilIdOf, hubIdOf } from '../tenancy/council-access.js';
import { councilRoute, hubRoute } from './define-route.js';
import { markCouncilChanged, recordCouncilChange, type RouteDependencies } from './route-dependencies.js';

/** Settings of a new assessment: the lifecycle's settings, less the council (taken from the address). */
export const assessmentSettingsSchema = assessmentConfigSchema.omit({ councilId: true, councilName: true }).openapi('AssessmentSettings');

/** A request to start tracking an assessment. */
export const newAssessmentSchema = z
  .strictObject({
    assessmentId: assessmentIdSchema.meta({ example: 'glos-2024' }),
    settings: assessmentSettingsSchema.optional(),
  })
  .openapi('NewAssessment');

const assessmentJson = (description: string) => ({ description, headers: etagHeader, content: { 'application/json': { schema: assessmentResourceSchema } } });

/** Assessments: start one, read its stage and deadlines, record what happened, see its history. */
export function registerAssessmentRoutes(app: ApiApp, deps: RouteDependencies): void {
  const { store, engine, tenancy, clock } = deps;

  app.openapi(
    councilRoute(tenancy, 'assessment.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/assessments',
      tags: ['Assessments'],
      summary: "The council's assessments",
      request: { params: councilParamsSchema, query: z.object(paginationQueryFields) },
      responses: { 200: { description: 'A page of assessments, by id', content: { 'application/json': { schema: pageSchema(assessmentSummaryResourceSchema, 'AssessmentPage') } } } },
    }),
    async (c) => {
      const summaries = await engine.list({ councilId: councilIdOf(c) });
      return c.json(pageOf(summaries.map(assessmentSummaryResource), c.req.valid('query')), 200);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'assessment.start', {
      method: 'post',
      path: '/v1/councils/{councilId}/assessments',
      tags: ['Assessments'],
      summary: 'Start tracking an assessment',
      description: "The assessment waits for CQC's notice. Settings left out take the framework's defaults (deadline rules, reminders, case-tracking numbers).",
      request: { params: councilParamsSchema, body: { content: { 'application/json': { schema: newAssessmentSchema } }, required: true } },
      responses: { 201: assessmentJson('The assessment'), ...CONFLICT_ERROR_RESPONSE },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const councilId = councilIdOf(c);
      const council = await getCouncil(store, councilId);
      if (council === undefined) throw new ApiError(404, 'not-found', API_MESSAGES.councilNotFound(councilId));
      const view = await engine.start({ assessmentId: body.assessmentId, config: { ...(body.settings ?? {}), councilId, councilName: council.name } });
      // The engine records the start in the audit log as the system; this entry says who asked.
      await recordCouncilChange(deps, c, store, { action: 'assessment.start-requested', subject: `assessment/${view.assessmentId}`, detail: { settings: body.settings ?? {} } });
      c.header('ETag', versionTag(view.state.version));
      c.header('Location', `/v1/councils/${encodeURIComponent(councilId)}/assessments/${encodeURIComponent(view.assessmentId)}`);
      return c.json(assessmentResource(view, clock.today()), 201);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'assessment.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/assessments/{assessmentId}',
      tags: ['Assessments'],
      summary: 'An assessment: its stage, deadlines and the events it can take now',
      request: { params: assessmentParamsSchema },
      responses: { 200: assessmentJson('The assessment'), 304: { description: 'Not changed since the ETag in If-None-Match' } },
    }),
    async (c) => {
      const view = await assessmentOfCouncil(engine, c, c.req.valid('param').assessmentId);
      const tag = versionTag(view.state.version);
      c.header('ETag', tag);
      if (notModified(c, tag)) return c.body(null, 304);
      return c.json(assessmentResource(view, clock.today()), 200);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'assessment.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/assessments/{assessmentId}/events',
      tags: ['Assessments'],
      summary: 'What has happened so far, oldest first',
      request: { params: assessmentParamsSchema, query: z.object(paginationQueryFields) },
      responses: { 200: { description: 'A page of recorded events', content: { 'application/json': { schema: pageSchema(recordedEventResourceSchema, 'RecordedEventPage') } } } },
    }),
    async (c) => {
      const view = await assessmentOfCouncil(engine, c, c.req.valid('param').assessmentId);
      const history = await engine.history(view.assessmentId);
      return c.json(pageOf(history.map(recordedEventResource), c.req.valid('query')), 200);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'assessment.event', {
      method: 'post',
      path: '/v1/councils/{councilId}/assessments/{assessmentId}/events',
      tags: ['Assessments'],
      summary: 'Record what happened (CQC notice received, Information Return submitted, ...)',
      description:
        'The event goes through the lifecycle: one the assessment cannot take now is refused with 409, its reason and the events allowed instead, and nothing changes. `actor` is set to you. Send the assessment\'s ETag in `If-Match` to be refused (412) if someone else recorded an event since you looked.',
      request: {
        params: assessmentParamsSchema,
        headers: z.object({ 'if-match': z.string().optional().openapi({ description: 'Optional: the assessment ETag last read.' }) }),
        body: { content: { 'application/json': { schema: assessmentEventSchema.meta({ id: 'AssessmentEvent' }) } }, required: true },
      },
      responses: { 201: assessmentJson('The assessment after the event'), ...CONFLICT_ERROR_RESPONSE, 412: CONFLICT_ERROR_RESPONSE[409] },
    }),
    async (c) => {
      const { assessmentId } = c.req.valid('param');
      const event = c.req.valid('json');
      const current = await assessmentOfCouncil(engine, c, assessmentId);
      const ifMatch = c.req.header('if-match');
      if (ifMatch !== undefined && ifMatch.trim() !== '*' && ifMatch.replace(/^W\//, '').trim() !== versionTag(current.state.version)) {
        throw new ApiError(412, 'precondition-failed', API_MESSAGES.preconditionFailed(`Assessment "${assessmentId}"`));
      }
      const view = await engine.send(assessmentId, { ...event, actor: c.get('principal').id });
      markCouncilChanged(c, councilIdOf(c));
      c.header('ETag', versionTag(view.state.version));
      return c.json(assessmentResource(view, clock.today()), 201);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'assessment.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/assessments/{assessmentId}/deadlines',
      tags: ['Assessments'],
      summary: 'The deadlines armed so far, with reminder dates and working days left',
      request: { params: assessmentParamsSchema },
      responses: {
        200: {
          description: 'Deadlines, soonest first',
          content: { 'application/json': { schema: z.object({ assessmentId: z.string(), asOf: z.string(), items: z.array(deadlineResourceSchema) }).openapi('DeadlineList') } },
        },
      },
    }),
    async (c) => {
      const view = await assessmentOfCouncil(engine, c, c.req.valid('param').assessmentId);
      const today = clock.today();
      return c.json({ assessmentId: view.assessmentId, asOf: today, items: deadlineResources(view, today) }, 200);
    },
  );

  app.openapi(
    hubRoute(tenancy, 'assessment.read', {
      method: 'get',
      path: '/v1/hubs/{hubId}/assessments',
      tags: ['Assessments'],
      summary: "Every assessment of the hub's councils",
      request: {
        params: z.object({ hubId: z.string().min(1).max(100).openapi({ param: { name: 'hubId', in: 'path' }, example: 'south-west' }) }),
        query: z.object(paginationQueryFields),
      },
      responses: { 200: { description: 'A page of assessments, by council then id', content: { 'application/json': { schema: pageSchema(assessmentSummaryResourceSchema, 'HubAssessmentPage') } } } },
    }),
    async (c) => {
      const summaries = [];
      for (const councilId of await listHubCouncilIds(store, hubIdOf(c))) summaries.push(...(await engine.list({ councilId })));
      return c.json(pageOf(summaries.map(assessmentSummaryResource), c.req.valid('query')), 200);
    },
  );
}
