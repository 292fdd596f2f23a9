import { z } from 'zod';
import { COHORT_IDS, cohortIdSchema, isoDateSchema } from '../ids.js';
import { HIGHER_RISK_FLAG_IDS, higherRiskFlagIdSchema } from './higher-risk-flags.js';
import { protectedCharacteristicFieldSchemas } from './protected-characteristics.js';
import { consentToBeContactedSchema } from './consent.js';

/**
 * One row of a council's extract of people from its case management system: the raw material
 * the case-tracking list is chosen from. It stays inside the council; only the chosen people,
 * pseudonymised, go to CQC.
 *
 * Cohorts are listed in CT order without repeats whatever order they came in; higher-risk flags
 * likewise. Columns the schema does not know are dropped.
 */
export const personExtractRowSchema = z
  .object({
    /** The person's id in the council's own system. Never sent to CQC. */
    localPersonId: z.string().trim().min(1).max(100),
    /** Every cohort the person belongs to (a person may be in several). */
    cohorts: z
      .array(cohortIdSchema)
      .min(1, 'must list at least one cohort (CT01 to CT07)')
      .transform((cohorts) => COHORT_IDS.filter((id) => cohorts.includes(id))),
    /** The cohort the council would file the person under, if it has one. */
    primaryCohort: cohortIdSchema.optional(),
    firstContactDate: isoDateSchema,
    /** The person's most recent assessment. */
    assessmentDate: isoDateSchema,
    /** The person's most recent review, if any. */
    reviewDate: isoDateSchema.optional(),
    ...protectedCharacteristicFieldSchemas,
    higherRiskFlags: z
      .array(higherRiskFlagIdSchema)
      .default([])
      .transform((flags) => HIGHER_RISK_FLAG_IDS.filter((id) => flags.includes(id))),
    consentToContact: consentToBeContactedSchema.optional(),
    leadProfessionalRole: z.string().trim().min(1).max(200).optional(),
    team: z.string().trim().min(1).max(200).optional(),
  })
  .refine((row) => row.primaryCohort === undefined || row.cohorts.includes(row.primaryCohort), {
    message: 'the primary cohort must be one of the cohorts listed',
    path: ['primaryCohort'],
  });

/** A validated row of the extract. */
export type PersonExtractRow = z.output<typeof personExtractRowSchema>;
/** A row of the extract as a council supplies it. */
export type PersonExtractRowInput = z.input<typeof personExtractRowSchema>;
