import { checkCaseTrackingList, personExtractRowSchema, proposeCaseTrackingList, type CaseTrackingListCheck, caseListIdOf, proposedCaseRecords } from '@asc-assure/framework';
import { CONSENT_DECISIONS, caseTrackingPersonIdSchema, type AssessmentView } from '@asc-assure/lifecycle';
import { getCaseList, saveCaseList, type CaseListRecord } from '@asc-assure/store';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ApiApp, ApiEnv } from '../api-env.js';
import { API_MESSAGES, ApiError } from '../http/api-error.js';
import { assessmentParamsSchema, CONFLICT_ERROR_RESPONSE } from '../openapi/common-schemas.js';
import { assessmentResourceSchema } from '../openapi/resource-schemas.js';
import { assessmentResource } from '../records/resources.js';
import { assessmentOfCouncil, councilIdOf } from '../tenancy/council-access.js';
import { councilRoute } from './define-route.js';
import { markCouncilChanged, recordCouncilChange, type RouteDependencies } from './route-dependencies.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** An extract of the people assessed, to propose the list from (JSON form of the extract file). */
export const caseListProposalRequestSchema = z
  .strictObject({
    rows: z.array(personExtractRowSchema).min(1, 'the extract has no rows').max(200_000, 'the extract can have at most 200,000 rows'),
    seed: z.string().trim().min(1).max(200).optional().openapi({ description: 'Tie-break seed: the same extract and seed always give the same list.' }),
    size: z.int().min(1).max(1000).optional().openapi({ description: 'How many people the list holds (default: the assessment setting).' }),
  })
  .openapi('CaseListProposalRequest');

/** A filled-in case-tracking list to check before it goes to CQC. */
export const caseListCheckRequestSchema = z
  .strictObject({ records: z.array(z.unknown()).max(1000, 'a case list can have at most 1000 records').openapi({ description: 'Case-tracking records (see CaseTrackingRecord); each is checked.' }) })
  .openapi('CaseListCheckRequest');

/** CQC's selection from the list. */
export const caseSelectionRequestSchema = z
  .strictObject({
    date: isoDate,
    trackedIds: z.array(caseTrackingPersonIdSchema).max(1000),
    reserveIds: z.array(caseTrackingPersonIdSchema).max(1000),
    note: z.string().trim().min(1).max(4000).optional(),
  })
  .openapi('CaseSelectionRequest');

/** A selected person's consent decision. */
export const consentRequestSchema = z
  .strictObject({
    date: isoDate,
    pseudonymisedId: caseTrackingPersonIdSchema,
    consent: z.enum(CONSENT_DECISIONS),
    note: z.string().trim().min(1).max(4000).optional(),
  })
  .openapi('ConsentRequest');

const caseListResourceSchema = z
  .object({
    id: z.string(),
    assessmentId: z.string(),
    status: z.string().openapi({ description: '`proposed`, `checked` (no errors) or `needs-changes`.' }),
    records: z.array(z.record(z.string(), z.unknown())).openapi({ description: 'Pseudonymised records only: never names, addresses or NHS numbers.' }),
    checkedAt: z.string().nullable(),
    problems: z.array(z.unknown()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('CaseList');

const checkResultSchema = z
  .object({
    ok: z.boolean(),
    errorCount: z.number().int(),
    warningCount: z.number().int(),
    problems: z.array(
      z.looseObject({
        code: z.string(),
        severity: z.enum(['error', 'warning']),
        recordIndex: z.number().int().optional(),
        pseudonymisedId: z.string().optional(),
        field: z.string().optional(),
        message: z.string(),
      }),
    ),
  })
  .openapi('CaseListCheck');

const proposalResultSchema = z
  .object({
    caseListId: z.string(),
    asOf: z.string(),
    seed: z.string(),
    eligibleCount: z.number().int(),
    windowStart: z.string(),
    excluded: z.record(z.string(), z.number().int()),
    coverage: z.record(z.string(), z.unknown()),
    warnings: z.array(z.looseObject({ code: z.string(), message: z.string() })),
    picks: z.array(z.object({ rank: z.number().int(), pseudonymisedId: z.string(), cohort: z.string(), reasons: z.array(z.string()) })),
  })
  .openapi('CaseListProposal');

function caseListResource(record: CaseListRecord) {
  return {
    id: record.id,
    assessmentId: record.assessmentId,
    status: record.status,
    records: (Array.isArray(record.records) ? record.records : []) as Record<string, unknown>[],
    checkedAt: record.checkedAt,
    problems: (Array.isArray(record.problems) ? record.problems : []) as unknown[],
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

function numbersOf(view: AssessmentView) {
  const { listSize, selected, tracked, reserves } = view.config.caseTracking;
  return { size: listSize, selectedCount: selected, trackedCount: tracked, reserveCount: reserves };
}

/** Checks case-tracking records (JSON) with the framework's one rule set, on the assessment's numbers. */
export function checkCaseListRecords(view: AssessmentView, records: readonly unknown[], asOf: string): CaseTrackingListCheck {
  return checkCaseTrackingList(records, { asOf, ...numbersOf(view) });
}

/** Saves the check's outcome on the stored list (if there is one) and records it in the audit log. */
export async function recordCaseListCheck(deps: RouteDependencies, c: Context<ApiEnv>, view: AssessmentView, check: CaseTrackingListCheck, detail: Record<string, unknown>): Promise<void> {
  const councilId = councilIdOf(c);
  const id = caseListIdOf(view.assessmentId);
  await deps.store.transaction(async (tx) => {
    const stored = await getCaseList(tx, { councilId, id });
    if (stored !== undefined) {
      await saveCaseList(tx, {
        id,
        councilId,
        assessmentId: view.assessmentId,
        status: check.ok ? 'checked' : 'needs-changes',
        records: stored.records,
        checkedAt: deps.clock.now(),
        problems: check.problems,
      });
    }
    await recordCouncilChange(deps, c, tx, { action: 'case-list.checked', subject: `case-list/${id}`, detail: { ...detail, errors: check.errorCount, warnings: check.warningCount } });
  });
}

/** Proposes the list from checked extract rows, pseudonymises it and saves it. */
export async function proposeAndSaveCaseList(
  deps: RouteDependencies,
  c: Context<ApiEnv>,
  view: AssessmentView,
  rows: readonly unknown[],
  options: { readonly seed?: string | undefined; readonly size?: number | undefined; readonly source: string },
) {
  const councilId = councilIdOf(c);
  const asOf = deps.clock.today();
  const seed = options.seed ?? 'asc-assure';
  const numbers = numbersOf(view);
  const proposal = proposeCaseTrackingList(rows, { asOf, seed, ...numbers, size: options.size ?? numbers.size });
  const key = await deps.pseudonymisationKeys.keyFor(councilId);
  const records = proposedCaseRecords(proposal.picks, key);
  const id = caseListIdOf(view.assessmentId);
  await deps.store.transaction(async (tx) => {
    await saveCaseList(tx, { id, councilId, assessmentId: view.assessmentId, status: 'proposed', records, problems: [] });
    await recordCouncilChange(deps, c, tx, {
      action: 'case-list.proposed',
      subject: `case-list/${id}`,
      detail: { source: options.source, rows: rows.length, eligible: proposal.eligibleCount, proposed: records.length, seed, asOf },
    });
  });
  return {
    caseListId: id,
    asOf,
    seed,
    eligibleCount: proposal.eligibleCount,
    windowStart: proposal.windowStart,
    excluded: { ...proposal.excluded },
    coverage: JSON.parse(JSON.stringify(proposal.coverage)) as Record<string, unknown>,
    warnings: proposal.warnings.map((warning) => ({ ...warning })),
    picks: records.map(({ rank, pseudonymisedId, cohort, reasons }) => ({ rank, pseudonymisedId, cohort, reasons: [...reasons] })),
  };
}

/** The case-tracking list: propose it from an extract, read it, check it, record CQC's selection and consent. */
export function registerCaseListRoutes(app: ApiApp, deps: RouteDependencies): void {
  const { store, engine, tenancy, clock } = deps;

  app.openapi(
    councilRoute(tenancy, 'case-list.write', {
      method: 'post',
      path: '/v1/councils/{councilId}/assessments/{assessmentId}/case-list/proposal',
      tags: ['Case list'],
      summary: "Propose the people for CQC's case-tracking list from an extract",
      description:
        'Send the extract as JSON rows. The people are spread across cohorts, characteristics and higher-risk flags; the list is pseudonymised with the council\'s key and saved (replacing an earlier proposal). Person ids never leave the request: only pseudonymised ids are stored or returned. A row that cannot be used is listed with its index, and nothing is saved.',
      request: { params: assessmentParamsSchema, body: { content: { 'application/json': { schema: caseListProposalRequestSchema } }, required: true } },
      responses: { 201: { description: 'The proposal (pseudonymised)', content: { 'application/json': { schema: proposalResultSchema } } } },
    }),
    async (c) => {
      const view = await assessmentOfCouncil(engine, c, c.req.valid('param').assessmentId);
      const body = c.req.valid('json');
      return c.json(await proposeAndSaveCaseList(deps, c, view, body.rows, { seed: body.seed, size: body.size, source: 'json' }), 201);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'case-list.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/assessments/{assessmentId}/case-list',
      tags: ['Case list'],
      summary: 'The saved case-tracking list (pseudonymised) and its last check',
      request: { params: assessmentParamsSchema },
      responses: { 200: { description: 'The list', content: { 'application/json': { schema: caseListResourceSchema } } } },
    }),
    async (c) => {
      const view = await assessmentOfCouncil(engine, c, c.req.valid('param').assessmentId);
      const stored = await getCaseList(store, { councilId: councilIdOf(c), id: caseListIdOf(view.assessmentId) });
      if (stored === undefined) throw new ApiError(404, 'not-found', API_MESSAGES.notFound(`A case list for assessment "${view.assessmentId}"`));
      return c.json(caseListResource(stored), 200);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'case-list.write', {
      method: 'post',
      path: '/v1/councils/{councilId}/assessments/{assessmentId}/case-list/check',
      tags: ['Case list'],
      summary: 'Check a filled-in case-tracking list before it goes to CQC',
      description: 'Every problem, with the record and field it is in. The outcome is saved on the stored list and in the audit log; the records sent are not stored.',
      request: { params: assessmentParamsSchema, body: { content: { 'application/json': { schema: caseListCheckRequestSchema } }, required: true } },
      responses: { 200: { description: 'The check', content: { 'application/json': { schema: checkResultSchema } } } },
    }),
    async (c) => {
      const view = await assessmentOfCouncil(engine, c, c.req.valid('param').assessmentId);
      const { records } = c.req.valid('json');
      const check = checkCaseListRecords(view, records, clock.today());
      await recordCaseListCheck(deps, c, view, check, { source: 'json', records: records.length });
      return c.json(JSON.parse(JSON.stringify(check)) as z.infer<typeof checkResultSchema>, 200);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'case-list.write', {
      method: 'post',
      path: '/v1/councils/{councilId}/assessments/{assessmentId}/case-list/selection',
      tags: ['Case list'],
      summary: "Record CQC's selection: the people it will track and the reserves",
      description: 'Recorded as the lifecycle event `cases.selected` (the counts must match the assessment settings).',
      request: { params: assessmentParamsSchema, body: { content: { 'application/json': { schema: caseSelectionRequestSchema } }, required: true } },
      responses: { 201: { description: 'The assessment after the event', content: { 'application/json': { schema: assessmentResourceSchema } } }, ...CONFLICT_ERROR_RESPONSE },
    }),
    async (c) => {
      const view = await assessmentOfCouncil(engine, c, c.req.valid('param').assessmentId);
      const body = c.req.valid('json');
      const after = await engine.send(view.assessmentId, { type: 'cases.selected', ...body, actor: c.get('principal').id });
      markCouncilChanged(c, councilIdOf(c));
      return c.json(assessmentResource(after, clock.today()), 201);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'case-list.write', {
      method: 'post',
      path: '/v1/councils/{councilId}/assessments/{assessmentId}/case-list/consent',
      tags: ['Case list'],
      summary: "Record a selected person's consent to be contacted, or refusal",
      description: 'Recorded as the lifecycle event `consent.recorded`.',
      request: { params: assessmentParamsSchema, body: { content: { 'application/json': { schema: consentRequestSchema } }, required: true } },
      responses: { 201: { description: 'The assessment after the event', content: { 'application/json': { schema: assessmentResourceSchema } } }, ...CONFLICT_ERROR_RESPONSE },
    }),
    async (c) => {
      const view = await assessmentOfCouncil(engine, c, c.req.valid('param').assessmentId);
      const body = c.req.valid('json');
      const after = await engine.send(view.assessmentId, { type: 'consent.recorded', ...body, actor: c.get('principal').id });
      markCouncilChanged(c, councilIdOf(c));
      return c.json(assessmentResource(after, clock.today()), 201);
    },
  );
}
