// A Temporal dev server for the bench when TEMPORAL_ADDRESS is not set: the same script the root
// test command uses (scripts/services/temporal.sh: builds the CLI once, starts it on free
// loopback ports with the asc-assure search attributes). The server stops when this process
// closes the shell's standard input, whether the bench ends or fails.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A running dev server: its address, and how to stop it. */
export interface BenchTemporalServer {
  readonly address: string;
  stop(): Promise<void>;
}

/** Starts a dev server with scripts/services/temporal.sh and resolves once it is healthy. */
export function startDevServer(): Promise<BenchTemporalServer> {
  const script = 'set -e; source scripts/services/temporal.sh; start_temporal >&2; trap stop_temporal EXIT; echo "TEMPORAL_ADDRESS=$TEMPORAL_ADDRESS"; read -r _ || true';
  const shell = spawn('bash', ['-c', script], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => shell.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    shell.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /TEMPORAL_ADDRESS=(\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        resolve({
          address: match[1],
          stop: async () => {
            shell.stdin.end();
            await exited;
          },
        });
      }
    });
    shell.on('exit', (code) => reject(new Error(`The Temporal dev server did not start (scripts/services/temporal.sh exited ${code}).`)));
  });
}
