// `npm run bench -w @asc-assure/api`: readiness and evidence-list requests under concurrency
// (autocannon) against the API over a PGlite folder holding 10,000 evidence items, beside a bare
// Hono hello-world served the same way in the same run; then a soak (SOAK_SECONDS, default 300)
// comparing the API's memory after one minute with its memory at the end.
// Goal: at least 40% of hello-world's throughput and p99 under 50 ms.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon, { type AutocannonResult } from 'autocannon';

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Each run is preceded by a warm-up of this many seconds, not counted (JIT, caches, connections). */
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 3);
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const EVIDENCE_ITEMS = Number(process.env.BENCH_EVIDENCE_ITEMS ?? 10_000);
const THROUGHPUT_GOAL = 0.4;
const P99_GOAL_MS = 50;

interface Ready {
  readonly url: string;
  readonly token?: string;
  readonly councilId?: string;
}

interface Server extends Ready {
  readonly child: ChildProcess;
}

function startBenchServer(kind: 'hello' | 'api', readCache = true): Promise<Server> {
  const child = fork(fileURLToPath(new URL('./bench-server.ts', import.meta.url)), [kind, String(EVIDENCE_ITEMS), readCache ? 'cache' : 'no-cache'], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The ${kind} benchmark server stopped (exit ${code}) before it was ready.`)));
    child.on('message', (message: { type?: string } & Ready) => {
      if (message.type === 'ready') resolve({ ...message, child });
    });
  });
}

interface Memory {
  readonly rss: number;
  readonly heapUsed: number;
}

function memoryOf(server: Server): Promise<Memory> {
  return new Promise((resolve) => {
    const listener = (message: { type?: string; rss?: number; heapUsed?: number }) => {
      if (message.type !== 'memory' || message.rss === undefined || message.heapUsed === undefined) return;
      server.child.off('message', listener);
      resolve({ rss: message.rss, heapUsed: message.heapUsed });
    };
    server.child.on('message', listener);
    server.child.send({ type: 'memory' });
  });
}

async function stop(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

async function load(url: string, path: string, token: string | undefined, seconds: number): Promise<AutocannonResult> {
  // As browsers and HTTP clients send it; the API gzips large cached answers once.
  const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) };
  const options = { url: `${url}${path}`, connections: CONNECTIONS, headers };
  // One request first: an uncached readiness takes seconds, and must not eat the warm-up.
  await fetch(options.url, { headers: options.headers });
  if (WARM_UP_SECONDS > 0) await autocannon({ ...options, duration: WARM_UP_SECONDS });
  return autocannon({ ...options, duration: seconds });
}

function line(name: string, result: AutocannonResult, baseline?: AutocannonResult): string {
  const ratio = baseline === undefined ? '' : `  ${((result.requests.average / baseline.requests.average) * 100).toFixed(1)}% of hello-world`;
  const problems = result.errors + result.timeouts + result.non2xx > 0 ? `  (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})` : '';
  return `${name.padEnd(34)} ${result.requests.average.toFixed(0).padStart(7)} req/s  p50 ${String(result.latency.p50).padStart(4)} ms  p99 ${String(result.latency.p99).padStart(4)} ms${ratio}${problems}`;
}

function verdict(result: AutocannonResult, baseline: AutocannonResult): string {
  const ratio = result.requests.average / baseline.requests.average;
  const met = ratio >= THROUGHPUT_GOAL && result.latency.p99 < P99_GOAL_MS && result.non2xx === 0 && result.errors === 0;
  return `${met ? 'goal met' : 'goal NOT met'} (${(ratio * 100).toFixed(1)}% >= 40%: ${ratio >= THROUGHPUT_GOAL ? 'yes' : 'no'}; p99 ${result.latency.p99} ms < 50 ms: ${result.latency.p99 < P99_GOAL_MS ? 'yes' : 'no'})`;
}

console.log(`asc-assure API benchmark: ${EVIDENCE_ITEMS.toLocaleString('en-GB')} evidence items in a PGlite folder, ${CONNECTIONS} connections, ${DURATION_SECONDS} s per run after ${WARM_UP_SECONDS} s warm-up, Accept-Encoding gzip, node ${process.version}`);
const hello = await startBenchServer('hello');
const helloResult = await load(hello.url, '/', undefined, DURATION_SECONDS);
await stop(hello);

const api = await startBenchServer('api');
const council = `/v1/councils/${api.councilId ?? ''}`;
const readiness = await load(api.url, `${council}/readiness`, api.token, DURATION_SECONDS);
const evidenceList = await load(api.url, `${council}/evidence?limit=100`, api.token, DURATION_SECONDS);
console.log(line('bare Hono hello-world', helloResult));
console.log(line('GET readiness (10k items)', readiness, helloResult));
console.log(line('GET evidence?limit=100', evidenceList, helloResult));
console.log(`readiness: ${verdict(readiness, helloResult)}`);
console.log(`evidence list: ${verdict(evidenceList, helloResult)}`);

// A fresh server for each, so requests still queued from one run cannot slow the next.
let uncached = await startBenchServer('api', false);
const readinessUncached = await load(uncached.url, `${council}/readiness`, uncached.token, DURATION_SECONDS);
await stop(uncached);
uncached = await startBenchServer('api', false);
const evidenceUncached = await load(uncached.url, `${council}/evidence?limit=100`, uncached.token, DURATION_SECONDS);
await stop(uncached);
console.log('without the read cache (what a shared PostgreSQL deployment does on every request):');
console.log(line('GET readiness, computed each time', readinessUncached, helloResult));
console.log(line('GET evidence?limit=100, queried each time', evidenceUncached, helloResult));

if (SOAK_SECONDS > 0) {
  console.log(`soak: readiness and evidence list for ${SOAK_SECONDS} s, memory at 1 minute and at the end`);
  const soak = autocannon({
    url: api.url,
    connections: CONNECTIONS,
    duration: SOAK_SECONDS,
    headers: { 'accept-encoding': 'gzip, deflate, br', authorization: `Bearer ${api.token ?? ''}` },
    requests: [{ path: `${council}/readiness` }, { path: `${council}/evidence?limit=100` }],
  });
  const atOneMinute = await new Promise<Memory>((resolve) => setTimeout(() => resolve(memoryOf(api)), Math.min(60, SOAK_SECONDS / 2) * 1000));
  const soakResult = await soak;
  const atEnd = await memoryOf(api);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(line('soak (mixed)', soakResult, helloResult));
  const compare = (name: string, first: number, last: number) =>
    `${name} after 1 minute ${mb(first)}, at the end ${mb(last)}: ${last <= first ? 'no higher (goal met)' : `higher by ${mb(last - first)} (${(((last - first) / first) * 100).toFixed(1)}%, goal NOT met)`}`;
  console.log(compare('JavaScript heap (after a full GC)', atOneMinute.heapUsed, atEnd.heapUsed));
  console.log(compare('resident memory (RSS, includes PGlite)', atOneMinute.rss, atEnd.rss));
}
await stop(api);
