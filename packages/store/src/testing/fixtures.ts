import { createAssessment } from '../assessments.js';
import type { AssessmentRecord } from '../assessments.js';
import { saveCouncil } from '../councils.js';
import type { Store, StoreExecutor } from '../open-store.js';
import { uniqueId } from './test-stores.js';

/** Reaches the store a suite runs against (opened in the suite's `beforeAll`). */
export type GetStore = () => Store;

/** A council of its own for one test, so tests sharing a store never see each other's rows. */
export async function seedCouncil(executor: StoreExecutor, name = 'Testshire County Council'): Promise<string> {
  const council = await saveCouncil(executor, { id: uniqueId('council'), name });
  return council.id;
}

/** A council and one assessment of it, at the notice stage. */
export async function seedAssessment(executor: StoreExecutor, councilId?: string): Promise<AssessmentRecord> {
  const owner = councilId ?? (await seedCouncil(executor));
  return createAssessment(executor, {
    councilId: owner,
    config: { frameworkVersion: '2024-01', informationReturnWeeks: 3 },
    stateId: 'notice.received',
    stage: 'notice',
  });
}

/** Resolves once `parties` callers are waiting: lets two transactions reach a point together. */
export function createBarrier(parties: number): () => Promise<void> {
  let waiting = 0;
  let release: () => void = () => undefined;
  const allArrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  return () => {
    waiting += 1;
    if (waiting === parties) release();
    return allArrived;
  };
}

/** Thrown inside a transaction to roll it back on purpose. */
export class RollBack extends Error {
  constructor() {
    super('rolled back on purpose');
  }
}
