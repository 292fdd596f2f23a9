import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built command line, as a council runs it. */
export const BINARY = join(dirname(dirname(fileURLToPath(import.meta.url))), 'dist', 'bin.js');

/** What a run of the command line did. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runCli}. */
export interface RunCliOptions {
  /** The folder the command runs in (its workspace is `.asc-assure` there unless ASC_ASSURE_HOME is set). */
  readonly cwd: string;
  /** Extra environment variables. */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * Runs `node dist/bin.js ...args` as a child process with a clean environment: no colour, no
 * DATABASE_URL (each test has its own embedded database), nothing from the developer's shell.
 */
export function runCli(args: readonly string[], options: RunCliOptions): Promise<CliRun> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: options.cwd,
    NO_COLOR: '1',
    ...(options.env ?? {}),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BINARY, ...args], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh folder for one test, removed by the returned function. */
export async function makeTemporaryFolder(): Promise<{ folder: string; remove: () => Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'asc-assure-cli-test-'));
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in England, as the command line reckons it. */
export function todayInEngland(): string {
  return londonDate.format(new Date());
}

/** The JSON a `--json` command printed, or a failure showing what it printed instead. */
export function parseJsonOutput<Value = unknown>(run: CliRun): Value {
  try {
    return JSON.parse(run.stdout) as Value;
  } catch {
    throw new Error(`Expected JSON on stdout, got:\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
}
