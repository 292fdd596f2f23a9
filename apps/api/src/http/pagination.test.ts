import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageOf } from './pagination.js';

describe('pagination with limit and cursor', () => {
  it('gives back the key a cursor was made from', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer()), (key) => {
        expect(decodeCursor(encodeCursor(key), typeof key === 'number' ? 'number' : 'string')).toBe(key);
      }),
    );
  });

  it('refuses a cursor it did not give out (400), whatever it is', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        let decoded: unknown;
        try {
          decoded = decodeCursor(text, 'string');
        } catch (error) {
          expect((error as { status: number }).status).toBe(400);
          return;
        }
        // A text that happens to be a valid cursor decodes to a string key.
        expect(typeof decoded).toBe('string');
      }),
    );
  });

  it('walks a list page by page, every item once and in order, for any page size', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 60 }), fc.integer({ min: 1, max: 25 }), (items, limit) => {
        const seen: number[] = [];
        let cursor: string | undefined;
        for (;;) {
          const page = pageOf(items, { limit, cursor });
          expect(page.items.length).toBeLessThanOrEqual(limit);
          seen.push(...page.items);
          if (page.nextCursor === null) break;
          cursor = page.nextCursor;
        }
        expect(seen).toEqual(items);
      }),
    );
  });
});
