import { z } from 'zod';
import { QUALITY_STATEMENT_IDS, isoDateSchema, ratingIdSchema, scoringMethodIdSchema } from '../ids.js';
import { createQualityStatementScoresSchema } from './quality-statement-scores.js';

/**
 * Builds the schema of a result CQC published for a framework version: the date, the nine (or,
 * in another version, however many) quality statement scores and the overall rating. CQC does not
 * publish evidence category scores, so there are none here.
 */
export function createPublishedResultSchema<const Id extends string>(qualityStatementIds: readonly Id[]) {
  return z.strictObject({
    councilName: z.string().trim().min(1, 'the council name cannot be empty').optional(),
    publishedOn: isoDateSchema,
    scoringMethod: scoringMethodIdSchema.optional(),
    scores: createQualityStatementScoresSchema(qualityStatementIds),
    rating: ratingIdSchema,
  });
}

/**
 * A result CQC published for a council: kept apart from the council's own self-assessed scores,
 * which are predictions. Compare the two with {@link compareScores}.
 *
 * @example
 * publishedResultSchema.parse({
 *   councilName: 'Nottingham', publishedOn: '2023-11-17', rating: 'requires-improvement',
 *   scores: { 'assessing-needs': 2, ... },
 * });
 */
export const publishedResultSchema = createPublishedResultSchema(QUALITY_STATEMENT_IDS);

/** A result CQC published for a council (see {@link publishedResultSchema}). */
export type PublishedResult = z.output<typeof publishedResultSchema>;
