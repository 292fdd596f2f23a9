import { gzipSync } from 'node:zlib';
import { BoundedCache } from './bounded-cache.js';

/** A remembered answer: its JSON as UTF-8, and the same gzipped once someone asks for it. */
export interface CachedAnswer {
  readonly json: Uint8Array<ArrayBuffer>;
  gzip?: Uint8Array<ArrayBuffer>;
}

/** Answers smaller than this are sent as they are: gzip would save nothing worth the header. */
const GZIP_MINIMUM_BYTES = 1024;

/**
 * Answers of read routes, remembered per council until the council's data changes. Only for a
 * store this process owns alone (the embedded PGlite folder, which a lock keeps to one process):
 * every change then goes through this process, which bumps the council's revision after the
 * change commits, so a remembered answer is never stale. With a shared PostgreSQL, other
 * processes write too, and the API does not use it.
 */
export class CouncilReadCache {
  readonly #revisions = new Map<string, number>();
  readonly #answers: BoundedCache<string, CachedAnswer>;
  readonly #encoder = new TextEncoder();

  constructor(options: { readonly capacity: number }) {
    // Entries of an old revision are never asked for again; the capacity bound evicts them.
    this.#answers = new BoundedCache({ capacity: options.capacity, ttlMilliseconds: 24 * 60 * 60 * 1000 });
  }

  /** The council's revision: it goes up after every committed change. */
  revision(councilId: string): number {
    return this.#revisions.get(councilId) ?? 0;
  }

  /** Call after a change to the council has committed. */
  changed(councilId: string): void {
    this.#revisions.set(councilId, this.revision(councilId) + 1);
  }

  /**
   * The remembered answer for `key` at the council's current revision, or computes, remembers
   * and returns it. `key` must include everything the answer depends on (the URL, the day).
   */
  async answer(councilId: string, key: string, compute: () => Promise<unknown>): Promise<CachedAnswer> {
    const revision = this.revision(councilId);
    const cacheKey = `${councilId}\u0000${revision}\u0000${key}`;
    const remembered = this.#answers.get(cacheKey);
    if (remembered !== undefined) return remembered;
    const answer: CachedAnswer = { json: this.#encoder.encode(JSON.stringify(await compute())) };
    // A change that committed while computing makes this answer possibly stale: keep it only if
    // the revision did not move.
    if (this.revision(councilId) === revision) this.#answers.set(cacheKey, answer);
    return answer;
  }

  /** The answer gzipped (once, then remembered with it), or undefined when it is too small to bother. */
  gzipped(answer: CachedAnswer): Uint8Array<ArrayBuffer> | undefined {
    if (answer.json.byteLength < GZIP_MINIMUM_BYTES) return undefined;
    answer.gzip ??= new Uint8Array(gzipSync(answer.json));
    return answer.gzip;
  }
}
