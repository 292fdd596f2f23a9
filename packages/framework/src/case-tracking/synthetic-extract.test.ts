import { describe, expect, it } from 'vitest';
import { COHORT_IDS } from '../ids.js';
import { caseTrackingWindowStart } from './assessment-window.js';
import { findPersonalData } from './find-personal-data.js';
import { personExtractRowSchema } from './person-extract-row.js';
import { generateSyntheticExtract } from './synthetic-extract.js';

const asOf = '2025-06-10';
const rows = generateSyntheticExtract({ count: 4000, seed: 'test', asOf });

describe('the synthetic extract', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generateSyntheticExtract({ count: 200, seed: 'test', asOf })).toEqual(rows.slice(0, 200));
    expect(generateSyntheticExtract({ count: 200, seed: 'other', asOf })).not.toEqual(rows.slice(0, 200));
  });

  it('has only valid rows, every date on or before the extract date, ids unique', () => {
    for (const row of rows) {
      expect(personExtractRowSchema.parse(row)).toEqual(row);
      expect(row.firstContactDate <= row.assessmentDate).toBe(true);
      expect(row.assessmentDate <= asOf).toBe(true);
      if (row.reviewDate !== undefined) expect(row.reviewDate <= asOf && row.reviewDate >= row.assessmentDate).toBe(true);
    }
    expect(new Set(rows.map((row) => row.localPersonId)).size).toBe(rows.length);
  });

  it('looks like a caseload: older people the largest cohort, every cohort present, about 15% outside the window', () => {
    const perCohort = Object.fromEntries(COHORT_IDS.map((cohort) => [cohort, rows.filter((row) => row.cohorts.includes(cohort)).length]));
    for (const cohort of COHORT_IDS) expect(perCohort[cohort]).toBeGreaterThan(40);
    expect(Math.max(...Object.values(perCohort))).toBe(perCohort.CT01);
    const outside = rows.filter((row) => row.assessmentDate < caseTrackingWindowStart(asOf, 12)).length / rows.length;
    expect(outside).toBeGreaterThan(0.1);
    expect(outside).toBeLessThan(0.2);
    const white = rows.filter((row) => row.ethnicity === 'white').length / rows.length;
    expect(white).toBeGreaterThan(0.7);
    expect(white).toBeLessThan(0.9);
  });

  it('young people in transition are aged 18 to 24', () => {
    for (const row of rows.filter((each) => each.primaryCohort === 'CT02')) expect(row.ageBand).toBe('18-24');
  });

  it('holds no personal data', () => {
    for (const row of rows.slice(0, 500)) {
      for (const value of Object.values(row)) if (typeof value === 'string') expect(findPersonalData(value)).toEqual([]);
    }
  });
});
