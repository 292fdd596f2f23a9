import { createApiToken, startServer, type RunningServer } from '@asc-assure/api';
import { createManualClock } from '@asc-assure/engine-local';
import { openStore, saveCouncil, type Store } from '@asc-assure/store';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAscAssureClient, ifMatch, type AscAssureClient } from '../src/index.js';

describe('the typed client against the real API, served over HTTP in this process', () => {
  let store: Store;
  let server: RunningServer;
  let api: AscAssureClient;
  let readerToken: string;

  beforeAll(async () => {
    store = await openStore({ kind: 'pglite' });
    await saveCouncil(store, { id: 'gloucestershire', name: 'Gloucestershire County Council' });
    const admin = await createApiToken(store, { principal: 'user:assurance-lead', role: 'council-admin', councilId: 'gloucestershire' });
    readerToken = (await createApiToken(store, { principal: 'user:analyst', role: 'reader', councilId: 'gloucestershire' })).token;
    server = await startServer({ store, port: 0, clock: createManualClock('2024-06-03'), engine: { kind: 'local', scheduler: false }, logger: pino({ level: 'silent' }) });
    api = createAscAssureClient({ baseUrl: server.url, token: admin.token });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('starts an assessment, records the notice and reads the deadline it set', async () => {
    const started = await api.POST('/v1/councils/{councilId}/assessments', { params: { path: { councilId: 'gloucestershire' } }, body: { assessmentId: 'glos-2024' } });
    expect(started.response.status).toBe(201);
    const noticed = await api.POST('/v1/councils/{councilId}/assessments/{assessmentId}/events', {
      params: { path: { councilId: 'gloucestershire', assessmentId: 'glos-2024' } },
      body: { type: 'notice.received', date: '2024-03-18' },
    });
    expect(noticed.data?.stateId).toBe('information-return');
    const deadlines = await api.GET('/v1/councils/{councilId}/assessments/{assessmentId}/deadlines', { params: { path: { councilId: 'gloucestershire', assessmentId: 'glos-2024' } } });
    expect(deadlines.data?.items[0]).toMatchObject({ id: 'information-return', dueDate: '2024-04-08' });
  });

  it('adds and changes evidence with ETags, and reports a stale change as an error body', async () => {
    const created = await api.POST('/v1/councils/{councilId}/evidence', {
      params: { path: { councilId: 'gloucestershire' } },
      body: { id: 'EV-0042', title: "Carers' Strategy 2024-2027", qualityStatementIds: ['assessing-needs'], evidenceCategoryIds: ['processes'], owner: "Carers' Lead", effectiveFrom: '2024-04-01' },
    });
    expect(created.data?.version).toBe(1);
    const etag = created.response.headers.get('etag');
    const changed = await api.PATCH('/v1/councils/{councilId}/evidence/{evidenceId}', {
      params: { path: { councilId: 'gloucestershire', evidenceId: 'EV-0042' }, header: ifMatch(etag) },
      body: { reviewBy: '2025-04-01' },
    });
    expect(changed.data?.reviewBy).toBe('2025-04-01');
    const stale = await api.PATCH('/v1/councils/{councilId}/evidence/{evidenceId}', {
      params: { path: { councilId: 'gloucestershire', evidenceId: 'EV-0042' }, header: ifMatch(etag) },
      body: { title: 'Overwrite' },
    });
    expect(stale.response.status).toBe(412);
    expect(stale.error?.error.code).toBe('precondition-failed');
    const page = await api.GET('/v1/councils/{councilId}/evidence', { params: { path: { councilId: 'gloucestershire' }, query: { limit: 10 } } });
    expect(page.data?.items.map((item) => item.title)).toEqual(["Carers' Strategy 2024-2027"]);
  });

  it('reads readiness with a reader token, and is refused a change with it', async () => {
    const reader = createAscAssureClient({ baseUrl: server.url, token: () => readerToken });
    const readiness = await reader.GET('/v1/councils/{councilId}/readiness', { params: { path: { councilId: 'gloucestershire' } } });
    expect(readiness.data?.report.counts.evidenceItems).toBe(1);
    const refused = await reader.POST('/v1/councils/{councilId}/risks', {
      params: { path: { councilId: 'gloucestershire' } },
      body: { title: 'Workforce', owner: 'DASS', likelihood: 4, impact: 4, mitigation: 'Recruit' },
    });
    expect(refused.response.status).toBe(403);
    expect(refused.error?.error.code).toBe('forbidden');
  });
});
