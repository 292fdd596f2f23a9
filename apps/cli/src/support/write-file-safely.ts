import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError } from './cli-error.js';
import { EXIT_CODES } from './exit-codes.js';

/**
 * Writes a file whole or not at all: to a temporary name beside it, then renamed, so a failure
 * half-way never leaves a broken report where the last good one was. Makes the folder if needed.
 */
export async function writeFileSafely(path: string, contents: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.partial`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, contents);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(EXIT_CODES.infrastructure, `Could not write ${path}: ${detail}`, {
      hint: 'Check the folder exists, you can write to it, and the file is not open in another program (Excel locks open files).',
      cause: error,
    });
  }
}
