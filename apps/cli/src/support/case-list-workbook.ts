import { CASE_RECORD_COLUMNS, COHORT_DESCRIPTION_HEADING, caseRecordCellText, cohortDescription } from './case-record-columns.js';
import { neutraliseFormula } from './spreadsheet-safety.js';
import { writeFileSafely } from './write-file-safely.js';

/** The headings of the exported list, in order. */
export function caseListHeadings(): string[] {
  return CASE_RECORD_COLUMNS.flatMap((column) => (column.path[0] === 'cohort' ? [column.heading, COHORT_DESCRIPTION_HEADING] : [column.heading]));
}

/** The cells of one record, in the order of {@link caseListHeadings}, before neutralising. */
export function caseListCells(record: Readonly<Record<string, unknown>>): string[] {
  return CASE_RECORD_COLUMNS.flatMap((column) => {
    const text = caseRecordCellText(record, column);
    return column.path[0] === 'cohort' ? [text, cohortDescription(text)] : [text];
  });
}

/** What the second sheet says about the list. */
export interface CaseListNotes {
  readonly councilName: string;
  readonly assessmentId: string;
  readonly preparedOn: string;
}

/**
 * Writes the case-tracking list as an Excel workbook: the list on the first sheet (every value
 * written as text, and any text that would start a formula neutralised with a leading quote),
 * notes on the second.
 */
export async function writeCaseListWorkbook(path: string, records: readonly Readonly<Record<string, unknown>>[], notes: CaseListNotes): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'asc-assure';
  const sheet = workbook.addWorksheet('Case tracking list', { views: [{ state: 'frozen', ySplit: 1 }] });
  const headings = caseListHeadings();
  const widths = CASE_RECORD_COLUMNS.flatMap((column) => (column.path[0] === 'cohort' ? [column.width, 40] : [column.width]));
  sheet.columns = headings.map((heading, index) => ({ header: neutraliseFormula(heading), width: widths[index] ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const record of records) sheet.addRow(caseListCells(record).map(neutraliseFormula));
  const about = workbook.addWorksheet('About this list');
  const lines = [
    `Case-tracking list for ${notes.councilName}, assessment ${notes.assessmentId}, prepared ${notes.preparedOn} with asc-assure.`,
    'Each person is shown by a pseudonymised id. The key that links an id to a person stays inside the council.',
    'Fill in items 1, 2, 6, 7, 8 and 10b for each person, then run `asc-assure cases check <this file>` before sending it through CQC\'s secure portal.',
    'Do not add names, addresses, dates of birth, NHS or National Insurance numbers, phone numbers or personal email addresses anywhere.',
    'Codes: cohorts CT01 to CT07 as CQC numbers them; consent given, refused or not-yet-asked; selection status submitted, selected-to-track or reserve.',
  ];
  about.getColumn(1).width = 140;
  for (const line of lines) about.addRow([neutraliseFormula(line)]);
  const buffer = await workbook.xlsx.writeBuffer();
  await writeFileSafely(path, new Uint8Array(buffer));
}
