import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CQC_LA_FRAMEWORK_2023 } from './cqc-la-2023.js';
import { deepFreeze } from './deep-freeze.js';
import { FRAMEWORK_VERSIONS } from './framework-versions.js';
import { DEFAULT_INFORMATION_RETURN_ITEMS } from './information-return-items.js';
import { RATING_LABELS, SCORE_LABELS } from './labels.js';

function everyObjectIn(value: unknown): object[] {
  if (typeof value !== 'object' || value === null) return [];
  return [value, ...Object.values(value).flatMap(everyObjectIn)];
}

describe('framework data', () => {
  it('is frozen all the way down, in every shipped version', () => {
    for (const version of FRAMEWORK_VERSIONS) {
      for (const object of everyObjectIn(version)) expect(Object.isFrozen(object)).toBe(true);
    }
    for (const data of [DEFAULT_INFORMATION_RETURN_ITEMS, RATING_LABELS, SCORE_LABELS]) {
      for (const object of everyObjectIn(data)) expect(Object.isFrozen(object)).toBe(true);
    }
  });

  it('cannot be changed by a caller', () => {
    const statement = CQC_LA_FRAMEWORK_2023.qualityStatements[0] as unknown as { title: string; iStatements: string[] };
    expect(() => {
      statement.title = 'Assessing wants';
    }).toThrow(TypeError);
    expect(() => statement.iStatements.push('I statement nobody wrote.')).toThrow(TypeError);
    expect(() => {
      (RATING_LABELS as Record<string, string>).good = 'Fine';
    }).toThrow(TypeError);
    expect(() => {
      (CQC_LA_FRAMEWORK_2023.applicableEvidenceCategories as unknown as Record<string, string[]>)['safeguarding'] = [];
    }).toThrow(TypeError);
    expect(CQC_LA_FRAMEWORK_2023.qualityStatements[0].title).toBe('Assessing needs');
  });
});

describe('deep freezing', () => {
  it('freezes every object reachable from any value and returns the same value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(deepFreeze(value)).toBe(value);
        for (const object of everyObjectIn(value)) expect(Object.isFrozen(object)).toBe(true);
      }),
    );
  });
});
