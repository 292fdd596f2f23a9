import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSeededRandom, hashString53 } from './seeded-random.js';

const draws = (seed: string | number, count: number): number[] => {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('seeded randomness for synthetic data', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer()), (seed) => {
        expect(draws(seed, 20)).toEqual(draws(seed, 20));
        expect(draws(seed, 20)).not.toEqual(draws(`${String(seed)}x`, 20));
      }),
      { numRuns: 50 },
    );
  });

  it('keeps every number within its range', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: -50, max: 50 }), (seed, bound, min) => {
        const random = createSeededRandom(seed);
        const value = random.next();
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThan(1);
        const below = random.below(bound);
        expect(Number.isInteger(below) && below >= 0 && below < bound).toBe(true);
        const between = random.between(min, min + bound);
        expect(Number.isInteger(between) && between >= min && between <= min + bound).toBe(true);
      }),
    );
  });

  it('reaches both ends of a range that includes them', () => {
    const random = createSeededRandom('ends');
    const seen = new Set(Array.from({ length: 200 }, () => random.between(1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it('never picks an item of zero weight, and picks only from the list', () => {
    const random = createSeededRandom(7);
    for (let draw = 0; draw < 500; draw++) {
      expect(random.weighted([['never', 0], ['always', 1]] as const)).toBe('always');
      expect(['a', 'b', 'c']).toContain(random.pick(['a', 'b', 'c']));
    }
  });

  it('refuses to pick from nothing', () => {
    expect(() => createSeededRandom(1).pick([])).toThrow(RangeError);
    expect(() => createSeededRandom(1).weighted([])).toThrow(RangeError);
  });

  it('hashes a string to the same whole number below 2^53 every time', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (text, seed) => {
        const hash = hashString53(text, seed);
        expect(Number.isSafeInteger(hash) && hash >= 0).toBe(true);
        expect(hashString53(text, seed)).toBe(hash);
      }),
    );
  });
});
