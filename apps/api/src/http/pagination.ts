import { z } from '@hono/zod-openapi';
import { API_MESSAGES, ApiError } from './api-error.js';

/** The largest page any list returns. */
export const PAGE_SIZE_LIMIT = 1000;

/** The default page size. */
export const DEFAULT_PAGE_SIZE = 100;

/** `limit` and `cursor` query parameters, shared by every list. */
export const paginationQueryFields = {
  limit: z.coerce
    .number()
    .int('limit must be a whole number')
    .min(1, 'limit must be at least 1')
    .max(PAGE_SIZE_LIMIT, `limit can be at most ${PAGE_SIZE_LIMIT}`)
    .default(DEFAULT_PAGE_SIZE)
    .openapi({ description: `How many items to return (1 to ${PAGE_SIZE_LIMIT}, default ${DEFAULT_PAGE_SIZE}).` }),
  cursor: z
    .string()
    .max(1000)
    .optional()
    .openapi({ description: 'The `nextCursor` of the previous page; leave out for the first page.' }),
};

/** A page of `items` and the cursor of the next page (null on the last). */
export function pageSchema<Item extends z.ZodType>(item: Item, name: string) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() }).openapi(name);
}

/** Turns a key into an opaque cursor (clients must not build cursors: the format may change). */
export function encodeCursor(key: string | number): string {
  return Buffer.from(JSON.stringify({ after: key }), 'utf8').toString('base64url');
}

/** The key a cursor carries; a cursor that is not one of ours is a 400. */
export function decodeCursor<Kind extends 'string' | 'number'>(cursor: string | undefined, kind: Kind): (Kind extends 'string' ? string : number) | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value = (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown }).after;
    if (typeof value === kind) return value as Kind extends 'string' ? string : number;
  } catch {
    // Falls through to the error below.
  }
  throw new ApiError(400, 'invalid-input', `${API_MESSAGES.invalidRequest}: cursor is not a cursor this API gave out; start again without one.`, {
    problems: [{ code: 'invalid-cursor', path: ['cursor'], message: 'cursor is not a cursor this API gave out' }],
  });
}

/**
 * One page of an in-memory list (lists that are small by nature: actions, risks, members): the
 * cursor is the position after the last item returned.
 */
export function pageOf<Item>(items: readonly Item[], query: { readonly limit: number; readonly cursor?: string | undefined }): { items: Item[]; nextCursor: string | null } {
  const start = decodeCursor(query.cursor, 'number') ?? 0;
  if (!Number.isInteger(start) || start < 0) throw new ApiError(400, 'invalid-input', `${API_MESSAGES.invalidRequest}: cursor is not a cursor this API gave out.`);
  const end = start + query.limit;
  return { items: items.slice(start, end), nextCursor: end < items.length ? encodeCursor(end) : null };
}
