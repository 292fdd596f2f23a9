import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addCalendarDays } from '@asc-assure/framework';
import { replay, type AssessmentNotification } from '@asc-assure/lifecycle';
import { EXAMPLE_ASSESSMENT_CONFIG, EXAMPLE_ASSESSMENT_EVENTS, createInMemoryEngine } from '@asc-assure/lifecycle/testing';
import { getAssessmentSnapshot, listAssessmentEvents, listSentKeys, openStore } from '@asc-assure/store';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalEngine, createManualClock } from '../src/index.js';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const KILLS = 50;
const ASSESSMENT_ID = 'crash-test';

/** A small seeded generator, so a failing run can be repeated with ASC_ASSURE_CRASH_SEED. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ChildRun {
  readonly acked: number[];
  readonly finished: boolean;
  readonly killed: boolean;
}

function runChild(dataDir: string, deliveries: string, killAfterMs: number | undefined): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, deliveries], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let finished = false;
    let stderr = '';
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ACK ')) acked.push(Number(line.slice(4)));
        if (line === 'DONE') finished = true;
        // Timed from READY: PGlite's start-up takes seconds here, and a kill during start-up
        // tests little.
        if (line === 'READY' && killAfterMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    let timer: NodeJS.Timeout | undefined;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer !== undefined) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve({ acked, finished, killed: true });
      else if (code === 0) resolve({ acked, finished, killed: false });
      else reject(new Error(`The engine process failed (exit ${code}):\n${stderr}`));
    });
  });
}

function deliveredKeys(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { key: string }).key);
}

/** The notifications an uninterrupted run delivers: the reference engine, same days, same events. */
async function referenceKeys(): Promise<string[]> {
  const clock = createManualClock('2024-03-01');
  const delivered: AssessmentNotification[] = [];
  const engine = createInMemoryEngine({ now: () => clock.now(), notifier: { notify: (n) => Promise.resolve(void delivered.push(n)) } });
  await engine.start({ assessmentId: ASSESSMENT_ID, config: EXAMPLE_ASSESSMENT_CONFIG });
  let next = 0;
  for (let day = '2024-03-01'; day <= '2024-11-22'; day = addCalendarDays(day, 1)) {
    clock.set(day);
    await engine.deliverDueNotifications();
    while (next < EXAMPLE_ASSESSMENT_EVENTS.length && EXAMPLE_ASSESSMENT_EVENTS[next]!.date === day) await engine.send(ASSESSMENT_ID, EXAMPLE_ASSESSMENT_EVENTS[next++]!);
  }
  return delivered.map((notification) => notification.key);
}

describe('engine-local survives being killed', () => {
  const folder = mkdtempSync(join(tmpdir(), 'asc-assure-crash-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it(`killed with SIGKILL at ${KILLS} random moments, it loses no acknowledged event and sends each reminder once`, async () => {
    const seed = Number(process.env.ASC_ASSURE_CRASH_SEED ?? Date.now() % 1_000_000);
    const random = seededRandom(seed);
    const dataDir = join(folder, 'store');
    const deliveries = join(folder, 'deliveries.jsonl');
    const acknowledged = new Set<number>();
    const inFlightAtKill = new Set<string>();
    let kills = 0;
    let killsAfterProgress = 0;
    while (kills < KILLS) {
      // Anywhere from just after the store opens to well into the walk through the stages.
      const run = await runChild(dataDir, deliveries, Math.floor(random() * 1_500));
      for (const sequence of run.acked) acknowledged.add(sequence);
      if (run.killed) {
        kills += 1;
        if (run.acked.length > 0) killsAfterProgress += 1;
        const keys = deliveredKeys(deliveries);
        if (keys.length > 0) inFlightAtKill.add(keys[keys.length - 1]!);
      } else if (run.finished) {
        // Finished before the kill: start the walk again from an empty store so kills keep
        // landing in the middle of an assessment.
        rmSync(dataDir, { recursive: true, force: true });
        rmSync(deliveries, { force: true });
        acknowledged.clear();
        inFlightAtKill.clear();
      }
    }
    const last = await runChild(dataDir, deliveries, undefined);
    for (const sequence of last.acked) acknowledged.add(sequence);
    expect(last.finished, `seed ${seed}`).toBe(true);

    const store = await openStore({ kind: 'pglite', dataDir });
    try {
      const events = await listAssessmentEvents(store, ASSESSMENT_ID);
      expect(events.map((event) => event.sequence)).toEqual(EXAMPLE_ASSESSMENT_EVENTS.map((_, index) => index + 1));
      for (const sequence of acknowledged) expect(events.some((event) => event.sequence === sequence), `acknowledged event ${sequence} lost (seed ${seed})`).toBe(true);

      const snapshot = await getAssessmentSnapshot(store, ASSESSMENT_ID);
      const config = (await createLocalEngine({ store }).get(ASSESSMENT_ID))!.config;
      expect(snapshot?.snapshot).toEqual(JSON.parse(JSON.stringify(replay(events.map((event) => event.event), config))));

      const expected = await referenceKeys();
      const recorded = await listSentKeys(store, ASSESSMENT_ID);
      expect([...recorded].sort()).toEqual([...expected].sort());

      const delivered = deliveredKeys(deliveries);
      expect(new Set(delivered)).toEqual(new Set(expected));
      const duplicates = delivered.filter((key, index) => delivered.indexOf(key) !== index);
      // Delivery and the record of it commit together; only a notification being delivered at the
      // very moment of a kill can go out again after the restart, with the same key.
      for (const key of duplicates) expect(inFlightAtKill.has(key), `${key} was delivered twice (seed ${seed})`).toBe(true);
      console.info(
        `crash test (seed ${seed}): ${kills} kills, ${killsAfterProgress} after at least one event in that run; ${events.length} events, ${recorded.length} notifications recorded once each, ${duplicates.length} redelivered after a kill mid-delivery`,
      );
    } finally {
      await store.close();
    }
  }, 900_000);
});
