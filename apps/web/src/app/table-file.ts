import { parseCsvRows } from './csv-preview.js';

/** One data row of a spreadsheet, keyed by the file's own headings (as the API reads it). */
export interface TableRow {
  /** The row as a spreadsheet numbers it: the headings are row 1 (in a file that starts with them). */
  readonly rowNumber: number;
  /** Cell text by heading, trimmed; empty cells are left out. */
  readonly cells: Readonly<Record<string, string>>;
}

/** A CSV file or the first sheet of an Excel workbook, as headings and rows. */
export interface TableFile {
  readonly headings: readonly string[];
  readonly rows: readonly TableRow[];
}

/** The media type of an Excel workbook. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A cell asc-assure neutralised on export (`'=...`): read back as it was typed. */
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

/**
 * A grid of cells as headings and rows, the way the API reads an upload: the first row with
 * anything in it holds the headings, blank rows are skipped, cells are trimmed, and a row keeps
 * its spreadsheet number so a problem can be shown beside it.
 */
export function tableFromGrid(grid: readonly (readonly (string | undefined)[])[]): TableFile {
  const headingIndex = grid.findIndex((row) => row.some((cell) => cell !== undefined && cell.trim() !== ''));
  if (headingIndex < 0) return { headings: [], rows: [] };
  const headings = Array.from(grid[headingIndex] ?? [], (cell) => cell?.trim() ?? '');
  const rows: TableRow[] = [];
  for (let index = headingIndex + 1; index < grid.length; index += 1) {
    const cells: Record<string, string> = {};
    Array.from(grid[index] ?? [], (cell, column) => {
      const heading = headings[column];
      const text = cell?.trim().replace(NEUTRALISED, '');
      if (heading === undefined || heading === '' || text === undefined || text === '' || Object.hasOwn(cells, heading)) return;
      cells[heading] = text;
    });
    if (Object.keys(cells).length > 0) rows.push({ rowNumber: index + 1, cells });
  }
  return { headings: headings.filter((heading) => heading !== ''), rows };
}

/** Whether a chosen file is an Excel workbook (by its name, as people choose them). */
export function isExcelFile(file: { readonly name: string }): boolean {
  return file.name.toLowerCase().endsWith('.xlsx');
}

/** Why a chosen file cannot be read as a spreadsheet at all (the old Excel format), or undefined. */
export function unsupportedSpreadsheetProblem(file: { readonly name: string }): string | undefined {
  return /\.(xls|xlsb|xlsm|ods|numbers)$/i.test(file.name)
    ? `${file.name} is not a file the dashboard can read: open it and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8 (comma delimited)"`
    : undefined;
}

/**
 * Reads a CSV file or the first sheet of an Excel workbook in the browser. The Excel reader is
 * its own chunk, fetched only when a workbook is chosen. Throws when a workbook cannot be read.
 */
export async function readTableFile(file: Blob & { readonly name: string }): Promise<TableFile> {
  if (isExcelFile(file)) {
    const { readFirstWorksheet } = await import('./xlsx-reader.js');
    return tableFromGrid(await readFirstWorksheet(new Uint8Array(await file.arrayBuffer())));
  }
  let grid: string[][];
  try {
    grid = parseCsvRows(await file.text());
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    throw new Error(
      `${file.name} is not a CSV file the dashboard can read${typeof line === 'number' ? ` (a quote is out of place near line ${line})` : ''}: open it in Excel and save it again as "CSV UTF-8 (comma delimited)"`,
      { cause: error },
    );
  }
  return tableFromGrid(grid);
}
