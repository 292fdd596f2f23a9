import { ACTION_STATUSES, INFORMATION_RETURN_ITEM_KINDS, INFORMATION_RETURN_STATUSES } from '@asc-assure/framework';
import { ASSESSMENT_STATE_IDS } from '@asc-assure/lifecycle';
import { ACCESS_ROLE_IDS } from '@asc-assure/store';
import { z } from '@hono/zod-openapi';

const timestamp = z.string().openapi({ example: '2025-03-04T09:30:00.000Z' });
const isoDate = z.string().openapi({ example: '2025-04-01' });
const version = z.number().int().openapi({ description: 'Goes up by one with every change; the ETag is `"v<version>"`.' });

/** An item of the evidence bank, as the API returns it. */
export const evidenceItemResourceSchema = z
  .object({
    id: z.string().openapi({ example: 'EV-0042' }),
    title: z.string(),
    description: z.string(),
    qualityStatementIds: z.array(z.string()),
    evidenceCategoryIds: z.array(z.string()),
    owner: z.string().nullable(),
    source: z.string().nullable(),
    location: z.string().nullable(),
    effectiveFrom: isoDate.nullable(),
    effectiveTo: isoDate.nullable(),
    reviewBy: isoDate.nullable(),
    tags: z.array(z.string()),
    createdAt: timestamp,
    updatedAt: timestamp,
    version,
  })
  .openapi('EvidenceItem');

/** An area for improvement of a self-assessment statement. */
export const areaForImprovementResourceSchema = z
  .object({ id: z.string(), description: z.string(), actionIds: z.array(z.string()) })
  .openapi('AreaForImprovement');

/** A council's self-assessment of one quality statement. */
export const selfAssessmentStatementResourceSchema = z
  .object({
    qualityStatementId: z.string().openapi({ example: 'safeguarding' }),
    narrative: z.string(),
    strengths: z.array(z.string()),
    areasForImprovement: z.array(areaForImprovementResourceSchema),
    selfScore: z.number().int().nullable().openapi({ description: 'The council\'s own predicted score, 1 to 4 (null while unscored).' }),
    updatedOn: isoDate,
    version,
  })
  .openapi('SelfAssessmentStatement');

/** An improvement action. */
export const actionResourceSchema = z
  .object({
    id: z.string(),
    assessmentId: z.string().nullable(),
    title: z.string(),
    description: z.string(),
    qualityStatementIds: z.array(z.string()),
    owner: z.string().nullable(),
    status: z.string().openapi({ example: ACTION_STATUSES[0] }),
    dueDate: isoDate.nullable(),
    completedOn: isoDate.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    version,
  })
  .openapi('Action');

/** A risk on the register. */
export const riskResourceSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    qualityStatementIds: z.array(z.string()),
    likelihood: z.number().int(),
    impact: z.number().int(),
    rating: z.number().int().openapi({ description: 'Likelihood times impact, 1 to 25.' }),
    owner: z.string().nullable(),
    status: z.string(),
    mitigation: z.string(),
    reviewBy: isoDate.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    version,
  })
  .openapi('Risk');

/** A deadline of an assessment. */
export const deadlineResourceSchema = z
  .object({
    id: z.string().openapi({ example: 'information-return' }),
    title: z.string(),
    kind: z.enum(['due', 'earliest']),
    dueDate: isoDate,
    anchorDate: isoDate,
    status: z.enum(['open', 'met', 'missed', 'cancelled']),
    closedOn: isoDate.nullable(),
    moved: z.boolean(),
    plannedOn: isoDate,
    reminderDates: z.array(isoDate).openapi({ description: 'The working days reminders go out.' }),
    workingDaysLeft: z.number().int().nullable().openapi({ description: 'Working days from today (negative once passed); null unless open and due.' }),
  })
  .openapi('Deadline');

/** An assessment, as the lifecycle engine reports it. */
export const assessmentResourceSchema = z
  .object({
    assessmentId: z.string(),
    councilId: z.string(),
    councilName: z.string(),
    stateId: z.enum(ASSESSMENT_STATE_IDS),
    stage: z.number().int().openapi({ description: 'Stage 1 to 6 of CQC\'s assessment.' }),
    stateLabel: z.string(),
    version: z.number().int().openapi({ description: 'Events applied so far; the ETag is `"v<version>"`.' }),
    nextDeadline: deadlineResourceSchema.nullable(),
    deadlines: z.array(deadlineResourceSchema),
    allowedEvents: z.array(z.string()),
    context: z.record(z.string(), z.unknown()).openapi({ description: 'Everything the lifecycle remembers: dates, counts, consents.' }),
    config: z.record(z.string(), z.unknown()).openapi({ description: 'The assessment settings (deadline rules, case-tracking numbers...).' }),
  })
  .openapi('Assessment');

/** One line of a list of assessments. */
export const assessmentSummaryResourceSchema = z
  .object({
    assessmentId: z.string(),
    councilId: z.string(),
    councilName: z.string(),
    stateId: z.string(),
    stage: z.number().int(),
    stateLabel: z.string(),
    nextDeadline: z.object({ id: z.string(), title: z.string(), dueDate: isoDate, status: z.string() }).nullable(),
    version: z.number().int(),
  })
  .openapi('AssessmentSummary');

/** One recorded lifecycle event. */
export const recordedEventResourceSchema = z
  .object({
    sequence: z.number().int(),
    event: z.record(z.string(), z.unknown()),
    recordedAt: timestamp.nullable(),
    stateIdAfter: z.string(),
  })
  .openapi('RecordedEvent');

/** An entry of the audit log. */
export const auditEntryResourceSchema = z
  .object({
    sequence: z.number().int(),
    councilId: z.string().nullable(),
    actor: z.string(),
    action: z.string(),
    subject: z.string(),
    detail: z.unknown(),
    at: timestamp,
    previousHash: z.string(),
    hash: z.string(),
  })
  .openapi('AuditEntry');

/** An API token as listed (never the token itself). */
export const apiTokenResourceSchema = z
  .object({
    id: z.string(),
    principalId: z.string(),
    label: z.string(),
    role: z.enum(ACCESS_ROLE_IDS),
    councilId: z.string().nullable(),
    hubId: z.string().nullable(),
    expiresOn: isoDate.nullable(),
    createdBy: z.string(),
    createdAt: timestamp,
    revokedAt: timestamp.nullable(),
  })
  .openapi('ApiToken');

/** A role held on a council. */
export const membershipResourceSchema = z
  .object({
    id: z.string(),
    principalId: z.string(),
    role: z.enum(ACCESS_ROLE_IDS),
    councilId: z.string().nullable(),
    hubId: z.string().nullable(),
    expiresOn: isoDate.nullable(),
    createdBy: z.string(),
    createdAt: timestamp,
  })
  .openapi('Membership');

/** One item of the Information Return checklist with the council's progress on it. */
export const informationReturnItemResourceSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    kind: z.enum(INFORMATION_RETURN_ITEM_KINDS),
    required: z.boolean(),
    qualityStatementIds: z.array(z.string()),
    status: z.enum(INFORMATION_RETURN_STATUSES),
    owner: z.string().nullable(),
    documentReference: z.string().nullable(),
    notes: z.string(),
    dueDate: isoDate.nullable(),
    updatedAt: timestamp.nullable(),
  })
  .openapi('InformationReturnItem');
