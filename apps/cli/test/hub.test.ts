import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { openStore } from '@asc-assure/store';
import { randomSchemaName, testDatabaseUrl } from '@asc-assure/store/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BINARY, makeTemporaryFolder, parseJsonOutput, runCli } from './run-cli.js';

/** Shown when the tests run without a Temporal server: they fail, they are never skipped. */
function temporalAddress(): string {
  const address = process.env.TEMPORAL_ADDRESS;
  if (address === undefined || address === '') {
    throw new Error('TEMPORAL_ADDRESS is not set. Run `npm test` from the repository root: it starts a Temporal dev server and PostgreSQL.');
  }
  return address;
}

interface Status {
  readonly stage: number;
  readonly stateId: string;
  readonly deadlines: readonly { id: string; dueDate: string; status: string }[];
}

/**
 * A hub officer's day with the command line alone: `asc-assure hub start` runs the worker, and a
 * council's workspace drives its assessment on the hub with `--engine temporal` (or
 * ASC_ASSURE_ENGINE=temporal), the same commands as on its own.
 */
describe('asc-assure hub and --engine temporal, on a real Temporal dev server and PostgreSQL', () => {
  const suffix = randomUUID().slice(0, 8);
  const councilId = `hubtest-${suffix}`;
  const assessmentId = `${councilId}-2026`;
  const schema = randomSchemaName('cli_hub_test');
  const hubEnv: Record<string, string> = {
    TEMPORAL_ADDRESS: temporalAddress(),
    ASC_ASSURE_TASK_QUEUE: `cli-hub-${suffix}`,
    DATABASE_URL: testDatabaseUrl(),
    ASC_ASSURE_DATABASE_SCHEMA: schema,
  };
  // The council's workspace keeps its own embedded database; only the lifecycle is on the hub.
  const councilEnv: Record<string, string> = { TEMPORAL_ADDRESS: hubEnv.TEMPORAL_ADDRESS!, ASC_ASSURE_TASK_QUEUE: hubEnv.ASC_ASSURE_TASK_QUEUE! };
  let worker: ChildProcess;
  let workerLog = '';
  let folder: { folder: string; remove: () => Promise<void> };

  beforeAll(async () => {
    folder = await makeTemporaryFolder();
    worker = spawn(process.execPath, [BINARY, 'hub', 'start'], { env: { PATH: process.env.PATH ?? '', ...hubEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    worker.stdout!.setEncoding('utf8').on('data', (chunk: string) => (workerLog += chunk));
    worker.stderr!.setEncoding('utf8').on('data', (chunk: string) => (workerLog += chunk));
    const deadline = Date.now() + 90_000;
    while (!workerLog.includes('hub worker started')) {
      if (worker.exitCode !== null) throw new Error(`asc-assure hub start exited with ${worker.exitCode}:\n${workerLog}`);
      if (Date.now() > deadline) throw new Error(`asc-assure hub start did not report it was running in 90 s:\n${workerLog}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  afterAll(async () => {
    if (worker !== undefined && worker.exitCode === null) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
    }
    await folder?.remove();
    const store = await openStore({ kind: 'postgres', connectionString: testDatabaseUrl(), schema });
    try {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
    } finally {
      await store.close();
    }
  });

  it('init --engine temporal opens the assessment on the hub, and hub list shows it', async () => {
    const init = await runCli(['--engine', 'temporal', 'init', '--council-name', 'Hubtest County Council', '--council-id', councilId, '--assessment-id', assessmentId], {
      cwd: folder.folder,
      env: councilEnv,
    });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(`${assessmentId}, on the hub's Temporal cluster`);

    const listed = await runCli(['hub', 'list', '--council', councilId, '--json'], { cwd: folder.folder, env: councilEnv });
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as { assessmentId: string; stage: number }[]).map((summary) => [summary.assessmentId, summary.stage])).toEqual([[assessmentId, 1]]);
  });

  it('event and status with ASC_ASSURE_ENGINE=temporal go to the hub, and the local engine knows nothing of them', async () => {
    const env = { ...councilEnv, ASC_ASSURE_ENGINE: 'temporal' };
    const notice = await runCli(['event', 'notice.received', '--date', '2026-03-02'], { cwd: folder.folder, env });
    expect(notice.stderr).toBe('');
    expect(notice.code).toBe(0);
    expect(notice.stdout).toContain('Information Return due: Monday 23 March 2026');

    const onHub = parseJsonOutput<Status>(await runCli(['status', '--json'], { cwd: folder.folder, env }));
    expect(onHub).toMatchObject({ stage: 3, stateId: 'information-return' });
    expect(onHub.deadlines).toEqual([expect.objectContaining({ id: 'information-return', dueDate: '2026-03-23', status: 'open' })]);

    // --engine wins over the environment; the workspace's own database never saw the assessment.
    const local = await runCli(['status', '--json', '--engine', 'local'], { cwd: folder.folder, env });
    expect(local.code).toBe(4);
    expect(local.stderr).toContain(`The database does not hold assessment ${assessmentId}`);
  });

  it('an event the hub refuses exits 3 with what can be recorded now, and changes nothing', async () => {
    const env = { ...councilEnv, ASC_ASSURE_ENGINE: 'temporal' };
    const refused = await runCli(['event', 'onsite.finished', '--date', '2026-03-04'], { cwd: folder.folder, env });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('What can be recorded now:');
    const after = parseJsonOutput<Status>(await runCli(['status', '--json'], { cwd: folder.folder, env }));
    expect(after.stateId).toBe('information-return');
  });

  it('an assessment the hub does not have is explained, with the command that opens it', async () => {
    const other = await makeTemporaryFolder();
    try {
      const env = { ...councilEnv, ASC_ASSURE_HOME: other.folder };
      expect((await runCli(['init', '--council-name', 'Elsewhere Council', '--assessment-id', `elsewhere-${suffix}`], { cwd: other.folder, env })).code).toBe(0);
      const missing = await runCli(['status', '--engine', 'temporal'], { cwd: other.folder, env });
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain(`The hub has no assessment elsewhere-${suffix}`);
      expect(missing.stderr).toContain(`asc-assure hub open elsewhere-${suffix}`);
    } finally {
      await other.remove();
    }
  });

  it('hub status reports a polling worker and the assessment by stage', async () => {
    const status = await runCli(['hub', 'status'], { cwd: folder.folder, env: councilEnv });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('A worker is polling');
  });

  it('an unreachable Temporal server or a bad ASC_ASSURE_ENGINE is explained, not a stack trace', async () => {
    const unreachable = await runCli(['status', '--engine', 'temporal'], { cwd: folder.folder, env: { TEMPORAL_ADDRESS: '127.0.0.1:1' } });
    expect(unreachable.code).toBe(4);
    expect(unreachable.stderr).toContain('Could not connect to Temporal at 127.0.0.1:1');
    expect(unreachable.stderr).not.toMatch(/\n\s+at /);

    const badEngine = await runCli(['status'], { cwd: folder.folder, env: { ASC_ASSURE_ENGINE: 'cloud' } });
    expect(badEngine.code).toBe(2);
    expect(badEngine.stderr).toContain('ASC_ASSURE_ENGINE: must be local or temporal');
  });
});
