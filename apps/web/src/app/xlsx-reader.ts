/**
 * Reads the first worksheet of an Excel workbook (.xlsx) in the browser, as a grid of cell text,
 * with read-excel-file. Dates come back written `YYYY-MM-DD` (the API reads them the same way).
 *
 * Loaded only when a person chooses an .xlsx file.
 */
import { readSheet } from 'read-excel-file/browser';

/** A workbook that cannot be read, with what to do about it. */
export class UnreadableWorkbookError extends Error {
  override readonly name = 'UnreadableWorkbookError';
}

const UNREADABLE = 'The file is not an Excel workbook the dashboard can read: open it in Excel and save it again as "Excel Workbook (.xlsx)", or as "CSV UTF-8 (comma delimited)".';

/** One cell as the text a CSV of the same sheet would hold; an empty cell is `undefined`. */
export function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'string') return value.trim();
  return undefined;
}

/**
 * The first worksheet of an .xlsx workbook as rows of cell text (a row's index is its spreadsheet
 * row less one). Throws {@link UnreadableWorkbookError} when the bytes are not a workbook.
 */
export async function readFirstWorksheet(bytes: Uint8Array): Promise<(string | undefined)[][]> {
  let rows: readonly (readonly unknown[])[];
  try {
    rows = await readSheet(new Blob([new Uint8Array(bytes)]), 1);
  } catch (error) {
    throw new UnreadableWorkbookError(UNREADABLE, { cause: error });
  }
  return rows.map((row) => row.map(cellText));
}
