import { isoDateSchema, qualityStatementIdSchema, ratingIdSchema, scoreSchema, type IsoDate, type QualityStatementId, type RatingId, type Score } from '@asc-assure/framework';
import { z } from 'zod';
import { ASSESSMENT_STATE_IDS, type AssessmentStageNumber, type AssessmentStateId } from './assessment-stages.js';
import { CONSENT_DECISIONS, MOVABLE_DATE_IDS, type ConsentDecision, type MovableDateId } from './events.js';

/** A selected person's consent decision and the day it was recorded. */
export interface ConsentRecord {
  readonly consent: ConsentDecision;
  readonly recordedOn: IsoDate;
}

/** One date CQC moved, kept for the record and for the deadlines' `moved` flag. */
export interface MovedDate {
  readonly which: MovableDateId;
  /** The date before the move, or null for a due date that was computed, not set. */
  readonly from: IsoDate | null;
  readonly to: IsoDate;
  readonly reason: string;
  /** The day the move was recorded (the event's date). */
  readonly movedOn: IsoDate;
}

/**
 * Everything the lifecycle remembers about an assessment. Plain JSON only (strings, numbers,
 * booleans, null, arrays and plain objects), so that a snapshot written to a store and read back
 * is equal to the one written. A date is null until the event that sets it happens; anchor dates
 * hold their current value (after any `date.moved`).
 */
export interface AssessmentContext {
  /** Date of the latest event: no later event may be dated before it. */
  readonly lastEventOn: IsoDate | null;
  readonly noticeReceivedOn: IsoDate | null;
  readonly irRequestedOn: IsoDate | null;
  readonly dataReviewCheckedOn: IsoDate | null;
  readonly irSubmittedOn: IsoDate | null;
  readonly siteVisitNotifiedOn: IsoDate | null;
  /** Planned first day of the onsite visit. */
  readonly onsiteStartsOn: IsoDate | null;
  /** Planned last day of the onsite visit. */
  readonly onsiteEndsOn: IsoDate | null;
  readonly caseListSubmittedOn: IsoDate | null;
  readonly caseListCount: number | null;
  readonly casesSelectedOn: IsoDate | null;
  readonly trackedCaseIds: readonly string[];
  readonly reserveCaseIds: readonly string[];
  /** Consent decisions by pseudonymised id. */
  readonly consents: Readonly<Record<string, ConsentRecord>>;
  /**
   * The day the council finished its part of case tracking: consent given by as many people as
   * CQC tracks, or a decision recorded for everyone selected. Closes the interviews deadline.
   */
  readonly consentsCompleteOn: IsoDate | null;
  readonly onsiteStartedOn: IsoDate | null;
  readonly onsiteFinishedOn: IsoDate | null;
  /** True when CQC confirmed an onsite date earlier than the usual notice period allows. */
  readonly earlyOnsiteConfirmedByCqc: boolean;
  readonly draftReportReceivedOn: IsoDate | null;
  readonly factualAccuracyReturnedOn: IsoDate | null;
  readonly publishedOn: IsoDate | null;
  readonly publishedScores: Readonly<Record<QualityStatementId, Score>> | null;
  readonly publishedRating: RatingId | null;
  readonly withdrawnOn: IsoDate | null;
  readonly withdrawnReason: string | null;
  /** The state the assessment was in when it was withdrawn. */
  readonly withdrawnFrom: AssessmentStateId | null;
  /** Due dates CQC set by hand, replacing the computed ones. */
  readonly dueDateOverrides: Readonly<Partial<Record<MovableDateId, IsoDate>>>;
  readonly movedDates: readonly MovedDate[];
}

/**
 * An assessment's lifecycle state in its persisted, JSON form: what engines store and what
 * {@link applyEvent} takes and returns.
 */
export interface AssessmentState {
  readonly stateId: AssessmentStateId;
  readonly stage: AssessmentStageNumber;
  readonly context: AssessmentContext;
  /** How many events have been applied: 0 before the first. Engines use it for optimistic locking. */
  readonly version: number;
}

/** The context of an assessment no event has touched yet. */
export const INITIAL_ASSESSMENT_CONTEXT: AssessmentContext = Object.freeze({
  lastEventOn: null,
  noticeReceivedOn: null,
  irRequestedOn: null,
  dataReviewCheckedOn: null,
  irSubmittedOn: null,
  siteVisitNotifiedOn: null,
  onsiteStartsOn: null,
  onsiteEndsOn: null,
  caseListSubmittedOn: null,
  caseListCount: null,
  casesSelectedOn: null,
  trackedCaseIds: Object.freeze([]),
  reserveCaseIds: Object.freeze([]),
  consents: Object.freeze({}),
  consentsCompleteOn: null,
  onsiteStartedOn: null,
  onsiteFinishedOn: null,
  earlyOnsiteConfirmedByCqc: false,
  draftReportReceivedOn: null,
  factualAccuracyReturnedOn: null,
  publishedOn: null,
  publishedScores: null,
  publishedRating: null,
  withdrawnOn: null,
  withdrawnReason: null,
  withdrawnFrom: null,
  dueDateOverrides: Object.freeze({}),
  movedDates: Object.freeze([]),
});

const nullableDate = isoDateSchema.nullable();

/**
 * Schema of a persisted {@link AssessmentState}, for engines that read one back from a store
 * and want to know it is whole before using it.
 */
export const assessmentStateSchema = z.strictObject({
  stateId: z.enum(ASSESSMENT_STATE_IDS),
  stage: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
  version: z.int().min(0),
  context: z.strictObject({
    lastEventOn: nullableDate,
    noticeReceivedOn: nullableDate,
    irRequestedOn: nullableDate,
    dataReviewCheckedOn: nullableDate,
    irSubmittedOn: nullableDate,
    siteVisitNotifiedOn: nullableDate,
    onsiteStartsOn: nullableDate,
    onsiteEndsOn: nullableDate,
    caseListSubmittedOn: nullableDate,
    caseListCount: z.int().min(0).nullable(),
    casesSelectedOn: nullableDate,
    trackedCaseIds: z.array(z.string()),
    reserveCaseIds: z.array(z.string()),
    consents: z.record(z.string(), z.strictObject({ consent: z.enum(CONSENT_DECISIONS), recordedOn: isoDateSchema })),
    consentsCompleteOn: nullableDate,
    onsiteStartedOn: nullableDate,
    onsiteFinishedOn: nullableDate,
    earlyOnsiteConfirmedByCqc: z.boolean(),
    draftReportReceivedOn: nullableDate,
    factualAccuracyReturnedOn: nullableDate,
    publishedOn: nullableDate,
    publishedScores: z.record(qualityStatementIdSchema, scoreSchema).nullable(),
    publishedRating: ratingIdSchema.nullable(),
    withdrawnOn: nullableDate,
    withdrawnReason: z.string().nullable(),
    withdrawnFrom: z.enum(ASSESSMENT_STATE_IDS).nullable(),
    dueDateOverrides: z.partialRecord(z.enum(MOVABLE_DATE_IDS), isoDateSchema),
    movedDates: z.array(
      z.strictObject({
        which: z.enum(MOVABLE_DATE_IDS),
        from: nullableDate,
        to: isoDateSchema,
        reason: z.string(),
        movedOn: isoDateSchema,
      }),
    ),
  }),
});
