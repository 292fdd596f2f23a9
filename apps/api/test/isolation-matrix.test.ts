import { getAuditHead } from '@asc-assure/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_EXTENSION, type RouteAccess } from '../src/routes/define-route.js';
import { PERMISSIONS, roleAllows } from '../src/tenancy/permissions.js';
import {
  CALLER_ROLES,
  OTHER_COUNCIL,
  OTHER_COUNCIL_MARKER,
  OTHER_HUB,
  OWN_COUNCIL,
  OWN_HUB,
  openApiFixture,
  type ApiFixture,
  type CallerRole,
} from './support/api-fixture.js';
import { addressOf, operationsOf, SAMPLES, type SampleContext } from './support/operation-samples.js';

let counter = 0;

type Expectation = 'allowed' | 'forbidden' | 'hidden' | 'unauthenticated';

/** What the permission table says should happen: the same table enforcement uses. */
function expectedOutcome(access: RouteAccess, role: CallerRole, target: 'own' | 'other'): Expectation {
  if (access.scope === 'public') return 'allowed';
  if (role === 'expired-peer-reviewer') return 'unauthenticated';
  if (access.scope === 'authenticated') return 'allowed';
  if (role === 'oidc-expired-peer-reviewer') return 'hidden';
  if (target === 'other') return 'hidden';
  const effectiveRole = role === 'oidc-contributor' ? 'contributor' : role === 'oidc-peer-reviewer' ? 'peer-reviewer' : role;
  if (access.scope === 'hub') {
    if (effectiveRole !== 'hub-admin') return 'hidden';
    return roleAllows(effectiveRole, access.permission) ? 'allowed' : 'forbidden';
  }
  return roleAllows(effectiveRole, access.permission) ? 'allowed' : 'forbidden';
}

const STATUS_OF: Readonly<Record<Exclude<Expectation, 'allowed'>, number>> = { forbidden: 403, hidden: 404, unauthenticated: 401 };

describe.each(['pglite-memory', 'postgres'] as const)('council isolation on %s: every route x every role x own council / other council', (kind) => {
  let fixture: ApiFixture | undefined;
  let openError: unknown;
  beforeAll(async () => {
    try {
      fixture = await openApiFixture(kind, { exclusiveStore: false });
    } catch (error) {
      openError = error;
    }
  });
  afterAll(async () => {
    await fixture?.cleanup();
  });
  const ready = (): ApiFixture => {
    if (fixture !== undefined) return fixture;
    throw openError instanceof Error ? openError : new Error(`The ${kind} fixture did not open.`);
  };

  it('has a sample request for every operation in the OpenAPI document, and every operation names who may call it', async () => {
    const document = (await (await ready().request('/openapi.json')).json()) as Parameters<typeof operationsOf>[0];
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(40);
    for (const operation of operations) {
      expect(SAMPLES[`${operation.method} ${operation.path}`], `${operation.method} ${operation.path} has no sample`).toBeDefined();
      expect(operation.access, `${operation.method} ${operation.path} has no ${ACCESS_EXTENSION}`).toBeDefined();
      if (operation.access.scope === 'council' || operation.access.scope === 'hub') expect(Object.keys(PERMISSIONS)).toContain(operation.access.permission);
    }
  });

  it('answers each caller exactly as the permission table says, and a denied caller gets no data and changes nothing', async () => {
    const api = ready();
    const document = (await (await api.request('/openapi.json')).json()) as Parameters<typeof operationsOf>[0];
    const failures: string[] = [];
    let checked = 0;
    for (const operation of operationsOf(document)) {
      const sample = SAMPLES[`${operation.method} ${operation.path}`];
      if (sample === undefined) continue;
      for (const role of CALLER_ROLES) {
        for (const target of ['own', 'other'] as const) {
          counter += 1;
          const context: SampleContext = {
            fixture: api,
            councilId: target === 'own' ? OWN_COUNCIL : OTHER_COUNCIL,
            hubId: target === 'own' ? OWN_HUB : OTHER_HUB,
            unique: `m${counter}`,
          };
          const request = await sample(context);
          const expected = expectedOutcome(operation.access, role, target);
          const auditBefore = await getAuditHead(api.store);
          const response = await api.request(addressOf(operation.path, request), {
            method: operation.method.toUpperCase(),
            token: api.tokens[role],
            body: request.body,
            headers: { ...request.headers },
          });
          const text = await response.text();
          const label = `${operation.method.toUpperCase()} ${operation.path} as ${role} on the ${target} council`;
          checked += 1;
          if (expected === 'allowed') {
            if (response.status < 200 || response.status >= 300) failures.push(`${label}: expected success, got ${response.status} ${text.slice(0, 200)}`);
            continue;
          }
          if (response.status !== STATUS_OF[expected]) failures.push(`${label}: expected ${STATUS_OF[expected]}, got ${response.status} ${text.slice(0, 200)}`);
          let body: Record<string, unknown> = {};
          try {
            body = JSON.parse(text) as Record<string, unknown>;
          } catch {
            failures.push(`${label}: the denial is not a JSON error body: ${text.slice(0, 200)}`);
          }
          if (Object.keys(body).join() !== 'error') failures.push(`${label}: the denial carries more than an error: ${text.slice(0, 200)}`);
          if (text.includes(OTHER_COUNCIL_MARKER)) failures.push(`${label}: the denial contains the other council's data`);
          const auditAfter = await getAuditHead(api.store);
          if (auditAfter?.sequence !== auditBefore?.sequence) failures.push(`${label}: a denied request changed something (audit log moved)`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(40 * CALLER_ROLES.length * 2);
  }, 600_000);

  it('lists only the councils a caller has a role on', async () => {
    const api = ready();
    for (const role of CALLER_ROLES) {
      const response = await api.request('/v1/councils', { token: api.tokens[role] });
      const text = await response.text();
      expect(text).not.toContain(OTHER_COUNCIL_MARKER);
      if (response.status === 200) {
        const ids = (JSON.parse(text) as { items: { id: string }[] }).items.map((council) => council.id);
        expect(ids).not.toContain(OTHER_COUNCIL);
        expect(ids.every((id) => id === OWN_COUNCIL || id.startsWith('new-'))).toBe(true);
      }
    }
  });
});
