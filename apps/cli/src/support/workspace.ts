import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Clock, LocalEngine } from '@asc-assure/engine-local';
import {
  SCORING_METHOD_IDS,
  createPseudonymisationKey,
  pseudonymisationKeyFromHex,
  pseudonymisationKeyToHex,
  type IsoDate,
  type PseudonymisationKey,
} from '@asc-assure/framework';
import type { Engine, Notifier } from '@asc-assure/lifecycle';
import type { Store } from '@asc-assure/store';
import { z } from 'zod';
import type { CliEnvironment, EngineKind } from '../env.js';
import { CliError } from './cli-error.js';
import type { CommandContext } from './command-context.js';
import { EXIT_CODES } from './exit-codes.js';

/** Where a workspace keeps each of its parts. */
export interface WorkspacePaths {
  readonly folder: string;
  readonly configFile: string;
  /** The embedded database (unless DATABASE_URL points at a server). */
  readonly databaseFolder: string;
  /** The council's secret pseudonymisation key: never leaves this folder. */
  readonly keyFile: string;
}

/** The workspace folder the environment points at, and its parts. */
export function workspacePaths(env: CliEnvironment, cwd: string): WorkspacePaths {
  return workspacePathsIn(resolve(cwd, env.ASC_ASSURE_HOME));
}

/** The parts of a workspace in `folder`. */
export function workspacePathsIn(folder: string): WorkspacePaths {
  return {
    folder,
    configFile: join(folder, 'config.json'),
    databaseFolder: join(folder, 'database'),
    keyFile: join(folder, 'pseudonymisation.key'),
  };
}

/** What `config.json` holds: which council and assessment this workspace is for. */
export const workspaceConfigSchema = z.strictObject({
  /** Changes only if the layout of the workspace changes. */
  formatVersion: z.literal(1),
  councilId: z.string().min(1),
  councilName: z.string().min(1),
  /** The assessment the lifecycle commands act on. */
  assessmentId: z.string().min(1),
  scoringMethod: z.enum(SCORING_METHOD_IDS),
  createdAt: z.string(),
});

/** A workspace's `config.json`. */
export type WorkspaceConfig = z.output<typeof workspaceConfigSchema>;

const NO_WORKSPACE_HINT = 'Run `asc-assure init --council-name "Your County Council"` first, or set ASC_ASSURE_HOME to the folder of an existing workspace.';

/** True when the folder holds a workspace. */
export async function workspaceExists(paths: WorkspacePaths): Promise<boolean> {
  return (await stat(paths.configFile).catch(() => undefined))?.isFile() === true;
}

/** True when the folder is missing or empty, so a new workspace may be made in it. */
export async function folderIsEmptyOrMissing(folder: string): Promise<boolean> {
  try {
    return (await readdir(folder)).length === 0;
  } catch {
    return true;
  }
}

/** Reads and checks `config.json`, or throws a {@link CliError} saying how to make a workspace. */
export async function readWorkspaceConfig(paths: WorkspacePaths): Promise<WorkspaceConfig> {
  let text: string;
  try {
    text = await readFile(paths.configFile, 'utf8');
  } catch {
    throw new CliError(EXIT_CODES.badInput, `No asc-assure workspace here (looked in ${paths.folder}).`, { hint: NO_WORKSPACE_HINT });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(EXIT_CODES.badInput, `${paths.configFile} is not valid JSON: it may have been edited by hand.`, {
      hint: 'Restore it from a backup, or fix the JSON (a missing comma or quote is the usual cause).',
    });
  }
  const parsed = workspaceConfigSchema.safeParse(json);
  if (!parsed.success) {
    throw new CliError(EXIT_CODES.badInput, `${paths.configFile} is not an asc-assure workspace configuration asc-assure can use.`, {
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`),
      hint: 'Restore it from a backup, or make a new workspace with `asc-assure init` in another folder.',
    });
  }
  return parsed.data;
}

/**
 * Checks there is a workspace before a command reads its input files, so that a council officer
 * hears "run init first" before anything else (and a bad file is reported without opening the
 * database).
 */
export async function requireWorkspace(context: CommandContext): Promise<WorkspaceConfig> {
  return readWorkspaceConfig(workspacePaths(context.env, context.cwd));
}

/** Writes `config.json`. */
export async function writeWorkspaceConfig(paths: WorkspacePaths, config: WorkspaceConfig): Promise<void> {
  await writeFile(paths.configFile, `${JSON.stringify(config, null, 2)}\n`, 'utf8');
}

/**
 * Makes the council's pseudonymisation key: 32 random bytes from the operating system, written as
 * hexadecimal to a file only its owner can read (mode 0600). The key never leaves the council:
 * asc-assure prints no key and exports none.
 */
export async function createKeyFile(paths: WorkspacePaths): Promise<void> {
  const key = createPseudonymisationKey(randomBytes(32));
  await writeFile(paths.keyFile, `${pseudonymisationKeyToHex(key)}\n`, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
  // The mode given to writeFile is narrowed by the umask but never widened; chmod makes it exact.
  await chmod(paths.keyFile, 0o600);
}

/** Reads the council's pseudonymisation key, or throws a {@link CliError} saying what to do. */
export async function readKeyFile(paths: WorkspacePaths): Promise<PseudonymisationKey> {
  let hex: string;
  try {
    hex = await readFile(paths.keyFile, 'utf8');
  } catch {
    throw new CliError(EXIT_CODES.problemsFound, `The pseudonymisation key is missing (${paths.keyFile}).`, {
      hint: 'Restore the key file from your secure backup. Without the same key, the same people get different pseudonymised ids.',
    });
  }
  return pseudonymisationKeyFromHex(hex);
}

/** The store a workspace uses: the server in DATABASE_URL, or the embedded database in the folder. */
export async function openWorkspaceStore(env: CliEnvironment, paths: WorkspacePaths): Promise<Store> {
  const { openStore } = await import('@asc-assure/store');
  return env.DATABASE_URL === undefined
    ? openStore({ kind: 'pglite', dataDir: paths.databaseFolder })
    : openStore({ kind: 'postgres', connectionString: env.DATABASE_URL });
}

/** An open workspace: its configuration, store and engine. Close it when done. */
export interface Workspace {
  readonly paths: WorkspacePaths;
  readonly config: WorkspaceConfig;
  readonly store: Store;
  readonly clock: Clock;
  /** The engine `engine()` gives: the workspace's own, or the hub's. */
  readonly engineKind: EngineKind;
  /** Today, by the workspace's clock. */
  today(): IsoDate;
  /**
   * The engine the lifecycle commands use (made on first use): the workspace's own, or the hub's
   * Temporal engine with `--engine temporal`.
   */
  engine(): Promise<Engine>;
  /** The engine over the workspace's own database, whatever `--engine` says (reminders, the demo). */
  localEngine(): Promise<LocalEngine>;
  pseudonymisationKey(): Promise<PseudonymisationKey>;
  close(): Promise<void>;
}

/** Options of {@link withWorkspace}. */
export interface WorkspaceOptions {
  /** Where the engine delivers reminders, if the command delivers any. */
  readonly notifier?: Notifier;
}

/** The parts a {@link Workspace} is made from. */
export interface WorkspaceParts {
  readonly paths: WorkspacePaths;
  readonly config: WorkspaceConfig;
  readonly store: Store;
  readonly clock: Clock;
  readonly notifier?: Notifier | undefined;
  /** Which engine `engine()` gives. Default: local. */
  readonly engineKind?: EngineKind | undefined;
  /** The environment the hub's Temporal settings are read from, for `engineKind: 'temporal'`. */
  readonly environment?: Readonly<Record<string, string | undefined>> | undefined;
}

/** A workspace over an open store; closing it closes the engine and the store. */
export async function workspaceFromParts(parts: WorkspaceParts): Promise<Workspace> {
  const engineLocal = await import('@asc-assure/engine-local');
  const { paths, config, store, clock, notifier } = parts;
  let engine: LocalEngine | undefined;
  let hub: Promise<HubConnection> | undefined;
  const localEngine = (): Promise<LocalEngine> => {
    engine ??= engineLocal.createLocalEngine({ store, clock, ...(notifier === undefined ? {} : { notifier }) });
    return Promise.resolve(engine);
  };
  return {
    paths,
    config,
    store,
    clock,
    engineKind: parts.engineKind ?? 'local',
    today: () => clock.today(),
    engine: async () => {
      if (parts.engineKind !== 'temporal') return localEngine();
      hub ??= connectToHub(parts.environment ?? {});
      return (await hub).engine;
    },
    localEngine,
    pseudonymisationKey: () => readKeyFile(paths),
    close: async () => {
      try {
        await engine?.close();
        if (hub !== undefined) await (await hub.catch(() => undefined))?.close();
      } finally {
        await store.close();
      }
    },
  };
}

/** An engine on the hub's Temporal cluster, and how to let go of it. */
export interface HubConnection {
  readonly engine: Engine;
  close(): Promise<void>;
}

/**
 * Connects to the hub named by TEMPORAL_ADDRESS (and the rest of the worker's settings), loading
 * Temporal's SDK only now. Bad settings are bad input; an unreachable server says how to start one.
 */
export async function connectToHub(environment: Readonly<Record<string, string | undefined>>): Promise<HubConnection> {
  const worker = await import('@asc-assure/worker');
  const parsed = worker.parseWorkerEnvironment(environment);
  if (!parsed.ok) {
    throw new CliError(EXIT_CODES.badInput, "The hub's Temporal settings cannot be used.", {
      problems: parsed.problems.map((problem) => `${problem.variable}: ${problem.message}`),
      hint: 'Fix them, or leave out --engine temporal (and unset ASC_ASSURE_ENGINE) to use this workspace on its own.',
    });
  }
  return worker.connectHubEngine(parsed.env);
}

/**
 * Opens the workspace the environment points at, runs `task` with it and closes it, whatever
 * happens. Throws a {@link CliError} with a hint when there is no workspace.
 */
export async function withWorkspace<Result>(
  context: CommandContext,
  task: (workspace: Workspace) => Promise<Result>,
  options: WorkspaceOptions = {},
): Promise<Result> {
  const paths = workspacePaths(context.env, context.cwd);
  const config = await readWorkspaceConfig(paths);
  const clock = context.clock ?? (await import('@asc-assure/engine-local')).systemClock;
  const store = await openWorkspaceStore(context.env, paths);
  const workspace = await workspaceFromParts({
    paths,
    config,
    store,
    clock,
    notifier: options.notifier,
    engineKind: context.engineKind,
    environment: context.environment,
  });
  try {
    return await task(workspace);
  } finally {
    await workspace.close();
  }
}

/** Removes a folder asc-assure made, after a failure part-way through making it. */
export async function removeFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
}

/** Makes the workspace folder (and its parents). */
export async function makeFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
}
