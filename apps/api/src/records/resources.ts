import { decodeAreaForImprovement } from '@asc-assure/store';
import { reminderDates, workingDaysBetween, type IsoDate } from '@asc-assure/framework';
import { ASSESSMENT_STATES, assessmentCalendar, type AssessmentDeadline, type AssessmentSummary, type AssessmentView, type RecordedEvent } from '@asc-assure/lifecycle';
import type {
  ActionRecord,
  ApiTokenRecord,
  AuditEntryRecord,
  EvidenceItemRecord,
  MembershipRecord,
  RiskRecord,
  SelfAssessmentStatementRecord,
} from '@asc-assure/store';

/*
 * Store records and engine views as the API returns them: the council id is left out of
 * council-scoped records (it is in the address), arrays are copied so the JSON is plain.
 */

/** An evidence item as the API returns it. */
export function evidenceItemResource(record: EvidenceItemRecord) {
  return {
    id: record.id,
    title: record.title,
    description: record.description,
    qualityStatementIds: [...record.qualityStatementIds],
    evidenceCategoryIds: [...record.evidenceCategoryIds],
    owner: record.owner,
    source: record.source,
    location: record.location,
    effectiveFrom: record.effectiveFrom,
    effectiveTo: record.effectiveTo,
    reviewBy: record.reviewBy,
    tags: [...record.tags],
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    version: record.version,
  };
}

/** A self-assessment statement as the API returns it, areas for improvement decoded. */
export function selfAssessmentStatementResource(record: SelfAssessmentStatementRecord) {
  return {
    qualityStatementId: record.qualityStatementId,
    narrative: record.narrative,
    strengths: [...record.strengths],
    areasForImprovement: record.areasForImprovement.map((text, index) => {
      const area = decodeAreaForImprovement(text, record.qualityStatementId, index);
      return { id: area.id, description: area.description, actionIds: [...area.actionIds] };
    }),
    selfScore: record.selfScore,
    updatedOn: record.updatedOn,
    version: record.version,
  };
}

/** An improvement action as the API returns it. */
export function actionResource(record: ActionRecord) {
  return {
    id: record.id,
    assessmentId: record.assessmentId,
    title: record.title,
    description: record.description,
    qualityStatementIds: [...record.qualityStatementIds],
    owner: record.owner,
    status: record.status,
    dueDate: record.dueDate,
    completedOn: record.completedOn,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    version: record.version,
  };
}

/** A risk as the API returns it, with its rating (likelihood x impact). */
export function riskResource(record: RiskRecord) {
  return {
    id: record.id,
    title: record.title,
    description: record.description,
    qualityStatementIds: [...record.qualityStatementIds],
    likelihood: record.likelihood,
    impact: record.impact,
    rating: record.likelihood * record.impact,
    owner: record.owner,
    status: record.status,
    mitigation: record.mitigation,
    reviewBy: record.reviewBy,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    version: record.version,
  };
}

function deadlineResource(deadline: AssessmentDeadline, view: AssessmentView, today: IsoDate) {
  const { calendar } = assessmentCalendar(view.config);
  const isDue = deadline.kind === 'due';
  return {
    id: deadline.id,
    title: deadline.title,
    kind: deadline.kind,
    dueDate: deadline.dueDate,
    anchorDate: deadline.anchorDate,
    status: deadline.status,
    closedOn: deadline.closedOn,
    moved: deadline.moved,
    plannedOn: deadline.plannedOn,
    reminderDates: isDue ? reminderDates(deadline.dueDate, view.config.reminderOffsetsWorkingDays, calendar).map((reminder) => reminder.date) : [],
    workingDaysLeft: deadline.status === 'open' && isDue ? workingDaysBetween(today, deadline.dueDate, calendar) : null,
  };
}

/** The assessment's deadlines with reminder dates and working days left on `today`. */
export function deadlineResources(view: AssessmentView, today: IsoDate) {
  return view.deadlines.map((deadline) => deadlineResource(deadline, view, today));
}

/** An assessment view as the API returns it, deadlines with reminder dates and working days left. */
export function assessmentResource(view: AssessmentView, today: IsoDate) {
  return {
    assessmentId: view.assessmentId,
    councilId: view.config.councilId,
    councilName: view.config.councilName,
    stateId: view.state.stateId,
    stage: view.state.stage,
    stateLabel: ASSESSMENT_STATES[view.state.stateId].label,
    version: view.state.version,
    nextDeadline: view.nextDeadline === undefined ? null : deadlineResource(view.nextDeadline, view, today),
    deadlines: deadlineResources(view, today),
    allowedEvents: [...view.allowedEvents],
    context: JSON.parse(JSON.stringify(view.state.context)) as Record<string, unknown>,
    config: JSON.parse(JSON.stringify(view.config)) as Record<string, unknown>,
  };
}

/** One line of a list of assessments. */
export function assessmentSummaryResource(summary: AssessmentSummary) {
  return {
    assessmentId: summary.assessmentId,
    councilId: summary.councilId,
    councilName: summary.councilName,
    stateId: summary.stateId,
    stage: summary.stage,
    stateLabel: summary.stateLabel,
    nextDeadline:
      summary.nextDeadline === undefined
        ? null
        : { id: summary.nextDeadline.id, title: summary.nextDeadline.title, dueDate: summary.nextDeadline.dueDate, status: summary.nextDeadline.status },
    version: summary.version,
  };
}

/** A recorded lifecycle event and the state it led to. */
export function recordedEventResource(recorded: RecordedEvent) {
  return {
    sequence: recorded.sequence,
    event: JSON.parse(JSON.stringify(recorded.event)) as Record<string, unknown>,
    recordedAt: recorded.recordedAt ?? null,
    stateIdAfter: recorded.stateAfter.stateId,
  };
}

/** An audit entry as the API returns it. */
export function auditEntryResource(entry: AuditEntryRecord) {
  return { ...entry, detail: entry.detail as unknown };
}

/** An API token as listed: never the token or its hash. */
export function apiTokenResource(record: ApiTokenRecord) {
  return {
    id: record.id,
    principalId: record.principalId,
    label: record.label,
    role: record.role,
    councilId: record.councilId,
    hubId: record.hubId,
    expiresOn: record.expiresOn,
    createdBy: record.createdBy,
    createdAt: record.createdAt,
    revokedAt: record.revokedAt,
  };
}

/** A membership as the API returns it. */
export function membershipResource(record: MembershipRecord) {
  return { ...record };
}
