import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVocabulary, editDistance, normaliseForMatching, splitList } from './matching.js';

describe('matching what a council officer typed', () => {
  it('reads "Safe Systems", "safe-systems" and "SAFE_SYSTEMS" as the same words', () => {
    expect(normaliseForMatching('Safe Systems')).toBe(normaliseForMatching('safe-systems'));
    expect(normaliseForMatching('SAFE_SYSTEMS')).toBe('safesystems');
  });

  it('edit distance is zero exactly for equal strings, symmetric, and obeys the triangle inequality', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (first, second, third) => {
        expect(editDistance(first, second) === 0).toBe(first === second);
        expect(editDistance(first, second)).toBe(editDistance(second, first));
        expect(editDistance(first, third)).toBeLessThanOrEqual(editDistance(first, second) + editDistance(second, third) + 1);
        expect(editDistance(first, second)).toBeLessThanOrEqual(Math.max(first.length, second.length));
      }),
    );
  });

  it('counts a swap of two neighbouring letters as one edit ("Safegaurding")', () => {
    expect(editDistance('safegaurding', 'safeguarding')).toBe(1);
  });

  it('matches every name in a vocabulary whatever its case, and suggests the id for a near miss', () => {
    const vocabulary = createVocabulary([
      ['Safeguarding', 'safeguarding'],
      ['QS7', 'safeguarding'],
      ['Assessing needs', 'assessing-needs'],
    ]);
    fc.assert(
      fc.property(fc.constantFrom('Safeguarding', 'QS7', 'Assessing needs'), fc.boolean(), (name, upper) => {
        expect(vocabulary.match(upper ? name.toUpperCase() : name.toLowerCase())).toBeDefined();
      }),
    );
    expect(vocabulary.suggest('Safegaurding')).toBe('safeguarding');
    expect(vocabulary.suggest('Housing strategy')).toBeUndefined();
  });

  it('splits a list cell on semicolons and new lines, keeping commas inside titles', () => {
    expect(splitList('Care provision, integration and continuity; safeguarding\nQS1;;')).toEqual([
      'Care provision, integration and continuity',
      'safeguarding',
      'QS1',
    ]);
    expect(splitList(undefined)).toEqual([]);
  });
});
