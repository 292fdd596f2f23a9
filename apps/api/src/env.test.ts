import { describe, expect, it } from 'vitest';
import { parseApiEnvironment } from './env.js';

describe('the API server environment', () => {
  it('runs one council on the embedded database on this machine when nothing is set', () => {
    expect(parseApiEnvironment({})).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', ASC_ASSURE_HOME: '.asc-assure', ENGINE: 'local', LOG_LEVEL: 'info', TRUST_PROXY: false });
  });

  it('reads a hub configuration: PostgreSQL, Temporal and Entra ID', () => {
    const env = parseApiEnvironment({
      PORT: '8080',
      DATABASE_URL: 'postgres://asc@db/asc',
      ENGINE: 'temporal',
      TEMPORAL_ADDRESS: 'temporal:7233',
      OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
      OIDC_AUDIENCE: 'api://asc-assure',
      OIDC_SUBJECT_CLAIM: 'oid',
    });
    expect(env).toMatchObject({ PORT: 8080, ENGINE: 'temporal', TEMPORAL_ADDRESS: 'temporal:7233', OIDC_SUBJECT_CLAIM: 'oid' });
  });

  it('names every variable that is wrong, and refuses an issuer without an audience', () => {
    expect(() => parseApiEnvironment({ PORT: 'eighty', ENGINE: 'cloud', DATABASE_URL: 'mysql://x' })).toThrow(/PORT.*ENGINE|ENGINE.*PORT/);
    expect(() => parseApiEnvironment({ OIDC_ISSUER: 'https://login.example/v2.0' })).toThrow(/OIDC_AUDIENCE/);
  });
});
