import { isoDateSchema, qualityStatementScoresSchema, ratingIdSchema } from '@asc-assure/framework';
import { z } from 'zod';
import { LIFECYCLE_MESSAGES } from './lifecycle-messages.js';

/**
 * Everything that can happen to an assessment, as events. Each carries the `date` it happened
 * (the machine reads no clock) and may carry a `note` and the `actor` who recorded it. Names are
 * dot-namespaced, xstate style, and stable: engines store them.
 */

/** Listed in the message for an unknown event type (the typed list is {@link ASSESSMENT_EVENT_TYPES}). */
const EVENT_TYPE_NAMES = [
  'notice.received',
  'data-review.checked',
  'information-return.submitted',
  'site-visit.notified',
  'case-list.submitted',
  'cases.selected',
  'consent.recorded',
  'onsite.started',
  'onsite.finished',
  'draft-report.received',
  'factual-accuracy.returned',
  'report.published',
  'date.moved',
  'assessment.withdrawn',
] as const;

const eventFields = {
  /** The day it happened, `YYYY-MM-DD`. */
  date: isoDateSchema,
  /** Free text for the record. */
  note: z.string().trim().min(1).max(4000).optional(),
  /** Who recorded it (a name, an email, a user id). */
  actor: z.string().trim().min(1).max(200).optional(),
};

/** The pseudonymised id of a person on the case-tracking list (never a name or NHS number). */
export const caseTrackingPersonIdSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(64, 'must be 64 characters or fewer')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a pseudonymised id: letters, digits, dot, dash or underscore');

/** A person's answer to being contacted by CQC for case tracking. */
export const CONSENT_DECISIONS = ['given', 'refused'] as const;
/** `given` or `refused`. */
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];

/**
 * Dates CQC can move after they were set: due dates (an override of the computed deadline) and
 * the anchor dates deadlines count from. Stable ids.
 */
export const MOVABLE_DATE_IDS = [
  'information-return-due',
  'information-return-requested-on',
  'site-visit-notified-on',
  'case-list-due',
  'onsite-starts-on',
  'onsite-ends-on',
  'cases-selected-on',
  'case-tracking-interviews-due',
  'draft-report-received-on',
  'factual-accuracy-due',
] as const;
/** Which date a `date.moved` event moves. */
export type MovableDateId = (typeof MOVABLE_DATE_IDS)[number];
/** Schema of {@link MovableDateId}. */
export const movableDateIdSchema = z.enum(MOVABLE_DATE_IDS);

/** Labels of the movable dates, for messages and pages. */
export const MOVABLE_DATE_LABELS = {
  'information-return-due': 'the Information Return due date',
  'information-return-requested-on': 'the date the Information Return was requested',
  'site-visit-notified-on': 'the date of the site visit notification',
  'case-list-due': 'the case list due date',
  'onsite-starts-on': 'the first day of the onsite visit',
  'onsite-ends-on': 'the last day of the onsite visit',
  'cases-selected-on': 'the date CQC selected the cases',
  'case-tracking-interviews-due': 'the case-tracking interviews date',
  'draft-report-received-on': 'the date the draft report was received',
  'factual-accuracy-due': 'the factual accuracy due date',
} as const satisfies Record<MovableDateId, string>;

const cqcConfirmed = z
  .boolean()
  .optional()
  .describe('Set when CQC has confirmed a date the usual rules would refuse (CQC decides its own timetable).');

/** CQC's notice of assessment reached the DASS. The Information Return request comes with it. */
export const noticeReceivedEventSchema = z
  .strictObject({
    type: z.literal('notice.received'),
    ...eventFields,
    /** When CQC requested the Information Return; the notice date unless CQC sent it later. */
    irRequestedOn: isoDateSchema.optional(),
  })
  .transform((event) => ({ ...event, irRequestedOn: event.irRequestedOn ?? event.date }));

/** The council checked that its own figures tell the same story as CQC's national data. */
export const dataReviewCheckedEventSchema = z.strictObject({ type: z.literal('data-review.checked'), ...eventFields });

/** The Information Return went to CQC. */
export const informationReturnSubmittedEventSchema = z.strictObject({
  type: z.literal('information-return.submitted'),
  ...eventFields,
  /** How many documents went with it (pilots: about 50). */
  documentCount: z.int().min(0).max(10_000).optional(),
});

/** CQC notified the council of the onsite visit, which opens case tracking. */
export const siteVisitNotifiedEventSchema = z
  .strictObject({
    type: z.literal('site-visit.notified'),
    ...eventFields,
    onsiteStartsOn: isoDateSchema,
    onsiteEndsOn: isoDateSchema,
    cqcConfirmed,
  })
  .refine((event) => event.onsiteEndsOn >= event.onsiteStartsOn, {
    path: ['onsiteEndsOn'],
    message: 'the onsite visit must end on or after the day it starts',
  });

/** The council sent CQC its anonymised list of people assessed in the last 12 months. */
export const caseListSubmittedEventSchema = z.strictObject({
  type: z.literal('case-list.submitted'),
  ...eventFields,
  count: z.int().min(1).max(10_000),
});

/** CQC chose the people it will track, and the reserves. */
export const casesSelectedEventSchema = z
  .strictObject({
    type: z.literal('cases.selected'),
    ...eventFields,
    trackedIds: z.array(caseTrackingPersonIdSchema).max(1000),
    reserveIds: z.array(caseTrackingPersonIdSchema).max(1000),
  })
  .refine((event) => new Set([...event.trackedIds, ...event.reserveIds]).size === event.trackedIds.length + event.reserveIds.length, {
    message: 'a person can be selected only once (tracked or reserve, not both)',
  });

/** A selected person's written agreement to be contacted, or their refusal. */
export const consentRecordedEventSchema = z.strictObject({
  type: z.literal('consent.recorded'),
  ...eventFields,
  pseudonymisedId: caseTrackingPersonIdSchema,
  consent: z.enum(CONSENT_DECISIONS),
});

/** CQC's onsite visit began (the `date` is the first day). */
export const onsiteStartedEventSchema = z.strictObject({ type: z.literal('onsite.started'), ...eventFields, cqcConfirmed });

/** CQC's onsite visit ended (the `date` is the last day). */
export const onsiteFinishedEventSchema = z.strictObject({ type: z.literal('onsite.finished'), ...eventFields });

/** CQC emailed the draft report: the factual accuracy clock starts on this date. */
export const draftReportReceivedEventSchema = z.strictObject({ type: z.literal('draft-report.received'), ...eventFields });

/** The council returned its factual accuracy comments. */
export const factualAccuracyReturnedEventSchema = z.strictObject({
  type: z.literal('factual-accuracy.returned'),
  ...eventFields,
  commentCount: z.int().min(0).max(10_000).optional(),
});

/** CQC published the report: the overall rating and the nine quality statement scores. */
export const reportPublishedEventSchema = z.strictObject({
  type: z.literal('report.published'),
  ...eventFields,
  scores: qualityStatementScoresSchema,
  rating: ratingIdSchema,
});

/** CQC moved a date. Recorded with its reason; deadlines and reminders are planned again. */
export const dateMovedEventSchema = z.strictObject({
  type: z.literal('date.moved'),
  ...eventFields,
  which: movableDateIdSchema,
  to: isoDateSchema,
  reason: z.string().trim().min(1, 'say why the date moved').max(2000),
  cqcConfirmed,
});

/** The assessment stopped before publication (CQC withdrew or postponed it indefinitely). */
export const assessmentWithdrawnEventSchema = z.strictObject({
  type: z.literal('assessment.withdrawn'),
  ...eventFields,
  reason: z.string().trim().min(1, 'say why the assessment was withdrawn').max(2000),
});

/** Any lifecycle event. Parse input with this before sending it to the machine. */
export const assessmentEventSchema = z.discriminatedUnion('type', [
  noticeReceivedEventSchema,
  dataReviewCheckedEventSchema,
  informationReturnSubmittedEventSchema,
  siteVisitNotifiedEventSchema,
  caseListSubmittedEventSchema,
  casesSelectedEventSchema,
  consentRecordedEventSchema,
  onsiteStartedEventSchema,
  onsiteFinishedEventSchema,
  draftReportReceivedEventSchema,
  factualAccuracyReturnedEventSchema,
  reportPublishedEventSchema,
  dateMovedEventSchema,
  assessmentWithdrawnEventSchema,
], {
  error: (issue) => (issue.code === 'invalid_union' ? LIFECYCLE_MESSAGES.unknownEventType(EVENT_TYPE_NAMES) : undefined),
});

/** A parsed lifecycle event (defaults filled: `irRequestedOn` is always set on a notice). */
export type AssessmentEvent = z.output<typeof assessmentEventSchema>;
/** A lifecycle event as a caller may write it (defaults may be left out). */
export type AssessmentEventInput = z.input<typeof assessmentEventSchema>;
/** The `type` of a lifecycle event. */
export type AssessmentEventType = AssessmentEvent['type'];
/** The event of one type. */
export type AssessmentEventOf<Type extends AssessmentEventType> = Extract<AssessmentEvent, { type: Type }>;

/** Every event type, in lifecycle order. */
export const ASSESSMENT_EVENT_TYPES: readonly AssessmentEventType[] = EVENT_TYPE_NAMES satisfies readonly AssessmentEventType[];

/** What a page or a message says about an event type. */
export interface AssessmentEventLabel {
  /** For a list or a button: "Information Return submitted". */
  readonly label: string;
  /** Opening of a refusal: "The Information Return can't be recorded as submitted". */
  readonly cannotRecord: string;
}

/** Labels of every event type. */
export const ASSESSMENT_EVENT_LABELS = {
  'notice.received': { label: 'Notice of assessment received', cannotRecord: "The notice of assessment can't be recorded" },
  'data-review.checked': { label: 'Data and story checked against CQC data', cannotRecord: "The data review check can't be recorded" },
  'information-return.submitted': { label: 'Information Return submitted', cannotRecord: "The Information Return can't be recorded as submitted" },
  'site-visit.notified': { label: 'Site visit notified', cannotRecord: "The site visit notification can't be recorded" },
  'case-list.submitted': { label: 'Case list submitted', cannotRecord: "The case list can't be recorded as submitted" },
  'cases.selected': { label: 'Cases selected by CQC', cannotRecord: "CQC's case selection can't be recorded" },
  'consent.recorded': { label: 'Consent recorded', cannotRecord: "The consent decision can't be recorded" },
  'onsite.started': { label: 'Onsite visit started', cannotRecord: "The start of the onsite visit can't be recorded" },
  'onsite.finished': { label: 'Onsite visit finished', cannotRecord: "The end of the onsite visit can't be recorded" },
  'draft-report.received': { label: 'Draft report received', cannotRecord: "The draft report can't be recorded as received" },
  'factual-accuracy.returned': { label: 'Factual accuracy comments returned', cannotRecord: "The factual accuracy comments can't be recorded as returned" },
  'report.published': { label: 'Report published', cannotRecord: "The published report can't be recorded" },
  'date.moved': { label: 'Date moved by CQC', cannotRecord: "The date can't be moved" },
  'assessment.withdrawn': { label: 'Assessment withdrawn', cannotRecord: "The assessment can't be recorded as withdrawn" },
} as const satisfies Record<AssessmentEventType, AssessmentEventLabel>;
