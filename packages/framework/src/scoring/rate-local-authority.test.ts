import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { QUALITY_STATEMENT_IDS, RATING_IDS, SCORES, type QualityStatementId, type Score } from '../ids.js';
import { APPENDIX_2_PUBLISHED_RESULTS } from '../testing/appendix-2-published-results.js';
import { invalidInputThrownBy } from '../testing/invalid-input.js';
import { rateLocalAuthority, type LocalAuthorityRating } from './rate-local-authority.js';

type Scores = Record<QualityStatementId, Score>;

function scoresFrom(values: readonly Score[]): Scores {
  return Object.fromEntries(QUALITY_STATEMENT_IDS.map((id, index) => [id, values[index]])) as Scores;
}

/** Nine scores adding up to `total` (9 to 36), filled from the first statement. */
function scoresTotalling(total: number): Scores {
  let remaining = total - 9;
  return scoresFrom(
    QUALITY_STATEMENT_IDS.map(() => {
      const extra = Math.min(3, remaining);
      remaining -= extra;
      return (1 + extra) as Score;
    })
  );
}

const scoresArbitrary = fc.array(fc.constantFrom(...SCORES), { minLength: 9, maxLength: 9 }).map(scoresFrom);
const rank = (result: LocalAuthorityRating): number => RATING_IDS.indexOf(result.rating);

const problemsOf = (action: () => unknown): string[] => invalidInputThrownBy(action).problems.map((problem) => problem.message);

describe('the eight results CQC published in the pilots (appendix 2)', () => {
  it.each(APPENDIX_2_PUBLISHED_RESULTS.map((result) => [result.councilName, result] as const))(
    '%s: the nine published scores give the published rating',
    (_council, result) => {
      expect(rateLocalAuthority(result.scores).rating).toBe(result.rating);
    }
  );
});

describe('rating a council from its nine quality statement scores', () => {
  it('a council scoring 3 on every statement is good at 75%', () => {
    const result = rateLocalAuthority(scoresFrom([3, 3, 3, 3, 3, 3, 3, 3, 3]));
    expect(result).toMatchObject({ total: 27, maximum: 36, percentage: 75, roundedPercentage: 75, rating: 'good' });
  });

  it('a council scoring 22 of 36 (61.1%) requires improvement', () => {
    const result = rateLocalAuthority(scoresTotalling(22));
    expect(result.total).toBe(22);
    expect(result.percentage).toBeCloseTo(61.11, 2);
    expect(result.roundedPercentage).toBe(61);
    expect(result.rating).toBe('requires-improvement');
  });

  it('14 of 36 (38.9%) rounds up to 39% and requires improvement, not inadequate', () => {
    const result = rateLocalAuthority(scoresTotalling(14));
    expect(result.percentage).toBeCloseTo(38.89, 2);
    expect(result.roundedPercentage).toBe(39);
    expect(result.rating).toBe('requires-improvement');
  });

  it('13 of 36 (36.1%) is inadequate', () => {
    expect(rateLocalAuthority(scoresTotalling(13)).rating).toBe('inadequate');
  });

  it('32 of 36 (88.9%) is outstanding', () => {
    const result = rateLocalAuthority(scoresTotalling(32));
    expect(result.percentage).toBeCloseTo(88.89, 2);
    expect(result.rating).toBe('outstanding');
  });

  it('31 of 36 (86.1%) is good', () => {
    const result = rateLocalAuthority(scoresTotalling(31));
    expect(result.percentage).toBeCloseTo(86.11, 2);
    expect(result.rating).toBe('good');
  });

  it('gives each band its totals for nine statements: 9-13, 14-22, 23-31, 32-36', () => {
    const bands = [9, 14, 23, 32].map((total) => rateLocalAuthority(scoresTotalling(total)).band);
    expect(bands.map((band) => [band.rating, band.minTotal, band.maxTotal])).toEqual([
      ['inadequate', 9, 13],
      ['requires-improvement', 14, 22],
      ['good', 23, 31],
      ['outstanding', 32, 36],
    ]);
  });

  it('places a council at the bottom, middle or top of its band', () => {
    expect(rateLocalAuthority(scoresTotalling(23)).positionInBand).toBe(0);
    expect(rateLocalAuthority(scoresTotalling(27)).positionInBand).toBe(0.5);
    expect(rateLocalAuthority(scoresTotalling(31)).positionInBand).toBe(1);
  });

  it('a council on 22 is one point from good, and raising any statement below 4 gets it there', () => {
    const scores = scoresFrom([4, 4, 4, 2, 2, 2, 2, 1, 1]);
    const up = rateLocalAuthority(scores).toNextBandUp;
    expect(up?.rating).toBe('good');
    expect(up?.pointsNeeded).toBe(1);
    expect(up?.needsMoreThanOneStatement).toBe(false);
    expect(up?.singleStatementChanges).toContainEqual({ qualityStatementId: 'safeguarding', from: 2, to: 3 });
    expect(up?.singleStatementChanges).toContainEqual({ qualityStatementId: 'governance-management-sustainability', from: 1, to: 2 });
    expect(up?.singleStatementChanges.some((change) => change.qualityStatementId === 'assessing-needs')).toBe(false);
  });

  it('a council on 27 (all 3s) needs five more points for outstanding, more than one statement can give', () => {
    const result = rateLocalAuthority(scoresFrom([3, 3, 3, 3, 3, 3, 3, 3, 3]));
    expect(result.toNextBandUp).toEqual({
      rating: 'outstanding',
      pointsNeeded: 5,
      singleStatementChanges: [],
      needsMoreThanOneStatement: true,
    });
    expect(result.toNextBandDown).toEqual({
      rating: 'requires-improvement',
      pointsNeeded: 5,
      singleStatementChanges: [],
      needsMoreThanOneStatement: true,
    });
  });

  it('a council on 23 falls to requires improvement if any statement above 1 drops', () => {
    const down = rateLocalAuthority(scoresFrom([4, 4, 4, 3, 2, 2, 2, 1, 1])).toNextBandDown;
    expect(down?.pointsNeeded).toBe(1);
    expect(down?.singleStatementChanges.filter((change) => change.qualityStatementId === 'assessing-needs')).toEqual([
      { qualityStatementId: 'assessing-needs', from: 4, to: 3 },
      { qualityStatementId: 'assessing-needs', from: 4, to: 2 },
      { qualityStatementId: 'assessing-needs', from: 4, to: 1 },
    ]);
  });

  it('has no band up at outstanding and no band down at inadequate', () => {
    expect(rateLocalAuthority(scoresTotalling(36)).toNextBandUp).toBeNull();
    expect(rateLocalAuthority(scoresTotalling(9)).toNextBandDown).toBeNull();
  });
});

describe('refusing scores that cannot be rated', () => {
  it('names a missing statement, a score out of range, a fractional score and an unknown statement', () => {
    const { safeguarding: _removed, ...withoutSafeguarding } = scoresFrom([3, 3, 3, 3, 3, 3, 3, 3, 3]);
    const scores = { ...withoutSafeguarding, 'assessing-needs': 5, 'supporting-healthier-lives': 2.5, 'leadership-culture': 3 };
    expect(problemsOf(() => rateLocalAuthority(scores as unknown as Scores))).toEqual([
      'a score must be 1, 2, 3 or 4: got 5 for assessing-needs',
      'a score must be 1, 2, 3 or 4: got 2.5 for supporting-healthier-lives',
      'safeguarding is missing',
      "'leadership-culture' is not a quality statement",
    ]);
  });

  it('refuses a score of 0 and a score written as text', () => {
    const scores = { ...scoresFrom([3, 3, 3, 3, 3, 3, 3, 3, 3]), safeguarding: 0, 'assessing-needs': '3' };
    expect(problemsOf(() => rateLocalAuthority(scores as unknown as Scores))).toEqual([
      'a score must be 1, 2, 3 or 4: got "3" for assessing-needs',
      'a score must be 1, 2, 3 or 4: got 0 for safeguarding',
    ]);
  });

  it('gives each problem a stable code and the key it is about', () => {
    const { safeguarding: _removed, ...scores } = { ...scoresFrom([3, 3, 3, 3, 3, 3, 3, 3, 3]), 'assessing-needs': 0, extra: 1 };
    try {
      rateLocalAuthority(scores as unknown as Scores);
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).code).toBe('invalid-input');
      expect((error as InvalidInputError).problems.map((problem) => [problem.code, problem.path])).toEqual([
        ['score-not-allowed', ['assessing-needs']],
        ['quality-statement-missing', ['safeguarding']],
        ['unknown-quality-statement', ['extra']],
      ]);
    }
  });

  it('refuses something that is not a set of scores at all', () => {
    expect(problemsOf(() => rateLocalAuthority(null as unknown as Scores))).toHaveLength(1);
  });

  it('refuses rating bands that leave a gap', () => {
    const ratingBands = [
      { rating: 'inadequate', minPercentage: 0, maxPercentage: 38 },
      { rating: 'good', minPercentage: 40, maxPercentage: 100 },
    ] as const;
    expect(() => rateLocalAuthority(scoresTotalling(20), { ratingBands })).toThrow(InvalidInputError);
  });
});

describe('framework versions and configured bands', () => {
  it('rates a future framework with a tenth statement', () => {
    const qualityStatementIds = [...QUALITY_STATEMENT_IDS, 'workforce-equality'] as const;
    const scores = { ...scoresFrom([3, 3, 3, 3, 3, 3, 3, 3, 3]), 'workforce-equality': 4 } as const;
    const result = rateLocalAuthority(scores, { qualityStatementIds });
    expect(result).toMatchObject({ total: 31, maximum: 40, roundedPercentage: 78, rating: 'good' });
    const nineScores = scoresFrom([3, 3, 3, 3, 3, 3, 3, 3, 3]) as unknown as Record<(typeof qualityStatementIds)[number], Score>;
    expect(() => rateLocalAuthority(nineScores, { qualityStatementIds })).toThrow('workforce-equality is missing');
  });

  it('uses configured bands instead of CQC defaults', () => {
    const ratingBands = [
      { rating: 'inadequate', minPercentage: 0, maxPercentage: 49 },
      { rating: 'requires-improvement', minPercentage: 50, maxPercentage: 69 },
      { rating: 'good', minPercentage: 70, maxPercentage: 89 },
      { rating: 'outstanding', minPercentage: 90, maxPercentage: 100 },
    ] as const;
    expect(rateLocalAuthority(scoresTotalling(17), { ratingBands }).rating).toBe('inadequate');
    expect(rateLocalAuthority(scoresTotalling(17)).rating).toBe('requires-improvement');
  });
});

describe('properties of the rating', () => {
  it('raising any one score never lowers the rating', () => {
    fc.assert(
      fc.property(scoresArbitrary, fc.constantFrom(...QUALITY_STATEMENT_IDS), (scores, id) => {
        fc.pre(scores[id] < 4);
        const raised = { ...scores, [id]: (scores[id] + 1) as Score };
        expect(rank(rateLocalAuthority(raised))).toBeGreaterThanOrEqual(rank(rateLocalAuthority(scores)));
      })
    );
  });

  it('the percentage is the total over the maximum, and the rounded percentage is within half a point of it', () => {
    fc.assert(
      fc.property(scoresArbitrary, (scores) => {
        const result = rateLocalAuthority(scores);
        expect(result.total).toBe(Object.values(scores).reduce((sum, score) => sum + score, 0));
        expect(result.percentage).toBeCloseTo((result.total / result.maximum) * 100, 10);
        expect(Math.abs(result.roundedPercentage - result.percentage)).toBeLessThanOrEqual(0.5);
      })
    );
  });

  it('the position in the band is between 0 and 1, and the total lies within the band', () => {
    fc.assert(
      fc.property(scoresArbitrary, (scores) => {
        const result = rateLocalAuthority(scores);
        expect(result.positionInBand).toBeGreaterThanOrEqual(0);
        expect(result.positionInBand).toBeLessThanOrEqual(1);
        expect(result.total).toBeGreaterThanOrEqual(result.band.minTotal);
        expect(result.total).toBeLessThanOrEqual(result.band.maxTotal);
      })
    );
  });

  it('lists exactly the single-statement changes that move the rating, up and down', () => {
    fc.assert(
      fc.property(scoresArbitrary, (scores) => {
        const result = rateLocalAuthority(scores);
        const expectedUp: string[] = [];
        const expectedDown: string[] = [];
        for (const id of QUALITY_STATEMENT_IDS) {
          for (const to of SCORES) {
            if (to === scores[id]) continue;
            const moved = rank(rateLocalAuthority({ ...scores, [id]: to }));
            if (to > scores[id] && moved > rank(result)) expectedUp.push(`${id}:${scores[id]}->${to}`);
            if (to < scores[id] && moved < rank(result)) expectedDown.push(`${id}:${scores[id]}->${to}`);
          }
        }
        const listed = (move: LocalAuthorityRating['toNextBandUp']): string[] =>
          (move?.singleStatementChanges ?? []).map((change) => `${change.qualityStatementId}:${change.from}->${change.to}`).sort();
        expect(listed(result.toNextBandUp)).toEqual(expectedUp.sort());
        expect(listed(result.toNextBandDown)).toEqual(expectedDown.sort());
        if (result.toNextBandUp !== null) expect(result.toNextBandUp.needsMoreThanOneStatement).toBe(expectedUp.length === 0);
      }),
      { numRuns: 60 }
    );
  });

  it('the points needed reach exactly the edge of the next band', () => {
    fc.assert(
      fc.property(scoresArbitrary, (scores) => {
        const result = rateLocalAuthority(scores);
        if (result.toNextBandUp !== null) {
          const target = result.total + result.toNextBandUp.pointsNeeded;
          expect(rateLocalAuthority(scoresTotalling(target)).rating).toBe(result.toNextBandUp.rating);
          expect(rateLocalAuthority(scoresTotalling(target - 1)).rating).toBe(result.rating);
        }
        if (result.toNextBandDown !== null) {
          const target = result.total - result.toNextBandDown.pointsNeeded;
          expect(rateLocalAuthority(scoresTotalling(target)).rating).toBe(result.toNextBandDown.rating);
          expect(rateLocalAuthority(scoresTotalling(target + 1)).rating).toBe(result.rating);
        }
      })
    );
  });
});
