import { describe, expect, it } from 'vitest';
import { groupProblemsByRow, importedMessage, spreadsheetRowOf, withoutRowPrefix } from './evidence-import-problems.js';
import { tableFromGrid } from './table-file.js';

describe("the evidence import's answers", () => {
  it('says what a saved import changed, and which columns it left out', () => {
    expect(importedMessage({ added: 2, updated: 1, ignoredHeadings: [] }, 'bank.csv')).toBe('3 evidence items imported from bank.csv: 2 added, 1 updated.');
    expect(importedMessage({ added: 1, updated: 0, ignoredHeadings: ['RAG', 'Notes 2'] }, 'bank.xlsx')).toBe('1 evidence item imported from bank.xlsx: 1 added, 0 updated. Columns not imported: RAG, Notes 2.');
  });

  it('finds the spreadsheet row in a problem’s path, as the API writes it', () => {
    expect(spreadsheetRowOf({ path: ['rows', 14, 'reviewBy'] })).toBe(14);
    expect(spreadsheetRowOf({ path: ['headings', 'Title'] })).toBeUndefined();
    expect(spreadsheetRowOf({ path: ['file'] })).toBeUndefined();
    expect(withoutRowPrefix('row 14: Review by: must be a date')).toBe('Review by: must be a date');
    expect(withoutRowPrefix("row 3: 'QS99' is not a quality statement")).toBe("'QS99' is not a quality statement");
  });

  it('groups problems by row, in row order, beside the row’s title and the cell each is about', () => {
    const table = tableFromGrid([
      ['Title', 'Owner', 'Review date'],
      ['Carers strategy', 'Commissioning', '2026-13-01'],
      ['Survey', 'BI team', '2026-01-01'],
      ['Minutes', '', 'soon'],
    ]);
    const grouped = groupProblemsByRow(
      [
        { code: 'schema-invalid_format', path: ['rows', 4, 'reviewBy'], message: 'row 4: Review date: must be a date written YYYY-MM-DD' },
        { code: 'schema-too_small', path: ['rows', 4, 'owner'], message: 'row 4: Owner: the owner cannot be empty' },
        { code: 'schema-invalid_format', path: ['rows', 2, 'reviewBy'], message: 'row 2: Review date: must be a real date' },
        { code: 'missing-column', path: ['headings', 'Evidence categories'], message: "the file has no 'Evidence categories' column" },
      ],
      table,
    );
    expect(grouped.general).toEqual(["the file has no 'Evidence categories' column"]);
    expect(grouped.rows).toEqual([
      { row: 2, label: 'Carers strategy', problems: [{ message: 'Review date: must be a real date', cell: '2026-13-01' }] },
      { row: 4, label: 'Minutes', problems: [{ message: 'Review date: must be a date written YYYY-MM-DD', cell: 'soon' }, { message: 'Owner: the owner cannot be empty' }] },
    ]);
  });

  it('groups problems by row without the file, when it cannot be read here', () => {
    expect(groupProblemsByRow([{ code: 'x', path: ['rows', 3, 'title'], message: 'row 3: Title: cannot be empty' }], undefined).rows).toEqual([{ row: 3, label: '', problems: [{ message: 'Title: cannot be empty' }] }]);
  });
});
