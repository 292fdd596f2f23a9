import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvRows } from './csv-preview.js';

function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((field) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(',')).join('\r\n');
}

describe('reading a CSV spreadsheet to show rows beside their problems', () => {
  it('reads quoted commas, doubled quotes and line breaks inside a field', () => {
    expect(parseCsvRows('title,owner\r\n"Survey, 2024","BI ""core"" team"\n"two\nlines",x')).toEqual([
      ['title', 'owner'],
      ['Survey, 2024', 'BI "core" team'],
      ['two\nlines', 'x'],
    ]);
  });

  it('ignores the byte order mark Excel writes', () => {
    expect(parseCsvRows('\uFEFFtitle\nA')).toEqual([['title'], ['A']]);
  });

  it('reads back any table written as CSV', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        expect(parseCsvRows(writeCsv(rows))).toEqual(rows);
      }),
    );
  });
});
