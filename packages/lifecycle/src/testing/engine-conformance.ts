import { addCalendarDays, compareIsoDates, InvalidInputError, type IsoDate } from '@asc-assure/framework';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAssessmentConfig } from '../assessment-config.js';
import type { AssessmentDeadline } from '../deadline-plan.js';
import type { Engine } from '../engine.js';
import type { AssessmentEventInput } from '../events.js';
import { AssessmentAlreadyExistsError, AssessmentNotFoundError, EventRefusedError } from '../lifecycle-errors.js';
import type { AssessmentNotification } from '../render-notification.js';
import { replay } from '../transition.js';
import { EXAMPLE_ASSESSMENT_CONFIG, EXAMPLE_ASSESSMENT_EVENTS } from './example-assessment.js';

/**
 * What an engine gives the conformance suite: the engine, a clock the suite moves forward, the
 * notifications the engine delivered, and a way to clean up.
 */
export interface EngineHarness {
  readonly engine: Engine;
  /**
   * Moves the engine's clock forward to `date` and lets it deliver every notification due by then
   * (a timer-based engine fires its timers; a polling engine polls). Resolves once they are
   * delivered. The suite only moves forward, and starts no earlier than 1 March 2024.
   */
  advanceClockTo(date: IsoDate): Promise<void>;
  /** Every notification the engine has delivered, in delivery order. */
  notifications(): readonly AssessmentNotification[];
  dispose(): Promise<void>;
}

/** Options of {@link describeEngineConformance}. */
export interface EngineConformanceOptions {
  /** Per-test timeout for slow engines (a Temporal test server). Default 30 seconds. */
  readonly timeoutMs?: number;
}

type Clocked = { date: IsoDate } & AssessmentEventInput;

const council = (councilId: string, councilName: string) => ({ councilId, councilName });

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('The engine accepted an event the lifecycle should refuse.');
}

function deadline(deadlines: readonly AssessmentDeadline[], id: string): AssessmentDeadline {
  const found = deadlines.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`No deadline '${id}' in ${JSON.stringify(deadlines.map((candidate) => candidate.id))}`);
  return found;
}

/**
 * The conformance suite every engine runs: the same events on the same dates must give the same
 * states, deadlines, history and notifications in every engine. Call it in an engine's test file;
 * `createHarness` is called before each test and `dispose` after it.
 *
 * @example
 * describeEngineConformance('engine-local over PGlite', async () => {
 *   const clock = createTestClock('2024-03-01');
 *   const engine = await createLocalEngine({ store: await openStore({ memory: true }), clock, notifier });
 *   return { engine, advanceClockTo: (date) => clock.advanceTo(date), notifications: () => sent, dispose: () => engine.close() };
 * });
 */
export function describeEngineConformance(name: string, createHarness: () => Promise<EngineHarness> | EngineHarness, options: EngineConformanceOptions = {}): void {
  const timeout = options.timeoutMs ?? 30_000;

  describe(`${name} keeps the lifecycle Engine contract`, () => {
    let harness: EngineHarness;
    let engine: Engine;

    beforeEach(async () => {
      harness = await createHarness();
      engine = harness.engine;
    }, timeout);

    afterEach(async () => {
      await harness.dispose();
    }, timeout);

    /** Moves the clock to each event's date, then sends it, as a council would record it on the day. */
    const walk = async (assessmentId: string, events: readonly Clocked[]) => {
      for (const event of events) {
        await harness.advanceClockTo(event.date);
        await engine.send(assessmentId, event);
      }
    };

    /** Moves the clock one day at a time and notes the day each notification arrived. */
    const stepDays = async (from: IsoDate, to: IsoDate, deliveredOn: Map<string, IsoDate>) => {
      for (let day = from; compareIsoDates(day, to) <= 0; day = addCalendarDays(day, 1)) {
        await harness.advanceClockTo(day);
        for (const notification of harness.notifications()) if (!deliveredOn.has(notification.key)) deliveredOn.set(notification.key, day);
      }
    };

    it(
      'a council walks an assessment through all six stages to publication, meeting every deadline',
      async () => {
        await harness.advanceClockTo('2024-03-01');
        const started = await engine.start({ assessmentId: 'glos-2024', config: EXAMPLE_ASSESSMENT_CONFIG });
        expect(started.state.stateId).toBe('awaiting-notice');
        expect(started.state.stage).toBe(1);

        const stateAfter = new Map<string, [string, number]>();
        for (const event of EXAMPLE_ASSESSMENT_EVENTS) {
          await harness.advanceClockTo(event.date);
          const view = await engine.send('glos-2024', event);
          stateAfter.set(event.type, [view.state.stateId, view.state.stage]);
        }
        expect(stateAfter.get('notice.received')).toEqual(['information-return', 3]);
        expect(stateAfter.get('information-return.submitted')).toEqual(['case-tracking', 4]);
        expect(stateAfter.get('onsite.started')).toEqual(['onsite', 5]);
        expect(stateAfter.get('onsite.finished')).toEqual(['awaiting-draft-report', 6]);
        expect(stateAfter.get('draft-report.received')).toEqual(['factual-accuracy', 6]);

        const view = await engine.get('glos-2024');
        expect(view?.state.stateId).toBe('published');
        expect(view?.state.version).toBe(EXAMPLE_ASSESSMENT_EVENTS.length);
        expect(view?.state.context.publishedRating).toBe('good');
        expect(view?.allowedEvents).toEqual([]);
        expect(view?.nextDeadline).toBeUndefined();
        const deadlines = view?.deadlines ?? [];
        expect(deadlines.map((entry) => [entry.id, entry.dueDate, entry.status])).toEqual([
          ['information-return', '2024-04-08', 'met'],
          ['case-list', '2024-05-07', 'met'],
          ['onsite-earliest', '2024-06-03', 'met'],
          ['case-tracking-interviews', '2024-05-31', 'met'],
          ['factual-accuracy', '2024-09-03', 'met'],
        ]);
        expect(deadline(deadlines, 'case-tracking-interviews').closedOn).toBe('2024-05-20');

        expect(harness.notifications().map((notification) => notification.key).sort()).toEqual(
          [
            'glos-2024:information-return:2024-04-08:reminder-5',
            'glos-2024:information-return:2024-04-08:reminder-2',
            'glos-2024:information-return:2024-04-08:reminder-1',
            'glos-2024:case-list:2024-05-07:reminder-5',
            'glos-2024:case-list:2024-05-07:reminder-2',
            'glos-2024:case-list:2024-05-07:reminder-1',
            'glos-2024:factual-accuracy:2024-09-03:reminder-5',
            'glos-2024:factual-accuracy:2024-09-03:reminder-2',
          ].sort(),
        );
      },
      timeout,
    );

    it(
      'an event the stage cannot take is refused with a reason and changes nothing',
      async () => {
        await harness.advanceClockTo('2024-03-18');
        await engine.start({ assessmentId: 'refused', config: EXAMPLE_ASSESSMENT_CONFIG });
        await engine.send('refused', { type: 'notice.received', date: '2024-03-18' });
        const before = await engine.get('refused');
        const historyBefore = await engine.history('refused');

        const outOfOrder = await refusal(engine.send('refused', { type: 'onsite.finished', date: '2024-03-20' }));
        expect(EventRefusedError.isInstance(outOfOrder) && outOfOrder.code).toBe('event-not-allowed');
        expect(EventRefusedError.isInstance(outOfOrder) && outOfOrder.allowedEvents).toContain('information-return.submitted');

        const backdated = await refusal(engine.send('refused', { type: 'data-review.checked', date: '2024-03-15' }));
        expect(EventRefusedError.isInstance(backdated) && backdated.code).toBe('event-date-before-previous');

        const malformed = await refusal(engine.send('refused', { type: 'data-review.checked', date: '2024-02-30' }));
        expect(EventRefusedError.isInstance(malformed) && malformed.code).toBe('event-invalid');

        expect(await engine.get('refused')).toEqual(before);
        expect(await engine.history('refused')).toEqual(historyBefore);
        expect(historyBefore).toHaveLength(1);
      },
      timeout,
    );

    it(
      "an onsite visit earlier than CQC's notice period is refused unless CQC confirmed it",
      async () => {
        await harness.advanceClockTo('2024-03-18');
        await engine.start({ assessmentId: 'early-onsite', config: EXAMPLE_ASSESSMENT_CONFIG });
        await walk('early-onsite', [
          { type: 'notice.received', date: '2024-03-18' },
          { type: 'information-return.submitted', date: '2024-04-05' },
        ]);
        await harness.advanceClockTo('2024-04-22');
        const early = { type: 'site-visit.notified', date: '2024-04-22', onsiteStartsOn: '2024-05-20', onsiteEndsOn: '2024-05-22' } as const;
        const tooEarly = await refusal(engine.send('early-onsite', early));
        expect(EventRefusedError.isInstance(tooEarly) && tooEarly.code).toBe('onsite-too-early');
        expect((await engine.history('early-onsite')).length).toBe(2);

        const view = await engine.send('early-onsite', { ...early, cqcConfirmed: true });
        expect(view.state.context.onsiteStartsOn).toBe('2024-05-20');
        expect(deadline(view.deadlines, 'onsite-earliest').dueDate).toBe('2024-06-03');
      },
      timeout,
    );

    it(
      'a date CQC moved re-plans the deadline and its reminders',
      async () => {
        await harness.advanceClockTo('2024-03-18');
        await engine.start({ assessmentId: 'moved', config: EXAMPLE_ASSESSMENT_CONFIG });
        const deliveredOn = new Map<string, IsoDate>();
        await engine.send('moved', { type: 'notice.received', date: '2024-03-18' });
        await stepDays('2024-03-18', '2024-03-25', deliveredOn);
        const moved = await engine.send('moved', {
          type: 'date.moved',
          date: '2024-03-25',
          which: 'information-return-due',
          to: '2024-04-15',
          reason: 'CQC agreed a week more because of the Easter closure',
        });
        const planned = deadline(moved.deadlines, 'information-return');
        expect([planned.dueDate, planned.moved, planned.status]).toEqual(['2024-04-15', true, 'open']);
        expect(moved.nextDeadline?.dueDate).toBe('2024-04-15');

        await stepDays('2024-03-26', '2024-04-12', deliveredOn);
        await engine.send('moved', { type: 'information-return.submitted', date: '2024-04-12' });
        await stepDays('2024-04-13', '2024-04-20', deliveredOn);

        expect(Object.fromEntries(deliveredOn)).toEqual({
          'moved:information-return:2024-04-15:reminder-5': '2024-04-08',
          'moved:information-return:2024-04-15:reminder-2': '2024-04-11',
          'moved:information-return:2024-04-15:reminder-1': '2024-04-12',
        });
        const after = await engine.get('moved');
        expect(after === undefined ? undefined : deadline(after.deadlines, 'information-return').status).toBe('met');
      },
      timeout,
    );

    it(
      'reminders go out once each, 5, 2 and 1 working days before, and the overdue escalation once',
      async () => {
        await harness.advanceClockTo('2024-03-18');
        await engine.start({ assessmentId: 'reminded', config: EXAMPLE_ASSESSMENT_CONFIG });
        await engine.send('reminded', { type: 'notice.received', date: '2024-03-18' });
        const deliveredOn = new Map<string, IsoDate>();
        await stepDays('2024-03-18', '2024-04-12', deliveredOn);
        await harness.advanceClockTo('2024-04-12');

        expect(Object.fromEntries(deliveredOn)).toEqual({
          'reminded:information-return:2024-04-08:reminder-5': '2024-03-28',
          'reminded:information-return:2024-04-08:reminder-2': '2024-04-04',
          'reminded:information-return:2024-04-08:reminder-1': '2024-04-05',
          'reminded:information-return:2024-04-08:overdue': '2024-04-09',
        });
        const keys = harness.notifications().map((notification) => notification.key);
        expect(new Set(keys).size).toBe(keys.length);
        const overdue = harness.notifications().find((notification) => notification.kind === 'overdue');
        expect(overdue?.councilId).toBe('gloucestershire');
        expect(overdue?.subject).toContain('Monday 8 April 2024');

        await engine.send('reminded', { type: 'information-return.submitted', date: '2024-04-12' });
        await stepDays('2024-04-13', '2024-04-30', deliveredOn);
        expect(harness.notifications()).toHaveLength(4);
        const view = await engine.get('reminded');
        expect(view === undefined ? undefined : deadline(view.deadlines, 'information-return').status).toBe('missed');
      },
      timeout,
    );

    it(
      'a withdrawn assessment sends no more reminders',
      async () => {
        await harness.advanceClockTo('2024-03-18');
        await engine.start({ assessmentId: 'withdrawn', config: EXAMPLE_ASSESSMENT_CONFIG });
        await engine.send('withdrawn', { type: 'notice.received', date: '2024-03-18' });
        await harness.advanceClockTo('2024-03-20');
        const view = await engine.send('withdrawn', { type: 'assessment.withdrawn', date: '2024-03-20', reason: 'CQC postponed the assessment' });
        expect([view.state.stateId, view.state.stage]).toEqual(['withdrawn', 3]);
        expect(deadline(view.deadlines, 'information-return').status).toBe('cancelled');
        await harness.advanceClockTo('2024-04-30');
        expect(harness.notifications()).toEqual([]);
        const after = await refusal(engine.send('withdrawn', { type: 'information-return.submitted', date: '2024-04-30' }));
        expect(EventRefusedError.isInstance(after) && after.code).toBe('event-not-allowed');
      },
      timeout,
    );

    it(
      'an unknown assessment is reported as not found',
      async () => {
        expect(await engine.get('no-such-assessment')).toBeUndefined();
        const sent = await refusal(engine.send('no-such-assessment', { type: 'notice.received', date: '2024-03-18' }));
        expect(AssessmentNotFoundError.isInstance(sent) && sent.code).toBe('assessment-not-found');
        const history = await refusal(engine.history('no-such-assessment'));
        expect(AssessmentNotFoundError.isInstance(history)).toBe(true);
      },
      timeout,
    );

    it(
      'an assessment id can be started once, and only with usable settings',
      async () => {
        await engine.start({ assessmentId: 'once', config: EXAMPLE_ASSESSMENT_CONFIG });
        const twice = await refusal(engine.start({ assessmentId: 'once', config: council('somerset', 'Somerset Council') }));
        expect(AssessmentAlreadyExistsError.isInstance(twice)).toBe(true);
        expect((await engine.get('once'))?.config.councilId).toBe('gloucestershire');

        const badSettings = await refusal(
          engine.start({ assessmentId: 'bad', config: { ...EXAMPLE_ASSESSMENT_CONFIG, caseTracking: { tracked: 7, reserves: 4 } } }),
        );
        expect(InvalidInputError.isInstance(badSettings)).toBe(true);
        expect(await engine.get('bad')).toBeUndefined();
      },
      timeout,
    );

    it(
      'assessments are listed by council and by stage',
      async () => {
        await harness.advanceClockTo('2024-03-18');
        await engine.start({ assessmentId: 'list-b', config: council('bristol', 'Bristol City Council') });
        await engine.start({ assessmentId: 'list-a', config: council('gloucestershire', 'Gloucestershire County Council') });
        await engine.start({ assessmentId: 'list-c', config: council('gloucestershire', 'Gloucestershire County Council') });
        await engine.send('list-c', { type: 'notice.received', date: '2024-03-18' });

        expect((await engine.list()).map((summary) => summary.assessmentId)).toEqual(['list-a', 'list-b', 'list-c']);
        expect((await engine.list({ councilId: 'gloucestershire' })).map((summary) => summary.assessmentId)).toEqual(['list-a', 'list-c']);
        expect((await engine.list({ stage: 3 })).map((summary) => [summary.assessmentId, summary.stateId])).toEqual([['list-c', 'information-return']]);
        expect((await engine.list({ councilId: 'bristol', stage: 1 })).map((summary) => summary.assessmentId)).toEqual(['list-b']);
        expect(await engine.list({ councilId: 'somerset' })).toEqual([]);
        const [withDeadline] = await engine.list({ stage: 3 });
        expect(withDeadline?.nextDeadline?.dueDate).toBe('2024-04-08');
      },
      timeout,
    );

    it(
      'the history replays to the same state, event by event',
      async () => {
        await harness.advanceClockTo('2024-03-01');
        await engine.start({ assessmentId: 'replayed', config: EXAMPLE_ASSESSMENT_CONFIG });
        await walk('replayed', EXAMPLE_ASSESSMENT_EVENTS.slice(0, 12));
        await harness.advanceClockTo('2024-05-21');
        await engine.send('replayed', {
          type: 'date.moved',
          date: '2024-05-21',
          which: 'onsite-ends-on',
          to: '2024-06-14',
          reason: 'CQC added a day of focus groups',
        });
        const history = await engine.history('replayed');
        const config = parseAssessmentConfig(EXAMPLE_ASSESSMENT_CONFIG);
        expect(history.map((recorded) => recorded.sequence)).toEqual(history.map((_recorded, index) => index + 1));
        history.forEach((recorded, index) => {
          expect(replay(history.slice(0, index + 1).map((entry) => entry.event), config)).toEqual(recorded.stateAfter);
        });
        expect(replay(history.map((recorded) => recorded.event), config)).toEqual((await engine.get('replayed'))?.state);
      },
      timeout,
    );
  });
}
