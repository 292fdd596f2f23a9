import { InvalidInputError } from '@asc-assure/framework';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJsonText } from './json.js';

describe('JSON for jsonb columns', () => {
  it('plain JSON data is written as its JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(toJsonText(value, 'event')).toBe(JSON.stringify(value));
      }),
    );
  });

  it('a missing value, a function, a bigint or a cycle is refused, naming what was being stored', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const value of [undefined, () => 1, 10n, cycle]) {
      const error: unknown = (() => {
        try {
          toJsonText(value, 'assessment configuration');
          return undefined;
        } catch (caught) {
          return caught;
        }
      })();
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).message).toContain('assessment configuration');
    }
  });
});
