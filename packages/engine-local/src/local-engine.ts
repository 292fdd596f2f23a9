import {
  AssessmentAlreadyExistsError,
  AssessmentNotFoundError,
  ASSESSMENT_STATES,
  applyEvent,
  assessmentStateSchema,
  assessmentSummary,
  assessmentView,
  dueNotifications,
  initialAssessmentState,
  matchesAssessmentFilter,
  parseAssessmentConfig,
  parseAssessmentStart,
  type AssessmentConfig,
  type AssessmentEventInput,
  type AssessmentListFilter,
  type AssessmentNotification,
  type AssessmentState,
  type AssessmentSummary,
  type AssessmentView,
  type Engine,
  type Notifier,
  type RecordedEvent,
} from '@asc-assure/lifecycle';
import {
  appendAssessmentEvent,
  appendAudit,
  createAssessment,
  getAssessment,
  getAssessmentSnapshot,
  getCouncil,
  listAssessmentEvents,
  listAssessments,
  listSentKeys,
  recordNotificationSent,
  replaceAssessmentDeadlines,
  saveCouncil,
  updateAssessmentState,
  upsertAssessmentSnapshot,
  type Store,
  type StoreExecutor,
} from '@asc-assure/store';
import { systemClock, type Clock } from './clock.js';

/** Options of {@link createLocalEngine}. */
export interface LocalEngineOptions {
  /** Where assessments, events, snapshots and sent notifications live. */
  readonly store: Store;
  /** Where "today" comes from. Default: the machine's clock, in England's time zone. */
  readonly clock?: Clock;
  /** Who receives reminders and overdue escalations. Default: none (they are still recorded as due). */
  readonly notifier?: Notifier;
  /** Named in the audit log and in the notification log as the channel. Default `log`. */
  readonly channel?: string;
  /** How often the scheduler looks for due notifications, in milliseconds. Default 15 minutes. */
  readonly pollIntervalMs?: number;
  /** Told about a failure the scheduler will retry (an SMTP server down). Default: `console.error`. */
  readonly onBackgroundError?: (error: unknown) => void;
}

/** The in-process engine: the {@link Engine} contract plus delivery of due notifications. */
export interface LocalEngine extends Engine {
  /**
   * Delivers every notification due up to the clock's today that has not been delivered, oldest
   * first, each key once however often it is called or however many processes call it. Returns
   * what it delivered. A notification whose delivery throws stays due and is tried next time.
   */
  deliverDueNotifications(): Promise<readonly AssessmentNotification[]>;
  /**
   * Delivers due notifications now and then every `pollIntervalMs`, and after every event. The
   * timers are derived from the store, so a restarted process picks up where it stopped,
   * including anything that fell due while it was down.
   */
  startScheduler(): void;
  /** Stops the scheduler and waits for a delivery in progress. Does not close the store. */
  close(): Promise<void>;
}

/**
 * Runs the lifecycle in-process over the store. Every event goes through the lifecycle's pure
 * `applyEvent`; the event, the new snapshot, the read model (stage, next deadline, deadlines
 * table) and an audit entry are written in one transaction, so an event is either wholly
 * recorded or not at all. A refused event writes nothing.
 *
 * @example
 * const store = await openStore({ kind: 'pglite', dataDir: '.asc-assure/store' });
 * const engine = createLocalEngine({ store, notifier: createLogNotifier(console.log) });
 * await engine.start({ assessmentId: 'glos-2024', config: { councilId: 'gloucestershire', councilName: 'Gloucestershire County Council' } });
 * await engine.send('glos-2024', { type: 'notice.received', date: '2024-03-18' });
 */
export function createLocalEngine(options: LocalEngineOptions): LocalEngine {
  const { store } = options;
  const clock = options.clock ?? systemClock;
  const channel = options.channel ?? 'log';
  const onBackgroundError = options.onBackgroundError ?? ((error: unknown) => console.error(error));
  let timer: NodeJS.Timeout | undefined;
  let sweep: Promise<unknown> = Promise.resolve();

  async function load(executor: StoreExecutor, assessmentId: string): Promise<LoadedAssessment> {
    const row = await getAssessment(executor, assessmentId);
    if (row === undefined) throw new AssessmentNotFoundError(assessmentId);
    const snapshot = await getAssessmentSnapshot(executor, assessmentId);
    if (snapshot === undefined) throw new Error(`Assessment "${assessmentId}" has no stored state: the store is damaged. Run \`asc-assure verify-audit\`.`);
    const state = assessmentStateSchema.parse(snapshot.snapshot) as AssessmentState;
    return { assessmentId, config: parseAssessmentConfig(row.config), state, storeVersion: row.version };
  }

  async function writeReadModel(executor: StoreExecutor, view: AssessmentView, expectedVersion: number): Promise<void> {
    await updateAssessmentState(executor, {
      id: view.assessmentId,
      expectedVersion,
      stateId: view.state.stateId,
      stage: String(view.state.stage),
      nextDeadline: view.nextDeadline?.dueDate ?? null,
      overdue: view.deadlines.some((deadline) => deadline.kind === 'due' && deadline.status === 'open' && deadline.dueDate < clock.today()),
    });
    await replaceAssessmentDeadlines(
      executor,
      view.assessmentId,
      view.deadlines.map((deadline) => ({ deadlineId: deadline.id, dueDate: deadline.dueDate, kind: deadline.kind, status: deadline.status, title: deadline.title })),
    );
  }

  async function deliverFor(assessment: LoadedAssessment): Promise<AssessmentNotification[]> {
    // A finished or withdrawn assessment has no open deadline, so nothing to remind.
    if (ASSESSMENT_STATES[assessment.state.stateId].final) return [];
    const sentKeys = await listSentKeys(store, assessment.assessmentId);
    const delivered: AssessmentNotification[] = [];
    for (const notification of dueNotifications(assessment, { asOf: clock.today(), sentKeys })) {
      // The key is claimed in the same transaction as the delivery: if delivery throws, the claim
      // rolls back and the notification is tried again; if the process dies after delivering and
      // before committing, it is delivered again with the same key (see notifiers.ts).
      const sent = await store.transaction(async (tx) => {
        const claimed = await recordNotificationSent(tx, {
          key: notification.key,
          assessmentId: notification.assessmentId,
          kind: notification.kind,
          deadlineId: notification.deadlineId,
          sendOn: notification.sendOn,
          channel,
          sentAt: clock.now(),
        });
        if (claimed) await options.notifier?.notify(notification);
        return claimed;
      });
      if (sent) delivered.push(notification);
    }
    return delivered;
  }

  async function deliverDueNotifications(): Promise<readonly AssessmentNotification[]> {
    const delivered: AssessmentNotification[] = [];
    for (const row of await listAssessments(store)) {
      delivered.push(...(await deliverFor(await load(store, row.id))));
    }
    return delivered;
  }

  /** Serialises sweeps so the scheduler and an event never deliver side by side. */
  function scheduleSweep(): void {
    sweep = sweep.then(deliverDueNotifications).catch(onBackgroundError);
  }

  const engine: LocalEngine = {
    async start(input) {
      const { assessmentId, config } = parseAssessmentStart(input);
      const state = initialAssessmentState();
      const view = assessmentView(assessmentId, config, state);
      await store.transaction(async (tx) => {
        if ((await getAssessment(tx, assessmentId)) !== undefined) throw new AssessmentAlreadyExistsError(assessmentId);
        if ((await getCouncil(tx, config.councilId)) === undefined) await saveCouncil(tx, { id: config.councilId, name: config.councilName });
        await createAssessment(tx, { id: assessmentId, councilId: config.councilId, config, stateId: state.stateId, stage: String(state.stage), nextDeadline: null });
        await upsertAssessmentSnapshot(tx, { assessmentId, sequence: state.version, snapshot: state });
        await appendAudit(tx, { councilId: config.councilId, actor: 'system', action: 'assessment.started', subject: `assessment/${assessmentId}`, detail: { councilName: config.councilName }, at: clock.now() });
      });
      return view;
    },

    async send(assessmentId, event: AssessmentEventInput) {
      const view = await store.transaction(async (tx) => {
        const current = await load(tx, assessmentId);
        const applied = applyEvent(current.state, event, current.config);
        const next = assessmentView(assessmentId, current.config, applied.snapshot);
        await appendAssessmentEvent(tx, { assessmentId, sequence: applied.snapshot.version, type: applied.event.type, event: applied.event, recordedAt: clock.now() });
        await upsertAssessmentSnapshot(tx, { assessmentId, sequence: applied.snapshot.version, snapshot: applied.snapshot });
        await writeReadModel(tx, next, current.storeVersion);
        await appendAudit(tx, {
          councilId: current.config.councilId,
          actor: applied.event.actor ?? 'system',
          action: 'assessment.event-recorded',
          subject: `assessment/${assessmentId}`,
          detail: { type: applied.event.type, date: applied.event.date, sequence: applied.snapshot.version, stateAfter: applied.snapshot.stateId },
          at: clock.now(),
        });
        return next;
      });
      if (timer !== undefined) scheduleSweep();
      return view;
    },

    async get(assessmentId) {
      try {
        const loaded = await load(store, assessmentId);
        return assessmentView(assessmentId, loaded.config, loaded.state);
      } catch (error) {
        if (AssessmentNotFoundError.isInstance(error)) return undefined;
        throw error;
      }
    },

    async list(filter?: AssessmentListFilter): Promise<AssessmentSummary[]> {
      const rows = await listAssessments(store, {
        ...(filter?.councilId === undefined ? {} : { councilId: filter.councilId }),
        ...(filter?.stage === undefined ? {} : { stage: String(filter.stage) }),
      });
      const summaries: AssessmentSummary[] = [];
      for (const row of rows) {
        const loaded = await load(store, row.id);
        const summary = assessmentSummary(assessmentView(row.id, loaded.config, loaded.state));
        if (matchesAssessmentFilter(summary, filter)) summaries.push(summary);
      }
      return summaries.sort((first, second) => (first.assessmentId < second.assessmentId ? -1 : first.assessmentId > second.assessmentId ? 1 : 0));
    },

    async history(assessmentId): Promise<readonly RecordedEvent[]> {
      const { config } = await load(store, assessmentId);
      const recorded = await listAssessmentEvents(store, assessmentId);
      let state = initialAssessmentState();
      return recorded.map((entry) => {
        const applied = applyEvent(state, entry.event, config);
        state = applied.snapshot;
        return { sequence: entry.sequence, event: applied.event, recordedAt: entry.recordedAt, stateAfter: applied.snapshot };
      });
    },

    deliverDueNotifications() {
      const delivery = sweep.then(deliverDueNotifications);
      sweep = delivery.catch(() => undefined);
      return delivery;
    },

    startScheduler() {
      if (timer !== undefined) return;
      scheduleSweep();
      timer = setInterval(scheduleSweep, options.pollIntervalMs ?? 15 * 60 * 1000);
      timer.unref();
    },

    async close() {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      await sweep;
    },
  };
  return engine;
}

interface LoadedAssessment {
  readonly assessmentId: string;
  readonly config: AssessmentConfig;
  readonly state: AssessmentState;
  /** The store's optimistic-concurrency version of the assessment row. */
  readonly storeVersion: number;
}
