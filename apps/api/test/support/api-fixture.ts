import { createLocalEngine, createManualClock, type LocalEngine, type ManualClock } from '@asc-assure/engine-local';
import { QUALITY_STATEMENT_IDS } from '@asc-assure/framework';
import {
  addCouncilToHub,
  createAction,
  createRisk,
  insertEvidenceItems,
  saveCaseList,
  saveCouncil,
  saveHub,
  savePublishedResult,
  upsertInformationReturnProgress,
  upsertSelfAssessmentStatement,
  grantMembership,
  savePrincipal,
  type AccessRoleId,
  type Store,
} from '@asc-assure/store';
import { openTestStore, type TestStore, type TestStoreKind } from '@asc-assure/store/testing';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { createApiToken, createApp, type ApiApp, type ApiLimits } from '../../src/index.js';

/** The council the callers belong to, and the one they must never reach. */
export const OWN_COUNCIL = 'alpha';
export const OTHER_COUNCIL = 'beta';
export const OWN_HUB = 'hub-alpha';
export const OTHER_HUB = 'hub-beta';
/** Text planted in the other council's records: a denied answer must never contain it. */
export const OTHER_COUNCIL_MARKER = 'BETA-SECRET';

/** The callers of the isolation matrix: each role on the own council (or its hub), and an expired reviewer. */
export const CALLER_ROLES = [
  'hub-admin',
  'council-admin',
  'contributor',
  'reader',
  'peer-reviewer',
  'expired-peer-reviewer',
  'oidc-contributor',
  'oidc-peer-reviewer',
  'oidc-expired-peer-reviewer',
] as const;
export type CallerRole = (typeof CALLER_ROLES)[number];

/** The identity provider the fixture's app trusts. */
export const TEST_OIDC_ISSUER = 'https://login.example.test/tenant/v2.0';
export const TEST_OIDC_AUDIENCE = 'api://asc-assure-test';

/** Signs identity tokens as the fixture's identity provider. */
export interface TestIdentityProvider {
  readonly jwks: { keys: JWK[] };
  sign(subject: string, claims?: Record<string, unknown>, options?: { readonly audience?: string; readonly issuer?: string }): Promise<string>;
}

/** A throwaway identity provider: an RSA key pair, its JWKS, and a signer. */
export async function createTestIdentityProvider(): Promise<TestIdentityProvider> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  return {
    jwks: { keys: [jwk] },
    sign: (subject, claims = {}, options = {}) =>
      new SignJWT({ name: `Test user ${subject}`, ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setSubject(subject)
        .setIssuer(options.issuer ?? TEST_OIDC_ISSUER)
        .setAudience(options.audience ?? TEST_OIDC_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey),
  };
}

/** The published scores the fixture records (they give "good"). */
export const PUBLISHED_SCORES = {
  'assessing-needs': 3,
  'supporting-healthier-lives': 2,
  'equity-in-experience-and-outcomes': 2,
  'care-provision-integration-continuity': 3,
  'partnerships-and-communities': 3,
  'safe-systems-pathways-transitions': 2,
  safeguarding: 3,
  'governance-management-sustainability': 3,
  'learning-improvement-innovation': 3,
} as const;

/** An app over a fresh store, two councils in two hubs with records in each, and a token per role. */
export interface ApiFixture {
  readonly store: Store;
  readonly engine: LocalEngine;
  readonly clock: ManualClock;
  readonly app: ApiApp;
  /** Tokens of the own council's callers, by role. */
  readonly tokens: Readonly<Record<CallerRole, string>>;
  /** A council administrator of the other council (to check its data is untouched). */
  readonly otherAdminToken: string;
  readonly identityProvider: TestIdentityProvider;
  request(path: string, init?: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  cleanup(): Promise<void>;
}

/** The assessment each council has, at the Information Return stage. */
export function assessmentIdOf(councilId: string): string {
  return `${councilId}-2024`;
}

async function seedCouncil(store: Store, engine: LocalEngine, councilId: string, hubId: string, marker: string): Promise<void> {
  await saveHub(store, { id: hubId, name: `Hub of ${councilId}` });
  await saveCouncil(store, { id: councilId, name: `${marker} ${councilId} council` });
  await addCouncilToHub(store, { hubId, councilId });
  const assessmentId = assessmentIdOf(councilId);
  await engine.start({ assessmentId, config: { councilId, councilName: `${marker} ${councilId} council` } });
  await engine.send(assessmentId, { type: 'notice.received', date: '2024-03-18' });
  await insertEvidenceItems(store, [
    {
      id: `${councilId}-EV-1`,
      councilId,
      title: `${marker} carers strategy`,
      qualityStatementIds: ['assessing-needs'],
      evidenceCategoryIds: ['processes'],
      owner: `${marker} owner`,
      effectiveFrom: '2024-01-01',
    },
  ]);
  for (const qualityStatementId of QUALITY_STATEMENT_IDS) {
    await upsertSelfAssessmentStatement(store, { councilId, qualityStatementId, narrative: `${marker} narrative`, selfScore: 3, updatedOn: '2024-02-01' });
  }
  await createAction(store, { id: `${councilId}-ACT-1`, councilId, title: `${marker} action`, owner: 'PSW', status: 'planned', dueDate: '2024-09-01' });
  await createRisk(store, { id: `${councilId}-RISK-1`, councilId, title: `${marker} risk`, owner: 'DASS', likelihood: 3, impact: 4, status: 'open', mitigation: 'Recruit' });
  await savePublishedResult(store, { councilId, assessmentId, publishedOn: '2024-11-15', scores: PUBLISHED_SCORES, rating: 'good' });
  await upsertInformationReturnProgress(store, { councilId, assessmentId, itemId: 'self-assessment', owner: `${marker} lead`, status: 'in-progress' });
  await saveCaseList(store, {
    id: `${assessmentId}-case-list`,
    councilId,
    assessmentId,
    status: 'proposed',
    records: [{ rank: 1, pseudonymisedId: `${marker}-P1`, cohort: 'CT01', reasons: [], characteristics: {}, higherRiskFlags: [] }],
  });
}

/**
 * Opens the fixture on a fresh store of the given kind. The clock stands at 1 June 2024. Limits
 * are raised so the tests' bursts are not rate-limited (the rate limiter has tests of its own).
 */
export async function openApiFixture(kind: TestStoreKind, options: { readonly limits?: ApiLimits; readonly exclusiveStore?: boolean } = {}): Promise<ApiFixture> {
  const testStore: TestStore = await openTestStore(kind);
  const { store } = testStore;
  const clock = createManualClock('2024-06-01');
  const engine = createLocalEngine({ store, clock });
  await seedCouncil(store, engine, OWN_COUNCIL, OWN_HUB, 'ALPHA');
  await seedCouncil(store, engine, OTHER_COUNCIL, OTHER_HUB, OTHER_COUNCIL_MARKER);
  const identityProvider = await createTestIdentityProvider();
  const member = async (subject: string, role: AccessRoleId, expiresOn: string | null) => {
    await savePrincipal(store, { id: `oidc:${subject}`, displayName: subject });
    await grantMembership(store, { principalId: `oidc:${subject}`, role, councilId: OWN_COUNCIL, expiresOn, createdBy: 'test' });
  };
  await member('contributor-subject', 'contributor', null);
  await member('reviewer-subject', 'peer-reviewer', '2024-12-31');
  await member('expired-reviewer-subject', 'peer-reviewer', '2024-05-31');
  const issue = async (role: AccessRoleId, principal: string, scope: { councilId?: string; hubId?: string }, expiresOn?: string) =>
    (await createApiToken(store, { principal, role, ...scope, ...(expiresOn === undefined ? {} : { expiresOn }) })).token;
  const tokens: Record<CallerRole, string> = {
    'hub-admin': await issue('hub-admin', 'user:hub-admin', { hubId: OWN_HUB }),
    'council-admin': await issue('council-admin', 'user:council-admin', { councilId: OWN_COUNCIL }),
    contributor: await issue('contributor', 'user:contributor', { councilId: OWN_COUNCIL }),
    reader: await issue('reader', 'user:reader', { councilId: OWN_COUNCIL }),
    'peer-reviewer': await issue('peer-reviewer', 'user:peer-reviewer', { councilId: OWN_COUNCIL }, '2024-12-31'),
    'expired-peer-reviewer': await issue('peer-reviewer', 'user:expired-reviewer', { councilId: OWN_COUNCIL }, '2024-05-31'),
    'oidc-contributor': await identityProvider.sign('contributor-subject'),
    'oidc-peer-reviewer': await identityProvider.sign('reviewer-subject'),
    'oidc-expired-peer-reviewer': await identityProvider.sign('expired-reviewer-subject'),
  };
  const otherAdminToken = await issue('council-admin', 'user:beta-admin', { councilId: OTHER_COUNCIL });
  const app = createApp({
    store,
    engine,
    clock,
    limits: { requestsPerMinute: 1_000_000, burst: 1_000_000, authenticationFailuresPerMinute: 1_000_000, ...options.limits },
    exclusiveStore: options.exclusiveStore,
    auth: { oidc: { issuer: TEST_OIDC_ISSUER, audience: TEST_OIDC_AUDIENCE, jwks: identityProvider.jwks } },
  });
  return {
    store,
    engine,
    clock,
    app,
    tokens,
    otherAdminToken,
    identityProvider,
    request: (path, init = {}) => {
      const headers: Record<string, string> = { ...(init.token === undefined ? {} : { authorization: `Bearer ${init.token}` }), ...init.headers };
      let body: string | undefined;
      if (init.body !== undefined) {
        body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
        headers['content-type'] ??= 'application/json';
      }
      return Promise.resolve(app.request(path, { method: init.method ?? 'GET', headers, ...(body === undefined ? {} : { body }) }));
    },
    cleanup: async () => {
      await engine.close();
      await testStore.cleanup();
    },
  };
}
