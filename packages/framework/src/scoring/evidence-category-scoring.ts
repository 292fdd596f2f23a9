import { InvalidInputError, type InputProblem } from '../errors.js';
import { QUALITY_STATEMENT_IDS, type QualityStatementId, type Score } from '../ids.js';
import { percentageOf, roundPercentageHalfUp } from './percentage.js';
import { evidenceCategoryScoresSchema, problemsFromScoresError, type EvidenceCategoryScores } from './quality-statement-scores.js';
import { SCORING_MESSAGES } from './messages.js';
import { QUALITY_STATEMENT_SCORE_BANDS, bandForRoundedPercentage } from './rating-bands.js';

/** A quality statement's score worked out by the `evidence-category` method. */
export interface EvidenceCategoryScoreResult {
  /** Sum of the scored categories' scores. */
  readonly total: number;
  /** Number of scored categories x 4. */
  readonly maximum: number;
  /** `total / maximum x 100`, unrounded: it tells whether the statement sits high or low in its band. */
  readonly percentage: number;
  /** The percentage rounded half up to a whole number: the figure the bands apply to. */
  readonly roundedPercentage: number;
  /** The quality statement score, 1 to 4. */
  readonly score: Score;
  /** How many categories were scored. */
  readonly scoredCategoryCount: number;
}

/**
 * Scores one quality statement by the `evidence-category` method (CQC, 2023-2025): the scored
 * categories' sum as a percentage of (number scored x 4), rounded half up to a whole number, then
 * 25-38% = 1, 39-62% = 2, 63-87% = 3, 88% and above = 4 ({@link QUALITY_STATEMENT_SCORE_BANDS}).
 * Categories left out (or `undefined`) were not scored and do not count.
 *
 * @throws InvalidInputError when no category is scored, a score is not 1-4, or a key is not an
 * evidence category.
 * @example
 * scoreFromEvidenceCategories({ 'peoples-experience': 3, 'feedback-from-partners': 2, processes: 3 });
 * // { total: 8, maximum: 12, percentage: 66.66..., roundedPercentage: 67, score: 3, scoredCategoryCount: 3 }
 */
export function scoreFromEvidenceCategories(scores: EvidenceCategoryScores): EvidenceCategoryScoreResult {
  const parsed = evidenceCategoryScoresSchema.safeParse(scores);
  if (!parsed.success) {
    throw new InvalidInputError(
      SCORING_MESSAGES.evidenceCategoryScoresSummary,
      problemsFromScoresError(parsed.error, scores, SCORING_MESSAGES.unknownEvidenceCategory, 'unknown-evidence-category')
    );
  }
  const given = Object.values(parsed.data).filter((score): score is Score => score !== undefined);
  if (given.length === 0) {
    throw new InvalidInputError(SCORING_MESSAGES.evidenceCategoryScoresSummary, [
      { code: 'no-evidence-category-scored', path: [], message: SCORING_MESSAGES.noEvidenceCategoryScored },
    ]);
  }
  const total = given.reduce<number>((sum, score) => sum + score, 0);
  const maximum = given.length * 4;
  const roundedPercentage = roundPercentageHalfUp(total, maximum);
  return {
    total,
    maximum,
    percentage: percentageOf(total, maximum),
    roundedPercentage,
    score: bandForRoundedPercentage(QUALITY_STATEMENT_SCORE_BANDS, roundedPercentage).score,
    scoredCategoryCount: given.length,
  };
}

/** Every quality statement's evidence category scores, for the `evidence-category` method. */
export type EvidenceCategoryScoresByStatement<Id extends string = QualityStatementId> = Readonly<Record<Id, EvidenceCategoryScores>>;

/** The quality statement scores the `evidence-category` method gives, with each statement's working. */
export interface QualityStatementScoresFromCategories<Id extends string = QualityStatementId> {
  /** One score per statement: pass it to `rateLocalAuthority` for the overall rating. */
  readonly scores: Readonly<Record<Id, Score>>;
  readonly workings: Readonly<Record<Id, EvidenceCategoryScoreResult>>;
}

/**
 * Scores every quality statement by the `evidence-category` method (see
 * {@link scoreFromEvidenceCategories}). The overall rating then comes from `rateLocalAuthority`,
 * exactly as under the `quality-statement` method.
 *
 * @throws InvalidInputError listing every problem in every statement (paths start with the
 * statement id), a missing statement or a key that is not a quality statement.
 * @example
 * const { scores } = scoreQualityStatementsFromEvidenceCategories(categoryScoresByStatement);
 * rateLocalAuthority(scores).rating;
 */
export function scoreQualityStatementsFromEvidenceCategories<Id extends string = QualityStatementId>(
  byStatement: EvidenceCategoryScoresByStatement<Id>,
  options: { readonly qualityStatementIds?: readonly Id[] } = {}
): QualityStatementScoresFromCategories<Id> {
  const qualityStatementIds = (options.qualityStatementIds ?? QUALITY_STATEMENT_IDS) as readonly Id[];
  if (typeof byStatement !== 'object' || byStatement === null || Array.isArray(byStatement)) {
    throw new InvalidInputError(SCORING_MESSAGES.evidenceCategoryScoresSummary, [
      { code: 'scores-not-an-object', path: [], message: SCORING_MESSAGES.scoresNotAnObject },
    ]);
  }
  const given = byStatement as Readonly<Record<string, EvidenceCategoryScores | undefined>>;
  const problems: InputProblem[] = Object.keys(given)
    .filter((key) => !(qualityStatementIds as readonly string[]).includes(key))
    .map((key) => ({ code: 'unknown-quality-statement', path: [key], message: SCORING_MESSAGES.unknownQualityStatement(key) }));
  const scores: Partial<Record<Id, Score>> = {};
  const workings: Partial<Record<Id, EvidenceCategoryScoreResult>> = {};
  for (const id of qualityStatementIds) {
    const categoryScores = given[id];
    if (categoryScores === undefined) {
      problems.push({ code: 'quality-statement-missing', path: [id], message: SCORING_MESSAGES.qualityStatementMissing(id) });
      continue;
    }
    try {
      const working = scoreFromEvidenceCategories(categoryScores);
      workings[id] = working;
      scores[id] = working.score;
    } catch (error) {
      if (!InvalidInputError.isInstance(error)) throw error;
      problems.push(
        ...error.problems.map((problem) => ({ ...problem, path: [id, ...problem.path], message: `${id}: ${problem.message}` }))
      );
    }
  }
  if (problems.length > 0) throw new InvalidInputError(SCORING_MESSAGES.evidenceCategoryScoresSummary, problems);
  return { scores: scores as Record<Id, Score>, workings: workings as Record<Id, EvidenceCategoryScoreResult> };
}
