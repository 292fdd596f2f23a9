import type { Engine } from '@asc-assure/lifecycle';
import { describeEngineConformance } from '@asc-assure/lifecycle/testing';
import { openTestStore, type TestStore } from '@asc-assure/store/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { afterAll, beforeAll } from 'vitest';
import { createRecordingNotifier, startTestHub, terminateRunning, uniqueName, type TestHub } from '../test/hub-test-support.js';
import { bundleHubWorkflows } from './worker.js';
import { createTemporalEngine } from './temporal-engine.js';

// The same suite engine-local and the in-memory reference engine pass, on a real Temporal dev
// server: same events on the same dates give the same states, deadlines, history and
// notifications. One workflow bundle and one worker for the file; each test gets its own
// workflow id prefix and a simulated clock starting on 1 March 2024.
const notifier = createRecordingNotifier();
let bundle: WorkflowBundleWithSourceMap;
let testStore: TestStore;
let hub: TestHub;

beforeAll(async () => {
  bundle = await bundleHubWorkflows();
  testStore = await openTestStore('pglite-memory');
  hub = await startTestHub({ store: testStore.store, notifier, workflowBundle: bundle });
});

afterAll(async () => {
  await hub?.stop();
  await testStore?.cleanup();
});

describeEngineConformance(
  'engine-temporal on a Temporal dev server',
  () => {
    notifier.clear();
    const engine = createTemporalEngine({
      client: hub.client,
      taskQueue: hub.taskQueue,
      clock: { mode: 'simulated', start: '2024-03-01' },
      workflowIdPrefix: `${uniqueName('conformance')}:`,
    });
    const started: string[] = [];
    const recordingStarts: Engine = {
      ...engine,
      start: async (input) => {
        const view = await engine.start(input);
        started.push(engine.workflowId(view.assessmentId));
        return view;
      },
    };
    return {
      engine: recordingStarts,
      advanceClockTo: (date) => engine.advanceClockTo(date),
      notifications: () => notifier.delivered,
      dispose: () => terminateRunning(hub.client, started),
    };
  },
  { timeoutMs: 120_000 },
);
