import type { AssessmentNotification } from '@asc-assure/lifecycle';
import { describeEngineConformance } from '@asc-assure/lifecycle/testing';
import { openTestStore, type TestStoreKind } from '@asc-assure/store/testing';
import { createManualClock } from './clock.js';
import { createLocalEngine } from './local-engine.js';

// The same suite the in-memory reference engine and the Temporal engine pass: same events on the
// same dates give the same states, deadlines, history and notifications.
const kinds: readonly TestStoreKind[] = ['pglite-memory', 'pglite-data-dir', 'postgres'];

for (const kind of kinds) {
  describeEngineConformance(`engine-local over ${kind}`, async () => {
    const testStore = await openTestStore(kind);
    const { store } = testStore;
    const clock = createManualClock('2024-03-01');
    const delivered: AssessmentNotification[] = [];
    const engine = createLocalEngine({
      store,
      clock,
      notifier: {
        notify: (notification) => {
          delivered.push(notification);
          return Promise.resolve();
        },
      },
    });
    return {
      engine,
      advanceClockTo: async (date) => {
        clock.set(date);
        await engine.deliverDueNotifications();
      },
      notifications: () => delivered,
      dispose: async () => {
        await engine.close();
        await testStore.cleanup();
      },
    };
  });
}
