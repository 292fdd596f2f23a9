import type { Engine } from '@asc-assure/lifecycle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type ApiLimits } from '../src/index.js';
import { openApiFixture, OWN_COUNCIL, type ApiFixture } from './support/api-fixture.js';

const council = `/v1/councils/${OWN_COUNCIL}`;

describe('the HTTP layer keeps the API safe to expose', () => {
  let fixture: ApiFixture;
  beforeAll(async () => {
    fixture = await openApiFixture('pglite-memory');
  });
  afterAll(async () => {
    await fixture.cleanup();
  });
  /** Another app over the fixture's store, with other limits. */
  const withLimits = (limits: ApiLimits) => {
    const app = createApp({ store: fixture.store, engine: fixture.engine, clock: fixture.clock, limits });
    return (path: string, token: string, init: { method?: string; body?: string } = {}) =>
      Promise.resolve(app.request(path, { method: init.method ?? 'GET', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(init.body === undefined ? {} : { body: init.body }) }));
  };

  it('sends security headers on every answer, errors included', async () => {
    for (const response of [await fixture.request('/health'), await fixture.request('/v1/councils'), await fixture.request('/nowhere')]) {
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toContain('max-age=');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('answers unknown addresses, bad JSON and wrong content types with the error body, not HTML', async () => {
    const cases = [
      { response: await fixture.request('/nowhere'), status: 404, code: 'not-found' },
      {
        response: await fixture.request(`${council}/evidence`, { method: 'POST', token: fixture.tokens['council-admin'], body: '{"title": ', headers: { 'content-type': 'application/json' } }),
        status: 400,
        code: 'malformed-request',
      },
      {
        response: await fixture.request(`${council}/evidence`, { method: 'POST', token: fixture.tokens['council-admin'], body: 'title=x', headers: { 'content-type': 'text/plain' } }),
        status: 415,
        code: 'unsupported-media-type',
      },
      { response: await fixture.request(`${council}/evidence`, { token: 'Bearer-less' }), status: 401, code: 'unauthenticated' },
    ];
    for (const { response, status, code } of cases) {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
    }
  });

  it('refuses a body over the size limit with 413 before reading it all', async () => {
    const small = withLimits({ jsonBodyBytes: 2048 });
    const response = await small(`${council}/evidence`, fixture.tokens['council-admin'], { method: 'POST', body: JSON.stringify({ title: 'x'.repeat(5000) }) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('payload-too-large');
  });

  it('takes a case-list extract up to the upload limit, not the JSON limit: a year of people is a file', async () => {
    const path = `${council}/assessments/no-such-assessment/case-list/proposal`;
    const body = JSON.stringify({ rows: [{ note: 'x'.repeat(5000) }] });
    const roomy = withLimits({ jsonBodyBytes: 2048, uploadBodyBytes: 1024 * 1024 });
    const accepted = await roomy(path, fixture.tokens['council-admin'], { method: 'POST', body });
    expect(accepted.status).not.toBe(413);
    expect(accepted.status).toBeLessThan(500);
    const tight = withLimits({ jsonBodyBytes: 2048, uploadBodyBytes: 4096 });
    expect((await tight(path, fixture.tokens['council-admin'], { method: 'POST', body })).status).toBe(413);
    // Every other JSON body keeps the smaller limit.
    expect((await roomy(`${council}/evidence`, fixture.tokens['council-admin'], { method: 'POST', body })).status).toBe(413);
  });

  it('limits each caller to its rate and says when to come back', async () => {
    const limited = withLimits({ requestsPerMinute: 60, burst: 3, authenticationFailuresPerMinute: 2 });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) statuses.push((await limited(council, fixture.tokens.reader)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await limited(council, fixture.tokens.reader);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await limited(council, fixture.tokens.contributor)).status).toBe(200);
    const guesses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) guesses.push((await limited(council, `asc_guess${attempt}`)).status);
    expect(guesses).toEqual([401, 401, 429, 429]);
  });

  it('never shows a stack trace, SQL or an internal message when something fails inside', async () => {
    const failing: Engine = {
      start: () => Promise.reject(new Error('relation "assessments" does not exist: SELECT * FROM assessments WHERE id = $1')),
      send: () => Promise.reject(new Error('boom')),
      get: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'config')")),
      list: () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:5432')),
      history: () => Promise.reject(new Error('boom')),
    };
    const errors: unknown[] = [];
    const logger = (await import('pino')).default({ level: 'error' }, { write: (line: string) => void errors.push(JSON.parse(line)) });
    const app = createApp({ store: fixture.store, engine: failing, clock: fixture.clock, logger });
    const headers = { authorization: `Bearer ${fixture.tokens['council-admin']}`, 'content-type': 'application/json' };
    for (const [method, path, body] of [
      ['POST', `${council}/assessments`, { assessmentId: 'x-1' }],
      ['GET', `${council}/assessments/alpha-2024`, undefined],
      ['GET', `${council}/assessments`, undefined],
    ] as const) {
      const response = await app.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toMatch(/SELECT|relation|ECONNREFUSED|Cannot read|at .*\.ts:\d+|\n\s+at /);
      const parsed = JSON.parse(text) as { error: { code: string; message: string; requestId: string } };
      expect(parsed.error.code).toBe('internal-error');
      expect(parsed.error.message).toContain(parsed.error.requestId);
      expect(response.headers.get('x-request-id')).toBe(parsed.error.requestId);
    }
    expect(errors).toHaveLength(3);
  });

  it('serves its OpenAPI 3.1 document and a self-contained reference page', async () => {
    const document = (await (await fixture.request('/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown>; components: { securitySchemes: Record<string, unknown> } };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/v1/councils/{councilId}/evidence');
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    const page = await fixture.request('/docs');
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('/v1/councils/{councilId}/evidence');
    expect(html).not.toMatch(/<script|https?:\/\/cdn/);
  });

  it('sends a large read answer gzipped to a client that accepts it, the same JSON once unzipped', async () => {
    const { gunzipSync } = await import('node:zlib');
    const headers = { authorization: `Bearer ${fixture.tokens.reader}` };
    const plain = await fixture.app.request(`${council}/readiness`, { headers });
    const zipped = await fixture.app.request(`${council}/readiness`, { headers: { ...headers, 'accept-encoding': 'gzip, deflate, br' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toContain('Accept-Encoding');
    expect(JSON.parse(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8'))).toEqual(await plain.json());
  });
});
