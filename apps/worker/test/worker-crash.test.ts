import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addCalendarDays } from '@asc-assure/framework';
import { createTemporalEngine } from '@asc-assure/engine-temporal';
import { EXAMPLE_ASSESSMENT_CONFIG, EXAMPLE_ASSESSMENT_EVENTS } from '@asc-assure/lifecycle/testing';
import { listAssessmentEvents, listSentKeys, verifyAuditLog } from '@asc-assure/store';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkflowBundle } from '../src/run-hub-worker.js';
import {
  openHubSchema,
  referenceNotificationKeys,
  spawnWorker,
  startWebhookRecorder,
  temporalTestAddress,
  testDatabaseUrl,
  uniqueName,
  type WalkStep,
  type WorkerChild,
} from './worker-test-support.js';

const KILLS = 4;
const ASSESSMENTS = 5;
const FIRST_DAY = '2024-03-01';
const LAST_DAY = '2024-11-15';

/** A small seeded generator, so a failing run can be repeated with ASC_ASSURE_CRASH_SEED. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every day from the first to the last, with the example's events of that day. */
function everyDay(): WalkStep[] {
  const steps: WalkStep[] = [];
  for (let day = FIRST_DAY; day <= LAST_DAY; day = addCalendarDays(day, 1)) {
    steps.push({ date: day, events: EXAMPLE_ASSESSMENT_EVENTS.filter((event) => event.date === day) });
  }
  return steps;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a hub worker killed in the middle of assessments', () => {
  const address = temporalTestAddress();
  const folder = mkdtempSync(join(tmpdir(), 'asc-assure-worker-crash-'));
  const bundlePath = join(folder, 'workflow-bundle.js');
  let hubSchema: Awaited<ReturnType<typeof openHubSchema>>;
  let connection: Connection;

  beforeAll(async () => {
    hubSchema = await openHubSchema();
    connection = await Connection.connect({ address });
    // Bundled once, so each restart takes a moment rather than a webpack run.
    await writeWorkflowBundle(bundlePath);
  });

  afterAll(async () => {
    await connection?.close();
    await hubSchema?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it(`killed with SIGKILL ${KILLS} times and restarted, every assessment finishes with all its events and each reminder is recorded once`, async () => {
    const seed = Number(process.env.ASC_ASSURE_CRASH_SEED ?? Date.now() % 1_000_000);
    const random = seededRandom(seed);
    const taskQueue = uniqueName('worker-crash');
    const webhook = await startWebhookRecorder();
    const workerEnv = {
      TEMPORAL_ADDRESS: address,
      ASC_ASSURE_TASK_QUEUE: taskQueue,
      DATABASE_URL: testDatabaseUrl(),
      ASC_ASSURE_DATABASE_SCHEMA: hubSchema.schema,
      ASC_ASSURE_WEBHOOK_URL: webhook.url,
      ASC_ASSURE_WORKFLOW_BUNDLE: bundlePath,
      LOG_LEVEL: 'warn',
    };
    const startWorker = async (): Promise<WorkerChild> => {
      const worker = spawnWorker({ ...workerEnv, LOG_LEVEL: 'info' });
      await worker.waitForLog('hub worker started', 120_000);
      return worker;
    };
    const client = new Client({ connection });
    // A short activity timeout: a delivery cut off by the kill is retried within seconds.
    const engine = createTemporalEngine({ client, taskQueue, clock: { mode: 'simulated', start: FIRST_DAY }, workflowIdPrefix: `${uniqueName('crash')}:`, activityTimeoutSeconds: 5 });
    const assessmentIds = Array.from({ length: ASSESSMENTS }, (_, index) => `crash-${index + 1}`);
    const acknowledged = new Map<string, number>(assessmentIds.map((assessmentId) => [assessmentId, 0]));
    const steps = everyDay();
    let current = await startWorker();
    let walkFinished = false;
    let killsDuringWalk = 0;

    try {
      for (const assessmentId of assessmentIds) await engine.start({ assessmentId, config: EXAMPLE_ASSESSMENT_CONFIG });
      const walk = (async () => {
        for (const step of steps) {
          await engine.advanceClockTo(step.date);
          await Promise.all(
            assessmentIds.map(async (assessmentId) => {
              for (const event of step.events) {
                const view = await engine.send(assessmentId, event);
                acknowledged.set(assessmentId, view.state.version);
              }
            }),
          );
        }
        walkFinished = true;
      })();

      for (let kill = 0; kill < KILLS; kill += 1) {
        await Promise.race([sleep(1_000 + random() * 3_000), walk]);
        if (walkFinished) break;
        current.child.kill('SIGKILL');
        expect((await current.exited).signal).toBe('SIGKILL');
        killsDuringWalk += 1;
        current = await startWorker();
      }
      await walk;

      expect(killsDuringWalk, `the walk finished after ${killsDuringWalk} kills (seed ${seed})`).toBe(KILLS);
      const expected = await referenceNotificationKeys(assessmentIds, EXAMPLE_ASSESSMENT_CONFIG, steps);
      const { store } = hubSchema;
      for (const assessmentId of assessmentIds) {
        const result: unknown = await client.workflow.getHandle(engine.workflowId(assessmentId)).result();
        expect(result, `${assessmentId} (seed ${seed})`).toMatchObject({ view: { state: { stateId: 'published', version: EXAMPLE_ASSESSMENT_EVENTS.length } } });
        expect(acknowledged.get(assessmentId)).toBe(EXAMPLE_ASSESSMENT_EVENTS.length);
        const events = await listAssessmentEvents(store, assessmentId);
        expect(events.map((event) => event.event), `${assessmentId} events (seed ${seed})`).toEqual(
          (await engine.history(assessmentId)).map((recorded) => JSON.parse(JSON.stringify(recorded.event)) as unknown),
        );
        expect(events).toHaveLength(EXAMPLE_ASSESSMENT_EVENTS.length);
      }
      const recorded: string[] = [];
      for (const assessmentId of assessmentIds) recorded.push(...(await listSentKeys(store, assessmentId)));
      expect(recorded.sort(), `notifications recorded (seed ${seed})`).toEqual(expected);
      expect(new Set(recorded).size).toBe(recorded.length);

      // Delivery and its record commit together: only a delivery cut off by a kill between the
      // webhook call and the commit can reach the webhook twice, with the same key.
      const delivered = webhook.keys;
      expect(new Set(delivered)).toEqual(new Set(expected));
      const redelivered = delivered.length - new Set(delivered).size;
      expect(redelivered, `redeliveries (seed ${seed})`).toBeLessThanOrEqual(KILLS);
      expect((await verifyAuditLog(store)).ok).toBe(true);
      console.info(
        `worker crash test (seed ${seed}): ${killsDuringWalk} kills during the walk; ${ASSESSMENTS} assessments published with ${EXAMPLE_ASSESSMENT_EVENTS.length} events each; ${recorded.length} notifications recorded once each; ${redelivered} redelivered to the webhook after a kill mid-delivery`,
      );
    } finally {
      current.child.kill('SIGTERM');
      await current.exited;
      await webhook.close();
    }
  }, 600_000);
});
