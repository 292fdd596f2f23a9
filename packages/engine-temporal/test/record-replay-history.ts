// Records the history of one whole simulated assessment (all six stages, reminders, a moved
// date) for replay-compatibility.test.ts. Run it again only when a history from the new workflow
// code should join the ones kept (keep the old files: running assessments still have them).
//
//   TEMPORAL_ADDRESS=127.0.0.1:7233 npx tsx test/record-replay-history.ts test/fixtures/assessment-history-v1.binpb
import { writeFileSync } from 'node:fs';
import { EXAMPLE_ASSESSMENT_CONFIG, EXAMPLE_ASSESSMENT_EVENTS } from '@asc-assure/lifecycle/fixtures';
import { openStore } from '@asc-assure/store';
import proto from '@temporalio/proto';
import { bundleHubWorkflows, createTemporalEngine } from '../src/index.js';
import { startTestHub, temporalTestAddress, uniqueName } from './hub-test-support.js';

const [target] = process.argv.slice(2);
if (target === undefined) throw new Error('usage: record-replay-history.ts <file.binpb>');
temporalTestAddress();
const store = await openStore({ kind: 'pglite' });
const hub = await startTestHub({ store, notifier: { notify: () => Promise.resolve() }, workflowBundle: await bundleHubWorkflows() });
try {
  const engine = createTemporalEngine({ client: hub.client, taskQueue: hub.taskQueue, clock: { mode: 'simulated', start: '2024-03-01' }, workflowIdPrefix: `${uniqueName('record')}:` });
  await engine.start({ assessmentId: 'replayed-2024', config: EXAMPLE_ASSESSMENT_CONFIG });
  for (const event of EXAMPLE_ASSESSMENT_EVENTS) {
    await engine.advanceClockTo(event.date);
    await engine.send('replayed-2024', event);
    if (event.type === 'data-review.checked') {
      await engine.advanceClockTo('2024-03-25');
      await engine.send('replayed-2024', { type: 'date.moved', date: '2024-03-25', which: 'information-return-due', to: '2024-04-15', reason: 'CQC agreed a week more because of the Easter closure' });
    }
  }
  const handle = hub.client.workflow.getHandle(engine.workflowId('replayed-2024'));
  await handle.result();
  writeFileSync(target, proto.temporal.api.history.v1.History.encode(await handle.fetchHistory()).finish());
  console.log(`Wrote ${target} (${engine.workflowId('replayed-2024')}).`);
} finally {
  await hub.stop();
  await store.close();
}
