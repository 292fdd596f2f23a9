// A server for the benchmark, in its own process so the load generator does not share its event
// loop: either a bare Hono hello-world or the asc-assure API over a PGlite folder holding a
// council with 10,000 evidence items. Reports its address (and, when asked, its memory) over IPC.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createManualClock } from '@asc-assure/engine-local';
import { generateSyntheticEvidenceBank, generateSyntheticSelfAssessment } from '@asc-assure/framework';
import { createAction, createRisk, insertEvidenceItems, openStore, saveCouncil, upsertSelfAssessmentStatement } from '@asc-assure/store';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { sql } from 'kysely';
import pino from 'pino';
import { createApiToken, startServer } from '../src/index.js';

const kind = process.argv[2] ?? 'hello';
const evidenceCount = Number(process.argv[3] ?? 10_000);
const readCache = process.argv[4] !== 'no-cache';
const AS_OF = '2025-06-30';

function report(message: Record<string, unknown>): void {
  process.send?.(message);
}

process.on('message', (message: { type?: string }) => {
  if (message.type === 'memory') {
    (globalThis as { gc?: () => void }).gc?.();
    const usage = process.memoryUsage();
    report({ type: 'memory', rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external, arrayBuffers: usage.arrayBuffers });
  }
});

if (kind === 'hello') {
  const app = new Hono();
  app.get('/', (c) => c.json({ hello: 'world' }));
  serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => report({ type: 'ready', url: `http://127.0.0.1:${info.port}` }));
} else {
  const dataDir = await mkdtemp(join(tmpdir(), 'asc-assure-bench-'));
  const store = await openStore({ kind: 'pglite', dataDir });
  const councilId = 'bench-council';
  await saveCouncil(store, { id: councilId, name: 'Benchmark County Council' });
  await insertEvidenceItems(store, generateSyntheticEvidenceBank({ count: evidenceCount, seed: 7, asOf: AS_OF }).map((item) => ({ ...item, councilId })));
  const synthetic = generateSyntheticSelfAssessment({ seed: 7, asOf: AS_OF });
  for (const statement of synthetic.selfAssessment) {
    await upsertSelfAssessmentStatement(store, {
      councilId,
      qualityStatementId: statement.qualityStatementId,
      narrative: statement.narrative,
      strengths: statement.strengths,
      areasForImprovement: statement.areasForImprovement.map((area) => JSON.stringify(area)),
      selfScore: statement.selfScore,
      updatedOn: statement.updatedOn,
    });
  }
  for (const action of synthetic.actions) await createAction(store, { ...action, councilId });
  for (const risk of synthetic.risks) await createRisk(store, { ...risk, councilId, status: 'open' });
  // As the API's import does after a large import: PGlite has no autovacuum to do it.
  await sql`analyze`.execute(store.db);
  const { token } = await createApiToken(store, { principal: 'service:bench', role: 'reader', councilId });
  const server = await startServer({
    store,
    port: 0,
    clock: createManualClock(AS_OF),
    engine: { kind: 'local', scheduler: false },
    logger: pino({ level: 'silent' }),
    limits: { requestsPerMinute: 100_000_000, burst: 100_000_000, ...(readCache ? {} : { readCacheEntries: 0 }) },
  });
  report({ type: 'ready', url: server.url, token, councilId });
}
