import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { actionListSchema } from './action.js';
import { analyseReadiness } from './analyse-readiness.js';
import { evidenceBankSchema } from './evidence-item.js';
import { riskRegisterSchema } from './risk.js';
import { selfAssessmentSchema } from './self-assessment.js';
import { generateSyntheticEvidenceBank, generateSyntheticSelfAssessment } from './synthetic-council.js';

const asOf = '2025-06-30';

describe('a synthetic council for demonstrations and benchmarks', () => {
  it('gives the same bank for the same seed and a different one for another seed', () => {
    const first = generateSyntheticEvidenceBank({ count: 200, seed: 7, asOf });
    expect(generateSyntheticEvidenceBank({ count: 200, seed: 7, asOf })).toEqual(first);
    expect(generateSyntheticEvidenceBank({ count: 200, seed: 8, asOf })).not.toEqual(first);
    expect(generateSyntheticSelfAssessment({ seed: 7, asOf })).toEqual(generateSyntheticSelfAssessment({ seed: 7, asOf }));
  });

  it('makes exactly the number of items asked for, each a valid record with a distinct id', () => {
    const bank = generateSyntheticEvidenceBank({ count: 500, seed: 3, asOf });
    expect(bank).toHaveLength(500);
    expect(evidenceBankSchema.safeParse(bank).success).toBe(true);
  });

  it('makes a valid self-assessment of all nine statements, action plan and risk register', () => {
    const { selfAssessment, actions, risks } = generateSyntheticSelfAssessment({ seed: 3, asOf });
    expect(selfAssessment).toHaveLength(9);
    expect(selfAssessmentSchema.safeParse(selfAssessment).success).toBe(true);
    expect(actionListSchema.safeParse(actions).success).toBe(true);
    expect(riskRegisterSchema.safeParse(risks).success).toBe(true);
  });

  it('uses titles councils would recognise, dated from when each item took effect', () => {
    const bank = generateSyntheticEvidenceBank({ count: 2000, seed: 11, asOf });
    const carersStrategy = bank.find((entry) => entry.title.startsWith("Carers' Strategy"));
    expect(carersStrategy?.title).toMatch(/^Carers' Strategy (\d{4})-(\d{4})$/);
    expect(carersStrategy?.title.slice(17, 21)).toBe(carersStrategy?.effectiveFrom.slice(0, 4));
  });

  it('has the mix of current, stale and expired evidence a real bank has', () => {
    const evidence = generateSyntheticEvidenceBank({ count: 3000, seed: 5, asOf });
    const report = analyseReadiness({ evidence, ...generateSyntheticSelfAssessment({ seed: 5, asOf }) }, { asOf });
    expect(report.counts.current).toBeGreaterThan(report.counts.stale);
    expect(report.counts.stale).toBeGreaterThan(0);
    expect(report.counts.expired).toBeGreaterThan(0);
    expect(report.counts.notYetEffective).toBeGreaterThan(0);
    expect(report.predictedRating.status).toBe('complete');
  });

  it('refuses a negative count or a fractional seed', () => {
    expect(() => generateSyntheticEvidenceBank({ count: -1, seed: 1, asOf })).toThrow(InvalidInputError);
    expect(() => generateSyntheticSelfAssessment({ seed: 1.5, asOf })).toThrow(InvalidInputError);
  });
});
