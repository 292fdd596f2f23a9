import { readFileSync } from 'node:fs';
import proto from '@temporalio/proto';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { describe, it } from 'vitest';
import { bundleHubWorkflows } from '../src/index.js';

Runtime.install({ logger: new DefaultLogger('WARN') });

// Histories recorded by earlier versions of the workflow code (test/record-replay-history.ts).
// Assessments run for months, so a new worker must replay every history an older one wrote:
// a change to the workflow or to the lifecycle rules it runs that would make a running
// assessment take another path fails here, and needs a patched() gate (see the README).
const RECORDED_HISTORIES = ['assessment-history-v1.binpb'];

describe('the workflow code replays the histories earlier versions recorded', () => {
  for (const file of RECORDED_HISTORIES) {
    it(`${file}: a whole assessment with a moved date and reminders replays without a nondeterminism error`, async () => {
      const bytes = readFileSync(new URL(`./fixtures/${file}`, import.meta.url));
      const history = proto.temporal.api.history.v1.History.decode(bytes);
      await Worker.runReplayHistory({ workflowBundle: await bundleHubWorkflows() }, history, file);
    });
  }
});
