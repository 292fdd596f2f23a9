import { compareIsoDates, computeDeadline, type DeadlineRuleId, type IsoDate } from '@asc-assure/framework';
import { assessmentCalendar, type AssessmentConfig } from './assessment-config.js';
import type { AssessmentContext, AssessmentState } from './assessment-state.js';
import type { MovableDateId } from './events.js';

/**
 * Where a deadline stands, judged from the recorded events only (no clock):
 * `open` nothing has closed it yet; `met` closed on or before the date; `missed` closed after it,
 * or the assessment moved past the point where it could be closed; `cancelled` the assessment
 * was withdrawn while it was open. For an `earliest` date, `met` means the onsite visit started
 * on or after it and `missed` that CQC confirmed an earlier start.
 */
export type AssessmentDeadlineStatus = 'open' | 'met' | 'missed' | 'cancelled';

/** How each deadline status reads, for people (tables, calendars, exports). */
export const DEADLINE_STATUS_LABELS = {
  open: 'Open',
  met: 'Met',
  missed: 'Missed',
  cancelled: 'Cancelled',
} as const satisfies Record<AssessmentDeadlineStatus, string>;

/** One deadline of one assessment. */
export interface AssessmentDeadline {
  /** The framework's deadline rule id, e.g. `information-return`. */
  readonly id: DeadlineRuleId;
  /** "Information Return due". */
  readonly title: string;
  /** `due`: something must be done by the date. `earliest`: the onsite visit can be no earlier. */
  readonly kind: 'due' | 'earliest';
  readonly dueDate: IsoDate;
  /** The date the count started from (after any move). */
  readonly anchorDate: IsoDate;
  readonly status: AssessmentDeadlineStatus;
  /** The day the closing event happened, or null. */
  readonly closedOn: IsoDate | null;
  /** True when CQC moved the due date or the date it counts from. */
  readonly moved: boolean;
  /** The day the current due date was set (armed or last moved): reminders before it are not sent. */
  readonly plannedOn: IsoDate;
}

interface DeadlineDefinition {
  readonly id: DeadlineRuleId;
  readonly anchor: (context: AssessmentContext) => IsoDate | null;
  /** The `date.moved` id that moves the anchor. */
  readonly anchorMove: MovableDateId;
  /** The `date.moved` id that sets the due date by hand, if CQC can. */
  readonly dueMove: MovableDateId | null;
  readonly closedOn: (context: AssessmentContext) => IsoDate | null;
  /** True once the assessment has moved past the point where the closing event can happen. */
  readonly windowEnded: (context: AssessmentContext) => boolean;
}

/** The deadlines of the lifecycle, in the order they arise. */
const DEADLINE_DEFINITIONS: readonly DeadlineDefinition[] = [
  {
    id: 'information-return',
    anchor: (context) => context.irRequestedOn,
    anchorMove: 'information-return-requested-on',
    dueMove: 'information-return-due',
    closedOn: (context) => context.irSubmittedOn,
    windowEnded: (context) => context.siteVisitNotifiedOn !== null,
  },
  {
    id: 'case-list',
    anchor: (context) => context.siteVisitNotifiedOn,
    anchorMove: 'site-visit-notified-on',
    dueMove: 'case-list-due',
    closedOn: (context) => context.caseListSubmittedOn,
    windowEnded: (context) => context.onsiteStartedOn !== null,
  },
  {
    id: 'onsite-earliest',
    anchor: (context) => context.siteVisitNotifiedOn,
    anchorMove: 'site-visit-notified-on',
    dueMove: null,
    closedOn: (context) => context.onsiteStartedOn,
    windowEnded: () => false,
  },
  {
    id: 'case-tracking-interviews',
    anchor: (context) => context.casesSelectedOn,
    anchorMove: 'cases-selected-on',
    dueMove: 'case-tracking-interviews-due',
    closedOn: (context) => context.consentsCompleteOn,
    windowEnded: (context) => context.onsiteFinishedOn !== null,
  },
  {
    id: 'factual-accuracy',
    anchor: (context) => context.draftReportReceivedOn,
    anchorMove: 'draft-report-received-on',
    dueMove: 'factual-accuracy-due',
    closedOn: (context) => context.factualAccuracyReturnedOn,
    windowEnded: (context) => context.publishedOn !== null,
  },
];

/**
 * The deadlines an assessment's events have armed so far, each with its status, computed with the
 * framework's working-day rules and the configuration's overrides and closure days. A `date.moved`
 * is reflected here: a moved anchor recomputes the date, a moved due date replaces it.
 *
 * @example
 * const state = replay([{ type: 'notice.received', date: '2024-03-18' }], config);
 * deadlinesFor(state, config)[0]?.dueDate; // '2024-04-08' (3 weeks after the request)
 */
export function deadlinesFor(state: AssessmentState, config: AssessmentConfig): readonly AssessmentDeadline[] {
  return deadlinesForContext(state.context, config);
}

/** {@link deadlinesFor} on a context, for guards that see only the context. */
export function deadlinesForContext(context: AssessmentContext, config: AssessmentConfig): readonly AssessmentDeadline[] {
  const { rules, calendar } = assessmentCalendar(config);
  const deadlines: AssessmentDeadline[] = [];
  for (const definition of DEADLINE_DEFINITIONS) {
    const anchorDate = definition.anchor(context);
    if (anchorDate === null) continue;
    const computed = computeDeadline(definition.id, anchorDate, { rules, calendar });
    const overridden = definition.dueMove === null ? undefined : context.dueDateOverrides[definition.dueMove];
    const dueDate = overridden ?? computed.date;
    const moves = context.movedDates.filter((move) => move.which === definition.anchorMove || move.which === definition.dueMove);
    const plannedOn = moves.reduce((latest, move) => laterOf(latest, move.movedOn), anchorDate);
    const closedOn = definition.closedOn(context);
    deadlines.push({
      id: definition.id,
      title: computed.title,
      kind: computed.kind,
      dueDate,
      anchorDate,
      status: statusOf(computed.kind, dueDate, closedOn, definition.windowEnded(context), context.withdrawnOn !== null),
      closedOn,
      moved: moves.length > 0,
      plannedOn,
    });
  }
  return deadlines;
}

function statusOf(kind: 'due' | 'earliest', dueDate: IsoDate, closedOn: IsoDate | null, windowEnded: boolean, withdrawn: boolean): AssessmentDeadlineStatus {
  if (closedOn !== null) {
    const onTime = kind === 'due' ? compareIsoDates(closedOn, dueDate) <= 0 : compareIsoDates(closedOn, dueDate) >= 0;
    return onTime ? 'met' : 'missed';
  }
  if (windowEnded) return 'missed';
  return withdrawn ? 'cancelled' : 'open';
}

function laterOf(first: IsoDate, second: IsoDate): IsoDate {
  return compareIsoDates(first, second) >= 0 ? first : second;
}

/**
 * The open `due` deadline that comes first, or undefined when nothing is due.
 *
 * @example
 * nextOpenDeadline(deadlinesFor(state, config))?.title; // 'Information Return due'
 */
export function nextOpenDeadline(deadlines: readonly AssessmentDeadline[]): AssessmentDeadline | undefined {
  let next: AssessmentDeadline | undefined;
  for (const deadline of deadlines) {
    if (deadline.kind !== 'due' || deadline.status !== 'open') continue;
    if (next === undefined || compareIsoDates(deadline.dueDate, next.dueDate) < 0) next = deadline;
  }
  return next;
}

/**
 * The earliest day the onsite visit may start after a site-visit notification on
 * `siteVisitNotifiedOn` (6 weeks by default, or the configuration's rule).
 *
 * @example onsiteEarliestDate('2024-04-22', config) // '2024-06-03'
 */
export function onsiteEarliestDate(siteVisitNotifiedOn: IsoDate, config: AssessmentConfig): IsoDate {
  const { rules, calendar } = assessmentCalendar(config);
  return computeDeadline('onsite-earliest', siteVisitNotifiedOn, { rules, calendar }).date;
}
