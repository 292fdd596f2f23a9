// Drives one assessment through all six stages, day by day on a manual clock, over a PGlite
// folder; resumes from whatever the store holds. Used by crash-recovery.test.ts, which kills it
// with SIGKILL at random moments. Prints `ACK <sequence>` once an event is committed and `DONE`
// at the end, and `READY` once its store is open. Delivered notifications are appended to a file, one JSON line each.
import { appendFileSync } from 'node:fs';
import { addCalendarDays } from '@asc-assure/framework';
import { EXAMPLE_ASSESSMENT_CONFIG, EXAMPLE_ASSESSMENT_EVENTS } from '@asc-assure/lifecycle/fixtures';
import { openStore } from '@asc-assure/store';
import { createLocalEngine, createManualClock } from '../src/index.js';

export const CRASH_TEST_ASSESSMENT_ID = 'crash-test';
export const CRASH_TEST_FIRST_DAY = '2024-03-01';
export const CRASH_TEST_LAST_DAY = '2024-11-22';

async function main(dataDir: string, deliveriesFile: string): Promise<void> {
  const store = await openStore({ kind: 'pglite', dataDir });
  process.stdout.write('READY\n');
  const view = await createLocalEngine({ store }).get(CRASH_TEST_ASSESSMENT_ID);
  const applied = view?.state.version ?? 0;
  const lastEvent = applied > 0 ? EXAMPLE_ASSESSMENT_EVENTS[applied - 1] : undefined;
  const clock = createManualClock(lastEvent?.date ?? CRASH_TEST_FIRST_DAY);
  const engine = createLocalEngine({
    store,
    clock,
    notifier: {
      notify: (notification) => {
        appendFileSync(deliveriesFile, `${JSON.stringify({ key: notification.key, sendOn: notification.sendOn })}\n`);
        return Promise.resolve();
      },
    },
  });
  if (view === undefined) await engine.start({ assessmentId: CRASH_TEST_ASSESSMENT_ID, config: EXAMPLE_ASSESSMENT_CONFIG });
  let next = applied;
  for (let day = clock.today(); day <= CRASH_TEST_LAST_DAY; day = addCalendarDays(day, 1)) {
    clock.set(day);
    await engine.deliverDueNotifications();
    while (next < EXAMPLE_ASSESSMENT_EVENTS.length && EXAMPLE_ASSESSMENT_EVENTS[next]!.date === day) {
      const state = await engine.send(CRASH_TEST_ASSESSMENT_ID, EXAMPLE_ASSESSMENT_EVENTS[next]!);
      next += 1;
      process.stdout.write(`ACK ${state.state.version}\n`);
    }
  }
  await engine.close();
  await store.close();
  process.stdout.write('DONE\n');
}

const [dataDir, deliveriesFile] = process.argv.slice(2);
if (dataDir === undefined || deliveriesFile === undefined) throw new Error('usage: crash-child.ts <dataDir> <deliveriesFile>');
await main(dataDir, deliveriesFile);
