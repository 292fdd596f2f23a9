import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateBetween, oracleDayNumber } from '../calendar/calendar.test-support.js';
import { caseTrackingWindowStart } from './assessment-window.js';

describe('the case-tracking assessment window', () => {
  it('the window of 12 months before 10 June 2025 starts on 10 June 2024', () => {
    expect(caseTrackingWindowStart('2025-06-10', 12)).toBe('2024-06-10');
  });

  it('twelve months before 29 February 2024 starts on 28 February 2023', () => {
    expect(caseTrackingWindowStart('2024-02-29', 12)).toBe('2023-02-28');
  });

  it('the window start is never after the list date and never more than the months before it', () => {
    fc.assert(
      fc.property(isoDateBetween('1900-01-01', '2199-12-31'), fc.integer({ min: 1, max: 60 }), (asOf, months) => {
        const start = caseTrackingWindowStart(asOf, months);
        const days = oracleDayNumber(asOf) - oracleDayNumber(start);
        expect(start < asOf).toBe(true);
        expect(days).toBeLessThanOrEqual(months * 31);
        expect(days).toBeGreaterThanOrEqual(months * 28);
      }),
    );
  });
});
