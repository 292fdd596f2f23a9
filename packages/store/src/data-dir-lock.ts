import { readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { errorCode } from './error-codes.js';
import { StoreLockedError } from './store-errors.js';

/** Name of the lock file inside a PGlite data folder. */
export const DATA_DIR_LOCK_FILE = '.lock';

/** What the lock file holds: who has the folder open. */
export interface DataDirLockHolder {
  readonly pid: number;
  readonly hostname: string;
  readonly openedAt: string;
}

/** A held lock on a PGlite data folder. */
export interface DataDirLock {
  readonly path: string;
  release(): Promise<void>;
}

// PGlite keeps the whole database in one process's memory and writes the folder back as it
// goes; two instances on one folder overwrite each other's pages. Folders open in this process
// are remembered here because a lock file with our own pid cannot tell "open" from "left behind".
const foldersOpenInThisProcess = new Set<string>();

/**
 * Takes `<dataDir>/.lock` for this process, or throws {@link StoreLockedError} naming the process
 * that holds it. A lock left behind by a process that no longer runs (on this machine) is stale
 * and taken over.
 *
 * @param dataDir an absolute, resolved folder path that exists.
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const lockPath = join(dataDir, DATA_DIR_LOCK_FILE);
  if (foldersOpenInThisProcess.has(dataDir)) {
    throw new StoreLockedError(
      `The data folder ${dataDir} is already open in this process. Open it once and share the store.`,
    );
  }
  const holder: DataDirLockHolder = { pid: process.pid, hostname: hostname(), openedAt: new Date().toISOString() };
  const content = `${JSON.stringify(holder)}\n`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(lockPath, content, { flag: 'wx' });
      foldersOpenInThisProcess.add(dataDir);
      return { path: lockPath, release: () => releaseLock(dataDir, lockPath, content) };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    const existing = await readLockFile(lockPath);
    if (existing === undefined) continue;
    const other = parseHolder(existing);
    if (other !== undefined && isHeld(other)) {
      throw new StoreLockedError(lockedMessage(dataDir, lockPath, other));
    }
    // Re-read just before removing, so a lock another process took over a moment ago survives.
    if ((await readLockFile(lockPath)) === existing) await removeFile(lockPath);
  }
  throw new StoreLockedError(
    `The data folder ${dataDir} is being opened by another process at the same time. Try again in a moment.`,
  );
}

function lockedMessage(dataDir: string, lockPath: string, holder: DataDirLockHolder): string {
  const where = holder.hostname === hostname() ? `process ${holder.pid}` : `process ${holder.pid} on ${holder.hostname}`;
  return (
    `The data folder ${dataDir} is in use by ${where} (opened ${holder.openedAt}). ` +
    'An embedded (PGlite) store can be open in only one process at a time: stop the other process, ' +
    'or use PostgreSQL when several processes need the data. ' +
    `If you are sure no such process is running, delete ${lockPath}.`
  );
}

function isHeld(holder: DataDirLockHolder): boolean {
  // A process on another machine sharing the folder cannot be checked: assume it is alive.
  if (holder.hostname !== hostname()) return true;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

function parseHolder(text: string): DataDirLockHolder | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { pid, hostname: host, openedAt } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return undefined;
    return { pid, hostname: typeof host === 'string' ? host : hostname(), openedAt: typeof openedAt === 'string' ? openedAt : 'at an unknown time' };
  } catch {
    // A lock file that is not ours to read (half-written by a crash) is stale.
    return undefined;
  }
}

async function releaseLock(dataDir: string, lockPath: string, content: string): Promise<void> {
  foldersOpenInThisProcess.delete(dataDir);
  if ((await readLockFile(lockPath)) === content) await removeFile(lockPath);
}

async function readLockFile(lockPath: string): Promise<string | undefined> {
  try {
    return await readFile(lockPath, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

async function removeFile(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}
