import { describe, expect, it } from 'vitest';
import { COHORT_IDS, RATING_IDS, SCORES, SCORING_METHOD_IDS } from '../ids.js';
import { EVIDENCE_CATEGORIES } from './evidence-categories.js';
import { INFORMATION_RETURN_ITEM_KINDS, INFORMATION_RETURN_STATUSES } from './information-return.js';
import {
  COHORT_LABELS,
  EVIDENCE_CATEGORY_LABELS,
  INFORMATION_RETURN_ITEM_KIND_LABELS,
  INFORMATION_RETURN_STATUS_LABELS,
  RATING_LABELS,
  SCORE_LABELS,
  SCORING_METHOD_LABELS,
} from './labels.js';

describe('labels', () => {
  it('show requires-improvement as "Requires improvement"', () => {
    expect(RATING_LABELS['requires-improvement']).toBe('Requires improvement');
    expect(RATING_IDS.map((id) => RATING_LABELS[id])).toEqual(['Inadequate', 'Requires improvement', 'Good', 'Outstanding']);
  });

  it("word each score as CQC does, with the rating it corresponds to", () => {
    expect(SCORES.map((score) => `${score} ${SCORE_LABELS[score].label} (${SCORE_LABELS[score].ratingLabel})`)).toEqual([
      '1 Significant shortfalls (Inadequate)',
      '2 Some shortfalls (Requires improvement)',
      '3 Good standard (Good)',
      '4 Exceptional standard (Outstanding)',
    ]);
  });

  it('rise with the score: a higher score never reads as a lower rating', () => {
    const ratingOrder = SCORES.map((score) => RATING_IDS.indexOf(SCORE_LABELS[score].ratingId));
    expect(ratingOrder).toEqual([0, 1, 2, 3]);
    for (const score of SCORES) expect(SCORE_LABELS[score].ratingLabel).toBe(RATING_LABELS[SCORE_LABELS[score].ratingId]);
  });

  it('name the seven case-tracking cohorts in CQC words', () => {
    expect(COHORT_IDS.map((id) => COHORT_LABELS[id])).toEqual([
      'Older people',
      'Young people who have transitioned to adult services',
      'People who have recently come out of hospital and are receiving care',
      'People with a learning disability and autistic people',
      'People with mental health needs or substance misuse',
      'People with physical disabilities or long-term conditions',
      'Unpaid carers',
    ]);
  });

  it('title each evidence category as the catalogue does', () => {
    for (const category of EVIDENCE_CATEGORIES) expect(EVIDENCE_CATEGORY_LABELS[category.id]).toBe(category.title);
  });

  it('exist, non-blank and distinct, for every id they label', () => {
    const labelSets = [
      [SCORING_METHOD_IDS, SCORING_METHOD_LABELS],
      [INFORMATION_RETURN_STATUSES, INFORMATION_RETURN_STATUS_LABELS],
      [INFORMATION_RETURN_ITEM_KINDS, INFORMATION_RETURN_ITEM_KIND_LABELS],
      [COHORT_IDS, COHORT_LABELS],
      [RATING_IDS, RATING_LABELS],
    ] as const;
    for (const [ids, labels] of labelSets) {
      const values = ids.map((id) => (labels as Readonly<Record<string, string>>)[id]);
      expect(values.every((value) => typeof value === 'string' && value.trim().length > 0)).toBe(true);
      expect(new Set(values).size).toBe(ids.length);
    }
  });
});
