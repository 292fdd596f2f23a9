import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

describe('rate limiting with token buckets', () => {
  it('never lets a caller make more than the burst plus what the rate has refilled', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 200 }),
        (perMinute, burst, gaps) => {
          let now = 0;
          const limiter = new RateLimiter({ perMinute, burst, now: () => now });
          let allowed = 0;
          for (const gap of gaps) {
            now += gap;
            if (limiter.take('caller').allowed) allowed += 1;
          }
          expect(allowed).toBeLessThanOrEqual(burst + Math.floor((now * perMinute) / 60_000) + 1);
        },
      ),
    );
  });

  it('keeps callers apart: one caller using its burst does not slow another', () => {
    const limiter = new RateLimiter({ perMinute: 60, burst: 2, now: () => 0 });
    expect([limiter.take('a').allowed, limiter.take('a').allowed, limiter.take('a').allowed]).toEqual([true, true, false]);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('says how long to wait, and lets the caller in once that time has passed', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 6, burst: 1, now: () => now });
    expect(limiter.take('a').allowed).toBe(true);
    const refused = limiter.take('a');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 10 });
    now += 10_000;
    expect(limiter.take('a').allowed).toBe(true);
  });
});
