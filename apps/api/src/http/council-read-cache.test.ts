import { describe, expect, it } from 'vitest';
import { CouncilReadCache } from './council-read-cache.js';

const text = (answer: { json: Uint8Array }): string => new TextDecoder().decode(answer.json);

describe('the read cache of a store this process owns alone', () => {
  it('answers from memory until the council changes, then computes afresh', async () => {
    const cache = new CouncilReadCache({ capacity: 10 });
    let computed = 0;
    const compute = () => Promise.resolve({ computed: ++computed });
    expect(text(await cache.answer('alpha', '/readiness', compute))).toBe('{"computed":1}');
    expect(text(await cache.answer('alpha', '/readiness', compute))).toBe('{"computed":1}');
    cache.changed('alpha');
    expect(text(await cache.answer('alpha', '/readiness', compute))).toBe('{"computed":2}');
  });

  it('keeps councils apart: a change to one does not drop the answers of another', async () => {
    const cache = new CouncilReadCache({ capacity: 10 });
    let computed = 0;
    const compute = () => Promise.resolve(++computed);
    await cache.answer('alpha', '/x', compute);
    await cache.answer('beta', '/x', compute);
    cache.changed('beta');
    expect(text(await cache.answer('alpha', '/x', compute))).toBe('1');
    expect(text(await cache.answer('beta', '/x', compute))).toBe('3');
  });

  it('does not keep an answer computed while the council changed (it may be stale)', async () => {
    const cache = new CouncilReadCache({ capacity: 10 });
    let computed = 0;
    await cache.answer('alpha', '/x', () => {
      cache.changed('alpha');
      return Promise.resolve(++computed);
    });
    expect(text(await cache.answer('alpha', '/x', () => Promise.resolve(++computed)))).toBe('2');
  });

  it('gzips a large answer once and gives back the same bytes when unzipped', async () => {
    const { gunzipSync } = await import('node:zlib');
    const cache = new CouncilReadCache({ capacity: 10 });
    const answer = await cache.answer('alpha', '/big', () => Promise.resolve({ items: Array.from({ length: 200 }, (_, index) => `evidence item ${index}`) }));
    const gzipped = cache.gzipped(answer);
    expect(gzipped).toBeDefined();
    expect(cache.gzipped(answer)).toBe(gzipped);
    expect(new Uint8Array(gunzipSync(gzipped ?? new Uint8Array()))).toEqual(answer.json);
    expect(cache.gzipped(await cache.answer('alpha', '/small', () => Promise.resolve({ a: 1 })))).toBeUndefined();
  });
});
