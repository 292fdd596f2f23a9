import { compareIsoDates, rateLocalAuthority, type DeadlineRuleId, type IsoDate } from '@asc-assure/framework';
import type { AssessmentConfig } from './assessment-config.js';
import type { AssessmentContext } from './assessment-state.js';
import { deadlinesForContext, onsiteEarliestDate } from './deadline-plan.js';
import { MOVABLE_DATE_IDS, MOVABLE_DATE_LABELS, type AssessmentEvent, type AssessmentEventOf, type AssessmentEventType, type MovableDateId } from './events.js';
import { LIFECYCLE_MESSAGES as M } from './lifecycle-messages.js';

/** Stable codes of the reasons an event is refused. */
export const EVENT_REFUSAL_CODES = [
  'event-invalid',
  'event-not-allowed',
  'event-already-recorded',
  'event-date-before-previous',
  'onsite-too-early',
  'dates-inconsistent',
  'case-list-too-short',
  'case-selection-mismatch',
  'case-not-selected',
  'published-rating-mismatch',
  'date-not-movable',
  'date-unchanged',
] as const;
/** Why an event was refused, as a stable code. */
export type EventRefusalCode = (typeof EVENT_REFUSAL_CODES)[number];

/** One reason an event cannot be taken: a stable code and the reason in plain English. */
export interface EventProblem {
  readonly code: EventRefusalCode;
  /** Completes "<the event> can't be recorded: ...". */
  readonly reason: string;
}

type Check<Type extends AssessmentEventType> = (
  context: AssessmentContext,
  event: AssessmentEventOf<Type>,
  config: AssessmentConfig,
) => EventProblem | undefined;

interface EventRules<Type extends AssessmentEventType> {
  /** What must already have happened (or not) for this kind of event, whatever its contents. */
  readonly precondition?: (context: AssessmentContext) => EventProblem | undefined;
  /** Checks of the event's contents against what is recorded and the settings. */
  readonly checks: readonly Check<Type>[];
}

const problem = (code: EventRefusalCode, reason: string): EventProblem => ({ code, reason });
const isBefore = (first: IsoDate, second: IsoDate): boolean => compareIsoDates(first, second) < 0;

const onsiteTooEarly = (
  config: AssessmentConfig,
  startsOn: IsoDate,
  notifiedOn: IsoDate | null,
  confirmed: boolean,
): EventProblem | undefined => {
  if (confirmed || notifiedOn === null) return undefined;
  const earliest = onsiteEarliestDate(notifiedOn, config);
  return isBefore(startsOn, earliest) ? problem('onsite-too-early', M.onsiteTooEarly(startsOn, earliest, notifiedOn)) : undefined;
};

/** How each movable date is read and whether it can be moved now. */
interface MovableDate {
  readonly current: (context: AssessmentContext, config: AssessmentConfig) => IsoDate | null;
  /** Why it cannot be moved now, or undefined when it can. */
  readonly closed: (context: AssessmentContext) => string | undefined;
  /** The bounds a new value must respect, as [label, date] pairs. */
  readonly notBefore: (context: AssessmentContext) => readonly (readonly [string, IsoDate | null])[];
  readonly notAfter: (context: AssessmentContext) => readonly (readonly [string, IsoDate | null])[];
}

const dueDateOf = (deadlineId: DeadlineRuleId) => (context: AssessmentContext, config: AssessmentConfig) =>
  deadlinesForContext(context, config).find((deadline) => deadline.id === deadlineId)?.dueDate ?? null;

const irClosedReason = (context: AssessmentContext): string | undefined => {
  if (context.irRequestedOn === null) return M.irNotRequested;
  if (context.irSubmittedOn !== null) return M.irSubmitted(context.irSubmittedOn);
  return undefined;
};
const siteVisitClosedReason = (context: AssessmentContext): string | undefined => {
  if (context.siteVisitNotifiedOn === null) return M.siteVisitNotYet;
  if (context.onsiteStartedOn !== null) return M.onsiteStarted(context.onsiteStartedOn);
  return undefined;
};
const caseTrackingClosedReason = (context: AssessmentContext): string | undefined => {
  if (context.casesSelectedOn === null) return M.casesNotSelected;
  if (context.consentsCompleteOn !== null) return M.consentsComplete(context.consentsCompleteOn);
  if (context.onsiteFinishedOn !== null) return M.onsiteFinished(context.onsiteFinishedOn);
  return undefined;
};
const factualAccuracyClosedReason = (context: AssessmentContext): string | undefined => {
  if (context.draftReportReceivedOn === null) return M.draftNotReceived;
  if (context.factualAccuracyReturnedOn !== null) return M.factualAccuracyReturned(context.factualAccuracyReturnedOn);
  return undefined;
};

const MOVABLE_DATES: Readonly<Record<MovableDateId, MovableDate>> = {
  'information-return-due': {
    current: dueDateOf('information-return'),
    closed: irClosedReason,
    notBefore: (context) => [['the Information Return request', context.irRequestedOn]],
    notAfter: () => [],
  },
  'information-return-requested-on': {
    current: (context) => context.irRequestedOn,
    closed: irClosedReason,
    notBefore: (context) => [['the notice of assessment', context.noticeReceivedOn]],
    notAfter: () => [],
  },
  'site-visit-notified-on': {
    current: (context) => context.siteVisitNotifiedOn,
    closed: siteVisitClosedReason,
    notBefore: (context) => [['the Information Return submission', context.irSubmittedOn]],
    notAfter: (context) => [
      ['the case list submission', context.caseListSubmittedOn],
      ['the first day of the onsite visit', context.onsiteStartsOn],
    ],
  },
  'case-list-due': {
    current: dueDateOf('case-list'),
    closed: (context) =>
      siteVisitClosedReason(context) ??
      (context.caseListSubmittedOn === null ? undefined : M.caseListSubmitted(context.caseListSubmittedOn)),
    notBefore: (context) => [['the site visit notification', context.siteVisitNotifiedOn]],
    notAfter: () => [],
  },
  'onsite-starts-on': {
    current: (context) => context.onsiteStartsOn,
    closed: siteVisitClosedReason,
    notBefore: (context) => [['the site visit notification', context.siteVisitNotifiedOn]],
    notAfter: (context) => [['the last day of the onsite visit', context.onsiteEndsOn]],
  },
  'onsite-ends-on': {
    current: (context) => context.onsiteEndsOn,
    closed: (context) => {
      if (context.siteVisitNotifiedOn === null) return M.siteVisitNotYet;
      if (context.onsiteFinishedOn !== null) return M.onsiteFinished(context.onsiteFinishedOn);
      return undefined;
    },
    notBefore: (context) => [['the first day of the onsite visit', context.onsiteStartedOn ?? context.onsiteStartsOn]],
    notAfter: () => [],
  },
  'cases-selected-on': {
    current: (context) => context.casesSelectedOn,
    closed: caseTrackingClosedReason,
    notBefore: (context) => [['the case list submission', context.caseListSubmittedOn]],
    notAfter: () => [],
  },
  'case-tracking-interviews-due': {
    current: dueDateOf('case-tracking-interviews'),
    closed: caseTrackingClosedReason,
    notBefore: (context) => [['the case selection', context.casesSelectedOn]],
    notAfter: () => [],
  },
  'draft-report-received-on': {
    current: (context) => context.draftReportReceivedOn,
    closed: factualAccuracyClosedReason,
    notBefore: (context) => [['the end of the onsite visit', context.onsiteFinishedOn]],
    notAfter: () => [],
  },
  'factual-accuracy-due': {
    current: dueDateOf('factual-accuracy'),
    closed: factualAccuracyClosedReason,
    notBefore: (context) => [['the draft report', context.draftReportReceivedOn]],
    notAfter: () => [],
  },
};

/** The dates CQC could move at this point of the assessment. */
export function movableDatesNow(context: AssessmentContext): readonly MovableDateId[] {
  return MOVABLE_DATE_IDS.filter((which) => MOVABLE_DATES[which].closed(context) === undefined);
}

const dateMoveChecks: readonly Check<'date.moved'>[] = [
  (context, event) => {
    const why = MOVABLE_DATES[event.which].closed(context);
    return why === undefined ? undefined : problem('date-not-movable', M.dateNotMovable(MOVABLE_DATE_LABELS[event.which], why));
  },
  (context, event, config) => {
    const current = MOVABLE_DATES[event.which].current(context, config);
    return current === event.to ? problem('date-unchanged', M.dateUnchanged(MOVABLE_DATE_LABELS[event.which], event.to)) : undefined;
  },
  (context, event) => {
    const rule = MOVABLE_DATES[event.which];
    const what = MOVABLE_DATE_LABELS[event.which];
    for (const [label, bound] of rule.notBefore(context)) {
      if (bound !== null && isBefore(event.to, bound)) return problem('dates-inconsistent', M.dateBefore(what, event.to, label, bound));
    }
    for (const [label, bound] of rule.notAfter(context)) {
      if (bound !== null && isBefore(bound, event.to)) return problem('dates-inconsistent', M.dateAfter(what, event.to, label, bound));
    }
    return undefined;
  },
  (context, event, config) => {
    const confirmed = event.cqcConfirmed === true;
    if (event.which === 'onsite-starts-on') return onsiteTooEarly(config, event.to, context.siteVisitNotifiedOn, confirmed);
    if (event.which === 'site-visit-notified-on' && context.onsiteStartsOn !== null) {
      return onsiteTooEarly(config, context.onsiteStartsOn, event.to, confirmed);
    }
    return undefined;
  },
];

const RULES: { readonly [Type in AssessmentEventType]: EventRules<Type> } = {
  'notice.received': {
    checks: [
      (_context, event) =>
        isBefore(event.irRequestedOn, event.date) ? problem('dates-inconsistent', M.irRequestBeforeNotice(event.irRequestedOn, event.date)) : undefined,
    ],
  },
  'data-review.checked': {
    precondition: (context) =>
      context.dataReviewCheckedOn === null ? undefined : problem('event-already-recorded', M.alreadyRecorded(context.dataReviewCheckedOn)),
    checks: [],
  },
  'information-return.submitted': {
    checks: [
      (context, event) =>
        context.irRequestedOn !== null && isBefore(event.date, context.irRequestedOn)
          ? problem('dates-inconsistent', M.submittedBeforeRequest(event.date, context.irRequestedOn))
          : undefined,
    ],
  },
  'site-visit.notified': {
    precondition: (context) =>
      context.siteVisitNotifiedOn === null
        ? undefined
        : problem('event-already-recorded', `${M.alreadyRecorded(context.siteVisitNotifiedOn)}; ${M.changeDatesWithMove}`),
    checks: [
      (_context, event) =>
        isBefore(event.onsiteStartsOn, event.date) ? problem('dates-inconsistent', M.onsiteBeforeNotification(event.onsiteStartsOn, event.date)) : undefined,
      (context, event, config) => onsiteTooEarly(config, event.onsiteStartsOn, event.date, event.cqcConfirmed === true),
    ],
  },
  'case-list.submitted': {
    precondition: (context) => {
      if (context.siteVisitNotifiedOn === null) return problem('event-not-allowed', M.siteVisitFirst);
      if (context.caseListSubmittedOn !== null) return problem('event-already-recorded', M.alreadyRecorded(context.caseListSubmittedOn));
      return undefined;
    },
    checks: [
      (_context, event, config) =>
        event.count < config.caseTracking.selected ? problem('case-list-too-short', M.caseListTooShort(event.count, config.caseTracking.selected)) : undefined,
    ],
  },
  'cases.selected': {
    precondition: (context) => {
      if (context.caseListSubmittedOn === null) return problem('event-not-allowed', M.caseListFirst);
      if (context.casesSelectedOn !== null) return problem('event-already-recorded', M.alreadyRecorded(context.casesSelectedOn));
      return undefined;
    },
    checks: [
      (_context, event, config) => {
        const { tracked, reserves } = config.caseTracking;
        return event.trackedIds.length === tracked && event.reserveIds.length === reserves
          ? undefined
          : problem('case-selection-mismatch', M.selectionMismatch(event.trackedIds.length, event.reserveIds.length, tracked, reserves));
      },
    ],
  },
  'consent.recorded': {
    precondition: (context) => (context.casesSelectedOn === null ? problem('event-not-allowed', M.selectionFirst) : undefined),
    checks: [
      (context, event) =>
        context.trackedCaseIds.includes(event.pseudonymisedId) || context.reserveCaseIds.includes(event.pseudonymisedId)
          ? undefined
          : problem('case-not-selected', M.caseNotSelected(event.pseudonymisedId)),
      (context, event) => {
        const recorded = context.consents[event.pseudonymisedId];
        return recorded?.consent === event.consent
          ? problem('event-already-recorded', M.consentUnchanged(event.pseudonymisedId, event.consent, recorded.recordedOn))
          : undefined;
      },
    ],
  },
  'onsite.started': {
    precondition: (context) => (context.siteVisitNotifiedOn === null ? problem('event-not-allowed', M.siteVisitNotYet) : undefined),
    checks: [
      (context, event, config) => {
        const plannedAndConfirmed =
          context.earlyOnsiteConfirmedByCqc && context.onsiteStartsOn !== null && !isBefore(event.date, context.onsiteStartsOn);
        return onsiteTooEarly(config, event.date, context.siteVisitNotifiedOn, event.cqcConfirmed === true || plannedAndConfirmed);
      },
    ],
  },
  'onsite.finished': { checks: [] },
  'draft-report.received': { checks: [] },
  'factual-accuracy.returned': {
    precondition: (context) =>
      context.factualAccuracyReturnedOn === null
        ? undefined
        : problem('event-already-recorded', M.alreadyRecorded(context.factualAccuracyReturnedOn)),
    checks: [],
  },
  'report.published': {
    checks: [
      (_context, event) => {
        const computed = rateLocalAuthority(event.scores).rating;
        return computed === event.rating ? undefined : problem('published-rating-mismatch', M.ratingMismatch(event.rating, computed));
      },
    ],
  },
  'date.moved': {
    precondition: (context) => (movableDatesNow(context).length === 0 ? problem('date-not-movable', M.nothingToMove) : undefined),
    checks: dateMoveChecks,
  },
  'assessment.withdrawn': { checks: [] },
};

/**
 * Why an event of this type cannot be recorded now, whatever its contents, judged from what is
 * recorded (not from which state the machine is in): undefined when nothing stands in the way.
 */
export function preconditionProblem(context: AssessmentContext, type: AssessmentEventType): EventProblem | undefined {
  return RULES[type].precondition?.(context);
}

/**
 * The first reason `event` cannot be taken given what is recorded and the settings, or undefined.
 * The machine's guards and {@link applyEvent}'s refusals both come from here, so the rule that
 * refuses and the message that explains it cannot drift apart.
 */
export function eventProblem(context: AssessmentContext, event: AssessmentEvent, config: AssessmentConfig): EventProblem | undefined {
  const pre = preconditionProblem(context, event.type);
  if (pre !== undefined) return pre;
  if (context.lastEventOn !== null && isBefore(event.date, context.lastEventOn)) {
    return problem('event-date-before-previous', M.dateBeforePrevious(event.date, context.lastEventOn));
  }
  // RULES[event.type] holds the checks of exactly this event type; TypeScript cannot relate the two.
  const checks = RULES[event.type].checks as readonly Check<AssessmentEventType>[];
  for (const check of checks) {
    const found = check(context, event, config);
    if (found !== undefined) return found;
  }
  return undefined;
}
