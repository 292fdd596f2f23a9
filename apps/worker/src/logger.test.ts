import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseWorkerEnvironment } from './env.js';
import { hubNotifierFromEnvironment } from './hub-notifier.js';
import { createWorkerLogger, temporalLoggerFor } from './logger.js';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe("the worker's structured log", () => {
  it("Temporal's own lines land in the same JSON log, at the matching level, with their fields", () => {
    const { stream, lines } = capture();
    const temporal = temporalLoggerFor(createWorkerLogger('debug', stream));
    temporal.info('Worker state changed', { sdkComponent: 'worker', taskQueue: 'asc-assure-hub' });
    temporal.log('WARN', 'Workflow task took long', { workflowId: 'asc-assure-assessment:glos-2024' });
    temporal.trace('not shown at debug');
    expect(lines().map(({ level, msg, taskQueue, workflowId, service }) => ({ level, msg, taskQueue, workflowId, service }))).toEqual([
      { level: 30, msg: 'Worker state changed', taskQueue: 'asc-assure-hub', workflowId: undefined, service: 'asc-assure-worker' },
      { level: 40, msg: 'Workflow task took long', taskQueue: undefined, workflowId: 'asc-assure-assessment:glos-2024', service: 'asc-assure-worker' },
    ]);
  });

  it('every reminder is logged with its key, whatever else delivers it', async () => {
    const { stream, lines } = capture();
    const parsed = parseWorkerEnvironment({ ASC_ASSURE_WEBHOOK_URL: 'http://127.0.0.1:9/unused' });
    if (!parsed.ok) throw new Error('settings refused');
    const hub = hubNotifierFromEnvironment({ ...parsed.env, ASC_ASSURE_WEBHOOK_URL: undefined }, createWorkerLogger('info', stream));
    expect(hub.channel).toBe('log');
    expect(hubNotifierFromEnvironment(parsed.env, createWorkerLogger('silent')).channel).toBe('webhook');
    await hub.notifier.notify({
      key: 'glos-2024:information-return:2024-04-08:reminder-5',
      kind: 'reminder',
      assessmentId: 'glos-2024',
      councilId: 'gloucestershire',
      councilName: 'Gloucestershire County Council',
      sendOn: '2024-03-28',
      subject: 'Reminder: Information Return due Monday 8 April 2024 (5 working days left) – Gloucestershire County Council',
    } as Parameters<typeof hub.notifier.notify>[0]);
    expect(lines()[0]).toMatchObject({ key: 'glos-2024:information-return:2024-04-08:reminder-5', councilId: 'gloucestershire', msg: expect.stringContaining('Reminder: Information Return due') });
    hub.close();
  });
});
