/**
 * A small deterministic pseudo-random generator (mulberry32) for synthetic data: the same seed
 * always gives the same sequence, on every machine. Not for anything secret.
 */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  integer(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<Item>(items: readonly Item[]): Item;
  /** True with probability `probability`. */
  chance(probability: number): boolean;
}

/** Creates a {@link SeededRandom} from any whole-number seed. */
export function createSeededRandom(seed: number): SeededRandom {
  // Mix the seed first so that neighbouring seeds (1, 2, 3) start far apart.
  let state = Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    integer,
    pick: <Item>(items: readonly Item[]): Item => items[integer(0, items.length - 1)] as Item,
    chance: (probability: number): boolean => next() < probability,
  };
}
