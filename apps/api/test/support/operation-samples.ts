import { EXAMPLE_RESERVE_IDS, EXAMPLE_TRACKED_IDS } from '@asc-assure/lifecycle/testing';
import { createAction, createRisk, getSelfAssessmentStatement, grantMembership, insertEvidenceItems, savePrincipal } from '@asc-assure/store';
import { createApiToken } from '../../src/index.js';
import { ACCESS_EXTENSION, type RouteAccess } from '../../src/routes/define-route.js';
import { assessmentIdOf, PUBLISHED_SCORES, type ApiFixture } from './api-fixture.js';
import { sampleExtractRows } from './extract-rows.js';

/** A request to one operation, for one council or hub. */
export interface SampleRequest {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface SampleContext {
  readonly fixture: ApiFixture;
  readonly councilId: string;
  readonly hubId: string;
  /** Unique per request, for records the request creates. */
  readonly unique: string;
}

export type Sample = (context: SampleContext) => Promise<SampleRequest> | SampleRequest;

async function freshAssessment(context: SampleContext, events: readonly Parameters<ApiFixture['engine']['send']>[1][]): Promise<string> {
  const assessmentId = `${context.councilId}-${context.unique}`;
  await context.fixture.engine.start({ assessmentId, config: { councilId: context.councilId, councilName: `${context.councilId} council` } });
  for (const event of events) await context.fixture.engine.send(assessmentId, event);
  return assessmentId;
}

const TO_CASE_LIST_SUBMITTED = [
  { type: 'notice.received', date: '2024-03-18' },
  { type: 'information-return.submitted', date: '2024-04-05' },
  { type: 'site-visit.notified', date: '2024-04-22', onsiteStartsOn: '2024-06-11', onsiteEndsOn: '2024-06-13' },
  { type: 'case-list.submitted', date: '2024-05-03', count: 50 },
] as const;

const SELECTION = { date: '2024-05-10', trackedIds: [...EXAMPLE_TRACKED_IDS], reserveIds: [...EXAMPLE_RESERVE_IDS] };

const own = (context: SampleContext) => ({ councilId: context.councilId, assessmentId: assessmentIdOf(context.councilId) });

/**
 * One valid request per operation. The matrix fails if an operation in the OpenAPI document has
 * no sample here, so a new route cannot escape it.
 */
export const SAMPLES: Readonly<Record<string, Sample>> = {
  'get /health': () => ({}),
  'get /v1/me': () => ({}),
  'get /v1/councils': () => ({}),
  'post /v1/rate': () => ({ body: { scores: PUBLISHED_SCORES } }),
  'post /v1/hubs/{hubId}/councils': (context) => ({ params: { hubId: context.hubId }, body: { id: `new-${context.unique}`, name: 'New council' } }),
  'get /v1/hubs/{hubId}/assessments': (context) => ({ params: { hubId: context.hubId } }),
  'get /v1/hubs/{hubId}/audit/verification': (context) => ({ params: { hubId: context.hubId } }),
  'get /v1/councils/{councilId}': (context) => ({ params: { councilId: context.councilId } }),
  'get /v1/councils/{councilId}/assessments': (context) => ({ params: { councilId: context.councilId } }),
  'post /v1/councils/{councilId}/assessments': (context) => ({ params: { councilId: context.councilId }, body: { assessmentId: `new-${context.unique}` } }),
  'get /v1/councils/{councilId}/assessments/{assessmentId}': (context) => ({ params: own(context) }),
  'get /v1/councils/{councilId}/assessments/{assessmentId}/events': (context) => ({ params: own(context) }),
  'post /v1/councils/{councilId}/assessments/{assessmentId}/events': async (context) => ({
    params: { councilId: context.councilId, assessmentId: await freshAssessment(context, []) },
    body: { type: 'notice.received', date: '2024-03-18' },
  }),
  'get /v1/councils/{councilId}/assessments/{assessmentId}/deadlines': (context) => ({ params: own(context) }),
  'get /v1/councils/{councilId}/evidence': (context) => ({ params: { councilId: context.councilId }, query: 'limit=5' }),
  'post /v1/councils/{councilId}/evidence': (context) => ({
    params: { councilId: context.councilId },
    body: { title: 'New evidence', qualityStatementIds: ['safeguarding'], evidenceCategoryIds: ['outcomes'], owner: 'Lead', effectiveFrom: '2024-01-01' },
  }),
  'get /v1/councils/{councilId}/evidence/{evidenceId}': (context) => ({ params: { councilId: context.councilId, evidenceId: `${context.councilId}-EV-1` } }),
  'patch /v1/councils/{councilId}/evidence/{evidenceId}': async (context) => ({
    params: { councilId: context.councilId, evidenceId: await freshEvidence(context) },
    headers: { 'if-match': '"v1"' },
    body: { title: 'Changed' },
  }),
  'delete /v1/councils/{councilId}/evidence/{evidenceId}': async (context) => ({
    params: { councilId: context.councilId, evidenceId: await freshEvidence(context) },
    headers: { 'if-match': '"v1"' },
  }),
  'get /v1/councils/{councilId}/self-assessment': (context) => ({ params: { councilId: context.councilId } }),
  'get /v1/councils/{councilId}/self-assessment/{qualityStatementId}': (context) => ({ params: { councilId: context.councilId, qualityStatementId: 'safeguarding' } }),
  'put /v1/councils/{councilId}/self-assessment/{qualityStatementId}': async (context) => {
    const current = await getSelfAssessmentStatement(context.fixture.store, { councilId: context.councilId, qualityStatementId: 'safeguarding' });
    return {
      params: { councilId: context.councilId, qualityStatementId: 'safeguarding' },
      headers: { 'if-match': `"v${current?.version ?? 0}"` },
      body: { narrative: 'Rewritten', selfScore: 3 },
    };
  },
  'get /v1/councils/{councilId}/actions': (context) => ({ params: { councilId: context.councilId } }),
  'post /v1/councils/{councilId}/actions': (context) => ({
    params: { councilId: context.councilId },
    body: { title: 'New action', owner: 'Lead', dueDate: '2024-09-01', status: 'planned' },
  }),
  'get /v1/councils/{councilId}/actions/{actionId}': (context) => ({ params: { councilId: context.councilId, actionId: `${context.councilId}-ACT-1` } }),
  'patch /v1/councils/{councilId}/actions/{actionId}': async (context) => ({
    params: { councilId: context.councilId, actionId: await freshAction(context) },
    headers: { 'if-match': '"v1"' },
    body: { status: 'in-progress' },
  }),
  'delete /v1/councils/{councilId}/actions/{actionId}': async (context) => ({
    params: { councilId: context.councilId, actionId: await freshAction(context) },
    headers: { 'if-match': '"v1"' },
  }),
  'get /v1/councils/{councilId}/risks': (context) => ({ params: { councilId: context.councilId } }),
  'post /v1/councils/{councilId}/risks': (context) => ({
    params: { councilId: context.councilId },
    body: { title: 'New risk', owner: 'DASS', likelihood: 2, impact: 3, mitigation: 'Plan' },
  }),
  'get /v1/councils/{councilId}/risks/{riskId}': (context) => ({ params: { councilId: context.councilId, riskId: `${context.councilId}-RISK-1` } }),
  'patch /v1/councils/{councilId}/risks/{riskId}': async (context) => ({
    params: { councilId: context.councilId, riskId: await freshRisk(context) },
    headers: { 'if-match': '"v1"' },
    body: { status: 'mitigated' },
  }),
  'delete /v1/councils/{councilId}/risks/{riskId}': async (context) => ({
    params: { councilId: context.councilId, riskId: await freshRisk(context) },
    headers: { 'if-match': '"v1"' },
  }),
  'get /v1/councils/{councilId}/assessments/{assessmentId}/information-return': (context) => ({ params: own(context) }),
  'put /v1/councils/{councilId}/assessments/{assessmentId}/information-return/{itemId}': (context) => ({
    params: { ...own(context), itemId: 'self-assessment' },
    body: { owner: 'Head of service', status: 'in-progress' },
  }),
  'post /v1/councils/{councilId}/assessments/{assessmentId}/case-list/proposal': (context) => ({ params: own(context), body: { rows: sampleExtractRows(), size: 20 } }),
  'get /v1/councils/{councilId}/assessments/{assessmentId}/case-list': (context) => ({ params: own(context) }),
  'post /v1/councils/{councilId}/assessments/{assessmentId}/case-list/check': (context) => ({ params: own(context), body: { records: [] } }),
  'post /v1/councils/{councilId}/assessments/{assessmentId}/case-list/selection': async (context) => ({
    params: { councilId: context.councilId, assessmentId: await freshAssessment(context, TO_CASE_LIST_SUBMITTED) },
    body: SELECTION,
  }),
  'post /v1/councils/{councilId}/assessments/{assessmentId}/case-list/consent': async (context) => ({
    params: { councilId: context.councilId, assessmentId: await freshAssessment(context, [...TO_CASE_LIST_SUBMITTED, { type: 'cases.selected', ...SELECTION }]) },
    body: { date: '2024-05-14', pseudonymisedId: EXAMPLE_TRACKED_IDS[0], consent: 'given' },
  }),
  'get /v1/councils/{councilId}/readiness': (context) => ({ params: { councilId: context.councilId }, query: `assessmentId=${assessmentIdOf(context.councilId)}` }),
  'get /v1/councils/{councilId}/assessments/{assessmentId}/published-result': (context) => ({ params: own(context) }),
  'put /v1/councils/{councilId}/assessments/{assessmentId}/published-result': (context) => ({
    params: own(context),
    body: { publishedOn: '2024-11-15', scores: PUBLISHED_SCORES, rating: 'good' },
  }),
  'get /v1/councils/{councilId}/assessments/{assessmentId}/comparison': (context) => ({ params: own(context) }),
  'get /v1/councils/{councilId}/exports/self-assessment.docx': (context) => ({ params: { councilId: context.councilId } }),
  'get /v1/councils/{councilId}/exports/evidence.xlsx': (context) => ({ params: { councilId: context.councilId } }),
  'get /v1/councils/{councilId}/exports/action-plan.xlsx': (context) => ({ params: { councilId: context.councilId } }),
  'get /v1/councils/{councilId}/exports/readiness.pdf': (context) => ({ params: { councilId: context.councilId } }),
  'get /v1/councils/{councilId}/exports/readiness.html': (context) => ({ params: { councilId: context.councilId } }),
  'get /v1/councils/{councilId}/assessments/{assessmentId}/deadlines.ics': (context) => ({ params: own(context) }),
  'get /v1/councils/{councilId}/assessments/{assessmentId}/exports/case-list.xlsx': (context) => ({ params: own(context) }),
  'post /v1/councils/{councilId}/evidence/import': (context) => ({
    params: { councilId: context.councilId },
    headers: { 'content-type': 'text/csv' },
    body: `Id,Title,Quality statements,Evidence categories,Owner,Effective from\nIMP-${context.unique},Imported plan,Safeguarding,Processes,Lead,01/04/2024\n`,
  }),
  'get /v1/councils/{councilId}/audit': (context) => ({ params: { councilId: context.councilId }, query: 'limit=5' }),
  'get /v1/councils/{councilId}/members': (context) => ({ params: { councilId: context.councilId } }),
  'post /v1/councils/{councilId}/members': (context) => ({ params: { councilId: context.councilId }, body: { principalId: `oidc:${context.unique}`, role: 'reader' } }),
  'delete /v1/councils/{councilId}/members/{membershipId}': async (context) => {
    const principalId = `oidc:${context.unique}`;
    await savePrincipal(context.fixture.store, { id: principalId, displayName: principalId });
    const membership = await grantMembership(context.fixture.store, { principalId, role: 'reader', councilId: context.councilId, createdBy: 'test' });
    return { params: { councilId: context.councilId, membershipId: membership.id } };
  },
  'get /v1/councils/{councilId}/tokens': (context) => ({ params: { councilId: context.councilId } }),
  'post /v1/councils/{councilId}/tokens': (context) => ({ params: { councilId: context.councilId }, body: { principalId: `service:${context.unique}`, role: 'reader' } }),
  'delete /v1/councils/{councilId}/tokens/{tokenId}': async (context) => {
    const { record } = await createApiToken(context.fixture.store, { principal: `service:${context.unique}`, role: 'reader', councilId: context.councilId });
    return { params: { councilId: context.councilId, tokenId: record.id } };
  },
};

async function freshEvidence(context: SampleContext): Promise<string> {
  const id = `EV-${context.unique}`;
  await insertEvidenceItems(context.fixture.store, [
    { id, councilId: context.councilId, title: 'Fresh', qualityStatementIds: ['safeguarding'], evidenceCategoryIds: ['outcomes'], owner: 'Lead', effectiveFrom: '2024-01-01' },
  ]);
  return id;
}

async function freshAction(context: SampleContext): Promise<string> {
  const action = await createAction(context.fixture.store, { id: `ACT-${context.unique}`, councilId: context.councilId, title: 'Fresh', owner: 'Lead', status: 'planned', dueDate: '2024-09-01' });
  return action.id;
}

async function freshRisk(context: SampleContext): Promise<string> {
  const risk = await createRisk(context.fixture.store, { id: `RISK-${context.unique}`, councilId: context.councilId, title: 'Fresh', owner: 'DASS', likelihood: 1, impact: 1, status: 'open', mitigation: 'None' });
  return risk.id;
}

export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly access: RouteAccess;
}

export function operationsOf(document: { paths?: Record<string, Record<string, Record<string, unknown>>> }): Operation[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method, path, access: operation[ACCESS_EXTENSION] as RouteAccess })),
  );
}

export function addressOf(path: string, sample: SampleRequest): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = sample.params?.[name];
    if (value === undefined) throw new Error(`The sample for ${path} gives no ${name}.`);
    return encodeURIComponent(value);
  });
  return sample.query === undefined ? filled : `${filled}?${sample.query}`;
}

