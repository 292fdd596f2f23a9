import { scanRecordsForPersonalData, caseListExportRecord, caseListIdOf, type ProposedCaseRecord } from '@asc-assure/framework';
import { getCaseList, getCouncil, listActions, listSelfAssessmentStatements, listAllEvidenceItems } from '@asc-assure/store';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ApiApp, ApiEnv } from '../api-env.js';
import { actionPlanWorkbook } from '../documents/action-plan-workbook.js';
import { caseListWorkbook } from '../documents/case-list-workbook.js';
import { deadlinesCalendar } from '@asc-assure/documents';
import { readinessPage } from '../documents/readiness-page.js';
import { evidenceBankWorkbook } from '../documents/evidence-bank-workbook.js';
import { readinessPdf } from '../documents/readiness-pdf.js';
import { selfAssessmentDocument } from '../documents/self-assessment-document.js';
import { API_MESSAGES, ApiError } from '../http/api-error.js';
import { assessmentParamsSchema, CONFLICT_ERROR_RESPONSE, councilParamsSchema } from '../openapi/common-schemas.js';
import { deadlineResources, selfAssessmentStatementResource } from '../records/resources.js';
import { assessmentOfCouncil, councilIdOf } from '../tenancy/council-access.js';
import { councilRoute } from './define-route.js';
import { councilReadiness } from './readiness.js';
import { recordCouncilChange, type RouteDependencies } from './route-dependencies.js';

/** Media types of the files the API writes. */
export const MEDIA_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  html: 'text/html',
  ics: 'text/calendar',
} as const;

/** A file response, for the OpenAPI document. */
export function fileResponse(mediaType: string, description: string) {
  return { description, content: { [mediaType]: { schema: z.string().openapi({ format: 'binary' }) } } };
}

/** Sends a file as a download with a safe file name. */
export function download(c: Context<ApiEnv>, bytes: Uint8Array | string, mediaType: string, fileName: string): Response {
  const safeName = fileName.replace(/[^A-Za-z0-9._-]/g, '-');
  return c.body(typeof bytes === 'string' ? bytes : new Uint8Array(bytes), 200, {
    'Content-Type': mediaType,
    'Content-Disposition': `attachment; filename="${safeName}"`,
    'Cache-Control': 'no-store',
  });
}

async function councilNameOf(deps: RouteDependencies, councilId: string): Promise<string> {
  return (await getCouncil(deps.store, councilId))?.name ?? councilId;
}

/**
 * Files people share: the self-assessment (Word), evidence bank, action plan and case list (Excel),
 * readiness (PDF or HTML), deadlines (iCalendar).
 */
export function registerExportRoutes(app: ApiApp, deps: RouteDependencies): void {
  const { store, engine, tenancy, clock } = deps;

  app.openapi(
    councilRoute(tenancy, 'self-assessment.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/exports/self-assessment.docx',
      tags: ['Exports'],
      summary: 'The self-assessment as a Word document',
      request: { params: councilParamsSchema },
      responses: { 200: fileResponse(MEDIA_TYPES.docx, 'The document') },
    }),
    async (c) => {
      const councilId = councilIdOf(c);
      const statements = (await listSelfAssessmentStatements(store, councilId)).map(selfAssessmentStatementResource);
      const bytes = await selfAssessmentDocument({ councilName: await councilNameOf(deps, councilId), statements, preparedOn: clock.today() });
      return download(c, bytes, MEDIA_TYPES.docx, `${councilId}-self-assessment.docx`);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'evidence.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/exports/evidence.xlsx',
      tags: ['Exports'],
      summary: 'The evidence bank as an Excel workbook (it imports back unchanged)',
      request: { params: councilParamsSchema },
      responses: { 200: fileResponse(MEDIA_TYPES.xlsx, 'The workbook') },
    }),
    async (c) => {
      const councilId = councilIdOf(c);
      const bytes = await evidenceBankWorkbook(await listAllEvidenceItems(store, { councilId }), { councilName: await councilNameOf(deps, councilId), exportedOn: clock.today() });
      return download(c, bytes, MEDIA_TYPES.xlsx, `${councilId}-evidence-bank.xlsx`);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'actions.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/exports/action-plan.xlsx',
      tags: ['Exports'],
      summary: 'The action plan as an Excel workbook, with progress today',
      request: { params: councilParamsSchema },
      responses: { 200: fileResponse(MEDIA_TYPES.xlsx, 'The workbook') },
    }),
    async (c) => {
      const councilId = councilIdOf(c);
      const bytes = await actionPlanWorkbook(await listActions(store, { councilId }), { councilName: await councilNameOf(deps, councilId), asOf: clock.today() });
      return download(c, bytes, MEDIA_TYPES.xlsx, `${councilId}-action-plan.xlsx`);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'readiness.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/exports/readiness.pdf',
      tags: ['Exports'],
      summary: 'The readiness report as a PDF',
      request: { params: councilParamsSchema, query: z.object({ assessmentId: z.string().min(1).max(100).optional() }) },
      responses: { 200: fileResponse(MEDIA_TYPES.pdf, 'The report') },
    }),
    async (c) => {
      const readiness = await councilReadiness(deps, c, { assessmentId: c.req.valid('query').assessmentId });
      const bytes = await readinessPdf({ councilName: readiness.councilName, report: readiness.report, generatedAt: clock.now() });
      return download(c, bytes, MEDIA_TYPES.pdf, `${readiness.councilId}-readiness-${clock.today()}.pdf`);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'readiness.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/exports/readiness.html',
      tags: ['Exports'],
      summary: 'The readiness report as a self-contained web page',
      request: { params: councilParamsSchema, query: z.object({ assessmentId: z.string().min(1).max(100).optional() }) },
      responses: { 200: fileResponse(MEDIA_TYPES.html, 'The page') },
    }),
    async (c) => {
      const readiness = await councilReadiness(deps, c, { assessmentId: c.req.valid('query').assessmentId });
      const html = readinessPage({ councilName: readiness.councilName, report: readiness.report, generatedAt: clock.now() });
      return download(c, html, `${MEDIA_TYPES.html}; charset=utf-8`, `${readiness.councilId}-readiness-${clock.today()}.html`);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'assessment.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/assessments/{assessmentId}/deadlines.ics',
      tags: ['Exports'],
      summary: 'The deadlines as a calendar (iCalendar) with reminders',
      description: 'Subscribe to it, or import it into Outlook or Google Calendar: event ids are stable, so importing again replaces the old events.',
      request: { params: assessmentParamsSchema },
      responses: { 200: fileResponse(MEDIA_TYPES.ics, 'The calendar') },
    }),
    async (c) => {
      const view = await assessmentOfCouncil(engine, c, c.req.valid('param').assessmentId);
      const calendar = deadlinesCalendar({ assessmentId: view.assessmentId, councilName: view.config.councilName, deadlines: deadlineResources(view, clock.today()) });
      return download(c, calendar, `${MEDIA_TYPES.ics}; charset=utf-8`, `${view.assessmentId}-deadlines.ics`);
    },
  );

  app.openapi(
    councilRoute(tenancy, 'case-list.read', {
      method: 'get',
      path: '/v1/councils/{councilId}/assessments/{assessmentId}/exports/case-list.xlsx',
      tags: ['Exports'],
      summary: 'The pseudonymised case list as the Excel workbook CQC receives, refused if it holds personal data',
      description:
        'Every value of every record is scanned for personal data (names, addresses, NHS and National Insurance numbers, phone numbers, personal email addresses...). If anything is found the workbook is not written: 409 with each finding, its record and field (the value masked). The export, or its refusal, is recorded in the audit log.',
      request: { params: assessmentParamsSchema },
      responses: { 200: fileResponse(MEDIA_TYPES.xlsx, 'The workbook'), ...CONFLICT_ERROR_RESPONSE },
    }),
    async (c) => {
      const view = await assessmentOfCouncil(engine, c, c.req.valid('param').assessmentId);
      const councilId = councilIdOf(c);
      const id = caseListIdOf(view.assessmentId);
      const stored = await getCaseList(store, { councilId, id });
      if (stored === undefined || !Array.isArray(stored.records)) throw new ApiError(404, 'not-found', API_MESSAGES.notFound(`A case list for assessment "${view.assessmentId}"`));
      const records = (stored.records as unknown as ProposedCaseRecord[]).map(caseListExportRecord);
      const findings = scanRecordsForPersonalData(records, { allowedKinds: { leadProfessionalContact: ['email-address', 'phone-number'] } });
      if (findings.length > 0) {
        await store.transaction((tx) => recordCouncilChange(deps, c, tx, { action: 'case-list.export-refused', subject: `case-list/${id}`, detail: { findings: findings.length } }));
        throw new ApiError(409, 'personal-data-found', `The case list was not written: ${findings.length} value${findings.length === 1 ? '' : 's'} look${findings.length === 1 ? 's' : ''} like personal data. Remove it from the extract and propose the list again.`, {
          problems: findings.map((finding) => ({ code: `personal-data-${finding.kind}`, path: ['records', finding.recordIndex, ...finding.field.split('.')], message: `record ${finding.recordIndex + 1}, ${finding.field}: ${finding.message}` })),
        });
      }
      const bytes = await caseListWorkbook(records, { councilName: view.config.councilName, assessmentId: view.assessmentId, preparedOn: clock.today() });
      await store.transaction((tx) => recordCouncilChange(deps, c, tx, { action: 'case-list.exported', subject: `case-list/${id}`, detail: { records: records.length } }));
      return download(c, bytes, MEDIA_TYPES.xlsx, `${view.assessmentId}-case-list.xlsx`);
    },
  );
}
