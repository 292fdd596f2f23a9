import { QUALITY_STATEMENT_IDS, RATING_IDS, type QualityStatementId, type RatingId, type Score } from '../ids.js';
import { parseInput } from '../validation.js';
import { SCORING_MESSAGES } from './messages.js';
import { createPublishedResultSchema, publishedResultSchema } from './published-result.js';
import type { QualityStatementScores } from './quality-statement-scores.js';
import { rateLocalAuthority, type RateLocalAuthorityOptions } from './rate-local-authority.js';

/** One quality statement's self-assessed score beside CQC's published score. */
export interface StatementScoreComparison<Id extends string = QualityStatementId> {
  readonly qualityStatementId: Id;
  /** The council's self-assessed score (a prediction). */
  readonly self: Score;
  /** CQC's published score. */
  readonly published: Score;
  /** `self - published`: positive when the council rated itself higher than CQC did. */
  readonly difference: number;
}

/** The council's self-assessment beside CQC's published result. */
export interface ScoreComparison<Id extends string = QualityStatementId> {
  readonly statements: readonly StatementScoreComparison<Id>[];
  readonly overall: {
    /** The rating the self-assessed scores give by CQC's method. */
    readonly selfAssessedRating: RatingId;
    /** The rating CQC published. */
    readonly publishedRating: RatingId;
    readonly selfAssessedTotal: number;
    readonly publishedTotal: number;
    readonly selfAssessedPercentage: number;
    readonly publishedPercentage: number;
    /** Rating steps, self minus published: 1 means the council predicted one rating too high. */
    readonly ratingDifference: number;
    readonly ratingsAgree: boolean;
    /**
     * Whether the published rating is the one CQC's method gives from the published scores. False
     * points at a typing mistake in the published result (or a change in CQC's method).
     */
    readonly publishedRatingFollowsScores: boolean;
  };
  /** Statements the council scored higher than CQC did, in statement order. */
  readonly overestimated: readonly Id[];
  /** Statements the council scored lower than CQC did, in statement order. */
  readonly underestimated: readonly Id[];
  /** Statements where the council and CQC gave the same score. */
  readonly matched: readonly Id[];
}

/**
 * Compares a council's self-assessed scores with the result CQC published, statement by statement
 * and overall. Both are checked first; bad input throws an InvalidInputError naming each problem.
 *
 * @example
 * const comparison = compareScores(ourScores, publishedResult);
 * comparison.overestimated; // ['safeguarding']: we scored 3, CQC scored 2
 */
export function compareScores<Id extends string = QualityStatementId>(
  selfAssessed: QualityStatementScores<Id>,
  published: {
    readonly scores: QualityStatementScores<Id>;
    readonly rating: RatingId;
    readonly publishedOn: string;
    readonly councilName?: string | undefined;
  },
  options: RateLocalAuthorityOptions<Id> = {}
): ScoreComparison<Id> {
  const qualityStatementIds = (options.qualityStatementIds ?? QUALITY_STATEMENT_IDS) as readonly Id[];
  const schema = options.qualityStatementIds === undefined ? publishedResultSchema : createPublishedResultSchema(qualityStatementIds);
  const checkedPublished = parseInput(schema, published, SCORING_MESSAGES.publishedResultSummary);
  const publishedScores = checkedPublished.scores as Record<string, Score>;
  const selfRating = rateLocalAuthority(selfAssessed, options);
  const publishedRating = rateLocalAuthority(published.scores, options);
  const selfScores = selfAssessed as Record<string, Score>;

  const statements = qualityStatementIds.map((qualityStatementId): StatementScoreComparison<Id> => {
    const self = selfScores[qualityStatementId] as Score;
    const publishedScore = publishedScores[qualityStatementId] as Score;
    return { qualityStatementId, self, published: publishedScore, difference: self - publishedScore };
  });
  const idsWhere = (test: (difference: number) => boolean): Id[] =>
    statements.filter((statement) => test(statement.difference)).map((statement) => statement.qualityStatementId);

  return {
    statements,
    overall: {
      selfAssessedRating: selfRating.rating,
      publishedRating: checkedPublished.rating,
      selfAssessedTotal: selfRating.total,
      publishedTotal: publishedRating.total,
      selfAssessedPercentage: selfRating.percentage,
      publishedPercentage: publishedRating.percentage,
      ratingDifference: RATING_IDS.indexOf(selfRating.rating) - RATING_IDS.indexOf(checkedPublished.rating),
      ratingsAgree: selfRating.rating === checkedPublished.rating,
      publishedRatingFollowsScores: publishedRating.rating === checkedPublished.rating,
    },
    overestimated: idsWhere((difference) => difference > 0),
    underestimated: idsWhere((difference) => difference < 0),
    matched: idsWhere((difference) => difference === 0),
  };
}
