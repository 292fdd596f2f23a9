import { afterAll, beforeAll, describe } from 'vitest';
import type { Store } from '../open-store.js';
import { describeActionPlanSuite } from './action-plan-suite.js';
import { describeAssessmentRecordsSuite } from './assessment-records-suite.js';
import { describeAssessmentsSuite } from './assessments-suite.js';
import { describeAuditLogSuite } from './audit-log-suite.js';
import { describeDeadlinesSuite } from './deadlines-suite.js';
import { describeEventsSuite } from './events-suite.js';
import { describeEvidenceItemsSuite } from './evidence-items-suite.js';
import { describeSelfAssessmentSuite } from './self-assessment-suite.js';
import { openTestStore } from './test-stores.js';
import type { TestStore, TestStoreKind } from './test-stores.js';

/**
 * The repository suite: every repository's behaviour, run unchanged against one kind of store.
 * Each test works in a council of its own, so one store serves the whole suite.
 */
export function describeStoreSuite(kind: TestStoreKind): void {
  describe(`the store on ${kind}`, () => {
    let testStore: TestStore | undefined;
    let openError: unknown;
    // A store that cannot open (no DATABASE_URL, no server) makes every test fail with the
    // reason; failing in the hook instead would only mark the tests skipped.
    beforeAll(async () => {
      try {
        testStore = await openTestStore(kind);
      } catch (error) {
        openError = error;
      }
    });
    afterAll(async () => {
      await testStore?.cleanup();
    });
    const store = (): Store => {
      if (testStore !== undefined) return testStore.store;
      throw openError instanceof Error ? openError : new Error(`The ${kind} store did not open.`);
    };
    describeAssessmentsSuite(store);
    describeEventsSuite(store);
    describeDeadlinesSuite(store);
    describeEvidenceItemsSuite(store);
    describeSelfAssessmentSuite(store);
    describeActionPlanSuite(store);
    describeAssessmentRecordsSuite(store);
    describeAuditLogSuite(store);
  });
}
