import ExcelJS from 'exceljs';
import { InvalidInputError } from '@asc-assure/framework';
import { describe, expect, it } from 'vitest';
import { readTable } from './read-table.js';

const csv = (text: string) => new TextEncoder().encode(text);

async function workbook(rows: readonly (readonly unknown[])[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Evidence');
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('readTable', () => {
  it('reads a CSV with headings, numbering rows as a spreadsheet does and skipping blank ones', async () => {
    const table = await readTable(csv('\uFEFFTitle,Owner,Review date\r\n"Survey, 2024", BI team ,2026-04-01\n\n"two\nlines",,\n'), 'csv');
    expect(table.headings).toEqual(['Title', 'Owner', 'Review date']);
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: { Title: 'Survey, 2024', Owner: 'BI team', 'Review date': '2026-04-01' } },
      { rowNumber: 4, cells: { Title: 'two\nlines' } },
    ]);
  });

  it('reads back a cell asc-assure neutralised on export as it was typed', async () => {
    const table = await readTable(csv("Title\n'=SUM(A1)\n'@risk\n"), 'csv');
    expect(table.rows.map((row) => row.cells.Title)).toEqual(['=SUM(A1)', '@risk']);
  });

  it('reads the first sheet of a workbook, dates as YYYY-MM-DD', async () => {
    const bytes = await workbook([['Title', 'Effective from', 'Count'], ['Audit', new Date(Date.UTC(2026, 2, 31)), 3]]);
    const table = await readTable(bytes, 'xlsx');
    expect(table.rows).toEqual([{ rowNumber: 2, cells: { Title: 'Audit', 'Effective from': '2026-03-31', Count: '3' } }]);
  });

  it('refuses an empty file and bytes that are not a workbook, saying what to do', async () => {
    await expect(readTable(csv('\n\n'), 'csv')).rejects.toSatisfy((error) => InvalidInputError.isInstance(error) && /empty/.test(error.message));
    await expect(readTable(csv('not a zip'), 'xlsx')).rejects.toSatisfy((error) => InvalidInputError.isInstance(error) && /Excel Workbook/.test(error.message));
  });
});
