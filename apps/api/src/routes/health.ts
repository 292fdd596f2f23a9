import { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { ApiApp } from '../api-env.js';
import { publicRoute } from './define-route.js';
import type { RouteDependencies } from './route-dependencies.js';

/** `GET /health`: the server is up and its database answers (for load balancers and `serve`). */
export function registerHealthRoutes(app: ApiApp, deps: RouteDependencies): void {
  app.openapi(
    publicRoute({
      method: 'get',
      path: '/health',
      tags: ['Service'],
      summary: 'Whether the server and its database are up',
      responses: {
        200: { description: 'Up', content: { 'application/json': { schema: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }).openapi('Health') } } },
      },
    }),
    async (c) => {
      await sql`select 1`.execute(deps.store.db);
      return c.json({ status: 'ok' as const, database: deps.store.dialect }, 200);
    },
  );
}
