import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { ApiEnv } from '../api-env.js';
import type { RouteDependencies } from '../routes/route-dependencies.js';
import { councilIdOf } from '../tenancy/council-access.js';

function acceptsGzip(c: Context<ApiEnv>): boolean {
  return /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
}

/**
 * A read route's JSON answer, computed or, when this process owns the store alone, taken from
 * the council's read cache (see `CouncilReadCache`) until the council's data changes, gzipped
 * once for clients that accept it. The answer may depend on the address (path and query) and the
 * day, and on nothing else: the caller's permission has been checked before this runs.
 */
export async function councilJson<Body>(deps: RouteDependencies, c: Context<ApiEnv>, compute: () => Promise<Body>): Promise<TypedResponse<JSONParsed<Body>, 200, 'json'>> {
  if (deps.readCache === undefined) return c.json(await compute(), 200) as unknown as TypedResponse<JSONParsed<Body>, 200, 'json'>;
  const url = new URL(c.req.url);
  const answer = await deps.readCache.answer(councilIdOf(c), `${deps.clock.today()}\u0000${url.pathname}${url.search}`, compute);
  const gzipped = acceptsGzip(c) ? deps.readCache.gzipped(answer) : undefined;
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Vary: 'Accept-Encoding' };
  // The cached bytes are exactly what c.json would have sent; the type says so.
  const response = gzipped === undefined ? c.body(answer.json, 200, headers) : c.body(gzipped, 200, { ...headers, 'Content-Encoding': 'gzip' });
  return response as unknown as TypedResponse<JSONParsed<Body>, 200, 'json'>;
}
