import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idAndLabelNames, isoDateFromCell, nameMatcher, normaliseForMatching, splitListCell } from './cell-text.js';

describe('reading dates as councils type them', () => {
  it('reads UK day-first dates, written dates and ISO dates with a time', () => {
    expect(isoDateFromCell('01/04/2025')).toBe('2025-04-01');
    expect(isoDateFromCell('1/4/2026')).toBe('2026-04-01');
    expect(isoDateFromCell('1.4.2025')).toBe('2025-04-01');
    expect(isoDateFromCell('31-03-2026')).toBe('2026-03-31');
    expect(isoDateFromCell('2026-04-01')).toBe('2026-04-01');
    expect(isoDateFromCell('2025-04-01T00:00:00.000Z')).toBe('2025-04-01');
    expect(isoDateFromCell('1st April 2025')).toBe('2025-04-01');
    expect(isoDateFromCell('1 Sept 2026')).toBe('2026-09-01');
    expect(isoDateFromCell('5 January 2026')).toBe('2026-01-05');
  });

  it('leaves text that is not a date as it is (trimmed), for the schema to report', () => {
    expect(isoDateFromCell(' last spring ')).toBe('last spring');
    expect(isoDateFromCell(' soon ')).toBe('soon');
    expect(isoDateFromCell('1 Smarch 2026')).toBe('1 Smarch 2026');
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

describe('matching what a council officer typed', () => {
  it('reads "Person ID", "person_id" and "PERSON-ID" as the same words', () => {
    expect(normaliseForMatching('Person ID')).toBe(normaliseForMatching('person_id'));
    expect(normaliseForMatching('PERSON-ID')).toBe('personid');
  });

  it('matches an id or its label whatever the case and punctuation, the first pair winning', () => {
    const match = nameMatcher([...idAndLabelNames(['given', 'refused'] as const, { given: 'Given', refused: 'Refused' }), ['yes', 'given'], ['given', 'refused'], ['--', 'refused']]);
    fc.assert(
      fc.property(fc.constantFrom('given', 'Given', 'YES', ' y-e-s '), (typed) => {
        expect(match(typed)).toBe('given');
      }),
    );
    expect(match('Refused')).toBe('refused');
    expect(match('maybe')).toBeUndefined();
    expect(match('')).toBeUndefined();
  });

  it('splits a list cell on semicolons and new lines by default, keeping commas inside titles', () => {
    expect(splitListCell('Mental health, learning disability; Safeguarding\nCT01;;')).toEqual(['Mental health, learning disability', 'Safeguarding', 'CT01']);
    expect(splitListCell('CT01, CT07', /[;,\n]/)).toEqual(['CT01', 'CT07']);
    expect(splitListCell(undefined)).toEqual([]);
  });
});
