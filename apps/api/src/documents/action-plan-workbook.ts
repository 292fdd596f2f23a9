import { actionProgressOn, type ActionStatus } from '@asc-assure/framework';
import { neutraliseSpreadsheetText } from './spreadsheet-text.js';

/** An improvement action as the workbook shows it. */
export interface ActionPlanRow {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly qualityStatementIds: readonly string[];
  readonly owner: string | null;
  readonly status: string;
  readonly dueDate: string | null;
  readonly completedOn: string | null;
  readonly assessmentId: string | null;
}

/** The headings of the action plan, in order. */
export const ACTION_PLAN_HEADINGS = ['Id', 'Action', 'Description', 'Quality statements', 'Owner', 'Status', 'Due', 'Completed on', 'Progress today', 'Assessment'] as const;

const WIDTHS = [16, 48, 48, 40, 24, 14, 12, 14, 16, 18];

function progressText(row: ActionPlanRow, asOf: string): string {
  if (row.dueDate === null || !['planned', 'in-progress', 'done'].includes(row.status)) return row.status;
  return actionProgressOn({ status: row.status as ActionStatus, dueDate: row.dueDate }, asOf);
}

/**
 * The action plan as an Excel workbook, by due date, with each action's progress on `asOf`
 * (overdue when not done and past its due date). Every value is text; any that would start a
 * formula is neutralised.
 */
export async function actionPlanWorkbook(rows: readonly ActionPlanRow[], notes: { readonly councilName: string; readonly asOf: string }): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'asc-assure';
  const sheet = workbook.addWorksheet('Action plan', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ACTION_PLAN_HEADINGS.map((heading, index) => ({ header: heading, width: WIDTHS[index] ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      [
        row.id,
        row.title,
        row.description,
        row.qualityStatementIds.join('; '),
        row.owner ?? '',
        row.status,
        row.dueDate ?? '',
        row.completedOn ?? '',
        progressText(row, notes.asOf),
        row.assessmentId ?? '',
      ].map(neutraliseSpreadsheetText),
    );
  }
  const about = workbook.addWorksheet('About');
  about.getColumn(1).width = 100;
  about.addRow([neutraliseSpreadsheetText(`Action plan of ${notes.councilName}, progress as at ${notes.asOf}, exported with asc-assure.`)]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
