import { z } from 'zod';
import { isIsoDate } from './calendar/iso-date.js';

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
/** One of {@link THEME_IDS}. */
export type ThemeId = (typeof THEME_IDS)[number];
/** Checks a theme id. */
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
/** One of {@link QUALITY_STATEMENT_IDS}. */
export type QualityStatementId = (typeof QUALITY_STATEMENT_IDS)[number];
/** Checks a quality statement id. */
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
/** One of {@link EVIDENCE_CATEGORY_IDS}. */
export type EvidenceCategoryId = (typeof EVIDENCE_CATEGORY_IDS)[number];
/** Checks an evidence category id. */
export const evidenceCategoryIdSchema = z.enum(EVIDENCE_CATEGORY_IDS);

/** A score of a quality statement or evidence category: 1 (significant shortfalls) to 4 (exceptional). */
export const SCORES = [1, 2, 3, 4] as const;
/** A score of 1 to 4 (see {@link SCORES}). */
export type Score = (typeof SCORES)[number];
/** Checks a score: the number 1, 2, 3 or 4. */
export const scoreSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** The four overall ratings, from lowest to highest. */
export const RATING_IDS = ['inadequate', 'requires-improvement', 'good', 'outstanding'] as const;
/** One of {@link RATING_IDS}. */
export type RatingId = (typeof RATING_IDS)[number];
/** Checks a rating id. */
export const ratingIdSchema = z.enum(RATING_IDS);

/** The two scoring methods CQC has used. */
export const SCORING_METHOD_IDS = ['evidence-category', 'quality-statement'] as const;
/** One of {@link SCORING_METHOD_IDS}. */
export type ScoringMethodId = (typeof SCORING_METHOD_IDS)[number];
/** Checks a scoring method id. */
export const scoringMethodIdSchema = z.enum(SCORING_METHOD_IDS);

/** Case-tracking cohorts CT01-CT07. */
export const COHORT_IDS = ['CT01', 'CT02', 'CT03', 'CT04', 'CT05', 'CT06', 'CT07'] as const;
/** One of {@link COHORT_IDS}, CT01 to CT07. */
export type CohortId = (typeof COHORT_IDS)[number];
/** Checks a case-tracking cohort id. */
export const cohortIdSchema = z.enum(COHORT_IDS);

/**
 * An ISO calendar date, `YYYY-MM-DD`, that exists (no 31 February), from 0001-01-01 to
 * 9999-12-31. The same rule as the calendar's `isIsoDate`, so a date the schema accepts is one
 * every date function accepts.
 */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isIsoDate, 'is not a real calendar date');
/** A date written `YYYY-MM-DD` (check it with {@link isoDateSchema} or `isIsoDate`). */
export type IsoDate = string;
