import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';

/** One evidence row as a council's spreadsheet holds it. */
export interface EvidenceRow {
  readonly title: string;
  readonly statements: string;
  readonly categories: string;
  readonly owner: string;
  readonly effectiveFrom: string;
  readonly reviewBy?: string;
  readonly tags?: string;
  readonly location?: string;
}

const HEADINGS = ['Title', 'Quality statements', 'Evidence categories', 'Owner', 'Effective from', 'Review by', 'Tags', 'Location'];

function cells(row: EvidenceRow): string[] {
  return [row.title, row.statements, row.categories, row.owner, row.effectiveFrom, row.reviewBy ?? '', row.tags ?? '', row.location ?? ''];
}

/**
 * A realistic evidence bank: every quality statement named at least once, written the ways
 * councils write them (ids, titles, short titles, QS numbers; UK and ISO dates).
 */
export function evidenceBankRows(effectiveFrom: string, reviewBy: string): EvidenceRow[] {
  const base = { owner: 'Head of Quality Assurance', effectiveFrom, reviewBy };
  return [
    { ...base, title: "Carers' Strategy 2025-2028", statements: 'assessing-needs; supporting-healthier-lives', categories: 'processes', tags: 'unpaid-carers' },
    { ...base, title: 'Adult Social Care Survey: local results', statements: 'Assessing needs; QS3', categories: "People's experience", tags: 'equality' },
    { ...base, title: 'Joint Strategic Needs Assessment', statements: 'QS2; Equity; partnerships-and-communities', categories: 'processes; feedback-from-partners' },
    { ...base, title: 'Market Position Statement', statements: 'care-provision-integration-continuity', categories: 'Processes' },
    { ...base, title: 'Better Care Fund Plan', statements: 'Integration; Partnership', categories: 'feedback-from-partners' },
    { ...base, title: 'Hospital discharge pathway review', statements: 'Safe Systems', categories: 'processes; feedback-from-partners', tags: 'transitions' },
    { ...base, title: 'Safeguarding Adults Board annual report', statements: 'safeguarding; learning-improvement-innovation', categories: 'feedback-from-partners; processes', tags: 'safeguarding' },
    { ...base, title: 'Making Safeguarding Personal feedback', statements: 'QS7', categories: "people's experience", tags: 'safeguarding; seldom-heard' },
    { ...base, title: 'Workforce strategy', statements: 'governance-management-sustainability', categories: 'processes; feedback-from-staff-and-leaders', tags: 'workforce' },
    { ...base, title: 'Staff survey', statements: 'Governance; Learning', categories: 'Feedback from staff and leaders', tags: 'workforce' },
    { ...base, title: 'Principal Social Worker annual report', statements: 'learning-improvement-innovation; assessing-needs', categories: 'feedback-from-staff-and-leaders', location: 'https://intranet.example.gov.uk/psw-report.pdf' },
    { ...base, title: 'Complaints annual report', statements: 'QS9', categories: "people's experience" },
  ];
}

/** Writes rows as a CSV file (a heading row, then one row per item). */
export async function writeEvidenceCsv(path: string, rows: readonly EvidenceRow[]): Promise<void> {
  const quote = (text: string): string => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = [HEADINGS, ...rows.map(cells)].map((line) => line.map(quote).join(','));
  await writeFile(path, `${lines.join('\n')}\n`, 'utf8');
}

/** Writes rows as an Excel workbook, with dates as real spreadsheet dates. */
export async function writeEvidenceXlsx(path: string, rows: readonly EvidenceRow[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Evidence bank');
  sheet.addRow(HEADINGS);
  const asDate = (text: string): Date | string => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : text);
  for (const row of rows) {
    const values: (string | Date)[] = cells(row);
    values[4] = asDate(row.effectiveFrom);
    values[5] = asDate(row.reviewBy ?? '');
    sheet.addRow(values);
  }
  await workbook.xlsx.writeFile(path);
}
