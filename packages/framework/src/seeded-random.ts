/*
 * Deterministic randomness for pure code, shared by every area: a string hash for tie-breaks
 * that must not depend on input order, and a small seeded generator for synthetic data. The
 * framework never calls Math.random; neither of these is for anything secret.
 */

/**
 * A 53-bit hash of a string (cyrb53 by bryc, public domain): fast, well mixed, and exactly
 * representable as a JavaScript number, so comparisons never lose precision.
 *
 * @example
 * hashString53('SYN0000001') === hashString53('SYN0000001'); // true, on every machine
 */
export function hashString53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A seeded source of pseudo-random numbers: the same seed always gives the same sequence. */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from 0 up to, not including, `bound`. */
  below(bound: number): number;
  /** A whole number from `min` to `max`, both included. */
  between(min: number, max: number): number;
  /** True with probability `probability`. */
  chance(probability: number): boolean;
  /** One element of a non-empty list, each equally likely. */
  pick<Item>(items: readonly Item[]): Item;
  /** One of `items`, chosen with probability proportional to its weight. */
  weighted<Item>(items: readonly (readonly [Item, number])[]): Item;
}

/**
 * A seeded generator (sfc32, its state seeded from hashes of the seed): the same seed gives the
 * same sequence on every machine, and neighbouring seeds (1, 2, 3) start far apart.
 *
 * @example
 * const random = createSeededRandom('synthetic-extract:demo');
 * random.between(1, 6); // the same roll every run
 */
export function createSeededRandom(seed: string | number): SeededRandom {
  const text = String(seed);
  let a = hashString53(text, 1) >>> 0;
  let b = hashString53(text, 2) >>> 0;
  let c = hashString53(text, 3) >>> 0;
  let d = 1;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const sum = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + sum) | 0;
    return (sum >>> 0) / 4294967296;
  };
  for (let warmUp = 0; warmUp < 12; warmUp++) next();
  const below = (bound: number): number => Math.floor(next() * bound);
  return {
    next,
    below,
    between: (min, max) => min + below(max - min + 1),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick() needs at least one item');
      return items[below(items.length)] as (typeof items)[number];
    },
    weighted: (items) => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let remaining = next() * total;
      for (const [item, weight] of items) {
        remaining -= weight;
        if (remaining < 0) return item;
      }
      const last = items[items.length - 1];
      if (last === undefined) throw new RangeError('weighted() needs at least one item');
      return last[0];
    },
  };
}
