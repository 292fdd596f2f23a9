import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateFromCell } from './dates.js';

describe('reading dates as councils type them', () => {
  it('reads UK day-first dates, written dates and ISO dates with a time', () => {
    expect(isoDateFromCell('01/04/2025')).toBe('2025-04-01');
    expect(isoDateFromCell('1.4.2025')).toBe('2025-04-01');
    expect(isoDateFromCell('1st April 2025')).toBe('2025-04-01');
    expect(isoDateFromCell('2025-04-01T00:00:00.000Z')).toBe('2025-04-01');
  });

  it('leaves text that is not a date as it is, for the schema to report', () => {
    expect(isoDateFromCell(' last spring ')).toBe('last spring');
  });

  it('gives the same day for any date written day first', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [year, month, day] = iso.split('-');
        expect(isoDateFromCell(`${day}/${month}/${year}`)).toBe(iso);
        expect(isoDateFromCell(`${Number(day)}/${Number(month)}/${year}`)).toBe(iso);
      }),
    );
  });
});
