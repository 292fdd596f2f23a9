import { CQC_LA_QUALITY_STATEMENTS, EVIDENCE_CATEGORY_LABELS, type EvidenceCategoryId } from '@asc-assure/framework';
import { neutraliseSpreadsheetText } from './spreadsheet-text.js';

/** An evidence item as the workbook shows it. */
export interface EvidenceBankRow {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly qualityStatementIds: readonly string[];
  readonly evidenceCategoryIds: readonly string[];
  readonly owner: string | null;
  readonly source: string | null;
  readonly location: string | null;
  readonly effectiveFrom: string | null;
  readonly effectiveTo: string | null;
  readonly reviewBy: string | null;
  readonly tags: readonly string[];
}

/**
 * The headings, in the order and wording the evidence importer reads, so an exported bank can be
 * edited and imported again.
 */
export const EVIDENCE_BANK_HEADINGS = [
  'Id',
  'Title',
  'Description',
  'Quality statements',
  'Evidence categories',
  'Owner',
  'Source',
  'Location',
  'Effective from',
  'Effective to',
  'Review by',
  'Tags',
] as const;

const WIDTHS = [16, 48, 48, 40, 32, 24, 18, 40, 14, 14, 14, 24];

/** The text of each cell of a row, in the order of {@link EVIDENCE_BANK_HEADINGS}, before neutralising. */
export function evidenceBankCells(row: EvidenceBankRow): string[] {
  return [
    row.id,
    row.title,
    row.description,
    row.qualityStatementIds.join('; '),
    row.evidenceCategoryIds.join('; '),
    row.owner ?? '',
    row.source ?? '',
    row.location ?? '',
    row.effectiveFrom ?? '',
    row.effectiveTo ?? '',
    row.reviewBy ?? '',
    row.tags.join('; '),
  ];
}

/**
 * The evidence bank as an Excel workbook: the items on the first sheet (every value written as
 * text, any text that would start a formula neutralised), the framework's quality statements and
 * evidence categories on the second, for reference when editing.
 */
export async function evidenceBankWorkbook(rows: readonly EvidenceBankRow[], notes: { readonly councilName: string; readonly exportedOn: string }): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'asc-assure';
  const sheet = workbook.addWorksheet('Evidence bank', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EVIDENCE_BANK_HEADINGS.map((heading, index) => ({ header: heading, width: WIDTHS[index] ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(evidenceBankCells(row).map(neutraliseSpreadsheetText));
  const reference = workbook.addWorksheet('Framework ids');
  reference.columns = [{ header: 'Id', width: 40 }, { header: 'Meaning', width: 90 }];
  reference.getRow(1).font = { bold: true };
  reference.addRow([`Evidence bank of ${neutraliseSpreadsheetText(notes.councilName)}, exported ${notes.exportedOn}`, '']);
  for (const statement of CQC_LA_QUALITY_STATEMENTS) reference.addRow([statement.id, `Quality statement: ${statement.title}`]);
  for (const [id, label] of Object.entries(EVIDENCE_CATEGORY_LABELS) as [EvidenceCategoryId, string][]) reference.addRow([id, `Evidence category: ${label}`]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
