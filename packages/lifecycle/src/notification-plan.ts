import { addCalendarDays, compareIsoDates, nextWorkingDay, reminderDates, type DeadlineRuleId, type IsoDate } from '@asc-assure/framework';
import { assessmentCalendar, type AssessmentConfig } from './assessment-config.js';
import type { AssessmentState } from './assessment-state.js';
import { deadlinesFor, type AssessmentDeadline } from './deadline-plan.js';
import { renderNotification, type AssessmentNotification } from './render-notification.js';

/** One assessment as the pure functions need it: its id, settings and state. */
export interface AssessmentRecord {
  readonly assessmentId: string;
  readonly config: AssessmentConfig;
  readonly state: AssessmentState;
}

/** A reminder before a due date, or the escalation after it. */
export type AssessmentNotificationKind = 'reminder' | 'overdue';

/** A notification the plan says should go out on `sendOn`. */
export interface PlannedNotification {
  /**
   * Unique and stable: `${assessmentId}:${deadlineId}:${dueDate}:reminder-${offset}` or
   * `...:overdue`. An engine records the keys it has sent so each goes out exactly once; a moved
   * due date gives new keys, so the new date is reminded afresh.
   */
  readonly key: string;
  readonly kind: AssessmentNotificationKind;
  readonly deadlineId: DeadlineRuleId;
  readonly dueDate: IsoDate;
  /** A working day. */
  readonly sendOn: IsoDate;
  /** Working days before the due date, for a reminder; null for the overdue escalation. */
  readonly offsetWorkingDays: number | null;
}

/** The idempotency key of a reminder or an overdue escalation. */
export function notificationKey(assessmentId: string, deadline: Pick<AssessmentDeadline, 'id' | 'dueDate'>, kind: AssessmentNotificationKind, offsetWorkingDays?: number | null): string {
  const suffix = kind === 'overdue' ? 'overdue' : `reminder-${offsetWorkingDays ?? 0}`;
  return `${assessmentId}:${deadline.id}:${deadline.dueDate}:${suffix}`;
}

/**
 * Every notification the assessment's open `due` deadlines call for: a reminder at each of the
 * configuration's offsets (5, 2 and 1 working days before by default) and an overdue escalation
 * on the first working day after the due date. A reminder that would fall before the deadline
 * was set (or last moved) is left out: a deadline armed late is not reminded in the past.
 * Sorted by date. A withdrawn or finished deadline has no notifications.
 *
 * @example
 * notificationPlan({ assessmentId: 'glos-2024', config, state }).map((planned) => planned.sendOn);
 * // ['2024-03-28', '2024-04-04', '2024-04-05', '2024-04-09'] for an Information Return due 8 April 2024
 */
export function notificationPlan(assessment: AssessmentRecord): readonly PlannedNotification[] {
  const { calendar } = assessmentCalendar(assessment.config);
  const planned: PlannedNotification[] = [];
  for (const deadline of deadlinesFor(assessment.state, assessment.config)) {
    if (deadline.kind !== 'due' || deadline.status !== 'open') continue;
    for (const reminder of reminderDates(deadline.dueDate, assessment.config.reminderOffsetsWorkingDays, calendar)) {
      if (compareIsoDates(reminder.date, deadline.plannedOn) < 0) continue;
      planned.push({
        key: notificationKey(assessment.assessmentId, deadline, 'reminder', reminder.offsetWorkingDays),
        kind: 'reminder',
        deadlineId: deadline.id,
        dueDate: deadline.dueDate,
        sendOn: reminder.date,
        offsetWorkingDays: reminder.offsetWorkingDays,
      });
    }
    planned.push({
      key: notificationKey(assessment.assessmentId, deadline, 'overdue'),
      kind: 'overdue',
      deadlineId: deadline.id,
      dueDate: deadline.dueDate,
      sendOn: nextWorkingDay(addCalendarDays(deadline.dueDate, 1), calendar),
      offsetWorkingDays: null,
    });
  }
  return planned.sort((first, second) => compareIsoDates(first.sendOn, second.sendOn) || first.key.localeCompare(second.key));
}

/**
 * The notifications that should have gone out by `asOf` and have not (their key is not in
 * `sentKeys`), oldest first, rendered and ready to deliver. An engine delivers them and adds their
 * keys to `sentKeys`; asking again with the same inputs then returns nothing, so each reminder is
 * sent exactly once however often the engine asks. Notifications missed while an engine was down
 * all come back on the next call.
 *
 * @example
 * for (const notification of dueNotifications(record, { asOf: today, sentKeys })) {
 *   await notifier.notify(notification);
 *   sentKeys.add(notification.key);
 * }
 */
export function dueNotifications(
  assessment: AssessmentRecord,
  options: { readonly asOf: IsoDate; readonly sentKeys: ReadonlySet<string> | readonly string[] },
): readonly AssessmentNotification[] {
  const sent = asSet(options.sentKeys);
  const deadlines = deadlinesFor(assessment.state, assessment.config);
  return notificationPlan(assessment)
    .filter((planned) => compareIsoDates(planned.sendOn, options.asOf) <= 0 && !sent.has(planned.key))
    .flatMap((planned) => {
      const deadline = deadlines.find((candidate) => candidate.id === planned.deadlineId);
      return deadline === undefined ? [] : [renderNotification(assessment, planned, deadline)];
    });
}

function asSet(keys: ReadonlySet<string> | readonly string[]): ReadonlySet<string> {
  return Array.isArray(keys) ? new Set(keys) : (keys as ReadonlySet<string>);
}

/**
 * The next date a notification not yet sent is planned for, or undefined: when an engine's
 * timer for this assessment should next wake.
 */
export function nextNotificationOn(assessment: AssessmentRecord, sentKeys: ReadonlySet<string> | readonly string[]): IsoDate | undefined {
  const sent = asSet(sentKeys);
  return notificationPlan(assessment).find((planned) => !sent.has(planned.key))?.sendOn;
}
