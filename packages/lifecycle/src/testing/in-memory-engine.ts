import type { IsoDate } from '@asc-assure/framework';
import type { AssessmentConfig } from '../assessment-config.js';
import type { AssessmentState } from '../assessment-state.js';
import {
  assessmentSummary,
  assessmentView,
  matchesAssessmentFilter,
  parseAssessmentStart,
  type AssessmentListFilter,
  type AssessmentStartInput,
  type AssessmentSummary,
  type AssessmentView,
  type Engine,
  type Notifier,
  type RecordedEvent,
} from '../engine.js';
import type { AssessmentEventInput } from '../events.js';
import { AssessmentAlreadyExistsError, AssessmentNotFoundError } from '../lifecycle-errors.js';
import { dueNotifications } from '../notification-plan.js';
import type { AssessmentNotification } from '../render-notification.js';
import { applyEvent, initialAssessmentState } from '../transition.js';

/** Options of {@link createInMemoryEngine}. */
export interface InMemoryEngineOptions {
  /**
   * The engine's clock: an ISO date (`2024-03-18`) or timestamp (`2024-03-18T09:30:00Z`). Its
   * date part decides which notifications are due; the whole value is stored as `recordedAt`.
   */
  readonly now: () => string;
  /** Where notifications go; without one they are only collected by {@link InMemoryEngine.deliverDueNotifications}. */
  readonly notifier?: Notifier;
}

/** The in-memory reference engine: the {@link Engine} contract plus a way to deliver due notifications. */
export interface InMemoryEngine extends Engine {
  /**
   * Delivers, once each, every notification due by the clock's date, for every assessment, oldest
   * first; returns what it delivered. A notifier that throws leaves that notification (and the
   * rest) to the next call.
   */
  deliverDueNotifications(): Promise<readonly AssessmentNotification[]>;
}

interface StoredAssessment {
  readonly assessmentId: string;
  readonly config: AssessmentConfig;
  state: AssessmentState;
  readonly history: RecordedEvent[];
  readonly sentKeys: Set<string>;
}

/**
 * The simplest correct implementation of the {@link Engine} contract: assessments in a Map,
 * every change through {@link applyEvent}, notifications from {@link dueNotifications}. It is the
 * reference the conformance suite is first proved on, and a stand-in for tests of apps.
 *
 * @example
 * let today = '2024-03-18';
 * const engine = createInMemoryEngine({ now: () => today });
 * await engine.start({ assessmentId: 'glos-2024', config: { councilId: 'gloucestershire', councilName: 'Gloucestershire County Council' } });
 * await engine.send('glos-2024', { type: 'notice.received', date: today });
 */
export function createInMemoryEngine(options: InMemoryEngineOptions): InMemoryEngine {
  const assessments = new Map<string, StoredAssessment>();

  const find = (assessmentId: string): StoredAssessment => {
    const stored = assessments.get(assessmentId);
    if (stored === undefined) throw new AssessmentNotFoundError(assessmentId);
    return stored;
  };
  const viewOf = (stored: StoredAssessment): AssessmentView => assessmentView(stored.assessmentId, stored.config, stored.state);

  return {
    start(input: AssessmentStartInput): Promise<AssessmentView> {
      return Promise.resolve().then(() => {
        const { assessmentId, config } = parseAssessmentStart(input);
        if (assessments.has(assessmentId)) throw new AssessmentAlreadyExistsError(assessmentId);
        const stored: StoredAssessment = { assessmentId, config, state: initialAssessmentState(), history: [], sentKeys: new Set() };
        assessments.set(assessmentId, stored);
        return viewOf(stored);
      });
    },

    send(assessmentId: string, event: AssessmentEventInput): Promise<AssessmentView> {
      return Promise.resolve().then(() => {
        const stored = find(assessmentId);
        const applied = applyEvent(stored.state, event, stored.config);
        stored.history.push({ sequence: stored.history.length + 1, event: applied.event, recordedAt: options.now(), stateAfter: applied.snapshot });
        stored.state = applied.snapshot;
        return viewOf(stored);
      });
    },

    get(assessmentId: string): Promise<AssessmentView | undefined> {
      const stored = assessments.get(assessmentId);
      return Promise.resolve(stored === undefined ? undefined : viewOf(stored));
    },

    list(filter?: AssessmentListFilter): Promise<AssessmentSummary[]> {
      const summaries = [...assessments.values()]
        .map((stored) => assessmentSummary(viewOf(stored)))
        .filter((summary) => matchesAssessmentFilter(summary, filter))
        .sort((first, second) => (first.assessmentId < second.assessmentId ? -1 : first.assessmentId > second.assessmentId ? 1 : 0));
      return Promise.resolve(summaries);
    },

    history(assessmentId: string): Promise<readonly RecordedEvent[]> {
      return Promise.resolve().then(() => [...find(assessmentId).history]);
    },

    async deliverDueNotifications(): Promise<readonly AssessmentNotification[]> {
      const asOf: IsoDate = options.now().slice(0, 10);
      const delivered: AssessmentNotification[] = [];
      for (const stored of assessments.values()) {
        for (const notification of dueNotifications(stored, { asOf, sentKeys: stored.sentKeys })) {
          await options.notifier?.notify(notification);
          stored.sentKeys.add(notification.key);
          delivered.push(notification);
        }
      }
      return delivered;
    },
  };
}
