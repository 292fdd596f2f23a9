import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTemporaryFolder, parseJsonOutput, runCli } from './run-cli.js';

let folder: string;
let remove: () => Promise<void>;
beforeAll(async () => ({ folder, remove } = await makeTemporaryFolder()));
afterAll(async () => remove());

describe('asc-assure init', () => {
  it('tells a council officer to run init first when there is no workspace', async () => {
    const run = await runCli(['status'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No asc-assure workspace here');
    expect(run.stderr).toContain('Run `asc-assure init --council-name "Your County Council"` first, or set ASC_ASSURE_HOME');
  });

  it('makes the workspace: settings, database and a private 32-byte pseudonymisation key', async () => {
    const run = await runCli(['init', '--council-name', 'Gloucestershire County Council'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Made the asc-assure workspace for Gloucestershire County Council');
    const workspace = join(folder, '.asc-assure');
    const config = JSON.parse(await readFile(join(workspace, 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({ formatVersion: 1, councilId: 'gloucestershire', councilName: 'Gloucestershire County Council', scoringMethod: 'quality-statement' });
    expect(config.assessmentId).toMatch(/^gloucestershire-\d{4}$/);
    const key = await readFile(join(workspace, 'pseudonymisation.key'), 'utf8');
    expect(key.trim()).toMatch(/^[0-9a-f]{64}$/);
    expect((await stat(join(workspace, 'pseudonymisation.key'))).mode & 0o777).toBe(0o600);
    expect(run.stdout).not.toContain(key.trim());
    expect((await stat(join(workspace, 'database'))).isDirectory()).toBe(true);
  });

  it('starts the assessment waiting for the notice of assessment', async () => {
    const run = await runCli(['status', '--json'], { cwd: folder });
    expect(run.code).toBe(0);
    const status = parseJsonOutput<{ stage: number; stateId: string; stateLabel: string; allowedEvents: { type: string }[] }>(run);
    expect(status.stage).toBe(1);
    expect(status.stateId).toBe('awaiting-notice');
    expect(status.allowedEvents.map((event) => event.type)).toContain('notice.received');
  });

  it('refuses to make a second workspace over the first (exit 1), changing nothing', async () => {
    const before = await readFile(join(folder, '.asc-assure', 'pseudonymisation.key'), 'utf8');
    const run = await runCli(['init', '--council-name', 'Another Council'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is already an asc-assure workspace for Gloucestershire County Council');
    expect(await readFile(join(folder, '.asc-assure', 'pseudonymisation.key'), 'utf8')).toBe(before);
  });

  it('uses the folder in ASC_ASSURE_HOME and the ids given', async () => {
    const run = await runCli(['init', '--council-name', 'Leicester City Council', '--council-id', 'leicester', '--assessment-id', 'leicester-pilot'], {
      cwd: folder,
      env: { ASC_ASSURE_HOME: 'leicester-workspace' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const config = JSON.parse(await readFile(join(folder, 'leicester-workspace', 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({ councilId: 'leicester', assessmentId: 'leicester-pilot' });
  });

  it('refuses a council id that is not kebab case (exit 2) and leaves no workspace behind', async () => {
    const run = await runCli(['init', '--council-name', 'Trafford Council', '--council-id', 'Trafford Council'], { cwd: folder, env: { ASC_ASSURE_HOME: 'trafford' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('kebab-case');
    await expect(stat(join(folder, 'trafford'))).rejects.toThrow();
  });
});
