import { AscAssureError, compareIsoDates, type IsoDate } from '@asc-assure/framework';
import {
  AssessmentAlreadyExistsError,
  AssessmentNotFoundError,
  applyEvent,
  assessmentSummary,
  assessmentView,
  initialAssessmentState,
  matchesAssessmentFilter,
  parseAssessmentStart,
  type AssessmentDeadline,
  type AssessmentEventInput,
  type AssessmentListFilter,
  type AssessmentSummary,
  type AssessmentView,
  type Engine,
  type RecordedEvent,
} from '@asc-assure/lifecycle';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError, type Client, type WorkflowHandle } from '@temporalio/client';
import { englandDateAt, isCalendarDate } from './england-time.js';
import { mapWithConcurrency } from './map-with-concurrency.js';
import { lifecycleErrorFromFailure } from './refusal-failure.js';
import { assessmentSearchAttributePairs, assessmentSearchValues, visibilityLiteral } from './search-attributes.js';
import {
  advanceClockUpdate,
  ASSESSMENT_WORKFLOW_ID_PREFIX,
  ASSESSMENT_WORKFLOW_TYPE,
  assessmentDeadlinesQuery,
  assessmentHistoryQuery,
  assessmentNotificationsQuery,
  assessmentViewQuery,
  assessmentWorkflowId,
  DEFAULT_HUB_TASK_QUEUE,
  recordEventUpdate,
  type AssessmentWorkflowInput,
} from './shared.js';
import type { assessmentWorkflow } from './workflows.js';

/** Where a Temporal engine's assessments take "today" from. */
export type TemporalEngineClock =
  /** The workflows' own clock, as England's date: what a hub runs. */
  | { readonly mode: 'workflow' }
  /** A date this engine moves forward with `advanceClockTo`: tests, the bench, the demo. */
  | { readonly mode: 'simulated'; readonly start: IsoDate };

/** Options of {@link createTemporalEngine}. */
export interface TemporalEngineOptions {
  /** A connected client; its namespace is the hub's. */
  readonly client: Client;
  /** The task queue the hub's workers poll. Default `asc-assure-hub`. */
  readonly taskQueue?: string;
  /** When given, must be the client's namespace (a guard against pointing at the wrong hub). */
  readonly namespace?: string;
  /** Default: the workflow clock. */
  readonly clock?: TemporalEngineClock;
  /**
   * Prefix of the workflow ids, default `asc-assure-assessment:`. Tests give each run its own,
   * so runs sharing a server never see each other's assessments.
   */
  readonly workflowIdPrefix?: string;
  /** Passed to each workflow: continue as new past this many history events. */
  readonly maxHistoryEvents?: number;
  /** Passed to each workflow: seconds one activity attempt may take. Default 30. */
  readonly activityTimeoutSeconds?: number;
  /** How many workflows `list` and `advanceClockTo` talk to at once. Default 16. */
  readonly concurrency?: number;
}

/** What a notification query returns: the assessment's today and the keys it has delivered. */
export interface AssessmentNotificationState {
  readonly today: IsoDate;
  readonly sentKeys: readonly string[];
}

/** The {@link Engine} contract on a Temporal client, with what only a Temporal hub offers. */
export interface TemporalEngine extends Engine {
  /** `workflow` or `simulated`. */
  readonly clockMode: TemporalEngineClock['mode'];
  /** The engine's today: the simulated date, or England's date now. */
  today(): IsoDate;
  /**
   * Moves the simulated clock of every assessment this engine started (or touched) forward to
   * `date`, and resolves once each has delivered every notification due by then. Only with a
   * simulated clock; the clock never moves back.
   */
  advanceClockTo(date: IsoDate): Promise<void>;
  /** The deadlines armed so far. Throws `AssessmentNotFoundError` for an unknown id. */
  deadlines(assessmentId: string): Promise<readonly AssessmentDeadline[]>;
  /** The keys of the notifications the assessment has delivered. */
  notifications(assessmentId: string): Promise<AssessmentNotificationState>;
  /** The Temporal workflow id of an assessment. */
  workflowId(assessmentId: string): string;
}

/**
 * The lifecycle {@link Engine} on a Temporal hub: one workflow per assessment. `start` starts the
 * workflow; `send` is an update whose validator is the lifecycle's `applyEvent`, so a refused
 * event throws the same `EventRefusedError` (code, message, allowed events) as engine-local and
 * leaves no trace; `get` and `history` are queries, answered by the workflow itself and so always
 * current.
 *
 * `list` finds assessments through Temporal's visibility store (search attributes: council,
 * stage, next deadline, overdue), which is eventually consistent: an assessment started a moment
 * ago may not be listed yet by another process. This engine adds the assessments it started
 * itself, and reads each listed assessment's state from its workflow, so a process always lists
 * what it just did, at its current stage.
 *
 * @example
 * const client = new Client({ connection: await Connection.connect({ address: 'localhost:7233' }) });
 * const engine = createTemporalEngine({ client, taskQueue: 'asc-assure-hub' });
 * await engine.start({ assessmentId: 'glos-2024', config: { councilId: 'gloucestershire', councilName: 'Gloucestershire County Council' } });
 * await engine.send('glos-2024', { type: 'notice.received', date: '2024-03-18' });
 */
export function createTemporalEngine(options: TemporalEngineOptions): TemporalEngine {
  const { client } = options;
  const taskQueue = options.taskQueue ?? DEFAULT_HUB_TASK_QUEUE;
  const prefix = options.workflowIdPrefix ?? ASSESSMENT_WORKFLOW_ID_PREFIX;
  const clock: TemporalEngineClock = options.clock ?? { mode: 'workflow' };
  const concurrency = options.concurrency ?? 16;
  if (options.namespace !== undefined && options.namespace !== client.options.namespace) {
    throw new AscAssureError(
      'temporal-namespace-mismatch',
      `The Temporal client is connected to namespace "${client.options.namespace}", but the engine was configured for "${options.namespace}".`,
    );
  }
  if (clock.mode === 'simulated' && !isCalendarDate(clock.start)) {
    throw new AscAssureError('invalid-clock', `A simulated clock must start on a date written YYYY-MM-DD, not "${String(clock.start)}".`);
  }
  let simulatedToday = clock.mode === 'simulated' ? clock.start : undefined;
  /** Assessments this engine started or touched, with their council: read-your-writes for `list`, and whom the simulated clock moves. */
  const known = new Map<string, string>();
  const closed = new Set<string>();

  const workflowId = (assessmentId: string) => assessmentWorkflowId(assessmentId, prefix);
  const handleOf = (assessmentId: string): WorkflowHandle<typeof assessmentWorkflow> => client.workflow.getHandle<typeof assessmentWorkflow>(workflowId(assessmentId));
  const today = (): IsoDate => simulatedToday ?? englandDateAt(Date.now());

  async function query<Result>(assessmentId: string, ask: (handle: WorkflowHandle<typeof assessmentWorkflow>) => Promise<Result>): Promise<Result> {
    try {
      return await ask(handleOf(assessmentId));
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new AssessmentNotFoundError(assessmentId);
      throw error;
    }
  }

  async function viewOf(assessmentId: string): Promise<AssessmentView | undefined> {
    try {
      const view = await query(assessmentId, (handle) => handle.query(assessmentViewQuery));
      known.set(assessmentId, view.config.councilId);
      return view;
    } catch (error) {
      if (AssessmentNotFoundError.isInstance(error)) return undefined;
      throw error;
    }
  }

  /** Whether the workflow has ended (published or withdrawn), so it takes no more updates. */
  async function hasEnded(assessmentId: string): Promise<boolean | undefined> {
    try {
      const description = await handleOf(assessmentId).describe();
      return description.status.name !== 'RUNNING';
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return undefined;
      throw error;
    }
  }

  /**
   * The error to throw for a failed update: the lifecycle's own error when the validator refused
   * it, `AssessmentNotFoundError` when there is no such workflow, and for an assessment whose
   * workflow has ended, the refusal `applyEvent` gives on its final state.
   */
  async function updateError(assessmentId: string, error: unknown, event: AssessmentEventInput): Promise<unknown> {
    if (error instanceof WorkflowUpdateFailedError) return lifecycleErrorFromFailure(error.cause) ?? error;
    if (!(error instanceof WorkflowNotFoundError)) return error;
    const ended = await hasEnded(assessmentId);
    if (ended === undefined) return new AssessmentNotFoundError(assessmentId);
    if (!ended) return error;
    closed.add(assessmentId);
    const view = await viewOf(assessmentId);
    if (view === undefined) return new AssessmentNotFoundError(assessmentId);
    try {
      applyEvent(view.state, event, view.config);
    } catch (refusal) {
      return refusal;
    }
    return new AscAssureError('assessment-ended', `Assessment "${assessmentId}" has ended (${view.state.stateId}): it records no more events.`);
  }

  return {
    clockMode: clock.mode,
    today,
    workflowId,

    async start(input) {
      const { assessmentId, config } = parseAssessmentStart(input);
      const view = assessmentView(assessmentId, config, initialAssessmentState());
      const workflowInput: AssessmentWorkflowInput = {
        assessmentId,
        config,
        clock: clock.mode,
        ...(simulatedToday === undefined ? {} : { today: simulatedToday }),
        ...(options.maxHistoryEvents === undefined ? {} : { maxHistoryEvents: options.maxHistoryEvents }),
        ...(options.activityTimeoutSeconds === undefined ? {} : { activityTimeoutSeconds: options.activityTimeoutSeconds }),
      };
      try {
        await client.workflow.start<typeof assessmentWorkflow>(ASSESSMENT_WORKFLOW_TYPE, {
          taskQueue,
          workflowId: workflowId(assessmentId),
          args: [workflowInput],
          // An assessment id is used once: not even a finished assessment's id is taken again.
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          workflowIdConflictPolicy: 'FAIL',
          memo: { assessmentId, councilId: config.councilId, councilName: config.councilName },
          typedSearchAttributes: assessmentSearchAttributePairs(assessmentSearchValues(view, today())),
        });
      } catch (error) {
        if (error instanceof WorkflowExecutionAlreadyStartedError) throw new AssessmentAlreadyExistsError(assessmentId);
        throw error;
      }
      known.set(assessmentId, config.councilId);
      return view;
    },

    async send(assessmentId, event) {
      try {
        const view = await handleOf(assessmentId).executeUpdate(recordEventUpdate, { args: [event] });
        known.set(assessmentId, view.config.councilId);
        return view;
      } catch (error) {
        throw await updateError(assessmentId, error, event);
      }
    },

    get: viewOf,

    async list(filter?: AssessmentListFilter): Promise<AssessmentSummary[]> {
      // This engine's assessments: its task queue (their workers answer queries) and id prefix.
      const conditions = [
        `WorkflowType = ${visibilityLiteral(ASSESSMENT_WORKFLOW_TYPE)}`,
        `TaskQueue = ${visibilityLiteral(taskQueue)}`,
        `WorkflowId STARTS_WITH ${visibilityLiteral(prefix)}`,
      ];
      if (filter?.councilId !== undefined) conditions.push(`AscAssureCouncilId = ${visibilityLiteral(filter.councilId)}`);
      const ids = new Set<string>();
      for await (const execution of client.workflow.list({ query: conditions.join(' AND ') })) ids.add(execution.workflowId.slice(prefix.length));
      for (const [assessmentId, councilId] of known) if (filter?.councilId === undefined || filter.councilId === councilId) ids.add(assessmentId);
      const views = await mapWithConcurrency([...ids].sort(), concurrency, viewOf);
      return views
        .filter((view): view is AssessmentView => view !== undefined)
        .map(assessmentSummary)
        .filter((summary) => matchesAssessmentFilter(summary, filter));
    },

    async history(assessmentId): Promise<readonly RecordedEvent[]> {
      return query(assessmentId, (handle) => handle.query(assessmentHistoryQuery));
    },

    async deadlines(assessmentId) {
      return query(assessmentId, (handle) => handle.query(assessmentDeadlinesQuery));
    },

    async notifications(assessmentId) {
      return query(assessmentId, (handle) => handle.query(assessmentNotificationsQuery));
    },

    async advanceClockTo(date) {
      if (simulatedToday === undefined) {
        throw new AscAssureError('clock-not-simulated', 'This engine runs on the workflow clock: only an engine with a simulated clock can move it.');
      }
      if (!isCalendarDate(date)) throw new AscAssureError('invalid-clock', `"${String(date)}" is not a date written YYYY-MM-DD.`);
      if (compareIsoDates(date, simulatedToday) < 0) {
        throw new AscAssureError('clock-backwards', `The simulated clock only moves forward: it is ${simulatedToday}, asked for ${date}.`);
      }
      simulatedToday = date;
      const running = [...known.keys()].filter((assessmentId) => !closed.has(assessmentId));
      await mapWithConcurrency(running, concurrency, async (assessmentId) => {
        try {
          await handleOf(assessmentId).executeUpdate(advanceClockUpdate, { args: [date] });
        } catch (error) {
          // A published or withdrawn assessment's workflow has ended: it has nothing left to send.
          if (error instanceof WorkflowNotFoundError && (await hasEnded(assessmentId)) !== false) closed.add(assessmentId);
          else throw error;
        }
      });
    },
  };
}
