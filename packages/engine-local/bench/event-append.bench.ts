// Event append (validated by the lifecycle, persisted with its snapshot, read model, deadlines
// and audit entry in one transaction, then due notifications checked) against a raw PGlite insert
// of the same JSON in the same run. Timings on a shared machine are noisy: read the ratio.
import { performance } from 'node:perf_hooks';
import { EXAMPLE_ASSESSMENT_CONFIG, EXAMPLE_ASSESSMENT_EVENTS } from '@asc-assure/lifecycle/fixtures';
import { openStore } from '@asc-assure/store';
import { sql } from 'kysely';
import { createLocalEngine, createManualClock } from '../src/index.js';

const ASSESSMENTS = Number(process.env.BENCH_ASSESSMENTS ?? 40);

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

function summary(samples: number[]): { p50: number; p99: number; count: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), count: sorted.length };
}

const store = await openStore({ kind: 'pglite' });
const clock = createManualClock('2024-03-01');
const engine = createLocalEngine({ store, clock });

await sql`create table bench_raw (id serial primary key, assessment_id text not null, body jsonb not null)`.execute(store.db);
const raw: number[] = [];
const appends: number[] = [];
for (let round = 0; round < 2; round += 1) {
  raw.length = 0;
  appends.length = 0;
  for (let index = 0; index < ASSESSMENTS; index += 1) {
    const assessmentId = `bench-${round}-${index}`;
    await engine.start({ assessmentId, config: { ...EXAMPLE_ASSESSMENT_CONFIG, councilId: `council-${index}` } });
    for (const event of EXAMPLE_ASSESSMENT_EVENTS) {
      const body = JSON.stringify(event);
      let started = performance.now();
      await sql`insert into bench_raw (assessment_id, body) values (${assessmentId}, ${body}::jsonb)`.execute(store.db);
      raw.push(performance.now() - started);
      started = performance.now();
      await engine.send(assessmentId, event);
      appends.push(performance.now() - started);
    }
  }
}
const rawSummary = summary(raw);
const appendSummary = summary(appends);
const format = (ms: number) => `${ms.toFixed(2)} ms`;
console.log(`engine-local event append over in-memory PGlite (${appendSummary.count} events, second of two rounds)`);
console.table({
  'raw PGlite insert (baseline)': { p50: format(rawSummary.p50), p99: format(rawSummary.p99) },
  'engine.send (validated, persisted, timers)': { p50: format(appendSummary.p50), p99: format(appendSummary.p99) },
  ratio: { p50: `${(appendSummary.p50 / rawSummary.p50).toFixed(1)}x`, p99: `${(appendSummary.p99 / rawSummary.p99).toFixed(1)}x` },
});
console.log(`goal (p50 within 3x of a raw insert): ${appendSummary.p50 <= 3 * rawSummary.p50 ? 'met' : 'not met'}`);
await engine.close();
await store.close();
