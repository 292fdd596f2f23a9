import { QUALITY_STATEMENT_IDS, type QualityStatementId, type Score } from '../ids.js';
import { compareScores, rateLocalAuthority, type PublishedResult, type ScoreComparison } from '../scoring/index.js';
import type { ReadinessLabels } from './analyse-readiness-options.js';
import { readinessFinding, type ReadinessFinding } from './readiness-findings.js';
import { READINESS_MESSAGES } from './readiness-messages.js';
import type { PredictedRating } from './readiness-report.js';
import type { SelfAssessmentStatement } from './self-assessment.js';

/** The predicted rating and, after publication, how the self-scores compare with CQC's. */
export interface RatingPrediction {
  readonly predictedRating: PredictedRating;
  readonly publishedComparison: ScoreComparison | null;
  /** Statements with no self-assessment entry, in framework order. */
  readonly missingQualityStatementIds: readonly QualityStatementId[];
  readonly findings: readonly ReadinessFinding[];
}

/**
 * Rates the council on its own self-scores, the way CQC rates (`rateLocalAuthority`), once every
 * statement has one; after publication, compares them with CQC's published scores and raises a
 * finding for each statement scored higher or lower than CQC did.
 */
export function predictRating(
  selfByStatement: ReadonlyMap<QualityStatementId, SelfAssessmentStatement>,
  published: PublishedResult | undefined,
  labels: ReadinessLabels
): RatingPrediction {
  const missingQualityStatementIds = QUALITY_STATEMENT_IDS.filter((id) => !selfByStatement.has(id));
  if (missingQualityStatementIds.length > 0) {
    return { predictedRating: { status: 'incomplete', missingQualityStatementIds }, publishedComparison: null, missingQualityStatementIds, findings: [] };
  }
  const selfScores = Object.fromEntries(QUALITY_STATEMENT_IDS.map((id) => [id, selfByStatement.get(id)?.selfScore])) as Record<
    QualityStatementId,
    Score
  >;
  const predictedRating: PredictedRating = { status: 'complete', selfScores, result: rateLocalAuthority(selfScores) };
  if (published === undefined) return { predictedRating, publishedComparison: null, missingQualityStatementIds, findings: [] };

  const publishedComparison = compareScores(selfScores, published);
  const findings: ReadinessFinding[] = [];
  for (const compared of publishedComparison.statements) {
    const statement = labels.statement(compared.qualityStatementId);
    const about = { qualityStatementId: compared.qualityStatementId };
    if (compared.difference > 0)
      findings.push(
        readinessFinding('self-score-above-published', READINESS_MESSAGES.selfScoreAbovePublished(statement, compared.self, compared.published), about)
      );
    if (compared.difference < 0)
      findings.push(
        readinessFinding('self-score-below-published', READINESS_MESSAGES.selfScoreBelowPublished(statement, compared.self, compared.published), about)
      );
  }
  return { predictedRating, publishedComparison, missingQualityStatementIds, findings };
}
