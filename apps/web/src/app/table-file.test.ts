import { describe, expect, it } from 'vitest';
import { readTableFile, tableFromGrid, unsupportedSpreadsheetProblem } from './table-file.js';

describe('a spreadsheet as headings and rows, as the API reads it', () => {
  it('takes the first row with anything in it as the headings and numbers rows as the spreadsheet does', () => {
    expect(tableFromGrid([[], ['', ' Title ', 'Owner', ''], ['', 'Survey', ' BI team '], [''], [undefined, "'=SUM(A1)", '', 'no heading']])).toEqual({
      headings: ['Title', 'Owner'],
      rows: [
        { rowNumber: 3, cells: { Title: 'Survey', Owner: 'BI team' } },
        { rowNumber: 5, cells: { Title: '=SUM(A1)' } },
      ],
    });
  });

  it('keeps the first of two columns with the same heading', () => {
    expect(tableFromGrid([['Title', 'Title'], ['first', 'second']]).rows).toEqual([{ rowNumber: 2, cells: { Title: 'first' } }]);
  });

  it('has no headings and no rows for an empty file', () => {
    expect(tableFromGrid([[''], []])).toEqual({ headings: [], rows: [] });
  });

  it('reads a CSV file', async () => {
    const file = Object.assign(new Blob(['\uFEFFTitle,Owner\r\n"Survey, 2025",BI team\r\n']), { name: 'evidence.csv' });
    expect(await readTableFile(file)).toEqual({ headings: ['Title', 'Owner'], rows: [{ rowNumber: 2, cells: { Title: 'Survey, 2025', Owner: 'BI team' } }] });
  });

  it('says to save an old Excel file again, and reads CSV and .xlsx files', () => {
    expect(unsupportedSpreadsheetProblem({ name: 'Extract 2025.XLS' })).toContain('save it as "Excel Workbook (.xlsx)"');
    for (const name of ['extract.csv', 'extract.xlsx', 'extract.json']) expect(unsupportedSpreadsheetProblem({ name })).toBeUndefined();
  });

  it('says in plain words when a CSV file cannot be read, naming the file', async () => {
    const file = Object.assign(new Blob(['title,owner\nSurvey "2024",BI\n"unclosed,x\n']), { name: 'bank.csv' });
    await expect(readTableFile(file)).rejects.toThrow(/^bank\.csv is not a CSV file the dashboard can read/);
  });
});
