import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEligibleCaseTrackingPeople } from './eligibility.js';
import type { PersonExtractRowInput } from './person-extract-row.js';

const asOf = '2025-06-10';

function person(localPersonId: string, overrides: Partial<PersonExtractRowInput> = {}): PersonExtractRowInput {
  return { localPersonId, cohorts: ['CT01'], firstContactDate: '2024-09-01', assessmentDate: '2024-10-01', ...overrides };
}

describe('who qualifies for the case-tracking list', () => {
  it('someone assessed exactly 12 months before the list date qualifies; a day earlier does not', () => {
    const { eligible, excluded } = findEligibleCaseTrackingPeople(
      [
        person('on-the-day', { firstContactDate: '2024-06-01', assessmentDate: '2024-06-10' }),
        person('a-day-early', { firstContactDate: '2024-06-01', assessmentDate: '2024-06-09' }),
      ],
      { asOf },
    );
    expect(eligible.map((row) => row.localPersonId)).toEqual(['on-the-day']);
    expect(excluded['assessed-outside-window']).toBe(1);
  });

  it('the window follows the configured number of months', () => {
    const rows = [person('old', { firstContactDate: '2023-01-01', assessmentDate: '2023-09-01' })];
    expect(findEligibleCaseTrackingPeople(rows, { asOf }).eligible).toHaveLength(0);
    expect(findEligibleCaseTrackingPeople(rows, { asOf, assessmentWindowMonths: 24 }).eligible).toHaveLength(1);
  });

  it('every row left out is counted under its reason', () => {
    const { eligible, excluded } = findEligibleCaseTrackingPeople(
      [
        person('ok'),
        person('no-date-1', { assessmentDate: undefined as unknown as string }),
        { ...person('no-date-2'), assessmentDate: '' },
        { ...person('no-date-3'), assessmentDate: null },
        person('bad-cohort', { cohorts: ['CT09' as 'CT01'] }),
        'not a row',
        person('twice'),
        person('twice'),
        person('backwards', { firstContactDate: '2024-11-01', assessmentDate: '2024-10-01' }),
        person('future', { firstContactDate: '2025-06-01', assessmentDate: '2025-06-11' }),
        person('future-review', { reviewDate: '2025-07-01' }),
        person('refused', { consentToContact: 'refused' }),
      ],
      { asOf },
    );
    expect(eligible.map((row) => row.localPersonId)).toEqual(['ok']);
    expect(excluded).toEqual({
      'invalid-row': 2,
      'no-assessment-date': 3,
      'duplicate-id': 2,
      'assessment-before-first-contact': 1,
      'date-after-as-of': 2,
      'assessed-outside-window': 0,
      'consent-refused': 1,
    });
  });

  it('people who refused contact can be kept when the council chooses to', () => {
    const rows = [person('refused', { consentToContact: 'refused' })];
    expect(findEligibleCaseTrackingPeople(rows, { asOf, excludeConsentRefused: false }).eligible).toHaveLength(1);
  });

  it('the same person id written with spaces is still the same person', () => {
    const { excluded } = findEligibleCaseTrackingPeople([person('LAS-1'), person(' LAS-1 ')], { asOf });
    expect(excluded['duplicate-id']).toBe(2);
  });

  it('every row is either eligible or counted once as excluded, whatever the order', () => {
    const rows = [
      person('a'),
      person('b', { assessmentDate: '2023-01-01', firstContactDate: '2022-01-01' }),
      person('c', { consentToContact: 'refused' }),
      person('d'),
      person('d'),
      person('e', { cohorts: [] }),
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length }), (shuffled) => {
        const result = findEligibleCaseTrackingPeople(shuffled, { asOf });
        const excludedCount = Object.values(result.excluded).reduce((sum, count) => sum + count, 0);
        expect(result.eligible.length + excludedCount).toBe(rows.length);
        expect(result.eligible.map((row) => row.localPersonId).sort()).toEqual(['a']);
      }),
    );
  });
});
