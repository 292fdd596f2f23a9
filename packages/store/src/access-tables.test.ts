import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findApiTokenByHash, insertApiToken, listCouncilApiTokens, revokeCouncilApiToken } from './api-tokens.js';
import { saveCouncil } from './councils.js';
import { addCouncilToHub, listCouncilIdsOfHubs, listHubCouncilIds, listHubIdsOfCouncil, saveHub } from './hubs.js';
import { grantMembership, listCouncilMemberships, listMembershipsOfPrincipal, revokeCouncilMembership } from './memberships.js';
import type { Store } from './open-store.js';
import { savePrincipal } from './principals.js';
import { getOrCreatePseudonymisationKeyHex } from './pseudonymisation-keys.js';
import { RecordNotFoundError } from './store-errors.js';
import { openTestStore, uniqueId, type TestStore } from './testing/test-stores.js';

describe.each(['pglite-memory', 'postgres'] as const)('tenants and access on %s', (kind) => {
  let testStore: TestStore | undefined;
  let openError: unknown;
  beforeAll(async () => {
    try {
      testStore = await openTestStore(kind);
    } catch (error) {
      openError = error;
    }
  });
  afterAll(async () => {
    await testStore?.cleanup();
  });
  const store = (): Store => {
    if (testStore !== undefined) return testStore.store;
    throw openError instanceof Error ? openError : new Error(`The ${kind} store did not open.`);
  };

  it('groups councils into hubs, a council possibly in several', async () => {
    const [north, south, leeds, york] = [uniqueId('hub'), uniqueId('hub'), uniqueId('council'), uniqueId('council')];
    await saveHub(store(), { id: north, name: 'North' });
    await saveHub(store(), { id: south, name: 'South' });
    await saveCouncil(store(), { id: leeds, name: 'Leeds' });
    await saveCouncil(store(), { id: york, name: 'York' });
    await addCouncilToHub(store(), { hubId: north, councilId: leeds });
    await addCouncilToHub(store(), { hubId: north, councilId: leeds });
    await addCouncilToHub(store(), { hubId: north, councilId: york });
    await addCouncilToHub(store(), { hubId: south, councilId: york });
    expect(await listHubCouncilIds(store(), north)).toEqual([leeds, york].sort());
    expect(await listHubIdsOfCouncil(store(), york)).toEqual([north, south].sort());
    expect(await listCouncilIdsOfHubs(store(), [north, south])).toEqual([leeds, york].sort());
    await expect(addCouncilToHub(store(), { hubId: north, councilId: uniqueId('missing') })).rejects.toThrow(RecordNotFoundError);
  });

  it('holds one role per principal and council, replaced when granted again, with an optional end', async () => {
    const councilId = uniqueId('council');
    const principalId = uniqueId('oidc');
    await saveCouncil(store(), { id: councilId, name: 'Testshire' });
    await savePrincipal(store(), { id: principalId, displayName: 'Reviewer' });
    await grantMembership(store(), { principalId, role: 'reader', councilId, createdBy: 'test' });
    const replaced = await grantMembership(store(), { principalId, role: 'peer-reviewer', councilId, expiresOn: '2025-03-31', createdBy: 'test' });
    expect(await listMembershipsOfPrincipal(store(), principalId)).toEqual([replaced]);
    expect(replaced).toMatchObject({ role: 'peer-reviewer', expiresOn: '2025-03-31', councilId, hubId: null });
    expect((await listCouncilMemberships(store(), councilId)).map((membership) => membership.id)).toEqual([replaced.id]);
    expect(await revokeCouncilMembership(store(), { councilId: uniqueId('other'), id: replaced.id })).toBe(false);
    expect(await revokeCouncilMembership(store(), { councilId, id: replaced.id })).toBe(true);
    expect(await listMembershipsOfPrincipal(store(), principalId)).toEqual([]);
  });

  it('refuses a hub administrator on a council, and a role on both a council and a hub', async () => {
    const councilId = uniqueId('council');
    const hubId = uniqueId('hub');
    const principalId = uniqueId('user');
    await saveCouncil(store(), { id: councilId, name: 'Testshire' });
    await saveHub(store(), { id: hubId, name: 'Hub' });
    await savePrincipal(store(), { id: principalId, displayName: 'Someone' });
    await expect(grantMembership(store(), { principalId, role: 'hub-admin', councilId, createdBy: 'test' })).rejects.toThrow();
    await expect(grantMembership(store(), { principalId, role: 'reader', councilId, hubId, createdBy: 'test' })).rejects.toThrow();
    await expect(insertApiToken(store(), { id: uniqueId('tok'), principalId, tokenHash: uniqueId('hash'), role: 'hub-admin', councilId, createdBy: 'test' })).rejects.toThrow();
  });

  it('finds a token by its hash only, and revokes it once', async () => {
    const councilId = uniqueId('council');
    const principalId = uniqueId('service');
    const tokenHash = uniqueId('hash');
    await saveCouncil(store(), { id: councilId, name: 'Testshire' });
    await savePrincipal(store(), { id: principalId, displayName: 'Dashboard' });
    const token = await insertApiToken(store(), { id: uniqueId('tok'), principalId, tokenHash, role: 'reader', councilId, createdBy: 'test' });
    expect(await findApiTokenByHash(store(), tokenHash)).toEqual(token);
    expect(await listCouncilApiTokens(store(), councilId)).toEqual([token]);
    const revoked = await revokeCouncilApiToken(store(), { councilId, id: token.id, revokedAt: '2025-01-01T10:00:00.000Z' });
    const again = await revokeCouncilApiToken(store(), { councilId, id: token.id, revokedAt: '2025-02-01T10:00:00.000Z' });
    expect(revoked?.revokedAt).toBe('2025-01-01T10:00:00.000Z');
    expect(again?.revokedAt).toBe('2025-01-01T10:00:00.000Z');
    expect(await revokeCouncilApiToken(store(), { councilId: uniqueId('other'), id: token.id, revokedAt: '2025-01-01T10:00:00.000Z' })).toBeUndefined();
  });

  it("makes each council's pseudonymisation key once, the same for every caller", async () => {
    const councilId = uniqueId('council');
    await saveCouncil(store(), { id: councilId, name: 'Testshire' });
    const keys = await Promise.all([getOrCreatePseudonymisationKeyHex(store(), councilId), getOrCreatePseudonymisationKeyHex(store(), councilId)]);
    expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(keys[1]).toBe(keys[0]);
    await expect(getOrCreatePseudonymisationKeyHex(store(), uniqueId('missing'))).rejects.toThrow(RecordNotFoundError);
  });
});
