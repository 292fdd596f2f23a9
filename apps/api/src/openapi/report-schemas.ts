import { READINESS_FINDING_SEVERITIES, RATING_IDS } from '@asc-assure/framework';
import { z } from '@hono/zod-openapi';

/** A finding of readiness analysis. */
export const readinessFindingSchema = z
  .looseObject({
    severity: z.enum(READINESS_FINDING_SEVERITIES),
    code: z.string(),
    message: z.string(),
    qualityStatementId: z.string().optional(),
  })
  .openapi('ReadinessFinding');

/**
 * The readiness report of `@asc-assure/framework`'s `analyseReadiness`: the main figures are
 * described here; the rest (coverage matrix, items needing attention, tag gaps) as the
 * framework documents them.
 */
export const readinessReportSchema = z
  .looseObject({
    asOf: z.string(),
    readinessScore: z.number().openapi({ description: '0 to 100.' }),
    counts: z.object({
      evidenceItems: z.number().int(),
      current: z.number().int(),
      stale: z.number().int(),
      expired: z.number().int(),
      notYetEffective: z.number().int(),
      reviewDueSoon: z.number().int(),
    }),
    predictedRating: z.looseObject({ status: z.enum(['complete', 'incomplete']) }).openapi({ description: 'The rating the self-assessed scores give, once every statement is scored.' }),
    findings: z.array(readinessFindingSchema),
    coverage: z.array(z.looseObject({ qualityStatementId: z.string(), coveragePercentage: z.number() })),
  })
  .openapi('ReadinessReport');

/** The rating nine quality statement scores give, and what would move it. */
export const ratingResultSchema = z
  .looseObject({
    total: z.number().int(),
    maximum: z.number().int(),
    percentage: z.number(),
    roundedPercentage: z.number().int(),
    rating: z.enum(RATING_IDS),
    positionInBand: z.number(),
  })
  .openapi('Rating');

/** The council's self-assessment beside CQC's published result. */
export const scoreComparisonSchema = z
  .looseObject({
    statements: z.array(z.object({ qualityStatementId: z.string(), self: z.number().int(), published: z.number().int(), difference: z.number().int() })),
    overall: z.looseObject({ selfAssessedRating: z.enum(RATING_IDS), publishedRating: z.enum(RATING_IDS), ratingsAgree: z.boolean() }),
    overestimated: z.array(z.string()),
    underestimated: z.array(z.string()),
    matched: z.array(z.string()),
  })
  .openapi('ScoreComparison');
