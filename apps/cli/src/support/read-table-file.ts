import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { readTable, type TableFile as DocumentTable, type TableFormat } from '@asc-assure/documents';
import { InvalidInputError } from '@asc-assure/framework';
import { CliError } from './cli-error.js';
import { EXIT_CODES } from './exit-codes.js';

export type { TableRow } from '@asc-assure/documents';

/** A CSV file or the first worksheet of an XLSX workbook, as headings and rows, with its name for messages. */
export interface TableFile extends DocumentTable {
  readonly fileName: string;
}

const FORMATS: Readonly<Record<string, TableFormat>> = { '.csv': 'csv', '.xlsx': 'xlsx' };

/**
 * Reads a CSV or XLSX file a council officer gives, the way the API reads an upload
 * (`readTable` from `@asc-assure/documents`): the first row holds the column headings, every later
 * row a record; blank rows are skipped, cell text trimmed, spreadsheet dates `YYYY-MM-DD`, cells
 * asc-assure neutralised on export read back as typed. Throws a {@link CliError} (bad input) for a
 * missing file, another format, or a file that cannot be read.
 */
export async function readTableFile(path: string): Promise<TableFile> {
  const fileName = basename(path);
  const format = FORMATS[extname(path).toLowerCase()];
  if (format === undefined) {
    throw new CliError(EXIT_CODES.badInput, `asc-assure cannot read ${fileName}: it reads .csv and .xlsx files.`, {
      hint: 'Save the spreadsheet as "Excel Workbook (.xlsx)" or "CSV UTF-8 (comma delimited) (.csv)" and try again.',
    });
  }
  const bytes = await readBytes(path);
  try {
    return { fileName, ...(await readTable(bytes, format)) };
  } catch (error) {
    if (!InvalidInputError.isInstance(error)) throw error;
    throw new CliError(EXIT_CODES.badInput, `${fileName} cannot be used: ${error.problems.map((problem) => problem.message).join('; ')}.`, {
      hint: format === 'csv' ? 'Open it in a spreadsheet and save it again as "CSV UTF-8 (comma delimited)".' : 'Open it in Excel and save it again as "Excel Workbook (.xlsx)".',
      cause: error,
    });
  }
}

async function readBytes(path: string): Promise<Uint8Array> {
  let isFile: boolean;
  try {
    isFile = (await stat(path)).isFile();
  } catch (error) {
    throw new CliError(EXIT_CODES.badInput, `There is no file at ${path}.`, { hint: 'Check the file name and the folder you are running the command from.', cause: error });
  }
  if (!isFile) throw new CliError(EXIT_CODES.badInput, `${path} is a folder, not a file.`, { hint: 'Give the path of a .csv or .xlsx file.' });
  return new Uint8Array(await readFile(path));
}
