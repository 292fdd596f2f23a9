/**
 * The API's resources as the dashboard reads them (the API's OpenAPI document is the authority:
 * `/openapi.json`). Only the fields the pages use are listed.
 */

/** A role on a council or a hub. */
export type AccessRole = 'hub-admin' | 'council-admin' | 'contributor' | 'reader' | 'peer-reviewer';

/** `GET /v1/me`. */
export interface Principal {
  readonly id: string;
  readonly displayName: string;
  readonly via: 'api-token' | 'oidc';
  readonly grants: readonly {
    readonly role: AccessRole;
    readonly councilId: string | null;
    readonly hubId: string | null;
    readonly expiresOn: string | null;
    readonly current: boolean;
  }[];
}

/** A council, with the caller's role on it. */
export interface Council {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly role: AccessRole;
}

/** A page of a list. */
export interface Page<Item> {
  readonly items: readonly Item[];
  readonly nextCursor: string | null;
}

/** A deadline of an assessment. */
export interface Deadline {
  readonly id: string;
  readonly title: string;
  readonly kind: 'due' | 'earliest';
  readonly dueDate: string;
  readonly anchorDate: string;
  readonly status: 'open' | 'met' | 'missed' | 'cancelled';
  readonly closedOn: string | null;
  readonly moved: boolean;
  readonly plannedOn: string;
  readonly reminderDates: readonly string[];
  readonly workingDaysLeft: number | null;
}

/** One date CQC moved. */
export interface MovedDate {
  readonly which: string;
  readonly from: string | null;
  readonly to: string;
  readonly reason: string;
  readonly movedOn: string;
}

/** An assessment: stage, deadlines and the events it can take now. */
export interface Assessment {
  readonly assessmentId: string;
  readonly councilId: string;
  readonly councilName: string;
  readonly stateId: string;
  readonly stage: number;
  readonly stateLabel: string;
  readonly version: number;
  readonly nextDeadline: Deadline | null;
  readonly deadlines: readonly Deadline[];
  readonly allowedEvents: readonly string[];
  readonly context: Readonly<Record<string, unknown>> & {
    readonly movedDates?: readonly MovedDate[];
    readonly trackedCaseIds?: readonly string[];
    readonly reserveCaseIds?: readonly string[];
    readonly consents?: Readonly<Record<string, { readonly consent: 'given' | 'refused'; readonly recordedOn: string }>>;
  };
  readonly config: Readonly<Record<string, unknown>>;
}

/** One line of a list of assessments. */
export interface AssessmentSummary {
  readonly assessmentId: string;
  readonly councilId: string;
  readonly councilName: string;
  readonly stateId: string;
  readonly stage: number;
  readonly stateLabel: string;
  readonly nextDeadline: { readonly id: string; readonly title: string; readonly dueDate: string; readonly status: string } | null;
  readonly version: number;
}

/** One recorded lifecycle event. */
export interface RecordedEvent {
  readonly sequence: number;
  readonly event: Readonly<Record<string, unknown>> & { readonly type: string; readonly date: string };
  readonly recordedAt: string | null;
  readonly stateIdAfter: string;
}

/** An item of the evidence bank. */
export interface EvidenceItem {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly qualityStatementIds: readonly string[];
  readonly evidenceCategoryIds: readonly string[];
  readonly owner: string | null;
  readonly source: string | null;
  readonly location: string | null;
  readonly effectiveFrom: string | null;
  readonly effectiveTo: string | null;
  readonly reviewBy: string | null;
  readonly tags: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** An area for improvement of a self-assessment statement. */
export interface AreaForImprovement {
  readonly id: string;
  readonly description: string;
  readonly actionIds: readonly string[];
}

/** The self-assessment of one quality statement. */
export interface SelfAssessmentStatement {
  readonly qualityStatementId: string;
  readonly narrative: string;
  readonly strengths: readonly string[];
  readonly areasForImprovement: readonly AreaForImprovement[];
  readonly selfScore: number | null;
  readonly updatedOn: string;
  readonly version: number;
}

/** An improvement action. */
export interface ImprovementAction {
  readonly id: string;
  readonly assessmentId: string | null;
  readonly title: string;
  readonly description: string;
  readonly qualityStatementIds: readonly string[];
  readonly owner: string | null;
  readonly status: string;
  readonly dueDate: string | null;
  readonly completedOn: string | null;
  readonly version: number;
}

/** A risk on the register. */
export interface Risk {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly qualityStatementIds: readonly string[];
  readonly likelihood: number;
  readonly impact: number;
  readonly rating: number;
  readonly owner: string | null;
  readonly status: string;
  readonly mitigation: string;
  readonly reviewBy: string | null;
  readonly version: number;
}

/** One item of the Information Return checklist with the council's progress on it. */
export interface InformationReturnItem {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly kind: 'document' | 'data' | 'narrative';
  readonly required: boolean;
  readonly qualityStatementIds: readonly string[];
  readonly status: 'not-started' | 'in-progress' | 'ready' | 'submitted';
  readonly owner: string | null;
  readonly documentReference: string | null;
  readonly notes: string;
  readonly dueDate: string | null;
  readonly updatedAt: string | null;
}
