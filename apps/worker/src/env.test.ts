import { DEFAULT_HUB_NAMESPACE, DEFAULT_HUB_TASK_QUEUE } from '@asc-assure/engine-temporal';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkerEnvironment, usesTemporalTls, WORKER_DEFAULTS } from './env.js';

describe('the hub worker settings', () => {
  it('a hub with nothing set talks to the local dev server on the default queue', () => {
    const parsed = parseWorkerEnvironment({});
    expect(parsed.ok && parsed.env).toMatchObject({
      TEMPORAL_ADDRESS: 'localhost:7233',
      TEMPORAL_NAMESPACE: DEFAULT_HUB_NAMESPACE,
      ASC_ASSURE_TASK_QUEUE: DEFAULT_HUB_TASK_QUEUE,
      TEMPORAL_TLS: false,
      LOG_LEVEL: 'info',
      ASC_ASSURE_SHUTDOWN_GRACE_SECONDS: 30,
      ASC_ASSURE_NOTIFY_TO: [],
    });
    expect(WORKER_DEFAULTS).toEqual({ namespace: DEFAULT_HUB_NAMESPACE, taskQueue: DEFAULT_HUB_TASK_QUEUE });
  });

  it('a production hub gives its cluster, TLS files, PostgreSQL and email', () => {
    const parsed = parseWorkerEnvironment({
      TEMPORAL_ADDRESS: 'temporal.hub.example.gov.uk:7233',
      TEMPORAL_NAMESPACE: 'south-west',
      TEMPORAL_TLS_CERT_PATH: '/etc/asc-assure/client.pem',
      TEMPORAL_TLS_KEY_PATH: '/etc/asc-assure/client.key',
      DATABASE_URL: 'postgres://asc:secret@db.internal:5432/asc',
      ASC_ASSURE_SMTP_URL: 'smtp://mail.example.gov.uk:587',
      ASC_ASSURE_NOTIFY_FROM: 'assurance@example.gov.uk',
      ASC_ASSURE_NOTIFY_TO: 'lead@example.gov.uk; team@example.gov.uk',
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(usesTemporalTls(parsed.env)).toBe(true);
    expect(parsed.env.ASC_ASSURE_NOTIFY_TO).toEqual(['lead@example.gov.uk', 'team@example.gov.uk']);
  });

  it('every unusable setting is reported at once, by variable', () => {
    const parsed = parseWorkerEnvironment({ TEMPORAL_ADDRESS: 'https://temporal', DATABASE_URL: 'mysql://db', LOG_LEVEL: 'chatty', TEMPORAL_TLS: 'maybe' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((problem) => problem.variable).sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'TEMPORAL_ADDRESS', 'TEMPORAL_TLS']);
  });

  it('settings that go together are checked together', () => {
    const parsed = parseWorkerEnvironment({ ASC_ASSURE_SMTP_URL: 'smtp://mail.example.gov.uk', TEMPORAL_TLS_CERT_PATH: '/etc/client.pem' });
    expect(parsed.ok ? [] : parsed.problems.map((problem) => problem.variable).sort()).toEqual(['ASC_ASSURE_NOTIFY_FROM', 'ASC_ASSURE_NOTIFY_TO', 'TEMPORAL_TLS_KEY_PATH']);
  });

  it('a blank variable counts as not set, whatever spaces it holds', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ \t]*$/), (blank) => {
        const parsed = parseWorkerEnvironment({ TEMPORAL_ADDRESS: blank, DATABASE_URL: blank, TEMPORAL_TLS: blank });
        return parsed.ok && parsed.env.TEMPORAL_ADDRESS === 'localhost:7233' && parsed.env.DATABASE_URL === undefined && !parsed.env.TEMPORAL_TLS;
      }),
    );
  });

  it('the shutdown grace is a whole number of seconds up to an hour', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (seconds) => {
        const parsed = parseWorkerEnvironment({ ASC_ASSURE_SHUTDOWN_GRACE_SECONDS: String(seconds) });
        return parsed.ok === seconds <= 3600 && (!parsed.ok || parsed.env.ASC_ASSURE_SHUTDOWN_GRACE_SECONDS === seconds);
      }),
    );
  });
});
