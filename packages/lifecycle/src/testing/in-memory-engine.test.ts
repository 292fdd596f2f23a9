import { describe, expect, it } from 'vitest';
import type { AssessmentNotification } from '../render-notification.js';
import { describeEngineConformance } from './engine-conformance.js';
import { EXAMPLE_ASSESSMENT_CONFIG } from './example-assessment.js';
import { createInMemoryEngine } from './in-memory-engine.js';

describeEngineConformance('the in-memory reference engine', () => {
  let today = '2024-03-01';
  const delivered: AssessmentNotification[] = [];
  const engine = createInMemoryEngine({
    now: () => today,
    notifier: {
      notify: (notification) => {
        delivered.push(notification);
        return Promise.resolve();
      },
    },
  });
  return {
    engine,
    advanceClockTo: async (date) => {
      today = date;
      await engine.deliverDueNotifications();
    },
    notifications: () => delivered,
    dispose: () => Promise.resolve(),
  };
});

describe('the in-memory reference engine', () => {
  it('keeps a notification whose delivery failed for the next round', async () => {
    let failing = true;
    const delivered: string[] = [];
    const engine = createInMemoryEngine({
      now: () => '2024-03-28',
      notifier: {
        notify: (notification) => {
          if (failing) return Promise.reject(new Error('SMTP server unavailable'));
          delivered.push(notification.key);
          return Promise.resolve();
        },
      },
    });
    await engine.start({ assessmentId: 'glos', config: EXAMPLE_ASSESSMENT_CONFIG });
    await engine.send('glos', { type: 'notice.received', date: '2024-03-18' });
    await expect(engine.deliverDueNotifications()).rejects.toThrow('SMTP server unavailable');
    failing = false;
    await engine.deliverDueNotifications();
    await engine.deliverDueNotifications();
    expect(delivered).toEqual(['glos:information-return:2024-04-08:reminder-5']);
  });

  it('stamps each recorded event with the clock of the engine', async () => {
    const engine = createInMemoryEngine({ now: () => '2024-03-18T09:30:00Z' });
    await engine.start({ assessmentId: 'glos', config: EXAMPLE_ASSESSMENT_CONFIG });
    await engine.send('glos', { type: 'notice.received', date: '2024-03-18' });
    expect((await engine.history('glos'))[0]?.recordedAt).toBe('2024-03-18T09:30:00Z');
  });
});
