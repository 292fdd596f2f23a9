import { workingDaysBetween, type DeadlineRuleId } from '@asc-assure/framework';
import { assessmentCalendar } from './assessment-config.js';
import type { AssessmentDeadline } from './deadline-plan.js';
import { displayDate } from './display-date.js';
import type { AssessmentNotificationKind, AssessmentRecord, PlannedNotification } from './notification-plan.js';

/** A reminder or overdue escalation, addressed and worded, ready for a Notifier to deliver. */
export interface AssessmentNotification extends PlannedNotification {
  readonly kind: AssessmentNotificationKind;
  readonly assessmentId: string;
  readonly councilId: string;
  readonly councilName: string;
  /** The deadline as it stood when the notification was rendered. */
  readonly deadline: AssessmentDeadline;
  /** One line, for an email subject or a chat message title. */
  readonly subject: string;
  /** Plain English text, several lines. */
  readonly body: string;
}

/** What closes each deadline, to complete "Record it when ...". The onsite-earliest date sends nothing. */
const CLOSED_WHEN: Readonly<Record<DeadlineRuleId, string>> = {
  'information-return': 'the Information Return has been submitted',
  'case-list': 'the anonymised case list has been submitted through CQC’s secure portal',
  'case-tracking-interviews': 'each selected person’s consent decision has been recorded',
  'onsite-earliest': 'the onsite visit has started',
  'factual-accuracy': 'the factual accuracy comments have been returned to CQC',
};

/** Wording of notifications, kept together so it is reviewed once. */
export const NOTIFICATION_MESSAGES = {
  reminderSubject: (title: string, due: string, left: number, council: string) =>
    `Reminder: ${title} ${due} (${left} working ${left === 1 ? 'day' : 'days'} left) – ${council}`,
  overdueSubject: (title: string, due: string, council: string) => `Overdue: ${title} ${due} – ${council}`,
  heading: (council: string, assessmentId: string) => `${council}: CQC assessment of adult social care (${assessmentId})`,
  reminderLead: (title: string, due: string, left: number, sendOn: string) =>
    `${title}: ${due} (${left} working ${left === 1 ? 'day' : 'days'} from ${sendOn}).`,
  overdueLead: (title: string, due: string) => `${title}: ${due}. It has not been recorded as done.`,
  recordWhen: (closedWhen: string) => `Record it in asc-assure when ${closedWhen}.`,
  overdueAdvice:
    'If it was done, record the day it was done. If CQC moved the date, record the new date and CQC’s reason. CQC extends deadlines only in exceptional circumstances.',
  moved: 'CQC moved this date after it was first set.',
  countedFrom: (anchor: string) => `Counted from ${anchor}.`,
} as const;

/**
 * Words a planned notification for people: a subject line and a plain-English body naming the
 * council, the deadline, the date and what to do. Pure: the same inputs give the same text.
 *
 * @example
 * renderNotification(record, planned, deadline).subject;
 * // 'Reminder: Information Return due Monday 8 April 2024 (5 working days left) – Gloucestershire County Council'
 */
export function renderNotification(assessment: AssessmentRecord, planned: PlannedNotification, deadline: AssessmentDeadline): AssessmentNotification {
  const { config } = assessment;
  const due = displayDate(planned.dueDate);
  const left = workingDaysBetween(planned.sendOn, planned.dueDate, assessmentCalendar(config).calendar);
  const subject =
    planned.kind === 'reminder'
      ? NOTIFICATION_MESSAGES.reminderSubject(deadline.title, due, left, config.councilName)
      : NOTIFICATION_MESSAGES.overdueSubject(deadline.title, due, config.councilName);
  const lines = [
    NOTIFICATION_MESSAGES.heading(config.councilName, assessment.assessmentId),
    '',
    planned.kind === 'reminder' ? NOTIFICATION_MESSAGES.reminderLead(deadline.title, due, left, displayDate(planned.sendOn)) : NOTIFICATION_MESSAGES.overdueLead(deadline.title, due),
    NOTIFICATION_MESSAGES.countedFrom(displayDate(deadline.anchorDate)),
    ...(deadline.moved ? [NOTIFICATION_MESSAGES.moved] : []),
    NOTIFICATION_MESSAGES.recordWhen(CLOSED_WHEN[deadline.id]),
    ...(planned.kind === 'overdue' ? [NOTIFICATION_MESSAGES.overdueAdvice] : []),
  ];
  return {
    ...planned,
    assessmentId: assessment.assessmentId,
    councilId: config.councilId,
    councilName: config.councilName,
    deadline,
    subject,
    body: lines.join('\n'),
  };
}
