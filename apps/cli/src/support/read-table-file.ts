import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { CellValue } from 'exceljs';
import { CliError } from './cli-error.js';
import { EXIT_CODES } from './exit-codes.js';

/** One data row of a table file, keyed by the file's own column headings. */
export interface TableRow {
  /** The row's number as a spreadsheet shows it: the heading is row 1, the first data row is row 2. */
  readonly rowNumber: number;
  /** Cell text by heading; empty cells are left out. */
  readonly cells: Readonly<Record<string, string>>;
}

/** A CSV file or the first worksheet of an XLSX workbook, as headings and rows. */
export interface TableFile {
  readonly fileName: string;
  readonly headings: readonly string[];
  readonly rows: readonly TableRow[];
}

const SUPPORTED = ['.csv', '.xlsx'] as const;

/**
 * Reads a CSV or XLSX file a council officer gives: the first row holds the column headings,
 * every later row a record. Blank rows are skipped; cell text is trimmed; spreadsheet dates come
 * back as `YYYY-MM-DD`. Throws a {@link CliError} (bad input) for a missing file, another format,
 * or a file with no headings.
 */
export async function readTableFile(path: string): Promise<TableFile> {
  const fileName = basename(path);
  const extension = extname(path).toLowerCase();
  if (!(SUPPORTED as readonly string[]).includes(extension)) {
    throw new CliError(EXIT_CODES.badInput, `asc-assure cannot read ${fileName}: it reads .csv and .xlsx files.`, {
      hint: 'Save the spreadsheet as "Excel Workbook (.xlsx)" or "CSV UTF-8 (comma delimited) (.csv)" and try again.',
    });
  }
  await assertReadable(path);
  const grid = extension === '.csv' ? await readCsvGrid(path) : await readXlsxGrid(path);
  return tableFromGrid(fileName, grid);
}

async function assertReadable(path: string): Promise<void> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(EXIT_CODES.badInput, `${path} is a folder, not a file.`, { hint: 'Give the path of a .csv or .xlsx file.' });
  } catch (error) {
    if (CliError.isInstance(error)) throw error;
    throw new CliError(EXIT_CODES.badInput, `There is no file at ${path}.`, {
      hint: 'Check the file name and the folder you are running the command from.',
      cause: error,
    });
  }
}

/** A grid of cell texts, row by row, the heading row first. */
type Grid = readonly (readonly (string | undefined)[])[];

async function readCsvGrid(path: string): Promise<Grid> {
  const { parse } = await import('csv-parse/sync');
  const text = await readFile(path, 'utf8');
  try {
    const rows: string[][] = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: true });
    return rows;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(EXIT_CODES.badInput, `${basename(path)} is not a CSV file asc-assure can read: ${detail}`, {
      hint: 'Open it in a spreadsheet and save it again as "CSV UTF-8 (comma delimited)".',
      cause: error,
    });
  }
}

async function readXlsxGrid(path: string): Promise<Grid> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new CliError(EXIT_CODES.badInput, `${basename(path)} is not an Excel workbook asc-assure can read.`, {
      hint: 'Open it in Excel and save it again as "Excel Workbook (.xlsx)".',
      cause: error,
    });
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return [];
  const grid: (string | undefined)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      cells[columnNumber - 1] = cellText(cell.value);
    });
    grid[rowNumber - 1] = cells;
  });
  return Array.from(grid, (row) => row ?? []);
}

/** The text of a spreadsheet cell: dates as `YYYY-MM-DD`, formulas by their result, links by their text. */
export function cellText(value: CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return isoDateOfCell(value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
  if ('hyperlink' in value) return String(value.text).trim();
  if ('error' in value) return undefined;
  if ('result' in value) return value.result === undefined ? undefined : cellText(value.result);
  return undefined;
}

/** Excel stores a date as a moment in UTC with no time zone: its UTC calendar date is the date typed. */
function isoDateOfCell(date: Date): string {
  const iso = date.toISOString();
  return iso.slice(0, 10);
}

function tableFromGrid(fileName: string, grid: Grid): TableFile {
  const headingIndex = grid.findIndex((row) => row.some((cell) => cell !== undefined && cell !== ''));
  if (headingIndex < 0) {
    throw new CliError(EXIT_CODES.badInput, `${fileName} is empty.`, { hint: 'The first row should hold the column headings, and each later row one record.' });
  }
  const headings = (grid[headingIndex] ?? []).map((cell) => cell ?? '');
  const rows: TableRow[] = [];
  for (let index = headingIndex + 1; index < grid.length; index++) {
    const cells: Record<string, string> = {};
    (grid[index] ?? []).forEach((cell, column) => {
      const heading = headings[column];
      if (heading === undefined || heading === '' || cell === undefined || cell === '') return;
      cells[heading] = cell;
    });
    if (Object.keys(cells).length > 0) rows.push({ rowNumber: index + 1, cells });
  }
  return { fileName, headings: headings.filter((heading) => heading !== ''), rows };
}
