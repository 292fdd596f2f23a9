import { createEvents, type EventAttributes } from 'ics';
import { addCalendarDays, type IsoDate } from '@asc-assure/framework';
import { displayDate, type AssessmentView } from '@asc-assure/lifecycle';
import { CliError } from './cli-error.js';
import { DEADLINE_STATUS_LABELS, type DeadlineRow } from './deadline-rows.js';
import { EXIT_CODES } from './exit-codes.js';

/** Reminders pop up at 09:00 on the reminder day: 15 hours before the next midnight. */
const REMINDER_HOUR = 9;

function dateParts(date: IsoDate): [number, number, number] {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return [year, month, day];
}

function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The assessment's deadlines as an iCalendar file (RFC 5545) a council can import into Outlook or
 * Google Calendar: one all-day event per deadline, with a display alarm at 09:00 on each reminder
 * day. Event ids are stable, so importing an updated file replaces the old events.
 */
export function deadlinesIcs(view: AssessmentView, rows: readonly DeadlineRow[]): string {
  const councilName = view.config.councilName;
  const events: EventAttributes[] = rows.map((row) => {
    const { deadline } = row;
    const alarms = row.reminderDates.map((reminder) => {
      const daysBefore = calendarDaysBetween(reminder, deadline.dueDate);
      return {
        action: 'display' as const,
        description: `Reminder: ${deadline.title} ${displayDate(deadline.dueDate)} – ${councilName}`,
        trigger: { days: daysBefore - 1, hours: 24 - REMINDER_HOUR, before: true },
      };
    });
    const description = [
      `${councilName}: CQC assessment of adult social care (${view.assessmentId}).`,
      deadline.kind === 'due' ? `${deadline.title}: ${displayDate(deadline.dueDate)}.` : `The onsite visit can start no earlier than ${displayDate(deadline.dueDate)}.`,
      `Counted from ${displayDate(deadline.anchorDate)}.`,
      `Status when exported: ${DEADLINE_STATUS_LABELS[deadline.status]}.`,
      ...(deadline.moved ? ['CQC moved this date after it was first set.'] : []),
      ...(row.reminderDates.length > 0 ? [`Reminders: ${row.reminderDates.map(displayDate).join(', ')}.`] : []),
    ].join('\n');
    return {
      uid: `${view.assessmentId}-${deadline.id}@asc-assure`,
      title: `${deadline.title} – ${councilName}`,
      description,
      start: dateParts(deadline.dueDate),
      end: dateParts(addCalendarDays(deadline.dueDate, 1)),
      transp: 'TRANSPARENT',
      categories: ['CQC assessment'],
      ...(alarms.length > 0 ? { alarms } : {}),
    };
  });
  const { error, value } = createEvents(events, { productId: 'asc-assure', calName: `CQC assessment deadlines – ${councilName}` });
  if (error !== null || value === null) {
    throw new CliError(EXIT_CODES.infrastructure, `The calendar file could not be made: ${error?.message ?? 'no output'}.`, { cause: error });
  }
  return value;
}
