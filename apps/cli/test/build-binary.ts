import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageFolder = dirname(dirname(fileURLToPath(import.meta.url)));

function newestModification(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds `dist/bin.js` when it is missing or older than the source, so the tests run what they test. */
export default function buildBinary(): void {
  const binary = join(packageFolder, 'dist', 'bin.js');
  let builtAt = 0;
  try {
    builtAt = statSync(binary).mtimeMs;
  } catch {
    builtAt = 0;
  }
  const sourceChangedAt = Math.max(newestModification(join(packageFolder, 'src')), statSync(join(packageFolder, 'package.json')).mtimeMs);
  if (builtAt >= sourceChangedAt) return;
  const result = spawnSync('npx', ['tsup', '--silent'], { cwd: packageFolder, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Building asc-assure for the tests failed: see the tsup output above.');
}
