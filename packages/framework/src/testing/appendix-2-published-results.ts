import type { QualityStatementId, RatingId, Score, ScoringMethodId } from '../ids.js';

/** One of the eight results CQC published for the pilot councils (seed 000, Appendix 2). */
export interface Appendix2PublishedResult {
  readonly councilName: string;
  /** The pilots were scored by evidence category, CQC's method from 2023 to 2025. */
  readonly scoringMethod: ScoringMethodId;
  /** The nine quality statement scores CQC published. */
  readonly scores: Readonly<Record<QualityStatementId, Score>>;
  /** The overall rating CQC published. */
  readonly rating: RatingId;
}

function published(
  councilName: string,
  [
    assessingNeeds,
    supportingHealthierLives,
    equity,
    careProvision,
    partnerships,
    safeSystems,
    safeguarding,
    governance,
    learning,
  ]: readonly [Score, Score, Score, Score, Score, Score, Score, Score, Score],
  rating: RatingId,
): Appendix2PublishedResult {
  return Object.freeze({
    councilName,
    scoringMethod: 'evidence-category',
    scores: Object.freeze({
      'assessing-needs': assessingNeeds,
      'supporting-healthier-lives': supportingHealthierLives,
      'equity-in-experience-and-outcomes': equity,
      'care-provision-integration-continuity': careProvision,
      'partnerships-and-communities': partnerships,
      'safe-systems-pathways-transitions': safeSystems,
      safeguarding,
      'governance-management-sustainability': governance,
      'learning-improvement-innovation': learning,
    }),
    rating,
  });
}

/**
 * The eight results CQC published for the pilot councils in 2023, as data: the council, the nine
 * quality statement scores in framework order and the overall rating. `rateLocalAuthority`
 * reproduces every rating from the scores, which makes them a good check for anything that
 * rates, compares or displays results. (Source: seed 000, Appendix 2, and
 * `shared/fixtures/appendix2-ratings.csv`.) Add a `publishedOn` date to use one as a
 * `PublishedResult`.
 *
 * @example
 * for (const result of APPENDIX_2_PUBLISHED_RESULTS) {
 *   rateLocalAuthority(result.scores).rating === result.rating; // true for all eight
 * }
 */
export const APPENDIX_2_PUBLISHED_RESULTS: readonly Appendix2PublishedResult[] = Object.freeze([
  published('Lincolnshire', [3, 3, 3, 3, 3, 3, 3, 3, 3], 'good'),
  published('Birmingham', [2, 3, 3, 3, 3, 2, 2, 3, 3], 'good'),
  published('Nottingham', [2, 2, 2, 3, 2, 2, 3, 2, 3], 'requires-improvement'),
  published('Suffolk', [2, 3, 2, 3, 3, 2, 3, 3, 3], 'good'),
  published('North Lincolnshire', [3, 3, 2, 3, 3, 2, 3, 3, 3], 'good'),
  published('Hertfordshire', [3, 3, 3, 3, 4, 3, 3, 3, 3], 'good'),
  published('Hounslow', [2, 2, 3, 3, 3, 3, 3, 3, 3], 'good'),
  published('West Berkshire', [3, 2, 2, 2, 2, 3, 3, 3, 3], 'good'),
]);
