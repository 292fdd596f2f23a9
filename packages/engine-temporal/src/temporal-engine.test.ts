import { addCalendarDays } from '@asc-assure/framework';
import { applyEvent, EventRefusedError, parseAssessmentConfig, type AssessmentEventInput } from '@asc-assure/lifecycle';
import { EXAMPLE_ASSESSMENT_CONFIG, EXAMPLE_ASSESSMENT_EVENTS } from '@asc-assure/lifecycle/testing';
import { getAssessment, getAssessmentSnapshot, listAssessmentDeadlines, listAssessmentEvents, listSentKeys, verifyAuditLog } from '@asc-assure/store';
import { openTestStore, type TestStore } from '@asc-assure/store/testing';
import { ApplicationFailure } from '@temporalio/common';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordingNotifier, startTestHub, terminateRunning, uniqueName, type TestHub } from '../test/hub-test-support.js';
import { englandDateAt, notificationDayAt } from './england-time.js';
import { visibilityLiteral } from './search-attributes.js';
import { advanceClockUpdate, CLOCK_REFUSED_FAILURE_TYPE } from './shared.js';
import { createTemporalEngine, type TemporalEngine, type TemporalEngineOptions } from './temporal-engine.js';
import { bundleHubWorkflows } from './worker.js';

// What the Temporal engine does beyond the shared contract: the store's read model, search
// attributes, continue-as-new and the workflow clock. (Replay: test/replay-compatibility.test.ts.)
const notifier = createRecordingNotifier();
let bundle: WorkflowBundleWithSourceMap;
let testStore: TestStore;
let hub: TestHub;
const started: string[] = [];

beforeAll(async () => {
  bundle = await bundleHubWorkflows();
  testStore = await openTestStore('pglite-memory');
  hub = await startTestHub({ store: testStore.store, notifier, workflowBundle: bundle });
});

afterAll(async () => {
  if (hub !== undefined) await terminateRunning(hub.client, started);
  await hub?.stop();
  await testStore?.cleanup();
});

function engineFor(options: Partial<TemporalEngineOptions> = {}): TemporalEngine {
  const engine = createTemporalEngine({
    client: hub.client,
    taskQueue: hub.taskQueue,
    clock: { mode: 'simulated', start: '2024-03-01' },
    workflowIdPrefix: `${uniqueName('engine-test')}:`,
    ...options,
  });
  const start = engine.start.bind(engine);
  return {
    ...engine,
    start: async (input) => {
      const view = await start(input);
      started.push(engine.workflowId(view.assessmentId));
      return view;
    },
  };
}

/** Moves the clock day by day from the engine's today to `to`, sending each event on its date. */
async function walkDays(engine: TemporalEngine, assessmentId: string, to: string, events: readonly AssessmentEventInput[]): Promise<void> {
  for (let day = engine.today(); day <= to; day = addCalendarDays(day, 1)) {
    await engine.advanceClockTo(day);
    for (const event of events.filter((candidate) => candidate.date === day)) await engine.send(assessmentId, event);
  }
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('engine-temporal', () => {
  it('a refused event carries exactly the refusal applyEvent gives: code, message, allowed events and problems', async () => {
    const engine = engineFor();
    await engine.start({ assessmentId: 'refusal', config: EXAMPLE_ASSESSMENT_CONFIG });
    const notice = await engine.send('refusal', { type: 'notice.received', date: '2024-03-18' });
    const config = parseAssessmentConfig(EXAMPLE_ASSESSMENT_CONFIG);
    const refusedEvents: unknown[] = [
      { type: 'onsite.finished', date: '2024-03-20' },
      { type: 'case-list.submitted', date: '2024-03-20', count: 50 },
      { type: 'data-review.checked', date: '2024-03-01' },
      { type: 'consent.recorded', date: 'yesterday', pseudonymisedId: 12 },
      { type: 'no-such-event', date: '2024-03-20' },
    ];
    for (const event of refusedEvents) {
      let expected: unknown;
      try {
        applyEvent(notice.state, event, config);
      } catch (error) {
        expected = error;
      }
      const actual = await engine.send('refusal', event as AssessmentEventInput).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(EventRefusedError.isInstance(expected)).toBe(true);
      expect(EventRefusedError.isInstance(actual), JSON.stringify(event)).toBe(true);
      if (!EventRefusedError.isInstance(actual) || !EventRefusedError.isInstance(expected)) continue;
      expect({ ...actual, message: actual.message }).toEqual({ ...expected, message: expected.message });
    }
    expect((await engine.history('refusal')).length).toBe(1);
  });

  it('the store holds the same assessment as the workflow: events, snapshot, stage, deadlines, sent keys, audit', async () => {
    const engine = engineFor();
    await engine.start({ assessmentId: 'projected', config: EXAMPLE_ASSESSMENT_CONFIG });
    for (const event of EXAMPLE_ASSESSMENT_EVENTS) {
      await engine.advanceClockTo(event.date);
      await engine.send('projected', event);
    }
    const { store } = testStore;
    const handle = hub.client.workflow.getHandle(engine.workflowId('projected'));
    await handle.result();
    const view = await engine.get('projected');
    const events = await listAssessmentEvents(store, 'projected');
    expect(events.map((event) => event.event)).toEqual((await engine.history('projected')).map((recorded) => JSON.parse(JSON.stringify(recorded.event)) as unknown));
    expect((await getAssessmentSnapshot(store, 'projected'))?.snapshot).toEqual(JSON.parse(JSON.stringify(view?.state)));
    expect(await getAssessment(store, 'projected')).toMatchObject({ councilId: 'gloucestershire', stateId: 'published', stage: '6', nextDeadline: null, overdue: false });
    expect((await listAssessmentDeadlines(store, 'projected')).map((deadline) => [deadline.deadlineId, deadline.status]).sort()).toEqual(
      (view?.deadlines ?? []).map((deadline) => [deadline.id, deadline.status]).sort(),
    );
    expect(await listSentKeys(store, 'projected')).toEqual((await engine.notifications('projected')).sentKeys);
    expect((await verifyAuditLog(store)).ok).toBe(true);

  });

  it('a hub finds its councils by search attributes: council, stage, next deadline and overdue', async () => {
    const engine = engineFor();
    await engine.advanceClockTo('2024-03-18');
    const prefix = engine.workflowId('');
    await engine.start({ assessmentId: 'search-a', config: { councilId: 'bristol', councilName: 'Bristol City Council' } });
    await engine.start({ assessmentId: 'search-b', config: EXAMPLE_ASSESSMENT_CONFIG });
    await engine.send('search-b', { type: 'notice.received', date: '2024-03-18' });
    await engine.advanceClockTo('2024-04-10');
    const find = async (condition: string) => {
      const ids: string[] = [];
      for await (const execution of hub.client.workflow.list({ query: `WorkflowId STARTS_WITH ${visibilityLiteral(prefix)} AND ${condition}` })) ids.push(execution.workflowId.slice(prefix.length));
      return ids.sort();
    };
    const isFound = (expected: string[]) => (ids: string[]) => JSON.stringify(ids) === JSON.stringify(expected);
    expect(await eventually(() => find(`AscAssureOverdue = true`), isFound(['search-b']))).toEqual(['search-b']);
    expect(await eventually(() => find(`AscAssureStage = 3 AND AscAssureStateId = 'information-return'`), isFound(['search-b']))).toEqual(['search-b']);
    expect(await eventually(() => find(`AscAssureNextDeadline < '2024-04-09T00:00:00Z'`), isFound(['search-b']))).toEqual(['search-b']);
    expect(await eventually(() => find(`AscAssureCouncilId = 'bristol'`), isFound(['search-a']))).toEqual(['search-a']);
    expect(await eventually(() => find(`AscAssureStage = 1 AND AscAssureOverdue = false`), isFound(['search-a']))).toEqual(['search-a']);
    expect(await getAssessment(testStore.store, 'search-b')).toMatchObject({ overdue: true, nextDeadline: '2024-04-08', stage: '3' });
  });

  it('a long assessment continues as new, keeping its events, sent reminders and clock, and still finishes', async () => {
    notifier.clear();
    const engine = engineFor({ maxHistoryEvents: 50 });
    await engine.start({ assessmentId: 'long', config: EXAMPLE_ASSESSMENT_CONFIG });
    const handle = hub.client.workflow.getHandle(engine.workflowId('long'));
    await walkDays(engine, 'long', '2024-04-12', EXAMPLE_ASSESSMENT_EVENTS);
    const description = await handle.describe();
    expect(description.runId).not.toBe(description.raw.workflowExecutionInfo?.firstRunId);
    expect(description.historyLength).toBeLessThanOrEqual(70);
    const sentMidway = (await engine.notifications('long')).sentKeys;
    expect(sentMidway).toEqual(['long:information-return:2024-04-08:reminder-1', 'long:information-return:2024-04-08:reminder-2', 'long:information-return:2024-04-08:reminder-5']);
    const midway = await engine.history('long');
    expect(midway.map((recorded) => `${recorded.event.type} ${recorded.event.date}`)).toEqual(
      EXAMPLE_ASSESSMENT_EVENTS.filter((event) => event.date <= '2024-04-12').map((event) => `${event.type} ${event.date}`),
    );
    for (const event of EXAMPLE_ASSESSMENT_EVENTS.filter((candidate) => candidate.date > '2024-04-12')) {
      await engine.advanceClockTo(event.date);
      await engine.send('long', event);
    }
    const result = (await handle.result()) as { view: { state: { stateId: string; version: number } } };
    expect(result.view.state).toMatchObject({ stateId: 'published', version: EXAMPLE_ASSESSMENT_EVENTS.length });
    const keys = notifier.delivered.filter((notification) => notification.assessmentId === 'long').map((notification) => notification.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(
      [
        'long:information-return:2024-04-08:reminder-5',
        'long:information-return:2024-04-08:reminder-2',
        'long:information-return:2024-04-08:reminder-1',
        'long:case-list:2024-05-07:reminder-5',
        'long:case-list:2024-05-07:reminder-2',
        'long:case-list:2024-05-07:reminder-1',
        'long:factual-accuracy:2024-09-03:reminder-5',
        'long:factual-accuracy:2024-09-03:reminder-2',
      ].sort(),
    );
  });

  it("on the workflow clock, today is England's date: reminders whose day has passed go out at once, and the clock cannot be moved", async () => {
    notifier.clear();
    const engine = engineFor({ clock: { mode: 'workflow' } });
    await engine.start({ assessmentId: 'real-time', config: EXAMPLE_ASSESSMENT_CONFIG });
    await engine.send('real-time', { type: 'notice.received', date: '2024-03-18' });
    const { today, sentKeys } = await eventually(
      () => engine.notifications('real-time'),
      (state) => state.sentKeys.length === 4,
    );
    expect([notificationDayAt(Date.now()), notificationDayAt(Date.now() - 60_000)]).toContain(today);
    expect(engine.today()).toBe(englandDateAt(Date.now()));
    expect(sentKeys).toEqual(['real-time:information-return:2024-04-08:overdue', 'real-time:information-return:2024-04-08:reminder-1', 'real-time:information-return:2024-04-08:reminder-2', 'real-time:information-return:2024-04-08:reminder-5']);

    const moved = await hub.client.workflow
      .getHandle(engine.workflowId('real-time'))
      .executeUpdate(advanceClockUpdate, { args: ['2030-01-01'] })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(moved).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = moved instanceof WorkflowUpdateFailedError ? moved.cause : undefined;
    expect(cause instanceof ApplicationFailure && cause.type).toBe(CLOCK_REFUSED_FAILURE_TYPE);
    await expect(engine.advanceClockTo('2030-01-01')).rejects.toMatchObject({ code: 'clock-not-simulated' });
  });

  it('a simulated clock only moves forward', async () => {
    const engine = engineFor();
    await engine.advanceClockTo('2024-04-01');
    await expect(engine.advanceClockTo('2024-03-31')).rejects.toMatchObject({ code: 'clock-backwards' });
    await expect(engine.advanceClockTo('2024-02-30')).rejects.toMatchObject({ code: 'invalid-clock' });
    expect(engine.today()).toBe('2024-04-01');
  });

  it('an engine pointed at another namespace than its client refuses to start', () => {
    expect(() => createTemporalEngine({ client: hub.client, namespace: 'somewhere-else' })).toThrow(/namespace/);
  });
});
