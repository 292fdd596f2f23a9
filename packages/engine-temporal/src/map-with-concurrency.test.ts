import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from './map-with-concurrency.js';

describe('talking to many workflows at once', () => {
  it('gives every result in the order of the input and never exceeds the concurrency', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), async (delays, concurrency) => {
        let inFlight = 0;
        let most = 0;
        const results = await mapWithConcurrency(delays, concurrency, async (delay) => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          await new Promise((resolve) => setTimeout(resolve, delay));
          inFlight -= 1;
          return delay * 2;
        });
        expect(results).toEqual(delays.map((delay) => delay * 2));
        expect(most).toBeLessThanOrEqual(concurrency);
      }),
      { numRuns: 40 },
    );
  });

  it('fails with the first failure', async () => {
    await expect(mapWithConcurrency([1, 2, 3], 2, (item) => (item === 2 ? Promise.reject(new Error('two')) : Promise.resolve(item)))).rejects.toThrow('two');
  });
});
