import { describe, expect, it } from 'vitest';
import { cellText } from './xlsx-reader.js';

// Reading whole workbooks is tested in the browser, where the reader runs: test/e2e/spreadsheets.test.ts.
describe('cellText', () => {
  it('writes cells the way a CSV of the same sheet would hold them', () => {
    expect(cellText(new Date(Date.UTC(2026, 2, 31)))).toBe('2026-03-31');
    expect(cellText(42)).toBe('42');
    expect(cellText(0.5)).toBe('0.5');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText('  Head of Quality ')).toBe('Head of Quality');
    expect(cellText(null)).toBeUndefined();
    expect(cellText(Number.NaN)).toBeUndefined();
    expect(cellText(new Date(Number.NaN))).toBeUndefined();
  });
});
