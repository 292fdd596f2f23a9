export { RATING_BANDS, QUALITY_STATEMENT_SCORE_BANDS, ratingBandsSchema } from './rating-bands.js';
export type { RatingBand, QualityStatementScoreBand } from './rating-bands.js';
export { percentageOf, roundPercentageHalfUp } from './percentage.js';
export {
  createQualityStatementScoresSchema,
  qualityStatementScoresSchema,
  evidenceCategoryScoresSchema,
} from './quality-statement-scores.js';
export type { QualityStatementScores, EvidenceCategoryScores } from './quality-statement-scores.js';
export { scoreFromEvidenceCategories, scoreQualityStatementsFromEvidenceCategories } from './evidence-category-scoring.js';
export type {
  EvidenceCategoryScoreResult,
  EvidenceCategoryScoresByStatement,
  QualityStatementScoresFromCategories,
} from './evidence-category-scoring.js';
export { rateLocalAuthority, parseQualityStatementScores } from './rate-local-authority.js';
export type {
  LocalAuthorityRating,
  RatingBandWithTotals,
  RatingMove,
  SingleStatementChange,
  RateLocalAuthorityOptions,
} from './rate-local-authority.js';
export { createPublishedResultSchema, publishedResultSchema } from './published-result.js';
export type { PublishedResult } from './published-result.js';
export { compareScores } from './compare-scores.js';
export type { ScoreComparison, StatementScoreComparison } from './compare-scores.js';
export { SCORING_MESSAGES } from './messages.js';
