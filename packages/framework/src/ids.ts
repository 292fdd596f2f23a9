import { z } from 'zod';

/**
 * Stable ids of the CQC local authority assessment framework. They are part of the public API:
 * stored in databases, sent over the API, written in spreadsheets. Never rename one; retire it
 * in a new framework version instead.
 */
export const THEME_IDS = [
  'working-with-people',
  'providing-support',
  'ensuring-safety',
  'leadership',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];
export const themeIdSchema = z.enum(THEME_IDS);

/** The nine quality statements, in CQC's published order. */
export const QUALITY_STATEMENT_IDS = [
  'assessing-needs',
  'supporting-healthier-lives',
  'equity-in-experience-and-outcomes',
  'care-provision-integration-continuity',
  'partnerships-and-communities',
  'safe-systems-pathways-transitions',
  'safeguarding',
  'governance-management-sustainability',
  'learning-improvement-innovation',
] as const;
export type QualityStatementId = (typeof QUALITY_STATEMENT_IDS)[number];
export const qualityStatementIdSchema = z.enum(QUALITY_STATEMENT_IDS);

/** The six evidence categories of CQC's single assessment framework. */
export const EVIDENCE_CATEGORY_IDS = [
  'peoples-experience',
  'feedback-from-staff-and-leaders',
  'feedback-from-partners',
  'observation',
  'processes',
  'outcomes',
] as const;
export type EvidenceCategoryId = (typeof EVIDENCE_CATEGORY_IDS)[number];
export const evidenceCategoryIdSchema = z.enum(EVIDENCE_CATEGORY_IDS);

/** A score of a quality statement or evidence category: 1 (significant shortfalls) to 4 (exceptional). */
export const SCORES = [1, 2, 3, 4] as const;
export type Score = (typeof SCORES)[number];
export const scoreSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** The four overall ratings, from lowest to highest. */
export const RATING_IDS = ['inadequate', 'requires-improvement', 'good', 'outstanding'] as const;
export type RatingId = (typeof RATING_IDS)[number];
export const ratingIdSchema = z.enum(RATING_IDS);

/** The two scoring methods CQC has used. */
export const SCORING_METHOD_IDS = ['evidence-category', 'quality-statement'] as const;
export type ScoringMethodId = (typeof SCORING_METHOD_IDS)[number];
export const scoringMethodIdSchema = z.enum(SCORING_METHOD_IDS);

/** Case-tracking cohorts CT01-CT07. */
export const COHORT_IDS = ['CT01', 'CT02', 'CT03', 'CT04', 'CT05', 'CT06', 'CT07'] as const;
export type CohortId = (typeof COHORT_IDS)[number];
export const cohortIdSchema = z.enum(COHORT_IDS);

/** An ISO calendar date, `YYYY-MM-DD`, that exists (no 31 February). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');
export type IsoDate = string;

function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
