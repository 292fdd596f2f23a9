import { InvalidInputError } from '@asc-assure/framework';

/** One data row of a table file, keyed by the file's own column headings. */
export interface TableRow {
  /** The row's number as a spreadsheet shows it: the headings are row 1, the first data row is row 2. */
  readonly rowNumber: number;
  /** Cell text by heading; empty cells are left out. */
  readonly cells: Readonly<Record<string, string>>;
}

/** A CSV file or the first worksheet of an XLSX workbook, as headings and rows. */
export interface TableFile {
  readonly headings: readonly string[];
  readonly rows: readonly TableRow[];
}

/** The formats a council officer's table can come in. */
export type TableFormat = 'csv' | 'xlsx';

/** The most rows an uploaded table may have: a whole extract of a large council fits. */
export const TABLE_ROW_LIMIT = 200_000;

type Grid = readonly (readonly (string | undefined)[])[];

function unreadable(summary: string, message: string): InvalidInputError {
  return new InvalidInputError(summary, [{ code: 'unreadable-file', path: ['file'], message }]);
}

function csvGrid(bytes: Uint8Array, parse: (input: string, options: object) => unknown): Grid {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  try {
    return parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: true, max_record_size: 1_000_000, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : 'it could not be parsed';
    throw unreadable('The file cannot be read', `the file is not CSV asc-assure can read (${detail}); save it again as "CSV UTF-8 (comma delimited)"`);
  }
}

/** A cell asc-assure neutralised on export (`'=...`): read back as it was typed. */
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.replace(NEUTRALISED, '').trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part: { text?: unknown }) => (typeof part.text === 'string' ? part.text : '')).join('').trim();
    if ('hyperlink' in value && 'text' in value) return cellText(value.text);
    if ('error' in value) return undefined;
    if ('result' in value) return cellText(value.result);
  }
  return undefined;
}

async function xlsxGrid(bytes: Uint8Array): Promise<Grid> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw unreadable('The file cannot be read', 'the file is not an Excel workbook asc-assure can read; open it in Excel and save it again as "Excel Workbook (.xlsx)"');
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return [];
  const grid: (string | undefined)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > TABLE_ROW_LIMIT + 1) return;
    const cells: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (columnNumber <= 1000) cells[columnNumber - 1] = cellText(cell.value);
    });
    grid[rowNumber - 1] = cells;
  });
  return Array.from(grid, (row) => row ?? []);
}

/**
 * Reads a table a council officer uploads (CSV, or the first sheet of an XLSX workbook): the first
 * non-empty row holds the headings, every later row a record. Blank rows are skipped, cell text is
 * trimmed, spreadsheet dates come back as `YYYY-MM-DD`. A file that cannot be read, has no
 * headings or too many rows throws an `InvalidInputError` saying what to do.
 */
export async function readTable(bytes: Uint8Array, format: TableFormat): Promise<TableFile> {
  const grid = format === 'csv' ? csvGrid(bytes, (await import('csv-parse/sync')).parse) : await xlsxGrid(bytes);
  const headingIndex = grid.findIndex((row) => row.some((cell) => cell !== undefined && cell !== ''));
  if (headingIndex < 0) throw unreadable('The file cannot be used', 'the file is empty: the first row should hold the column headings, and each later row one record');
  if (grid.length - headingIndex - 1 > TABLE_ROW_LIMIT) {
    throw unreadable('The file cannot be used', `the file has more than ${TABLE_ROW_LIMIT.toLocaleString('en-GB')} rows; split it and upload the parts`);
  }
  const headings = (grid[headingIndex] ?? []).map((cell) => cell ?? '');
  const rows: TableRow[] = [];
  for (let index = headingIndex + 1; index < grid.length; index++) {
    const cells: Record<string, string> = {};
    (grid[index] ?? []).forEach((cell, column) => {
      const heading = headings[column];
      if (heading === undefined || heading === '' || cell === undefined || cell === '' || Object.hasOwn(cells, heading)) return;
      cells[heading] = format === 'csv' ? cell.replace(NEUTRALISED, '') : cell;
    });
    if (Object.keys(cells).length > 0) rows.push({ rowNumber: index + 1, cells });
  }
  return { headings: headings.filter((heading) => heading !== ''), rows };
}
