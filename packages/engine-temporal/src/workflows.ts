/**
 * The workflow code a hub worker runs. Deterministic: it imports activities only as types and
 * otherwise only pure code (the lifecycle and the framework read no clock and do no I/O). Inside
 * a workflow `Date.now()` is Temporal's deterministic clock.
 *
 * @packageDocumentation
 */
import { addCalendarDays, compareIsoDates, type IsoDate } from '@asc-assure/framework';
import {
  ASSESSMENT_STATES,
  applyEvent,
  assessmentView,
  deadlinesFor,
  dueNotifications,
  initialAssessmentState,
  nextNotificationOn,
  type AssessmentState,
  type RecordedEvent,
} from '@asc-assure/lifecycle';
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  log,
  makeContinueAsNewFunc,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
  type ActivityInterfaceFor,
} from '@temporalio/workflow';
import type { HubActivities } from './activities.js';
import { englandInstant, isCalendarDate, notificationDayAt, NOTIFICATION_HOUR_IN_ENGLAND } from './england-time.js';
import { failureFromLifecycleError } from './refusal-failure.js';
import {
  ASSESSMENT_SEARCH_ATTRIBUTES,
  assessmentSearchAttributePairs,
  assessmentSearchValues,
  sameSearchValues,
  type AssessmentSearchValues,
} from './search-attributes.js';
import {
  advanceClockUpdate,
  assessmentDeadlinesQuery,
  assessmentHistoryQuery,
  assessmentNotificationsQuery,
  assessmentViewQuery,
  CLOCK_REFUSED_FAILURE_TYPE,
  DEFAULT_ACTIVITY_TIMEOUT_SECONDS,
  DEFAULT_MAX_HISTORY_EVENTS,
  recordEventUpdate,
  type AssessmentWorkflowInput,
  type AssessmentWorkflowResult,
  type LoggedAssessmentEvent,
} from './shared.js';

/** The activities, with how long one attempt may take before it is tried again elsewhere. */
function hubActivities(input: AssessmentWorkflowInput): ActivityInterfaceFor<HubActivities> {
  return proxyActivities<HubActivities>({
    startToCloseTimeout: `${input.activityTimeoutSeconds ?? DEFAULT_ACTIVITY_TIMEOUT_SECONDS} seconds`,
    // A notifier or database that is down is retried until it is back: a reminder is late, never lost.
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
  });
}

/**
 * One CQC assessment of one council, from CQC's notice to publication (or withdrawal).
 *
 * The state changes only through the lifecycle's `applyEvent`, inside the `recordEventUpdate`
 * handler; its validator asks `applyEvent` first, so a refused event never enters the history.
 * After every change the workflow projects the assessment to the store, delivers every
 * notification `dueNotifications` says is due (each key once), and upserts its search
 * attributes; then it sleeps on a durable timer until the next reminder or overdue day (or,
 * with a simulated clock, until the clock moves). It continues as new when its history grows
 * long, carrying the event log and the sent keys, and ends when the assessment is published or
 * withdrawn.
 */
export async function assessmentWorkflow(input: AssessmentWorkflowInput): Promise<AssessmentWorkflowResult> {
  const { assessmentId, config } = input;
  const { deliverNotification, projectReadModel } = hubActivities(input);
  const carry = input.carry;
  const events: LoggedAssessmentEvent[] = [...(carry?.events ?? [])];
  let state: AssessmentState = stateAfter(events, input);
  const sentKeys = new Set<string>(carry?.sentKeys ?? []);
  let projectedVersion = carry?.projectedVersion ?? -1;
  let simulatedToday: IsoDate | undefined = carry?.today ?? input.today;
  let settled: { version: number; today: IsoDate } | undefined;
  let searchValues: AssessmentSearchValues | undefined;
  let projectedOverdue: boolean | undefined;
  const maxHistoryEvents = input.maxHistoryEvents ?? DEFAULT_MAX_HISTORY_EVENTS;

  if (input.clock === 'simulated' && (simulatedToday === undefined || !isCalendarDate(simulatedToday))) {
    throw ApplicationFailure.create({ type: CLOCK_REFUSED_FAILURE_TYPE, message: 'A simulated clock needs the date it starts at (input.today, YYYY-MM-DD).', nonRetryable: true });
  }

  /** The day whose notifications are due now: simulated, or England's date on the workflow clock. */
  const today = (): IsoDate => (input.clock === 'simulated' && simulatedToday !== undefined ? simulatedToday : notificationDayAt(Date.now()));
  const record = () => ({ assessmentId, config, state });
  const changedSinceSettled = () => settled === undefined || settled.version !== state.version || settled.today !== today();

  setHandler(assessmentViewQuery, () => assessmentView(assessmentId, config, state));
  setHandler(assessmentDeadlinesQuery, () => [...deadlinesFor(state, config)]);
  setHandler(assessmentHistoryQuery, () => recordedHistory(events, input));
  setHandler(assessmentNotificationsQuery, () => ({ today: today(), sentKeys: [...sentKeys].sort() }));

  setHandler(
    recordEventUpdate,
    (event) => {
      const applied = applyEvent(state, event, config);
      state = applied.snapshot;
      events.push({ sequence: state.version, event: applied.event, recordedAt: new Date().toISOString() });
      return assessmentView(assessmentId, config, state);
    },
    {
      validator: (event) => {
        try {
          applyEvent(state, event, config);
        } catch (error) {
          throw failureFromLifecycleError(error);
        }
      },
    },
  );

  setHandler(
    advanceClockUpdate,
    async (date) => {
      if (simulatedToday === undefined || compareIsoDates(date, simulatedToday) > 0) simulatedToday = date;
      // Resolves once the main loop has delivered everything due by `date` on the current state.
      await condition(() => settled !== undefined && settled.version === state.version && compareIsoDates(settled.today, date) >= 0);
      return { today: today(), sentKeys: [...sentKeys].sort() };
    },
    {
      validator: (date) => {
        if (input.clock !== 'simulated') {
          throw ApplicationFailure.create({ type: CLOCK_REFUSED_FAILURE_TYPE, message: 'This assessment runs on the workflow clock: its clock cannot be moved.', nonRetryable: true });
        }
        if (!isCalendarDate(date)) throw ApplicationFailure.create({ type: CLOCK_REFUSED_FAILURE_TYPE, message: `"${String(date)}" is not a date (YYYY-MM-DD).`, nonRetryable: true });
        if (simulatedToday !== undefined && compareIsoDates(date, simulatedToday) < 0) {
          throw ApplicationFailure.create({ type: CLOCK_REFUSED_FAILURE_TYPE, message: `The clock only moves forward: it is ${simulatedToday}, asked for ${date}.`, nonRetryable: true });
        }
      },
    },
  );

  /** Projects, delivers and upserts until nothing changed while it worked. */
  async function settle(): Promise<void> {
    for (;;) {
      const version = state.version;
      const day = today();
      const view = assessmentView(assessmentId, config, state);
      const values = assessmentSearchValues(view, day);
      if (projectedVersion < version || projectedOverdue !== values.overdue) {
        await project(day);
        projectedOverdue = values.overdue;
        continue;
      }
      const [due] = final() ? [] : dueNotifications(record(), { asOf: day, sentKeys });
      if (due !== undefined) {
        await deliverNotification({ notification: due, ...(input.clock === 'simulated' ? { sentAt: `${day}T${String(NOTIFICATION_HOUR_IN_ENGLAND).padStart(2, '0')}:00:00.000Z` } : {}) });
        sentKeys.add(due.key);
        continue;
      }
      if (version !== state.version || day !== today()) continue;
      if (!sameSearchValues(searchValues, values)) {
        upsertSearchAttributes([
          ...assessmentSearchAttributePairs(values),
          ...(values.nextDeadline === null ? [{ key: ASSESSMENT_SEARCH_ATTRIBUTES.nextDeadline, value: null }] : []),
        ]);
        searchValues = values;
      }
      settled = { version, today: day };
      return;
    }
  }

  async function project(day: IsoDate): Promise<void> {
    let from = Math.max(projectedVersion, 0) + 1;
    for (;;) {
      const result = await projectReadModel({ assessmentId, config, state, events: events.filter((logged) => logged.sequence >= from), today: day });
      if (result.projected) {
        projectedVersion = Math.max(projectedVersion, result.version);
        return;
      }
      // The store is behind what the workflow thought it had written (a restored backup): resend.
      log.warn('The store is missing events of this assessment; sending them again', { assessmentId, missingFrom: result.missingFrom });
      from = result.missingFrom;
    }
  }

  const final = () => ASSESSMENT_STATES[state.stateId].final;
  const historyIsLong = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength >= maxHistoryEvents;

  /** Milliseconds until the next reminder, escalation or overdue day is due, on the workflow clock. */
  function msUntilNextWake(): number | undefined {
    if (input.clock === 'simulated' || final()) return undefined;
    const day = today();
    const candidates: IsoDate[] = [];
    const reminder = nextNotificationOn(record(), sentKeys);
    if (reminder !== undefined) candidates.push(reminder);
    for (const deadline of deadlinesFor(state, config)) {
      const overdueFrom = addCalendarDays(deadline.dueDate, 1);
      if (deadline.kind === 'due' && deadline.status === 'open' && compareIsoDates(overdueFrom, day) > 0) candidates.push(overdueFrom);
    }
    const next = candidates.sort(compareIsoDates)[0];
    if (next === undefined) return undefined;
    return Math.max(1_000, englandInstant(next, NOTIFICATION_HOUR_IN_ENGLAND) - Date.now());
  }

  for (;;) {
    await settle();
    const leaving = final() || historyIsLong();
    if (leaving && allHandlersFinished() && !changedSinceSettled()) break;
    const timeout = leaving ? undefined : msUntilNextWake();
    const wake = () => changedSinceSettled() || (leaving && allHandlersFinished());
    if (timeout === undefined) await condition(wake);
    else await condition(wake, timeout);
  }

  if (!final()) {
    const continueAsNew = makeContinueAsNewFunc<typeof assessmentWorkflow>({
      memo: workflowInfo().memo ?? {},
      ...(searchValues === undefined ? {} : { typedSearchAttributes: assessmentSearchAttributePairs(searchValues) }),
    });
    return continueAsNew({
      ...input,
      carry: {
        events,
        sentKeys: [...sentKeys].sort(),
        projectedVersion,
        ...(simulatedToday === undefined ? {} : { today: simulatedToday }),
        runs: (carry?.runs ?? 0) + 1,
      },
    });
  }
  return { view: assessmentView(assessmentId, config, state), events: events.length, notificationsSent: sentKeys.size };
}

/** The state the carried event log leads to, through the same `applyEvent`. */
function stateAfter(events: readonly LoggedAssessmentEvent[], input: AssessmentWorkflowInput): AssessmentState {
  let state = initialAssessmentState();
  for (const logged of events) state = applyEvent(state, logged.event, input.config).snapshot;
  return state;
}

/** The event log with the state each event led to, as `Engine.history` returns it. */
function recordedHistory(events: readonly LoggedAssessmentEvent[], input: AssessmentWorkflowInput): RecordedEvent[] {
  let state = initialAssessmentState();
  return events.map((logged) => {
    const applied = applyEvent(state, logged.event, input.config);
    state = applied.snapshot;
    return { sequence: logged.sequence, event: applied.event, recordedAt: logged.recordedAt, stateAfter: applied.snapshot };
  });
}

/**
 * Does nothing and completes: the bench's baseline (how fast this server starts and completes a
 * workflow) and a hub's health check (a worker is polling the task queue).
 */
export async function hubPingWorkflow(): Promise<string> {
  return Promise.resolve('pong');
}
