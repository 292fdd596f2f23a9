import { afterAll, beforeAll, expect } from 'vitest';
import { makeTemporaryFolder, runCli, type CliRun, type RunCliOptions } from './run-cli.js';

/** A temporary folder with an asc-assure workspace made by `init`, for one test file. */
export interface WorkspaceFixture {
  readonly folder: string;
  /** Runs the command line in the workspace's folder. */
  run(args: readonly string[], env?: RunCliOptions['env']): Promise<CliRun>;
}

/**
 * Makes a workspace for the test file's council before its tests and removes it after. The
 * returned object is filled in by `beforeAll`, so read it inside tests only.
 */
export function useWorkspace(councilName = 'Gloucestershire County Council', extraArgs: readonly string[] = []): WorkspaceFixture {
  const fixture = { folder: '', remove: (): Promise<void> => Promise.resolve() };
  beforeAll(async () => {
    const made = await makeTemporaryFolder();
    fixture.folder = made.folder;
    fixture.remove = made.remove;
    const init = await runCli(['init', '--council-name', councilName, ...extraArgs], { cwd: made.folder });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
  });
  afterAll(async () => fixture.remove());
  return {
    get folder() {
      return fixture.folder;
    },
    run: (args, env) => runCli(args, { cwd: fixture.folder, ...(env === undefined ? {} : { env }) }),
  };
}
