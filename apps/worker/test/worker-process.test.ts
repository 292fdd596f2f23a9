import { createTemporalEngine } from '@asc-assure/engine-temporal';
import { parseAssessmentConfig, replay } from '@asc-assure/lifecycle';
import { EXAMPLE_ASSESSMENT_CONFIG, EXAMPLE_ASSESSMENT_EVENTS } from '@asc-assure/lifecycle/testing';
import { getAssessment, getAssessmentSnapshot, listAssessmentEvents, listSentKeys, verifyAuditLog } from '@asc-assure/store';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openHubSchema,
  referenceNotificationKeys,
  spawnWorker,
  startWebhookRecorder,
  temporalTestAddress,
  testDatabaseUrl,
  uniqueName,
  walkByEventDates,
} from './worker-test-support.js';

describe('the hub worker process', () => {
  const address = temporalTestAddress();
  const databaseUrl = testDatabaseUrl();
  let hubSchema: Awaited<ReturnType<typeof openHubSchema>>;
  let connection: Connection;

  beforeAll(async () => {
    hubSchema = await openHubSchema();
    connection = await Connection.connect({ address });
  });

  afterAll(async () => {
    await connection?.close();
    await hubSchema?.drop();
  });

  it('runs an assessment through all six stages, writes the read model, and stops cleanly on SIGTERM', async () => {
    const taskQueue = uniqueName('worker-process');
    const webhook = await startWebhookRecorder();
    const worker = spawnWorker({
      TEMPORAL_ADDRESS: address,
      ASC_ASSURE_TASK_QUEUE: taskQueue,
      DATABASE_URL: databaseUrl,
      ASC_ASSURE_DATABASE_SCHEMA: hubSchema.schema,
      ASC_ASSURE_WEBHOOK_URL: webhook.url,
      LOG_LEVEL: 'info',
    });
    try {
      const started = await worker.waitForLog('hub worker started', 120_000);
      expect(started).toMatchObject({ taskQueue, namespace: 'default', channel: 'webhook', service: 'asc-assure-worker' });

      const engine = createTemporalEngine({ client: new Client({ connection }), taskQueue, clock: { mode: 'simulated', start: '2024-03-01' }, workflowIdPrefix: `${uniqueName('process')}:` });
      const assessmentId = uniqueName('glos');
      await engine.start({ assessmentId, config: EXAMPLE_ASSESSMENT_CONFIG });
      const steps = walkByEventDates(EXAMPLE_ASSESSMENT_EVENTS);
      for (const step of steps) {
        await engine.advanceClockTo(step.date);
        for (const event of step.events) await engine.send(assessmentId, event);
      }
      const result: unknown = await new Client({ connection }).workflow.getHandle(engine.workflowId(assessmentId)).result();
      expect(result).toMatchObject({ view: { state: { stateId: 'published', version: EXAMPLE_ASSESSMENT_EVENTS.length } } });

      const { store } = hubSchema;
      const events = await listAssessmentEvents(store, assessmentId);
      expect(events.map((event) => event.sequence)).toEqual(EXAMPLE_ASSESSMENT_EVENTS.map((_, index) => index + 1));
      const config = parseAssessmentConfig(EXAMPLE_ASSESSMENT_CONFIG);
      expect((await getAssessmentSnapshot(store, assessmentId))?.snapshot).toEqual(JSON.parse(JSON.stringify(replay(events.map((event) => event.event), config))));
      expect(await getAssessment(store, assessmentId)).toMatchObject({ councilId: 'gloucestershire', stateId: 'published', stage: '6', nextDeadline: null, overdue: false });

      const expected = await referenceNotificationKeys([assessmentId], EXAMPLE_ASSESSMENT_CONFIG, steps);
      expect(expected.length).toBeGreaterThan(0);
      expect([...(await listSentKeys(store, assessmentId))].sort()).toEqual(expected);
      expect([...webhook.keys].sort()).toEqual(expected);
      expect((await verifyAuditLog(store)).ok).toBe(true);

      worker.child.kill('SIGTERM');
      const exit = await worker.exited;
      expect(exit).toEqual({ code: 0, signal: null });
      expect(worker.lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['hub worker stopping: finishing running tasks', 'hub worker stopped']));
      expect(worker.stderr()).toBe('');
    } finally {
      if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
      await webhook.close();
    }
  });

  it('refuses to start without a database, saying what to set', async () => {
    const worker = spawnWorker({ TEMPORAL_ADDRESS: address, LOG_LEVEL: 'info' });
    const exit = await worker.exited;
    expect(exit.code).toBe(1);
    expect(worker.lines.find((line) => line.level === 60)?.msg).toContain('DATABASE_URL is not set');
  });

  it('refuses settings it cannot use, listing every problem, before connecting to anything', async () => {
    const worker = spawnWorker({ TEMPORAL_ADDRESS: 'not an address', LOG_LEVEL: 'loud', ASC_ASSURE_SMTP_URL: 'smtp://mail.example.gov.uk' });
    const exit = await worker.exited;
    expect(exit.code).toBe(2);
    expect(worker.stderr()).toContain('TEMPORAL_ADDRESS: must be host:port');
    expect(worker.stderr()).toContain('LOG_LEVEL: must be one of');
  });
});
