import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { QUALITY_STATEMENT_IDS, SCORES, type QualityStatementId, type Score } from '../ids.js';
import { compareScores } from './compare-scores.js';
import { publishedResultSchema, type PublishedResult } from './published-result.js';
import { rateLocalAuthority } from './rate-local-authority.js';

type Scores = Record<QualityStatementId, Score>;
const scoresFrom = (values: readonly Score[]): Scores =>
  Object.fromEntries(QUALITY_STATEMENT_IDS.map((id, index) => [id, values[index]])) as Scores;
const scoresArbitrary = fc.array(fc.constantFrom(...SCORES), { minLength: 9, maxLength: 9 }).map(scoresFrom);

const nottingham: PublishedResult = publishedResultSchema.parse({
  councilName: 'Nottingham',
  publishedOn: '2023-11-17',
  rating: 'requires-improvement',
  scores: scoresFrom([2, 2, 2, 3, 2, 2, 3, 2, 3]),
});

describe('comparing a self-assessment with the published result', () => {
  it('a council that predicted good where CQC published requires improvement overestimated by one rating', () => {
    const selfAssessed = scoresFrom([3, 3, 2, 3, 3, 2, 3, 2, 3]);
    const comparison = compareScores(selfAssessed, nottingham);
    expect(comparison.overall).toMatchObject({
      selfAssessedRating: 'good',
      publishedRating: 'requires-improvement',
      selfAssessedTotal: 24,
      publishedTotal: 21,
      ratingDifference: 1,
      ratingsAgree: false,
      publishedRatingFollowsScores: true,
    });
    expect(comparison.overestimated).toEqual(['assessing-needs', 'supporting-healthier-lives', 'partnerships-and-communities']);
    expect(comparison.underestimated).toEqual([]);
    expect(comparison.statements[0]).toEqual({ qualityStatementId: 'assessing-needs', self: 3, published: 2, difference: 1 });
  });

  it('notices a published rating that does not follow from the published scores', () => {
    const mistyped = { ...nottingham, rating: 'outstanding' as const };
    expect(compareScores(nottingham.scores, mistyped).overall.publishedRatingFollowsScores).toBe(false);
  });

  it('refuses a published result with a missing date or an impossible score', () => {
    const broken = { ...nottingham, publishedOn: '2023-02-30', scores: { ...nottingham.scores, safeguarding: 7 } };
    expect(() => compareScores(nottingham.scores, broken as unknown as PublishedResult)).toThrow(InvalidInputError);
  });

  it('every statement is over-, under- or correctly estimated, and the differences add up to the gap in totals', () => {
    fc.assert(
      fc.property(scoresArbitrary, scoresArbitrary, (self, published) => {
        const result = { publishedOn: '2025-01-31', scores: published, rating: rateLocalAuthority(published).rating };
        const comparison = compareScores(self, result);
        expect(comparison.overestimated.length + comparison.underestimated.length + comparison.matched.length).toBe(9);
        const sum = comparison.statements.reduce((total, statement) => total + statement.difference, 0);
        expect(sum).toBe(comparison.overall.selfAssessedTotal - comparison.overall.publishedTotal);
        expect(comparison.overall.publishedRatingFollowsScores).toBe(true);
      })
    );
  });
});
