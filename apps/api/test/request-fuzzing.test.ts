import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiFixture, OWN_COUNCIL, OWN_HUB, type ApiFixture } from './support/api-fixture.js';
import { addressOf, operationsOf, SAMPLES, type SampleContext } from './support/operation-samples.js';

/** Runs per request body: enough to find a crash, few enough for CI on two cores. */
const RUNS_PER_BODY = 60;

/** Every table's row count and the audit log's head: equal before and after means nothing was written. */
async function writtenState(fixture: ApiFixture): Promise<string> {
  const tables = ['councils', 'hubs', 'hub_councils', 'principals', 'memberships', 'api_tokens', 'assessments', 'assessment_events', 'assessment_snapshots', 'deadlines', 'evidence_items', 'self_assessment_statements', 'actions', 'risks', 'information_return_progress', 'case_lists', 'published_results', 'audit_log'];
  const counts = tables.map((table) => sql`(select count(*) from ${sql.table(table)})`);
  const versions = sql`(select coalesce(sum(version), 0) from evidence_items) + (select coalesce(sum(version), 0) from actions) + (select coalesce(sum(version), 0) from risks) + (select coalesce(sum(version), 0) from self_assessment_statements)`;
  const { rows } = await sql<Record<string, unknown>>`select ${sql.join([...counts, versions])}`.execute(fixture.store.db);
  return JSON.stringify(rows[0]);
}

/** A valid body with one field changed to anything, one dropped, or one added. */
function mutationOf(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  const anyValue = fc.oneof(fc.jsonValue(), fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()), fc.date({ noInvalidDate: true }).map((date) => date.toISOString()));
  const changed = keys.length === 0 ? fc.constant(valid) : fc.tuple(fc.constantFrom(...keys), anyValue).map(([key, value]) => ({ ...valid, [key]: value }));
  const dropped = keys.length === 0 ? fc.constant(valid) : fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(valid).filter(([name]) => name !== key)));
  const added = fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), anyValue).map(([key, value]) => ({ ...valid, [key]: value }));
  return fc.oneof(changed, dropped, added);
}

describe('property-based fuzzing of every request body: never a 500, never a partial write', () => {
  let fixture: ApiFixture;
  beforeAll(async () => {
    fixture = await openApiFixture('pglite-memory', { exclusiveStore: false });
  });
  afterAll(async () => {
    await fixture.cleanup();
  });

  it('answers any body sent to any operation with a success or a clear 4xx, and a refused request writes nothing', async () => {
    const document = (await (await fixture.request('/openapi.json')).json()) as Parameters<typeof operationsOf>[0] & {
      paths: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>>;
    };
    const withJsonBodies = operationsOf(document).filter((operation) => document.paths[operation.path]?.[operation.method]?.requestBody?.content?.['application/json'] !== undefined);
    expect(withJsonBodies.length).toBeGreaterThan(15);
    let unique = 0;
    const failures: string[] = [];
    for (const operation of withJsonBodies) {
      const sample = SAMPLES[`${operation.method} ${operation.path}`];
      if (sample === undefined) throw new Error(`No sample for ${operation.method} ${operation.path}`);
      const token = operation.access.scope === 'hub' ? fixture.tokens['hub-admin'] : fixture.tokens['council-admin'];
      const context = (): SampleContext => ({ fixture, councilId: OWN_COUNCIL, hubId: OWN_HUB, unique: `f${++unique}` });
      const valid = (await sample(context())).body as Record<string, unknown>;
      const bodies = fc.oneof(
        { weight: 3, arbitrary: mutationOf(valid) },
        { weight: 2, arbitrary: fc.jsonValue() },
        { weight: 1, arbitrary: fc.string().map((text) => ({ raw: text })) },
      );
      await fc.assert(
        fc.asyncProperty(bodies, async (body) => {
          const request = await sample(context());
          const before = await writtenState(fixture);
          const raw = typeof body === 'object' && body !== null && 'raw' in body && Object.keys(body).length === 1 ? String(body.raw) : JSON.stringify(body);
          const response = await fixture.request(addressOf(operation.path, request), {
            method: operation.method.toUpperCase(),
            token,
            body: raw,
            headers: { 'content-type': 'application/json', ...request.headers },
          });
          const text = await response.text();
          const label = `${operation.method.toUpperCase()} ${operation.path} with ${raw.slice(0, 120)}`;
          if (response.status >= 500) failures.push(`${label}: ${response.status} ${text.slice(0, 200)}`);
          if (response.status >= 400) {
            const after = await writtenState(fixture);
            if (after !== before) failures.push(`${label}: refused with ${response.status} but something was written`);
            const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
            if (typeof parsed.error?.code !== 'string' || typeof parsed.error.message !== 'string') failures.push(`${label}: the error body is not { error: { code, message } }`);
          }
          return failures.length === 0;
        }),
        { numRuns: RUNS_PER_BODY },
      );
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
