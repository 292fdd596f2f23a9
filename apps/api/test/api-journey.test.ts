import { getCaseList, listAuditEntries } from '@asc-assure/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentIdOf, createTestIdentityProvider, openApiFixture, OWN_COUNCIL, OWN_HUB, PUBLISHED_SCORES, type ApiFixture } from './support/api-fixture.js';
import { sampleExtractRows } from './support/extract-rows.js';

const council = `/v1/councils/${OWN_COUNCIL}`;

describe.each(['pglite-memory', 'postgres'] as const)('a council working through the API on %s', (kind) => {
  let fixture: ApiFixture | undefined;
  let openError: unknown;
  beforeAll(async () => {
    try {
      fixture = await openApiFixture(kind);
    } catch (error) {
      openError = error;
    }
  });
  afterAll(async () => {
    await fixture?.cleanup();
  });
  const api = (): ApiFixture => {
    if (fixture !== undefined) return fixture;
    throw openError instanceof Error ? openError : new Error(`The ${kind} fixture did not open.`);
  };
  const admin = () => api().tokens['council-admin'];
  const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

  it('walks an assessment through its stages, refusing an event the stage cannot take with the events allowed instead', async () => {
    const started = await api().request(`${council}/assessments`, { method: 'POST', token: admin(), body: { assessmentId: 'alpha-journey' } });
    expect(started.status).toBe(201);
    expect(started.headers.get('etag')).toBe('"v0"');
    const noticed = await api().request(`${council}/assessments/alpha-journey/events`, { method: 'POST', token: admin(), body: { type: 'notice.received', date: '2024-03-18' } });
    expect(noticed.status).toBe(201);
    const view = await json<{ stateId: string; nextDeadline: { id: string; dueDate: string } }>(noticed);
    expect(view.stateId).toBe('information-return');
    expect(view.nextDeadline).toMatchObject({ id: 'information-return', dueDate: '2024-04-08' });
    const refused = await api().request(`${council}/assessments/alpha-journey/events`, { method: 'POST', token: admin(), body: { type: 'onsite.finished', date: '2024-03-20' } });
    expect(refused.status).toBe(409);
    const refusal = await json<{ error: { code: string; allowedEvents: string[] } }>(refused);
    expect(refusal.error.code).toBe('event-not-allowed');
    expect(refusal.error.allowedEvents).toContain('information-return.submitted');
    const stale = await api().request(`${council}/assessments/alpha-journey/events`, {
      method: 'POST',
      token: admin(),
      headers: { 'if-match': '"v0"' },
      body: { type: 'data-review.checked', date: '2024-03-22' },
    });
    expect(stale.status).toBe(412);
    const history = await json<{ items: { event: { type: string; actor: string } }[] }>(await api().request(`${council}/assessments/alpha-journey/events`, { token: admin() }));
    expect(history.items.map((entry) => entry.event.type)).toEqual(['notice.received']);
    expect(history.items[0]?.event.actor).toBe('user:council-admin');
  });

  it('keeps evidence safe from lost updates: no If-Match is 428, a stale one is 412 and changes nothing', async () => {
    const created = await api().request(`${council}/evidence`, {
      method: 'POST',
      token: admin(),
      body: { id: 'EV-JOURNEY', title: 'Safeguarding audit', qualityStatementIds: ['safeguarding'], evidenceCategoryIds: ['processes'], owner: 'Head of safeguarding', effectiveFrom: '2024-02-01' },
    });
    expect(created.status).toBe(201);
    const tag = created.headers.get('etag');
    expect(tag).toBe('"v1"');
    const notModified = await api().request(`${council}/evidence/EV-JOURNEY`, { token: admin(), headers: { 'if-none-match': tag ?? '' } });
    expect(notModified.status).toBe(304);
    const withoutTag = await api().request(`${council}/evidence/EV-JOURNEY`, { method: 'PATCH', token: admin(), body: { title: 'Lost' } });
    expect(withoutTag.status).toBe(428);
    const first = api().request(`${council}/evidence/EV-JOURNEY`, { method: 'PATCH', token: admin(), headers: { 'if-match': '"v1"' }, body: { title: 'First editor' } });
    const second = api().request(`${council}/evidence/EV-JOURNEY`, { method: 'PATCH', token: api().tokens.contributor, headers: { 'if-match': '"v1"' }, body: { title: 'Second editor' } });
    const statuses = (await Promise.all([first, second])).map((response) => response.status).sort();
    expect(statuses).toEqual([200, 412]);
    const current = await json<{ title: string; version: number }>(await api().request(`${council}/evidence/EV-JOURNEY`, { token: admin() }));
    expect(current.version).toBe(2);
    expect(['First editor', 'Second editor']).toContain(current.title);
    const invalid = await api().request(`${council}/evidence/EV-JOURNEY`, { method: 'PATCH', token: admin(), headers: { 'if-match': '"v2"' }, body: { effectiveTo: '2020-01-01' } });
    expect(invalid.status).toBe(400);
    expect((await json<{ error: { problems: { path: string[] }[] } }>(invalid)).error.problems[0]?.path).toEqual(['effectiveTo']);
  });

  it('pages through the evidence bank with limit and cursor, each item once', async () => {
    for (let index = 0; index < 5; index++) {
      const response = await api().request(`${council}/evidence`, {
        method: 'POST',
        token: admin(),
        body: { id: `EV-PAGE-${index}`, title: `Paged ${index}`, qualityStatementIds: ['equity-in-experience-and-outcomes'], evidenceCategoryIds: ['outcomes'], owner: 'BI', effectiveFrom: '2024-01-01', tags: ['equality'] },
      });
      expect(response.status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `qualityStatementId=equity-in-experience-and-outcomes&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`;
      const page: { items: { id: string }[]; nextCursor: string | null } = await json(await api().request(`${council}/evidence?${query}`, { token: admin() }));
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(['EV-PAGE-0', 'EV-PAGE-1', 'EV-PAGE-2', 'EV-PAGE-3', 'EV-PAGE-4']);
    expect((await api().request(`${council}/evidence?cursor=not-a-cursor`, { token: admin() })).status).toBe(400);
    expect((await api().request(`${council}/evidence?limit=5000`, { token: admin() })).status).toBe(400);
  });

  it('writes a self-assessment statement once without If-Match, and after that only with the current ETag', async () => {
    const path = `${council}/self-assessment/partnerships-and-communities`;
    const current = await api().request(path, { token: admin() });
    const tag = current.headers.get('etag') ?? '';
    const body = { narrative: 'We work with the voluntary sector', selfScore: 3, strengths: ['Carers hub'], areasForImprovement: [{ id: 'afi-1', description: 'Seldom-heard groups', actionIds: ['alpha-ACT-1'] }] };
    expect((await api().request(path, { method: 'PUT', token: admin(), body })).status).toBe(428);
    expect((await api().request(path, { method: 'PUT', token: admin(), headers: { 'if-match': '"v999"' }, body })).status).toBe(412);
    const saved = await api().request(path, { method: 'PUT', token: admin(), headers: { 'if-match': tag }, body });
    expect(saved.status).toBe(200);
    const statement = await json<{ areasForImprovement: unknown[]; updatedOn: string }>(saved);
    expect(statement.areasForImprovement).toEqual(body.areasForImprovement);
    expect(statement.updatedOn).toBe('2024-06-01');
  });

  it('answers readiness from current records: a new evidence item shows at once', async () => {
    const before = await json<{ report: { counts: { evidenceItems: number } } }>(await api().request(`${council}/readiness`, { token: api().tokens.reader }));
    const again = await json<{ report: { counts: { evidenceItems: number } } }>(await api().request(`${council}/readiness`, { token: api().tokens.reader }));
    expect(again).toEqual(before);
    await api().request(`${council}/evidence`, {
      method: 'POST',
      token: admin(),
      body: { title: 'Carers survey', qualityStatementIds: ['supporting-healthier-lives'], evidenceCategoryIds: ['peoples-experience'], owner: 'BI', effectiveFrom: '2024-03-01', tags: ['unpaid-carers'] },
    });
    const after = await json<{ report: { counts: { evidenceItems: number } } }>(await api().request(`${council}/readiness`, { token: api().tokens.reader }));
    expect(after.report.counts.evidenceItems).toBe(before.report.counts.evidenceItems + 1);
  });

  it('proposes a case list that holds pseudonymised ids only, checks lists and records selection and consent', async () => {
    const assessmentId = assessmentIdOf(OWN_COUNCIL);
    const base = `${council}/assessments/${assessmentId}/case-list`;
    const rows = sampleExtractRows(40);
    const proposed = await api().request(`${base}/proposal`, { method: 'POST', token: api().tokens.contributor, body: { rows, size: 20, seed: 'june' } });
    expect(proposed.status).toBe(201);
    const text = await proposed.text();
    expect(text).not.toMatch(/P000\d\d/);
    const proposal = JSON.parse(text) as { picks: { pseudonymisedId: string }[] };
    expect(proposal.picks).toHaveLength(20);
    const again = await json<{ picks: { pseudonymisedId: string }[] }>(await api().request(`${base}/proposal`, { method: 'POST', token: api().tokens.contributor, body: { rows: [...rows].reverse(), size: 20, seed: 'june' } }));
    expect(again.picks.map((pick) => pick.pseudonymisedId)).toEqual(proposal.picks.map((pick) => pick.pseudonymisedId));
    const stored = await getCaseList(api().store, { councilId: OWN_COUNCIL, id: `${assessmentId}-case-list` });
    expect(JSON.stringify(stored?.records)).not.toMatch(/P000\d\d/);
    const badRow = await api().request(`${base}/proposal`, { method: 'POST', token: api().tokens.contributor, body: { rows: [...rows.slice(0, 3), { localPersonId: 'X' }] } });
    expect(badRow.status).toBe(400);
    expect(JSON.stringify(await badRow.json())).toContain('rows');
    const check = await json<{ ok: boolean; errorCount: number }>(await api().request(`${base}/check`, { method: 'POST', token: api().tokens.contributor, body: { records: [{ pseudonymisedId: 'x' }] } }));
    expect(check.ok).toBe(false);
    expect(check.errorCount).toBeGreaterThan(0);
    expect((await api().request(base, { token: api().tokens.reader })).status).toBe(403);
  });

  it('records CQC’s published result and compares it with the self-assessment', async () => {
    const path = `${council}/assessments/${assessmentIdOf(OWN_COUNCIL)}`;
    const saved = await api().request(`${path}/published-result`, { method: 'PUT', token: admin(), body: { publishedOn: '2024-11-15', scores: PUBLISHED_SCORES, rating: 'outstanding' } });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ rating: 'outstanding', ratingFollowsScores: false });
    const comparison = await json<{ overall: { publishedRating: string }; overestimated: string[] }>(await api().request(`${path}/comparison`, { token: api().tokens['peer-reviewer'] }));
    expect(comparison.overall.publishedRating).toBe('outstanding');
    expect(comparison.overestimated).toContain('supporting-healthier-lives');
  });

  it('records every change in the audit log with who made it, and the log verifies', async () => {
    const entries = await listAuditEntries(api().store, { councilId: OWN_COUNCIL, limit: 1000 });
    const apiEntries = entries.filter((entry) => entry.actor.startsWith('user:'));
    expect(apiEntries.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['assessment.start-requested', 'assessment.event-recorded', 'evidence.created', 'evidence.updated', 'self-assessment.updated', 'case-list.proposed', 'published-result.saved']),
    );
    // The engine writes its own entries for lifecycle events (actor from the event); the API's carry how the caller signed in.
    for (const entry of apiEntries.filter((candidate) => candidate.action !== 'assessment.event-recorded')) expect(entry.detail).toMatchObject({ via: 'api-token' });
    const page = await json<{ items: { actor: string }[] }>(await api().request(`${council}/audit?limit=1000`, { token: api().tokens['peer-reviewer'] }));
    expect(page.items.length).toBe(entries.length);
    const verification = await json<{ ok: boolean }>(await api().request(`/v1/hubs/${OWN_HUB}/audit/verification`, { token: api().tokens['hub-admin'] }));
    expect(verification.ok).toBe(true);
  });

  it('issues API tokens that work at once and stop at once when revoked', async () => {
    const issued = await api().request(`${council}/tokens`, { method: 'POST', token: admin(), body: { principalId: 'service:dashboard', role: 'reader', label: 'dashboard' } });
    expect(issued.status).toBe(201);
    const { token, id } = await json<{ token: string; id: string }>(issued);
    expect(token).toMatch(/^asc_/);
    expect((await api().request(council, { token })).status).toBe(200);
    const listed = await api().request(`${council}/tokens`, { token: admin() });
    expect(await listed.text()).not.toContain(token);
    expect((await api().request(`${council}/tokens/${id}`, { method: 'DELETE', token: admin() })).status).toBe(204);
    expect((await api().request(council, { token })).status).toBe(401);
  });

  it("accepts identity tokens from the council's identity provider only, with the roles granted to the person", async () => {
    const stranger = await api().identityProvider.sign('stranger-subject');
    expect((await api().request(council, { token: stranger })).status).toBe(404);
    const granted = await api().request(`${council}/members`, { method: 'POST', token: admin(), body: { principalId: 'oidc:stranger-subject', role: 'reader' } });
    expect(granted.status).toBe(201);
    const membership = await json<{ id: string }>(granted);
    expect((await api().request(council, { token: stranger })).status).toBe(200);
    expect((await api().request(`${council}/evidence`, { method: 'POST', token: stranger, body: {} })).status).toBe(403);
    expect((await api().request(`${council}/members/${membership.id}`, { method: 'DELETE', token: admin() })).status).toBe(204);
    expect((await api().request(council, { token: stranger })).status).toBe(404);
    const otherAudience = await api().identityProvider.sign('contributor-subject', {}, { audience: 'api://someone-else' });
    expect((await api().request(council, { token: otherAudience })).status).toBe(401);
    const otherIssuer = await api().identityProvider.sign('contributor-subject', {}, { issuer: 'https://login.example.test/another-tenant/v2.0' });
    expect((await api().request(council, { token: otherIssuer })).status).toBe(401);
    const otherKey = await (await createTestIdentityProvider()).sign('contributor-subject');
    expect((await api().request(council, { token: otherKey })).status).toBe(401);
    expect((await api().request(council, { token: await api().identityProvider.sign('contributor-subject') })).status).toBe(200);
  });
});
