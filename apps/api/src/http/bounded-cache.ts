/**
 * A map that holds at most `capacity` entries, each for at most `ttlMilliseconds`, dropping the
 * least recently used first: caches that cannot grow without bound however long the server runs.
 */
export class BoundedCache<Key, Value> {
  readonly #entries = new Map<Key, { readonly value: Value; readonly until: number }>();
  readonly #capacity: number;
  readonly #ttlMilliseconds: number;
  readonly #now: () => number;

  constructor(options: { readonly capacity: number; readonly ttlMilliseconds: number; readonly now?: () => number }) {
    this.#capacity = options.capacity;
    this.#ttlMilliseconds = options.ttlMilliseconds;
    this.#now = options.now ?? Date.now;
  }

  get(key: Key): Value | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.until <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    // Re-inserting moves the entry to the end: the map's order is least recently used first.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: Key, value: Value, ttlMilliseconds = this.#ttlMilliseconds): void {
    if (this.#capacity <= 0 || ttlMilliseconds <= 0) return;
    this.#entries.delete(key);
    this.#entries.set(key, { value, until: this.#now() + ttlMilliseconds });
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) break;
      this.#entries.delete(oldest.value);
    }
  }

  /** Drops every entry whose value matches. */
  deleteWhere(predicate: (value: Value, key: Key) => boolean): void {
    for (const [key, entry] of this.#entries) if (predicate(entry.value, key)) this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}
