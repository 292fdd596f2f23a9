import { CASE_TRACKING_COHORT_DESCRIPTIONS, PROTECTED_CHARACTERISTIC_FIELDS, PROTECTED_CHARACTERISTICS, type CohortId } from '@asc-assure/framework';
import { neutraliseSpreadsheetText } from './spreadsheet-text.js';

/** One column of the case-tracking list: where its value is in a record, and its heading. */
interface CaseListColumn {
  readonly path: readonly [string] | readonly [string, string];
  readonly heading: string;
  readonly width: number;
}

/**
 * The columns of the list CQC receives, in the order and wording the command line's
 * `cases export` writes and `cases check` reads: the ten items CQC asks for about each person,
 * the selection status, the characteristics and the higher-risk flags.
 */
export const CASE_LIST_COLUMNS: readonly CaseListColumn[] = [
  { path: ['pseudonymisedId'], heading: 'Pseudonymised id', width: 22 },
  { path: ['cohort'], heading: 'Cohort', width: 9 },
  { path: ['initialReasonForContact'], heading: '1. Initial reason for contact', width: 40 },
  { path: ['needsSummary'], heading: '2. Summary of needs (one page)', width: 60 },
  { path: ['firstContactDate'], heading: '3. Date of first contact', width: 14 },
  { path: ['assessmentDate'], heading: '4. Date of assessment', width: 14 },
  { path: ['mostRecentAssessmentOrReviewDate'], heading: '5. Most recent assessment or review', width: 14 },
  { path: ['servicesProvided'], heading: '6. Services provided (separate with ;)', width: 40 },
  { path: ['referralsMade'], heading: '7. Referrals made (separate with ;)', width: 40 },
  { path: ['multiAgencyContext'], heading: '8. Multi-agency or contextual information', width: 40 },
  { path: ['consentToBeContacted'], heading: '9. Agreement to be contacted', width: 16 },
  { path: ['leadProfessionalRole'], heading: '10a. Lead professional role', width: 28 },
  { path: ['leadProfessionalContact'], heading: '10b. Lead professional team mailbox', width: 30 },
  { path: ['selectionStatus'], heading: 'Selection status', width: 18 },
  ...PROTECTED_CHARACTERISTIC_FIELDS.map((field) => ({ path: ['characteristics', field] as const, heading: PROTECTED_CHARACTERISTICS[field].label, width: 16 })),
  { path: ['higherRiskFlags'], heading: 'Higher-risk flags (separate with ;)', width: 30 },
];

const COHORT_DESCRIPTION_HEADING = 'Cohort description';

function cellText(record: Readonly<Record<string, unknown>>, column: CaseListColumn): string {
  const [first, second] = column.path;
  const container = second === undefined ? record : (record[first] as Readonly<Record<string, unknown>> | undefined);
  const value = container?.[second ?? first];
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join('; ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The headings of the list as written, the cohort description beside the cohort. */
export function caseListHeadings(): string[] {
  return CASE_LIST_COLUMNS.flatMap((column) => (column.path[0] === 'cohort' ? [column.heading, COHORT_DESCRIPTION_HEADING] : [column.heading]));
}

/**
 * The case-tracking list as an Excel workbook: the list on the first sheet (every value written as
 * text, any text that would start a formula neutralised), what to do with it on the second.
 */
export async function caseListWorkbook(
  records: readonly Readonly<Record<string, unknown>>[],
  notes: { readonly councilName: string; readonly assessmentId: string; readonly preparedOn: string },
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'asc-assure';
  const sheet = workbook.addWorksheet('Case tracking list', { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = CASE_LIST_COLUMNS.flatMap((column) => (column.path[0] === 'cohort' ? [column.width, 40] : [column.width]));
  sheet.columns = caseListHeadings().map((heading, index) => ({ header: neutraliseSpreadsheetText(heading), width: widths[index] ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const record of records) {
    const cells = CASE_LIST_COLUMNS.flatMap((column) => {
      const text = cellText(record, column);
      if (column.path[0] !== 'cohort') return [text];
      return [text, Object.hasOwn(CASE_TRACKING_COHORT_DESCRIPTIONS, text) ? CASE_TRACKING_COHORT_DESCRIPTIONS[text as CohortId] : ''];
    });
    sheet.addRow(cells.map(neutraliseSpreadsheetText));
  }
  const about = workbook.addWorksheet('About this list');
  about.getColumn(1).width = 140;
  for (const line of [
    `Case-tracking list for ${notes.councilName}, assessment ${notes.assessmentId}, prepared ${notes.preparedOn} with asc-assure.`,
    'Each person is shown by a pseudonymised id. The key that links an id to a person stays inside the council.',
    "Fill in items 1, 2, 6, 7, 8 and 10b for each person, then check the list (asc-assure cases check, or the API's case-list check) before sending it through CQC's secure portal.",
    'Do not add names, addresses, dates of birth, NHS or National Insurance numbers, phone numbers or personal email addresses anywhere.',
  ]) {
    about.addRow([neutraliseSpreadsheetText(line)]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
