import { z } from 'zod';
import { cohortIdSchema, isoDateSchema } from '../ids.js';
import { consentToBeContactedSchema } from './consent.js';
import { higherRiskFlagIdSchema } from './higher-risk-flags.js';
import { protectedCharacteristicFieldSchemas } from './protected-characteristics.js';

/** Where a record stands: on the submitted list, or chosen by CQC to track or as a reserve. */
export const CASE_SELECTION_STATUS_IDS = ['submitted', 'selected-to-track', 'reserve'] as const;
/** A selection status. */
export type CaseSelectionStatusId = (typeof CASE_SELECTION_STATUS_IDS)[number];
/** Validates a {@link CaseSelectionStatusId}. */
export const caseSelectionStatusSchema = z.enum(CASE_SELECTION_STATUS_IDS);
/** Display labels of selection statuses. */
export const CASE_SELECTION_STATUS_LABELS = {
  submitted: 'On the submitted list',
  'selected-to-track': 'Selected by CQC to track',
  reserve: 'Selected by CQC as a reserve',
} as const satisfies Readonly<Record<CaseSelectionStatusId, string>>;

/**
 * The one-page limit of the summary of needs, in characters: about 450 words, what fits on a
 * side of A4 in a readable font. A default; `needsSummaryMaxCharacters` in the options changes
 * the limit the list check applies.
 */
export const NEEDS_SUMMARY_MAX_CHARACTERS = 3000;

/** Free-text fields of a record: the ones scanned for personal data. */
export const CASE_TRACKING_FREE_TEXT_FIELDS = [
  'initialReasonForContact',
  'needsSummary',
  'servicesProvided',
  'referralsMade',
  'multiAgencyContext',
  'leadProfessionalRole',
] as const;

const serviceOrReferralSchema = z.string().trim().min(1).max(500);

/**
 * The protected characteristics sent with a record so CQC can choose a spread of people. Ids
 * only, never free text.
 */
export const caseTrackingCharacteristicsSchema = z.strictObject(protectedCharacteristicFieldSchemas);

/**
 * One record of the case-tracking list a council submits to CQC: the ten items CQC asks for
 * about each person, under a pseudonymised id. Unknown fields are refused, so nothing extra
 * (a name column, an NHS number) can ride along.
 */
export const caseTrackingRecordSchema = z.strictObject({
  /** The person's pseudonymised id (see `pseudonymiseId`); never their council or NHS number. */
  pseudonymisedId: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be letters, digits, hyphens or underscores'),
  /** The cohort the person is listed under. */
  cohort: cohortIdSchema,
  /** 1. Initial reason for the contact with the council. */
  initialReasonForContact: z.string().trim().min(1).max(1000),
  /** 2. One-page summary of the person's needs. */
  needsSummary: z
    .string()
    .trim()
    .min(1)
    .max(NEEDS_SUMMARY_MAX_CHARACTERS, `must fit on one page (${NEEDS_SUMMARY_MAX_CHARACTERS} characters)`),
  /** 3. Date of first contact. */
  firstContactDate: isoDateSchema,
  /** 4. Date of assessment. */
  assessmentDate: isoDateSchema,
  /** 5. Most recent assessment or review. */
  mostRecentAssessmentOrReviewDate: isoDateSchema,
  /** 6. Services provided as a result of the most recent assessment or review. */
  servicesProvided: z.array(serviceOrReferralSchema).max(50),
  /** 7. Referrals made to other services as a result of the most recent assessment or review. */
  referralsMade: z.array(serviceOrReferralSchema).max(50),
  /** 8. Multi-agency or contextual information relevant to the person (may be empty). */
  multiAgencyContext: z.string().trim().max(3000),
  /** 9. Agreement to be contacted as part of case tracking. */
  consentToBeContacted: consentToBeContactedSchema,
  /** 10a. The lead professional's role ("Social worker, North locality team"). */
  leadProfessionalRole: z.string().trim().min(1).max(200),
  /** 10b. A role or team mailbox for the lead professional, not a named person's address. */
  leadProfessionalContact: z.email('must be a team or role email address'),
  /** Whether CQC has chosen the person to track, as a reserve, or not (yet). */
  selectionStatus: caseSelectionStatusSchema.default('submitted'),
  characteristics: caseTrackingCharacteristicsSchema.optional(),
  higherRiskFlags: z.array(higherRiskFlagIdSchema).optional(),
});

/** A validated case-tracking record. */
export type CaseTrackingRecord = z.output<typeof caseTrackingRecordSchema>;
/** A case-tracking record as supplied. */
export type CaseTrackingRecordInput = z.input<typeof caseTrackingRecordSchema>;
