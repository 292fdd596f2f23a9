import { BoundedCache } from './bounded-cache.js';

/** A token bucket's settings: `burst` requests at once, refilled at `perMinute`. */
export interface RateLimitOptions {
  readonly perMinute: number;
  readonly burst: number;
  /** How many callers are tracked at once (the least recently seen are forgotten). */
  readonly capacity?: number | undefined;
  readonly now?: () => number;
}

/** Whether a request may go ahead, and if not, how long to wait. */
export type RateLimitDecision = { readonly allowed: true; readonly remaining: number } | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets, one per caller key, in this process's memory. With several API instances each
 * has its own buckets, so a caller can make up to that many times the rate in all: put a shared
 * limiter (the load balancer's) in front when that matters.
 */
export class RateLimiter {
  readonly #buckets: BoundedCache<string, Bucket>;
  readonly #perMillisecond: number;
  readonly #burst: number;
  readonly #now: () => number;

  constructor(options: RateLimitOptions) {
    this.#perMillisecond = options.perMinute / 60_000;
    this.#burst = options.burst;
    this.#now = options.now ?? Date.now;
    // An idle bucket refills completely in burst / rate; after that it is as good as new, so it can go.
    const refillMilliseconds = Math.ceil(this.#burst / Math.max(this.#perMillisecond, 1e-9));
    this.#buckets = new BoundedCache({ capacity: options.capacity ?? 10_000, ttlMilliseconds: refillMilliseconds, now: this.#now });
  }

  take(key: string): RateLimitDecision {
    const now = this.#now();
    const bucket = this.#buckets.get(key) ?? { tokens: this.#burst, at: now };
    bucket.tokens = Math.min(this.#burst, bucket.tokens + (now - bucket.at) * this.#perMillisecond);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.#buckets.set(key, bucket);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMillisecond / 1000)) };
    }
    bucket.tokens -= 1;
    this.#buckets.set(key, bucket);
    return { allowed: true, remaining: Math.floor(bucket.tokens) };
  }
}
