import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';
import { neutraliseFormula } from './spreadsheet-safety.js';

describe('writing CSV', () => {
  it('reads back as the same cells, each neutralised, whatever commas, quotes and line breaks they hold', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]?.length ?? 1;
        const square = rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ''));
        const parsed: unknown = parse(toCsv(square), { bom: true, relax_column_count: true });
        expect(parsed).toEqual(square.map((row) => row.map(neutraliseFormula)));
      }),
    );
  });
});
