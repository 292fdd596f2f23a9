import { assertEvent, assign, setup } from 'xstate';
import { ASSESSMENT_STATES, type AssessmentStateId, type AssessmentStateInfo } from './assessment-stages.js';
import type { AssessmentConfig } from './assessment-config.js';
import { INITIAL_ASSESSMENT_CONTEXT, type AssessmentContext, type ConsentRecord, type MovedDate } from './assessment-state.js';
import { deadlinesForContext } from './deadline-plan.js';
import { eventProblem } from './event-checks.js';
import type { AssessmentEvent, MovableDateId } from './events.js';

/** Movable dates that are anchors: moving one rewrites the recorded date the deadline counts from. */
const ANCHOR_FIELDS = {
  'information-return-requested-on': 'irRequestedOn',
  'site-visit-notified-on': 'siteVisitNotifiedOn',
  'onsite-starts-on': 'onsiteStartsOn',
  'onsite-ends-on': 'onsiteEndsOn',
  'cases-selected-on': 'casesSelectedOn',
  'draft-report-received-on': 'draftReportReceivedOn',
} as const satisfies Partial<Record<MovableDateId, keyof AssessmentContext>>;

/** Movable dates that are due dates: moving one overrides the computed date of a deadline. */
const DUE_DATE_DEADLINES = {
  'information-return-due': 'information-return',
  'case-list-due': 'case-list',
  'case-tracking-interviews-due': 'case-tracking-interviews',
  'factual-accuracy-due': 'factual-accuracy',
} as const satisfies Partial<Record<MovableDateId, string>>;

function isAnchor(which: MovableDateId): which is keyof typeof ANCHOR_FIELDS {
  return Object.hasOwn(ANCHOR_FIELDS, which);
}

/**
 * Whether the council has done its part of case tracking: as many people have given consent as
 * CQC tracks, or everyone selected has a decision (so the reserves are exhausted).
 */
function consentsComplete(context: Pick<AssessmentContext, 'trackedCaseIds' | 'reserveCaseIds'>, consents: Readonly<Record<string, ConsentRecord>>): boolean {
  const selected = [...context.trackedCaseIds, ...context.reserveCaseIds];
  const given = selected.filter((id) => consents[id]?.consent === 'given').length;
  return given >= context.trackedCaseIds.length || selected.every((id) => consents[id] !== undefined);
}

const meta = (stateId: AssessmentStateId): AssessmentStateInfo => ASSESSMENT_STATES[stateId];

function buildAssessmentMachine(config: AssessmentConfig) {
  return setup({
    types: {
      context: {} as AssessmentContext,
      events: {} as AssessmentEvent,
      meta: {} as AssessmentStateInfo,
    },
    guards: {
      /** Every rule of `event-checks.ts`: order, dates, counts, scores, CQC's notice periods. */
      acceptable: ({ context, event }) => eventProblem(context, event, config) === undefined,
    },
    actions: {
      recordEventDate: assign({ lastEventOn: ({ event }) => event.date }),
      recordNotice: assign(({ event }) => {
        assertEvent(event, 'notice.received');
        return { noticeReceivedOn: event.date, irRequestedOn: event.irRequestedOn };
      }),
      recordDataReview: assign({ dataReviewCheckedOn: ({ event }) => event.date }),
      recordInformationReturn: assign({ irSubmittedOn: ({ event }) => event.date }),
      recordSiteVisit: assign(({ event }) => {
        assertEvent(event, 'site-visit.notified');
        return {
          siteVisitNotifiedOn: event.date,
          onsiteStartsOn: event.onsiteStartsOn,
          onsiteEndsOn: event.onsiteEndsOn,
          ...(event.cqcConfirmed === true ? { earlyOnsiteConfirmedByCqc: true } : {}),
        };
      }),
      recordCaseList: assign(({ event }) => {
        assertEvent(event, 'case-list.submitted');
        return { caseListSubmittedOn: event.date, caseListCount: event.count };
      }),
      recordSelection: assign(({ event }) => {
        assertEvent(event, 'cases.selected');
        return { casesSelectedOn: event.date, trackedCaseIds: [...event.trackedIds], reserveCaseIds: [...event.reserveIds] };
      }),
      recordConsent: assign(({ context, event }) => {
        assertEvent(event, 'consent.recorded');
        const consents = { ...context.consents, [event.pseudonymisedId]: { consent: event.consent, recordedOn: event.date } };
        const completeNow = context.consentsCompleteOn === null && consentsComplete(context, consents);
        return { consents, ...(completeNow ? { consentsCompleteOn: event.date } : {}) };
      }),
      recordOnsiteStart: assign(({ event }) => {
        assertEvent(event, 'onsite.started');
        return { onsiteStartedOn: event.date, ...(event.cqcConfirmed === true ? { earlyOnsiteConfirmedByCqc: true } : {}) };
      }),
      recordOnsiteEnd: assign({ onsiteFinishedOn: ({ event }) => event.date }),
      recordDraftReport: assign({ draftReportReceivedOn: ({ event }) => event.date }),
      recordFactualAccuracy: assign({ factualAccuracyReturnedOn: ({ event }) => event.date }),
      recordPublication: assign(({ event }) => {
        assertEvent(event, 'report.published');
        return { publishedOn: event.date, publishedScores: { ...event.scores }, publishedRating: event.rating };
      }),
      recordDateMove: assign(({ context, event }) => {
        assertEvent(event, 'date.moved');
        if (isAnchor(event.which)) {
          const field = ANCHOR_FIELDS[event.which];
          const move: MovedDate = { which: event.which, from: context[field], to: event.to, reason: event.reason, movedOn: event.date };
          return {
            [field]: event.to,
            movedDates: [...context.movedDates, move],
            ...(event.cqcConfirmed === true ? { earlyOnsiteConfirmedByCqc: true } : {}),
          };
        }
        const deadlineId = DUE_DATE_DEADLINES[event.which];
        const from = deadlinesForContext(context, config).find((deadline) => deadline.id === deadlineId)?.dueDate ?? null;
        const move: MovedDate = { which: event.which, from, to: event.to, reason: event.reason, movedOn: event.date };
        return {
          dueDateOverrides: { ...context.dueDateOverrides, [event.which]: event.to },
          movedDates: [...context.movedDates, move],
        };
      }),
      recordWithdrawal: assign(({ event }, params: { from: AssessmentStateId }) => {
        assertEvent(event, 'assessment.withdrawn');
        return { withdrawnOn: event.date, withdrawnReason: event.reason, withdrawnFrom: params.from };
      }),
    },
  }).createMachine({
    id: 'assessment',
    initial: 'awaiting-notice',
    context: INITIAL_ASSESSMENT_CONTEXT,
    states: {
      'awaiting-notice': {
        meta: meta('awaiting-notice'),
        on: {
          'notice.received': { target: 'information-return', guard: 'acceptable', actions: ['recordEventDate', 'recordNotice'] },
          'assessment.withdrawn': {
            target: 'withdrawn',
            guard: 'acceptable',
            actions: ['recordEventDate', { type: 'recordWithdrawal', params: { from: 'awaiting-notice' } }],
          },
        },
      },
      'information-return': {
        meta: meta('information-return'),
        on: {
          'data-review.checked': { guard: 'acceptable', actions: ['recordEventDate', 'recordDataReview'] },
          'information-return.submitted': { target: 'case-tracking', guard: 'acceptable', actions: ['recordEventDate', 'recordInformationReturn'] },
          'date.moved': { guard: 'acceptable', actions: ['recordEventDate', 'recordDateMove'] },
          'assessment.withdrawn': {
            target: 'withdrawn',
            guard: 'acceptable',
            actions: ['recordEventDate', { type: 'recordWithdrawal', params: { from: 'information-return' } }],
          },
        },
      },
      'case-tracking': {
        meta: meta('case-tracking'),
        on: {
          'data-review.checked': { guard: 'acceptable', actions: ['recordEventDate', 'recordDataReview'] },
          'site-visit.notified': { guard: 'acceptable', actions: ['recordEventDate', 'recordSiteVisit'] },
          'case-list.submitted': { guard: 'acceptable', actions: ['recordEventDate', 'recordCaseList'] },
          'cases.selected': { guard: 'acceptable', actions: ['recordEventDate', 'recordSelection'] },
          'consent.recorded': { guard: 'acceptable', actions: ['recordEventDate', 'recordConsent'] },
          'onsite.started': { target: 'onsite', guard: 'acceptable', actions: ['recordEventDate', 'recordOnsiteStart'] },
          'date.moved': { guard: 'acceptable', actions: ['recordEventDate', 'recordDateMove'] },
          'assessment.withdrawn': {
            target: 'withdrawn',
            guard: 'acceptable',
            actions: ['recordEventDate', { type: 'recordWithdrawal', params: { from: 'case-tracking' } }],
          },
        },
      },
      onsite: {
        meta: meta('onsite'),
        on: {
          'cases.selected': { guard: 'acceptable', actions: ['recordEventDate', 'recordSelection'] },
          'consent.recorded': { guard: 'acceptable', actions: ['recordEventDate', 'recordConsent'] },
          'onsite.finished': { target: 'awaiting-draft-report', guard: 'acceptable', actions: ['recordEventDate', 'recordOnsiteEnd'] },
          'date.moved': { guard: 'acceptable', actions: ['recordEventDate', 'recordDateMove'] },
          'assessment.withdrawn': {
            target: 'withdrawn',
            guard: 'acceptable',
            actions: ['recordEventDate', { type: 'recordWithdrawal', params: { from: 'onsite' } }],
          },
        },
      },
      'awaiting-draft-report': {
        meta: meta('awaiting-draft-report'),
        on: {
          'draft-report.received': { target: 'factual-accuracy', guard: 'acceptable', actions: ['recordEventDate', 'recordDraftReport'] },
          'assessment.withdrawn': {
            target: 'withdrawn',
            guard: 'acceptable',
            actions: ['recordEventDate', { type: 'recordWithdrawal', params: { from: 'awaiting-draft-report' } }],
          },
        },
      },
      'factual-accuracy': {
        meta: meta('factual-accuracy'),
        on: {
          'factual-accuracy.returned': { guard: 'acceptable', actions: ['recordEventDate', 'recordFactualAccuracy'] },
          'report.published': { target: 'published', guard: 'acceptable', actions: ['recordEventDate', 'recordPublication'] },
          'date.moved': { guard: 'acceptable', actions: ['recordEventDate', 'recordDateMove'] },
          'assessment.withdrawn': {
            target: 'withdrawn',
            guard: 'acceptable',
            actions: ['recordEventDate', { type: 'recordWithdrawal', params: { from: 'factual-accuracy' } }],
          },
        },
      },
      published: { meta: meta('published'), type: 'final' },
      withdrawn: { meta: meta('withdrawn'), type: 'final' },
    },
  });
}

/** The lifecycle machine of one assessment configuration (its guards read the configuration). */
export type AssessmentMachine = ReturnType<typeof buildAssessmentMachine>;

const machines = new WeakMap<AssessmentConfig, AssessmentMachine>();

/**
 * The six-stage lifecycle as an xstate machine for one assessment configuration. Built once per
 * configuration object. Its only actions are `assign`s, so xstate's pure `transition` computes
 * every next state; nothing runs, nothing is read from a clock.
 *
 * Prefer {@link applyEvent}: it restores the persisted state, explains refusals and never lets a
 * refused event through silently. Use the machine directly for visualisation or model-based tests.
 *
 * @example
 * const machine = createAssessmentMachine(config);
 * const [start] = initialTransition(machine);
 * const [next] = transition(machine, start, { type: 'notice.received', date: '2024-03-18', irRequestedOn: '2024-03-18' });
 * next.value; // 'information-return'
 */
export function createAssessmentMachine(config: AssessmentConfig): AssessmentMachine {
  let machine = machines.get(config);
  if (machine === undefined) {
    machine = buildAssessmentMachine(config);
    machines.set(config, machine);
  }
  return machine;
}
