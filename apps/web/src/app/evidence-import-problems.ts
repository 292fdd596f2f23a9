import type { ApiProblemDetail } from './api/api-client.js';
import { pluralise } from './format.js';
import type { TableFile } from './table-file.js';

/*
 * The evidence import's answers, for the import page: the counts of a saved import, and a refused
 * import's problems grouped by the spreadsheet row they are about.
 */

/** What `POST /v1/councils/{council}/evidence/import` answers when it has saved the file. */
export interface EvidenceImportResult {
  readonly added: number;
  readonly updated: number;
  /** Headings of the file that are not evidence fields (not imported). */
  readonly ignoredHeadings: readonly string[];
}

/**
 * The spreadsheet row a problem is about: the API names it in the path
 * (`["rows", 14, "reviewBy"]`), numbered as the spreadsheet numbers it (the headings are row 1).
 */
export function spreadsheetRowOf(problem: Pick<ApiProblemDetail, 'path'>): number | undefined {
  const [where, row] = problem.path;
  return where === 'rows' && typeof row === 'number' && Number.isInteger(row) ? row : undefined;
}

/** The API starts each row's message with "row 14: ", which a table beside the row need not repeat. */
export function withoutRowPrefix(message: string): string {
  const text = message.replace(/^row \d+:\s*/i, '');
  return text === '' ? message : `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

/** The success message: how many items were added and changed, and any columns left out. */
export function importedMessage(result: EvidenceImportResult, fileName: string): string {
  const changed = result.added + result.updated;
  const counts = `${pluralise(changed, 'evidence item')} imported from ${fileName}: ${result.added} added, ${result.updated} updated.`;
  return result.ignoredHeadings.length === 0 ? counts : `${counts} Columns not imported: ${result.ignoredHeadings.join(', ')}.`;
}

/** One refused row: its number, the cells that identify it, and what is wrong with it. */
export interface RowProblems {
  readonly row: number;
  /** The row's title (or first) cell, so the person recognises it; empty when the file could not be read here. */
  readonly label: string;
  readonly problems: readonly { readonly message: string; readonly cell?: string | undefined }[];
}

/** Headings the API reads as an item's title (its own and the names councils use). */
const TITLE_HEADINGS = ['title', 'document', 'documenttitle', 'evidence', 'nameofdocument'];
const normalise = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The file's heading of the items' titles (or its first heading), to name each refused row by. */
export function titleHeadingOf(table: TableFile): string | undefined {
  return table.headings.find((heading) => TITLE_HEADINGS.includes(normalise(heading))) ?? table.headings[0];
}

/**
 * Groups the API's problems by spreadsheet row (in row order), each beside the row's title and
 * the text of the cell it is about (found by the heading the message starts with); problems
 * about no row (a missing column, a file that cannot be read) are kept apart.
 */
export function groupProblemsByRow(problems: readonly ApiProblemDetail[], table: TableFile | undefined): { rows: RowProblems[]; general: string[] } {
  const byRow = new Map<number, { message: string; cell?: string | undefined }[]>();
  const general: string[] = [];
  const titleHeading = table === undefined ? undefined : titleHeadingOf(table);
  const rowsByNumber = new Map((table?.rows ?? []).map((row) => [row.rowNumber, row.cells]));
  for (const problem of problems) {
    const row = spreadsheetRowOf(problem);
    if (row === undefined) {
      general.push(problem.message);
      continue;
    }
    const message = withoutRowPrefix(problem.message);
    const heading = table?.headings.find((candidate) => message.toLowerCase().startsWith(`${candidate.toLowerCase()}: `));
    const cell = heading === undefined ? undefined : rowsByNumber.get(row)?.[heading];
    byRow.set(row, [...(byRow.get(row) ?? []), { message, ...(cell === undefined ? {} : { cell }) }]);
  }
  const rows = [...byRow.entries()]
    .sort(([first], [second]) => first - second)
    .map(([row, rowProblems]) => ({ row, label: titleHeading === undefined ? '' : (rowsByNumber.get(row)?.[titleHeading] ?? ''), problems: rowProblems }));
  return { rows, general };
}

