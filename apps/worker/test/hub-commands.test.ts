import { randomUUID } from 'node:crypto';
import { createActivities, createHubWorker } from '@asc-assure/engine-temporal';
import { EventRefusedError } from '@asc-assure/lifecycle';
import { openTestStore, type TestStore } from '@asc-assure/store/testing';
import { InvalidInputError } from '@asc-assure/framework';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerHubCommands, type HubCommandHost } from '../src/hub-commands.js';
import { temporalTestAddress, uniqueName } from './worker-test-support.js';

Runtime.install({ logger: new DefaultLogger('WARN') });

/** Records what the hub commands register, and runs an action as commander would. */
class RecordedCommand implements HubCommandHost {
  readonly children: RecordedCommand[] = [];
  handler: ((...args: unknown[]) => void | Promise<void>) | undefined;
  constructor(readonly spec: string) {}
  command(nameAndArguments: string): RecordedCommand {
    const child = new RecordedCommand(nameAndArguments);
    this.children.push(child);
    return child;
  }
  description(): this {
    return this;
  }
  option(): this {
    return this;
  }
  requiredOption(): this {
    return this;
  }
  action(handler: (...args: unknown[]) => void | Promise<void>): this {
    this.handler = handler;
    return this;
  }
  /** Runs `hub <name>` with positional arguments and options, the way commander 14 calls actions. */
  async run(name: string, positionals: readonly unknown[], options: Record<string, unknown> = {}): Promise<void> {
    const hub = this.children.find((child) => child.spec === 'hub');
    const command = hub?.children.find((child) => child.spec.split(' ')[0] === name);
    if (command?.handler === undefined) throw new Error(`no command hub ${name}`);
    await command.handler(...positionals, options, { opts: () => options });
  }
}

describe('the hub commands', () => {
  const address = temporalTestAddress();
  const taskQueue = uniqueName('hub-commands');
  const councilId = `council-${randomUUID().slice(0, 8)}`;
  const assessmentId = `${councilId}-2024`;
  const printed: string[] = [];
  const program = new RecordedCommand('asc-assure');
  let testStore: TestStore;
  let workerConnection: NativeConnection;
  let worker: Worker;
  let running: Promise<void>;

  registerHubCommands(program, { output: { write: (text: string) => printed.push(text) }, environment: { TEMPORAL_ADDRESS: address, ASC_ASSURE_TASK_QUEUE: taskQueue } });
  const printedLast = () => printed.at(-1) ?? '';

  beforeAll(async () => {
    testStore = await openTestStore('pglite-memory');
    workerConnection = await NativeConnection.connect({ address });
    worker = await createHubWorker({ connection: workerConnection, taskQueue, activities: createActivities({ store: testStore.store }) });
    running = worker.run();
  });

  afterAll(async () => {
    const connection = await Connection.connect({ address });
    await new Client({ connection }).workflow.getHandle(`asc-assure-assessment:${assessmentId}`).terminate('test finished').catch(() => undefined);
    await connection.close();
    worker?.shutdown();
    await running;
    await workerConnection?.close();
    await testStore?.cleanup();
  });

  it('registers start, list, open, send and status under hub', () => {
    expect(program.children.map((child) => child.spec)).toEqual(['hub']);
    expect(program.children[0]!.children.map((child) => child.spec)).toEqual(['start', 'list', 'open <assessment-id>', 'send <assessment-id> <event-json>', 'status [assessment-id]']);
  });

  it('a hub officer opens an assessment, records the notice, and sees it listed at stage 3 with its deadline', async () => {
    await program.run('open', [assessmentId], { councilId, councilName: 'Test County Council' });
    expect(printedLast()).toContain(`Started assessment ${assessmentId} of Test County Council`);

    await program.run('send', [assessmentId, '{"type":"notice.received","date":"2024-03-18"}']);
    expect(printedLast()).toContain('Stage 3 (Information Return): information-return, after 1 event(s)');
    expect(printedLast()).toContain('Next deadline: Information Return due Monday 8 April 2024');

    await program.run('list', [], { council: councilId });
    expect(printedLast()).toMatch(new RegExp(`${assessmentId}\\s+Test County Council\\s+3\\s+`));
    await program.run('list', [], { council: councilId, stage: '3', json: true });
    expect((JSON.parse(printedLast()) as { assessmentId: string }[]).map((summary) => summary.assessmentId)).toEqual([assessmentId]);
    await program.run('list', [], { council: councilId, stage: '4' });
    expect(printedLast()).toBe('No assessments on this hub match.\n');

    await program.run('status', [assessmentId]);
    expect(printedLast()).toContain('Information Return due');
    await program.run('status', []);
    expect(printedLast()).toContain('A worker is polling');
  });

  it('a refused event, bad JSON or a bad stage is reported as the lifecycle reports it, and changes nothing', async () => {
    await expect(program.run('send', [assessmentId, '{"type":"onsite.finished","date":"2024-03-20"}'])).rejects.toSatisfy((error) => EventRefusedError.isInstance(error) && error.code === 'event-not-allowed');
    await expect(program.run('send', [assessmentId, '{type: notice}'])).rejects.toSatisfy((error) => InvalidInputError.isInstance(error));
    await expect(program.run('list', [], { stage: '9' })).rejects.toSatisfy((error) => InvalidInputError.isInstance(error));
    await expect(program.run('status', ['no-such-assessment'])).rejects.toSatisfy((error) => InvalidInputError.isInstance(error));
    await program.run('status', [assessmentId]);
    expect(printedLast()).toContain('after 1 event(s)');
  });

  it('unusable settings are refused before connecting', async () => {
    const broken = new RecordedCommand('asc-assure');
    registerHubCommands(broken, { output: { write: () => undefined }, environment: { TEMPORAL_ADDRESS: 'nowhere' } });
    await expect(broken.run('list', [])).rejects.toSatisfy((error) => InvalidInputError.isInstance(error) && error.message.includes('TEMPORAL_ADDRESS'));
  });
});
