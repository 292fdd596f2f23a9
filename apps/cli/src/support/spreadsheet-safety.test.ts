import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './spreadsheet-safety.js';

describe('neutralising formulas before a spreadsheet is written', () => {
  it('puts a quote before text Excel would run as a formula', () => {
    expect(neutraliseFormula('=1+2')).toBe("'=1+2");
    expect(neutraliseFormula('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(neutraliseFormula('-2')).toBe("'-2");
    expect(neutraliseFormula('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
  });

  it('never returns text that starts a formula, and leaves other text exactly as it was', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const safe = neutraliseFormula(text);
        expect(safe).not.toMatch(/^[=+\-@\t\r]/);
        expect(safe === text || safe === `'${text}`).toBe(true);
        if (!/^[=+\-@\t\r]/.test(text)) expect(safe).toBe(text);
      }),
    );
  });
});
