import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datePartsFromIso, isoFromDateParts } from './date-input.js';

describe('the day, month and year boxes', () => {
  it('4, 3, 2026 is 4 March 2026', () => {
    expect(isoFromDateParts({ day: '4', month: '3', year: '2026' })).toBe('2026-03-04');
  });

  it('empty boxes are no date, and 31 February or a two-digit year is not a real date', () => {
    expect(isoFromDateParts({ day: '', month: '', year: '' })).toBeUndefined();
    expect(isoFromDateParts({ day: '31', month: '2', year: '2026' })).toBeNull();
    expect(isoFromDateParts({ day: '1', month: '3', year: '26' })).toBeNull();
    expect(isoFromDateParts({ day: 'x', month: '3', year: '2026' })).toBeNull();
  });

  it('any real date put in the boxes reads back the same', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(isoFromDateParts(datePartsFromIso(iso))).toBe(iso);
      }),
    );
  });
});
