import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import {
  EVIDENCE_CATEGORY_IDS,
  QUALITY_STATEMENT_IDS,
  SCORES,
  type EvidenceCategoryId,
  type QualityStatementId,
  type Score,
} from '../ids.js';
import { scoreFromEvidenceCategories, scoreQualityStatementsFromEvidenceCategories } from './evidence-category-scoring.js';
import { rateLocalAuthority } from './rate-local-authority.js';
import type { EvidenceCategoryScores } from './quality-statement-scores.js';

const categoryScoresArbitrary = fc
  .record(
    Object.fromEntries(EVIDENCE_CATEGORY_IDS.map((id) => [id, fc.constantFrom(...SCORES)])) as Record<
      EvidenceCategoryId,
      fc.Arbitrary<Score>
    >,
    {
      requiredKeys: [],
    }
  )
  .filter((scores) => Object.keys(scores).length > 0);

describe('scoring a quality statement by the evidence-category method', () => {
  it('four categories scored 3, 3, 2 and 3 make 11 of 16 (68.8%), a score of 3', () => {
    const result = scoreFromEvidenceCategories({
      'peoples-experience': 3,
      'feedback-from-staff-and-leaders': 3,
      'feedback-from-partners': 2,
      processes: 3,
    });
    expect(result).toMatchObject({ total: 11, maximum: 16, roundedPercentage: 69, score: 3, scoredCategoryCount: 4 });
    expect(result.percentage).toBeCloseTo(68.75, 10);
  });

  it('two categories scored 2 and 3 make 5 of 8 (62.5%), which rounds up to 63% and scores 3', () => {
    expect(scoreFromEvidenceCategories({ 'peoples-experience': 2, processes: 3 })).toMatchObject({ roundedPercentage: 63, score: 3 });
  });

  it('two categories scored 3 and 4 make 87.5%, which rounds up to 88% and scores 4', () => {
    expect(scoreFromEvidenceCategories({ 'peoples-experience': 3, processes: 4 })).toMatchObject({ roundedPercentage: 88, score: 4 });
  });

  it('four categories scored 1, 1, 1 and 2 make 31.3%, a score of 1', () => {
    expect(
      scoreFromEvidenceCategories({
        'peoples-experience': 1,
        'feedback-from-staff-and-leaders': 1,
        'feedback-from-partners': 1,
        processes: 2,
      }).score
    ).toBe(1);
  });

  it('ignores a category left undefined: it was not scored', () => {
    expect(scoreFromEvidenceCategories({ 'peoples-experience': 2, outcomes: undefined })).toMatchObject({ total: 2, maximum: 4, score: 2 });
  });

  it('refuses a statement with no category scored', () => {
    expect(() => scoreFromEvidenceCategories({})).toThrow(InvalidInputError);
    expect(() => scoreFromEvidenceCategories({})).toThrow('no evidence category has a score');
  });

  it('names a score out of range and an unknown category', () => {
    try {
      scoreFromEvidenceCategories({ processes: 5, culture: 3 } as unknown as EvidenceCategoryScores);
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).problems.map((problem) => problem.message)).toEqual([
        'a score must be 1, 2, 3 or 4: got 5 for processes',
        "'culture' is not an evidence category",
      ]);
    }
  });

  it('raising any category score never lowers the statement score', () => {
    fc.assert(
      fc.property(categoryScoresArbitrary, fc.constantFrom(...EVIDENCE_CATEGORY_IDS), (scores, category) => {
        const current = scores[category];
        fc.pre(current !== undefined && current < 4);
        const raised = { ...scores, [category]: (current + 1) as Score };
        expect(scoreFromEvidenceCategories(raised).score).toBeGreaterThanOrEqual(scoreFromEvidenceCategories(scores).score);
      })
    );
  });

  it('the percentage is the total over the maximum, and the score lies between the lowest and highest category score', () => {
    fc.assert(
      fc.property(categoryScoresArbitrary, (scores) => {
        const given = Object.values(scores);
        const result = scoreFromEvidenceCategories(scores);
        expect(result.percentage).toBeCloseTo((result.total / result.maximum) * 100, 10);
        expect(result.score).toBeGreaterThanOrEqual(Math.min(...given));
        expect(result.score).toBeLessThanOrEqual(Math.max(...given));
      })
    );
  });
});

describe('rating a council by the evidence-category method', () => {
  const allThrees = Object.fromEntries(
    QUALITY_STATEMENT_IDS.map((id) => [
      id,
      { 'peoples-experience': 3, 'feedback-from-staff-and-leaders': 3, 'feedback-from-partners': 3, processes: 3 },
    ])
  ) as Record<QualityStatementId, EvidenceCategoryScores>;

  it('scores each statement from its categories and rates the council from those scores', () => {
    const byStatement = { ...allThrees, safeguarding: { 'peoples-experience': 2, processes: 2 } as const };
    const { scores, workings } = scoreQualityStatementsFromEvidenceCategories(byStatement);
    expect(scores.safeguarding).toBe(2);
    expect(workings.safeguarding.roundedPercentage).toBe(50);
    expect(rateLocalAuthority(scores)).toMatchObject({ total: 26, rating: 'good' });
  });

  it('names every problem in every statement, and a missing statement', () => {
    const { safeguarding: _removed, ...withoutSafeguarding } = allThrees;
    const byStatement = { ...withoutSafeguarding, 'assessing-needs': {}, 'equity-in-experience-and-outcomes': { processes: 9 } };
    try {
      scoreQualityStatementsFromEvidenceCategories(byStatement as unknown as Record<QualityStatementId, EvidenceCategoryScores>);
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).problems.map((problem) => problem.message)).toEqual([
        'assessing-needs: no evidence category has a score: score at least one applicable category',
        'equity-in-experience-and-outcomes: a score must be 1, 2, 3 or 4: got 9 for processes',
        'safeguarding is missing',
      ]);
    }
  });
});
