import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { BINARY } from './run-cli.js';
import { useWorkspace } from './workspace-fixture.js';

const workspace = useWorkspace('Servetown Borough Council', ['--council-id', 'servetown']);

/** A running `asc-assure serve` and what it has printed. */
interface Serving {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly url: string;
  stop(): Promise<{ code: number | null; output: string }>;
}

const running = new Set<Serving>();

async function serve(args: readonly string[] = []): Promise<Serving> {
  const child = spawn(process.execPath, [BINARY, 'serve', '--port', '0', ...args], {
    cwd: workspace.folder,
    env: { PATH: process.env.PATH ?? '', HOME: workspace.folder, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 90_000;
  let url: string | undefined;
  while (url === undefined) {
    url = /Dashboard:\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(printed)?.[1];
    if (child.exitCode !== null) throw new Error(`asc-assure serve exited with ${child.exitCode}:\n${printed}`);
    if (Date.now() > deadline) throw new Error(`asc-assure serve did not start in 90 s:\n${printed}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const serving: Serving = {
    child,
    output: () => printed,
    url,
    async stop() {
      running.delete(serving);
      child.kill('SIGTERM');
      return { code: await exited, output: printed };
    },
  };
  running.add(serving);
  return serving;
}

const tokenIn = (text: string): string | undefined => /^\s+(asc_\S+)$/m.exec(text)?.[1];

// A test that fails part-way must not leave its server holding the workspace for the next one.
afterEach(async () => {
  for (const serving of running) await serving.stop();
});

describe('asc-assure serve', () => {
  let token: string;

  it('serves the dashboard under its own Content-Security-Policy and the API beside it, with a first administrator token', async () => {
    const server = await serve();
    const printedToken = tokenIn(server.output());
    expect(printedToken, server.output()).toBeDefined();
    token = printedToken!;
    expect(server.output()).toContain('New administrator token for Servetown Borough Council');

    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^(\.\/|\/)?assets\//);
    const asset = await fetch(new URL(script!, `${server.url}/`));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    // The build manifest and paths outside the dashboard are not served.
    expect((await fetch(`${server.url}/.vite/manifest.json`)).status).toBe(404);

    const signedOut = await fetch(`${server.url}/v1/councils`);
    expect(signedOut.status).toBe(401);
    expect(signedOut.headers.get('content-security-policy')).toContain("default-src 'none'");
    const councils = await fetch(`${server.url}/v1/councils`, { headers: { authorization: `Bearer ${token}` } });
    expect(councils.status).toBe(200);
    expect(JSON.stringify(await councils.json())).toContain('servetown');

    const stopped = await server.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.output).toContain('Stopping');
  });

  it('keeps the same token on the next start, and --new-token issues another', async () => {
    const again = await serve();
    expect(tokenIn(again.output())).toBeUndefined();
    const councils = await fetch(`${again.url}/v1/councils`, { headers: { authorization: `Bearer ${token}` } });
    expect(councils.status).toBe(200);
    await again.stop();

    const fresh = await serve(['--new-token']);
    const another = tokenIn(fresh.output());
    expect(another).toBeDefined();
    expect(another).not.toBe(token);
    expect((await fetch(`${fresh.url}/v1/councils`, { headers: { authorization: `Bearer ${another}` } })).status).toBe(200);
    await fresh.stop();
  });

  it('while it runs, another command on the same workspace says why it must wait', async () => {
    const server = await serve();
    const status = await workspace.run(['status']);
    expect(status.code).toBe(4);
    expect(status.stderr).toContain('asc-assure serve');
    await server.stop();
  });

  it('refuses a port that is not a port, before opening anything', async () => {
    const run = await workspace.run(['serve', '--port', 'eighty']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a port is a whole number from 0 to 65535');
  });
});
