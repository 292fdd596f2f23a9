import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache.js';

describe('a cache that cannot grow without bound', () => {
  it('never holds more than its capacity, whatever is put in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.integer())), (capacity, entries) => {
        const cache = new BoundedCache<string, number>({ capacity, ttlMilliseconds: 1000, now: () => 0 });
        for (const [key, value] of entries) cache.set(key, value);
        expect(cache.size).toBeLessThanOrEqual(capacity);
      }),
    );
  });

  it('forgets the least recently used entry first, and an entry past its time', () => {
    let now = 0;
    const cache = new BoundedCache<string, number>({ capacity: 2, ttlMilliseconds: 100, now: () => now });
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    now = 100;
    expect(cache.get('a')).toBeUndefined();
  });
});
