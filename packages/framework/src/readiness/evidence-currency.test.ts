import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { evidenceCurrencyOn } from './evidence-currency.js';
import { addCalendarDays } from '../calendar/iso-date.js';

const asOf = '2025-06-30';

describe('whether evidence is current', () => {
  it('a strategy with a review date still ahead is current, however old', () => {
    expect(evidenceCurrencyOn({ effectiveFrom: '2021-04-01', reviewBy: '2025-12-31' }, asOf)).toBe('current');
  });

  it('evidence whose review date has passed is stale', () => {
    expect(evidenceCurrencyOn({ effectiveFrom: '2025-01-01', reviewBy: '2025-06-29' }, asOf)).toBe('stale');
  });

  it('evidence due for review today is not yet stale', () => {
    expect(evidenceCurrencyOn({ effectiveFrom: '2025-01-01', reviewBy: asOf }, asOf)).toBe('current');
  });

  it('evidence with no review date is stale once in effect for more than 12 months', () => {
    expect(evidenceCurrencyOn({ effectiveFrom: '2024-06-30' }, asOf)).toBe('current');
    expect(evidenceCurrencyOn({ effectiveFrom: '2024-06-29' }, asOf)).toBe('stale');
    expect(evidenceCurrencyOn({ effectiveFrom: '2024-06-29' }, asOf, { staleAfterMonths: 24 })).toBe('current');
  });

  it('evidence whose effective-to date has passed has expired; on that day it is still in effect', () => {
    expect(evidenceCurrencyOn({ effectiveFrom: '2024-01-01', effectiveTo: '2025-06-29', reviewBy: '2026-01-01' }, asOf)).toBe('expired');
    expect(evidenceCurrencyOn({ effectiveFrom: '2024-01-01', effectiveTo: asOf, reviewBy: '2026-01-01' }, asOf)).toBe('current');
  });

  it('evidence that takes effect later is not yet effective', () => {
    expect(evidenceCurrencyOn({ effectiveFrom: '2025-07-01' }, asOf)).toBe('not-yet-effective');
  });

  it('refuses an as-of date that is not a real date', () => {
    expect(() => evidenceCurrencyOn({ effectiveFrom: '2025-01-01' }, '2025-13-01')).toThrow(InvalidInputError);
  });

  it('an item with an effective-to date before the as-of date is never current', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.option(fc.integer({ min: -2000, max: 2000 }), { nil: undefined }),
        (daysAgo, length, review) => {
          const effectiveTo = addCalendarDays(asOf, -daysAgo);
          const item = {
            effectiveFrom: addCalendarDays(effectiveTo, -length),
            effectiveTo,
            ...(review === undefined ? {} : { reviewBy: addCalendarDays(asOf, review) }),
          };
          expect(evidenceCurrencyOn(item, asOf)).toBe('expired');
        }
      )
    );
  });
});
