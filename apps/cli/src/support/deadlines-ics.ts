import { deadlinesCalendar } from '@asc-assure/documents';
import type { AssessmentView } from '@asc-assure/lifecycle';
import type { DeadlineRow } from './deadline-rows.js';

/**
 * The assessment's deadlines as an iCalendar file a council can import into Outlook or Google
 * Calendar: `@asc-assure/documents` writes it, the same file the API serves.
 */
export function deadlinesIcs(view: AssessmentView, rows: readonly DeadlineRow[]): string {
  return deadlinesCalendar({
    assessmentId: view.assessmentId,
    councilName: view.config.councilName,
    deadlines: rows.map((row) => ({
      id: row.deadline.id,
      title: row.deadline.title,
      kind: row.deadline.kind,
      dueDate: row.deadline.dueDate,
      anchorDate: row.deadline.anchorDate,
      status: row.deadline.status,
      moved: row.deadline.moved,
      reminderDates: row.reminderDates,
    })),
  });
}
