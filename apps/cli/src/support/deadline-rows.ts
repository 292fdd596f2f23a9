import { addCalendarDays, nextWorkingDay, reminderDates, workingDaysBetween, type IsoDate } from '@asc-assure/framework';
import { assessmentCalendar, DEADLINE_STATUS_LABELS, displayDate, type AssessmentDeadline, type AssessmentView } from '@asc-assure/lifecycle';

export { DEADLINE_STATUS_LABELS };

/** A deadline with what a council officer wants beside it: days left and reminder dates. */
export interface DeadlineRow {
  readonly deadline: AssessmentDeadline;
  /** Working days from today to the due date (negative once it has passed); null unless open. */
  readonly workingDaysLeft: number | null;
  /** The days reminders go out (working days before a `due` date); none for an `earliest` date. */
  readonly reminderDates: readonly IsoDate[];
  /** The first working day after the due date, when an open deadline is escalated as overdue. */
  readonly overdueOn: IsoDate | null;
}

/** The deadlines of an assessment with working days left on `today` and reminder dates. */
export function deadlineRows(view: AssessmentView, today: IsoDate): DeadlineRow[] {
  const { calendar } = assessmentCalendar(view.config);
  return view.deadlines.map((deadline) => {
    const isDue = deadline.kind === 'due';
    return {
      deadline,
      workingDaysLeft: deadline.status === 'open' && isDue ? workingDaysBetween(today, deadline.dueDate, calendar) : null,
      reminderDates: isDue ? reminderDates(deadline.dueDate, view.config.reminderOffsetsWorkingDays, calendar).map((reminder) => reminder.date) : [],
      overdueOn: isDue ? nextWorkingDay(addCalendarDays(deadline.dueDate, 1), calendar) : null,
    };
  });
}

/** "5 working days left", "due today", "2 working days overdue", or the status of a closed deadline. */
export function describeTimeLeft(row: DeadlineRow): string {
  if (row.deadline.kind === 'earliest') return row.deadline.status === 'open' ? 'no earlier than this' : DEADLINE_STATUS_LABELS[row.deadline.status];
  if (row.workingDaysLeft === null) {
    const closed = row.deadline.closedOn === null ? '' : ` on ${displayDate(row.deadline.closedOn)}`;
    return `${DEADLINE_STATUS_LABELS[row.deadline.status]}${closed}`;
  }
  const days = Math.abs(row.workingDaysLeft);
  const unit = `working day${days === 1 ? '' : 's'}`;
  if (row.workingDaysLeft > 0) return `${days} ${unit} left`;
  if (row.workingDaysLeft === 0) return 'due today';
  return `${days} ${unit} overdue`;
}
