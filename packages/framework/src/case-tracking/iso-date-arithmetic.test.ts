import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseTrackingWindowStart } from './assessment-window.js';
import { addDaysToIsoDate, dayNumberToIsoDate, isoDateToDayNumber, subtractMonthsFromIsoDate } from './iso-date-arithmetic.js';

const dayNumbers = fc.integer({ min: isoDateToDayNumber('1900-01-01'), max: isoDateToDayNumber('2199-12-31') });

describe('ISO date arithmetic', () => {
  it('day numbers agree with the calendar JavaScript uses', () => {
    fc.assert(
      fc.property(dayNumbers, (dayNumber) => {
        expect(dayNumberToIsoDate(dayNumber)).toBe(new Date(dayNumber * 86_400_000).toISOString().slice(0, 10));
        expect(isoDateToDayNumber(dayNumberToIsoDate(dayNumber))).toBe(dayNumber);
      }),
    );
  });

  it('adding days crosses months, years and 29 February', () => {
    expect(addDaysToIsoDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysToIsoDate('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDaysToIsoDate('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('twelve months before 29 February is 28 February the year before', () => {
    expect(subtractMonthsFromIsoDate('2024-02-29', 12)).toBe('2023-02-28');
    expect(subtractMonthsFromIsoDate('2025-03-31', 1)).toBe('2025-02-28');
    expect(subtractMonthsFromIsoDate('2025-01-15', 13)).toBe('2023-12-15');
  });

  it('the case-tracking window of 12 months before 10 June 2025 starts on 10 June 2024', () => {
    expect(caseTrackingWindowStart('2025-06-10', 12)).toBe('2024-06-10');
  });

  it('the window start is never after the list date and never more than the months before it', () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: 1, max: 60 }), (dayNumber, months) => {
        const asOf = dayNumberToIsoDate(dayNumber);
        const start = caseTrackingWindowStart(asOf, months);
        expect(start < asOf).toBe(true);
        expect(isoDateToDayNumber(asOf) - isoDateToDayNumber(start)).toBeLessThanOrEqual(months * 31);
        expect(isoDateToDayNumber(asOf) - isoDateToDayNumber(start)).toBeGreaterThanOrEqual(months * 28);
      }),
    );
  });
});
