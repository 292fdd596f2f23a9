import { AscAssureError, addCalendarDays, type IsoDate } from '@asc-assure/framework';
import { DEADLINE_STATUS_LABELS, displayDate, type AssessmentDeadlineStatus } from '@asc-assure/lifecycle';
import { createEvents, type EventAttributes } from 'ics';

/** A deadline as the calendar shows it. */
export interface CalendarDeadline {
  readonly id: string;
  readonly title: string;
  readonly kind: 'due' | 'earliest';
  readonly dueDate: IsoDate;
  readonly anchorDate: IsoDate;
  readonly status: AssessmentDeadlineStatus;
  readonly moved: boolean;
  readonly reminderDates: readonly IsoDate[];
}

/** Reminders pop up at 09:00 on the reminder day. */
const REMINDER_HOUR = 9;

function dateParts(date: IsoDate): [number, number, number] {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return [year, month, day];
}

function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * An assessment's deadlines as an iCalendar file (RFC 5545) a council imports into Outlook or
 * Google Calendar: one all-day event per deadline with a display alarm at 09:00 on each reminder
 * day. Event ids are stable (`<assessment>-<deadline>@asc-assure`), so importing an updated file
 * replaces the old events. The command line and the API both write it here.
 */
export function deadlinesCalendar(input: { readonly assessmentId: string; readonly councilName: string; readonly deadlines: readonly CalendarDeadline[] }): string {
  const events: EventAttributes[] = input.deadlines.map((deadline) => {
    const alarms = deadline.reminderDates.map((reminder) => ({
      action: 'display' as const,
      description: `Reminder: ${deadline.title} ${displayDate(deadline.dueDate)} – ${input.councilName}`,
      trigger: { days: Math.max(0, calendarDaysBetween(reminder, deadline.dueDate) - 1), hours: 24 - REMINDER_HOUR, before: true },
    }));
    const description = [
      `${input.councilName}: CQC assessment of adult social care (${input.assessmentId}).`,
      deadline.kind === 'due' ? `${deadline.title}: ${displayDate(deadline.dueDate)}.` : `The onsite visit can start no earlier than ${displayDate(deadline.dueDate)}.`,
      `Counted from ${displayDate(deadline.anchorDate)}.`,
      `Status when exported: ${DEADLINE_STATUS_LABELS[deadline.status]}.`,
      ...(deadline.reminderDates.length > 0 ? [`Reminders: ${deadline.reminderDates.map(displayDate).join(', ')}.`] : []),
      ...(deadline.moved ? ['CQC moved this date after it was first set.'] : []),
    ].join('\n');
    return {
      uid: `${input.assessmentId}-${deadline.id}@asc-assure`,
      title: `${deadline.title} – ${input.councilName}`,
      description,
      start: dateParts(deadline.dueDate),
      end: dateParts(addCalendarDays(deadline.dueDate, 1)),
      transp: 'TRANSPARENT',
      categories: ['CQC assessment'],
      ...(alarms.length > 0 ? { alarms } : {}),
    };
  });
  const { error, value } = createEvents(events, { productId: 'asc-assure', calName: `CQC assessment deadlines – ${input.councilName}` });
  if (error !== null || value === undefined || value === null) throw new AscAssureError('calendar-failed', `The calendar could not be made: ${error?.message ?? 'no output'}.`, { cause: error });
  return value;
}
