import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DATA_DIR_LOCK_FILE } from './data-dir-lock.js';
import { StoreLockedError } from './store-errors.js';
import { makeTemporaryFolder } from './testing/test-stores.js';

/** The pid of a process that has run and ended, so that no process has it now. */
function pidOfEndedProcess(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.on('error', reject);
    child.on('exit', () => {
      if (child.pid === undefined) reject(new Error('the child process had no pid'));
      else resolve(child.pid);
    });
  });
}

describe('the PGlite data folder lock', () => {
  let folder = '';
  beforeEach(async () => {
    folder = await makeTemporaryFolder();
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('the lock file names this process while the folder is open and is removed on release', async () => {
    const lock = await acquireDataDirLock(folder);
    expect(lock.path).toBe(join(folder, DATA_DIR_LOCK_FILE));
    expect(JSON.parse(await readFile(lock.path, 'utf8'))).toMatchObject({ pid: process.pid, hostname: hostname() });
    await lock.release();
    await expect(readFile(lock.path, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a folder already open in this process cannot be opened again until it is released', async () => {
    const lock = await acquireDataDirLock(folder);
    await expect(acquireDataDirLock(folder)).rejects.toThrow(/already open in this process/);
    await lock.release();
    const again = await acquireDataDirLock(folder);
    await again.release();
  });

  it('a folder held by a running process is refused, naming the process and what to do', async () => {
    const holder = { pid: process.ppid, hostname: hostname(), openedAt: '2025-03-04T09:30:00.000Z' };
    await writeFile(join(folder, DATA_DIR_LOCK_FILE), JSON.stringify(holder));
    const error: unknown = await acquireDataDirLock(folder).catch((caught: unknown) => caught);
    expect(StoreLockedError.isInstance(error)).toBe(true);
    expect((error as StoreLockedError).code).toBe('store-locked');
    expect((error as StoreLockedError).message).toContain(`in use by process ${process.ppid}`);
    expect((error as StoreLockedError).message).toContain('use PostgreSQL');
    expect(JSON.parse(await readFile(join(folder, DATA_DIR_LOCK_FILE), 'utf8'))).toEqual(holder);
  });

  it('a folder held on another machine is refused: its process cannot be checked from here', async () => {
    await writeFile(join(folder, DATA_DIR_LOCK_FILE), JSON.stringify({ pid: 1, hostname: `not-${hostname()}`, openedAt: '2025-03-04T09:30:00.000Z' }));
    await expect(acquireDataDirLock(folder)).rejects.toThrow(/on not-/);
  });

  it('a lock left behind by a process that has ended is taken over', async () => {
    const pid = await pidOfEndedProcess();
    await writeFile(join(folder, DATA_DIR_LOCK_FILE), JSON.stringify({ pid, hostname: hostname(), openedAt: '2025-03-04T09:30:00.000Z' }));
    const lock = await acquireDataDirLock(folder);
    expect(JSON.parse(await readFile(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('a lock file left half-written by a crash is taken over', async () => {
    await writeFile(join(folder, DATA_DIR_LOCK_FILE), '{"pid":');
    const lock = await acquireDataDirLock(folder);
    await lock.release();
  });

  it('releasing never removes a lock another process has taken since', async () => {
    const lock = await acquireDataDirLock(folder);
    const taker = JSON.stringify({ pid: process.ppid, hostname: hostname(), openedAt: '2025-03-04T09:30:00.000Z' });
    await writeFile(lock.path, taker);
    await lock.release();
    expect(await readFile(lock.path, 'utf8')).toBe(taker);
  });
});
