import { z } from 'zod';
import { COHORT_IDS, cohortIdSchema, isoDateSchema } from '../ids.js';
import { NEEDS_SUMMARY_MAX_CHARACTERS } from './case-tracking-record.js';

/**
 * What CQC asks for in the case-tracking request. Every number is a default because CQC changed
 * them between the pilots and the formal assessments: override them from the request in hand.
 */
export const caseTrackingOptionsSchema = z
  .object({
    /** The date the list is prepared or checked on; the assessment window ends here. */
    asOf: isoDateSchema,
    /** How many people the list holds. */
    size: z.int().min(1).max(1000).default(50),
    /** How many of them CQC selects. */
    selectedCount: z.int().min(0).max(1000).default(10),
    /** How many of the selected CQC tracks. */
    trackedCount: z.int().min(0).max(1000).default(6),
    /** How many of the selected are reserves. */
    reserveCount: z.int().min(0).max(1000).default(4),
    /** People qualify if assessed within this many months before `asOf`. */
    assessmentWindowMonths: z.int().min(1).max(120).default(12),
    /** Cohorts the list must cover. */
    requiredCohorts: z
      .array(cohortIdSchema)
      .min(1)
      .transform((cohorts) => COHORT_IDS.filter((id) => cohorts.includes(id)))
      .default([...COHORT_IDS]),
    /** The one-page limit of a needs summary, in characters. */
    needsSummaryMaxCharacters: z.int().min(100).max(100_000).default(NEEDS_SUMMARY_MAX_CHARACTERS),
    /** Seed of the tie-breaks: the same extract and seed always give the same list. */
    seed: z
      .union([z.string().max(200), z.int()])
      .default('asc-assure')
      .transform((seed) => String(seed)),
    /** Leave out people who have already refused to be contacted (CQC could not interview them). */
    excludeConsentRefused: z.boolean().default(true),
  })
  .refine((options) => options.trackedCount + options.reserveCount === options.selectedCount, {
    message: 'the tracked and reserve counts must add up to the selected count',
    path: ['selectedCount'],
  })
  .refine((options) => options.selectedCount <= options.size, {
    message: 'CQC cannot select more people than the list holds',
    path: ['selectedCount'],
  });

/** Validated case-tracking options, defaults filled in. */
export type CaseTrackingOptions = z.output<typeof caseTrackingOptionsSchema>;
/** Case-tracking options as supplied: only `asOf` is required. */
export type CaseTrackingOptionsInput = z.input<typeof caseTrackingOptionsSchema>;
