import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as framework from '../index.js';
import { InvalidInputError } from '../errors.js';
import { QUALITY_STATEMENT_IDS, RATING_IDS, ratingIdSchema } from '../ids.js';
import { checkCaseTrackingList } from '../case-tracking/check-case-tracking-list.js';
import { rateLocalAuthority } from '../scoring/rate-local-authority.js';
import * as testing from './index.js';
import {
  APPENDIX_2_PUBLISHED_RESULTS,
  EXAMPLE_CASE_TRACKING_AS_OF,
  exampleCaseTrackingList,
  invalidInputThrownBy,
} from './index.js';

describe('the eight pilot results of appendix 2, as data', () => {
  const csv = readFileSync(new URL('../../../../../shared/fixtures/appendix2-ratings.csv', import.meta.url), 'utf8');
  const [header, ...rows] = csv
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));

  it('hold exactly the councils, scores and ratings of the shared CSV, in its order', () => {
    expect(header!.slice(1, -1)).toEqual([...QUALITY_STATEMENT_IDS]);
    expect(
      APPENDIX_2_PUBLISHED_RESULTS.map((result) => [
        result.councilName,
        ...QUALITY_STATEMENT_IDS.map((id) => String(result.scores[id])),
        result.rating,
      ]),
    ).toEqual(rows.map((row) => [...row.slice(0, -1), ratingIdSchema.parse(row.at(-1)!.trim().toLowerCase().replaceAll(' ', '-'))]));
  });

  it('seven pilots were rated good and Nottingham requires improvement', () => {
    expect(APPENDIX_2_PUBLISHED_RESULTS.filter((result) => result.rating === 'good')).toHaveLength(7);
    expect(APPENDIX_2_PUBLISHED_RESULTS.find((result) => result.rating !== 'good')?.councilName).toBe('Nottingham');
  });

  it('every published rating follows from its nine scores', () => {
    for (const result of APPENDIX_2_PUBLISHED_RESULTS) {
      expect(RATING_IDS).toContain(result.rating);
      expect(rateLocalAuthority(result.scores).rating).toBe(result.rating);
    }
  });

  it('cannot be changed by a test that uses them', () => {
    expect(Object.isFrozen(APPENDIX_2_PUBLISHED_RESULTS)).toBe(true);
    expect(APPENDIX_2_PUBLISHED_RESULTS.every((result) => Object.isFrozen(result) && Object.isFrozen(result.scores))).toBe(true);
  });
});

describe('the example case-tracking list', () => {
  it('passes every check, and each call gives a fresh copy', () => {
    expect(checkCaseTrackingList(exampleCaseTrackingList(), { asOf: EXAMPLE_CASE_TRACKING_AS_OF }).ok).toBe(true);
    expect(exampleCaseTrackingList()).not.toBe(exampleCaseTrackingList());
    expect(exampleCaseTrackingList()).toHaveLength(50);
  });

  it('fails the check once a name and an NHS number are typed into a needs summary', () => {
    const records = exampleCaseTrackingList();
    records[0]!.needsSummary = 'Mrs Jane Smith, NHS number 943 476 5919';
    const check = checkCaseTrackingList(records, { asOf: EXAMPLE_CASE_TRACKING_AS_OF });
    expect(check.ok).toBe(false);
    expect(check.problems.filter((problem) => problem.code === 'personal-data-found')).toHaveLength(2);
  });
});

describe('invalidInputThrownBy', () => {
  it('returns the InvalidInputError an action throws', () => {
    const error = invalidInputThrownBy(() => rateLocalAuthority({ 'assessing-needs': 5 } as never));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.problems[0]?.code).toBe('score-not-allowed');
  });

  it('fails when the action is accepted, and passes any other error on', () => {
    expect(() => invalidInputThrownBy(() => 1)).toThrow(/accepted/);
    expect(() =>
      invalidInputThrownBy(() => {
        throw new RangeError('something else');
      }),
    ).toThrow(RangeError);
  });
});

describe('the ./testing entry', () => {
  it('offers the same synthetic generators as the main entry', () => {
    expect(testing.generateSyntheticExtract).toBe(framework.generateSyntheticExtract);
    expect(testing.generateSyntheticEvidenceBank).toBe(framework.generateSyntheticEvidenceBank);
    expect(testing.generateSyntheticSelfAssessment).toBe(framework.generateSyntheticSelfAssessment);
  });
});
