import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const PACKAGE_DIRECTORY = fileURLToPath(new URL('../', import.meta.url));
const SOURCE_DIRECTORY = join(PACKAGE_DIRECTORY, 'src', 'app');
const BUILT_PAGE = join(PACKAGE_DIRECTORY, 'dist', 'app', 'index.html');

async function newestChange(directory: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestChange(path) : (await stat(path)).mtimeMs);
  }
  return newest;
}

/**
 * Vitest global setup: the end-to-end tests drive the built dashboard, so build it when it is
 * missing or older than its sources (the root `npm test` has built it already; a developer
 * running this package's tests after an edit has not).
 */
export default async function buildDashboardWhenStale(): Promise<void> {
  const built = await stat(BUILT_PAGE).then(
    (file) => file.mtimeMs,
    () => 0,
  );
  const newest = Math.max(await newestChange(SOURCE_DIRECTORY), (await stat(join(PACKAGE_DIRECTORY, 'vite.config.ts'))).mtimeMs);
  if (built >= newest) return;
  await build({ configFile: join(PACKAGE_DIRECTORY, 'vite.config.ts'), logLevel: 'warn' });
}
