// The demo's wall time (a fictional council, 10,000 synthetic people, all six stages on a
// simulated clock) against the CLI's own start-up (`asc-assure --version`) measured in the same
// run, so a loaded machine shows up in both. Goal: the demo in under a minute.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

function timed(args: readonly string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`asc-assure ${args.join(' ')} failed:\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

const folder = mkdtempSync(join(tmpdir(), 'asc-assure-demo-bench-'));
try {
  const startup = Math.min(...[1, 2, 3].map(() => timed(['--version'], folder)));
  const demo = timed(['demo', '--out', join(folder, 'out')], folder);
  console.log('asc-assure demo (10,000 people, all six stages)');
  console.table({
    'CLI start-up, --version (baseline)': { seconds: startup.toFixed(2) },
    'demo wall time': { seconds: demo.toFixed(1) },
    ratio: { seconds: `${(demo / startup).toFixed(0)}x` },
  });
  console.log(`goal (demo under 60 s): ${demo < 60 ? 'met' : 'not met'}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
