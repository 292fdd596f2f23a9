import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDate, formatPercentage, formatShortDate, humaniseId, weekdayOf, workingDaysLeftText } from './format.js';

const isoDates = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

describe('how the dashboard writes dates and figures', () => {
  it('writes a date the GOV.UK way, day month year without a leading zero', () => {
    expect(formatDate('2026-03-04')).toBe('4 March 2026');
    expect(formatDate('2025-12-25')).toBe('25 December 2025');
    expect(formatShortDate('2026-03-04')).toBe('4 Mar');
  });

  it('says a date is not set rather than showing an empty cell', () => {
    expect(formatDate(null)).toBe('Not set');
    expect(formatDate('')).toBe('Not set');
  });

  it('knows 4 March 2026 is a Wednesday', () => {
    expect(weekdayOf('2026-03-04')).toBe('Wednesday');
  });

  it('writes 22 of 36 as 61.1% and a whole percentage without a decimal', () => {
    expect(formatPercentage((22 / 36) * 100)).toBe('61.1%');
    expect(formatPercentage(75)).toBe('75%');
  });

  it('says how many working days are left, due today or overdue', () => {
    expect(workingDaysLeftText(1)).toBe('1 working day left');
    expect(workingDaysLeftText(10)).toBe('10 working days left');
    expect(workingDaysLeftText(0)).toBe('Due today');
    expect(workingDaysLeftText(-2)).toBe('2 working days overdue');
  });

  it('turns an id into words when no label exists', () => {
    expect(humaniseId('review-overdue')).toBe('Review overdue');
  });

  it('adding days and counting them back agree for any date', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -800, max: 800 }), (date, days) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });

  it('every real date is written with its year and a month name', () => {
    fc.assert(
      fc.property(isoDates, (date) => {
        const written = formatDate(date);
        expect(written.endsWith(date.slice(0, 4))).toBe(true);
        expect(written).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
      }),
    );
  });
});
