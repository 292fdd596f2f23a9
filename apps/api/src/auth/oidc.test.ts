import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createOidcVerifier } from './oidc.js';

const issuer = 'https://login.microsoftonline.com/tenant-id/v2.0';
const audience = 'api://asc-assure';

async function provider() {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' }] };
  const sign = (claims: Record<string, unknown>, options: { issuer?: string; audience?: string; expiresIn?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setIssuer(options.issuer ?? issuer)
      .setAudience(options.audience ?? audience)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '5m')
      .sign(privateKey);
  return { jwks, sign };
}

describe("identity tokens from a council's identity provider", () => {
  it('names the user by the configured claim: Entra ID object id when asked', async () => {
    const { jwks, sign } = await provider();
    const token = await sign({ sub: 'pairwise-subject', oid: 'object-id', name: 'Alice Smith' });
    expect(await createOidcVerifier({ issuer, audience, jwks }).verify(token)).toEqual({ principalId: 'oidc:pairwise-subject', displayName: 'Alice Smith' });
    expect(await createOidcVerifier({ issuer, audience, jwks, subjectClaim: 'oid' }).verify(token)).toEqual({ principalId: 'oidc:object-id', displayName: 'Alice Smith' });
  });

  it('refuses tokens for another audience or from another issuer, expired ones and ones signed with another key', async () => {
    const { jwks, sign } = await provider();
    const other = await provider();
    const verifier = createOidcVerifier({ issuer, audience, jwks });
    const refused = [
      await sign({ sub: 'a' }, { audience: 'api://other' }),
      await sign({ sub: 'a' }, { issuer: 'https://evil.example/v2.0' }),
      await sign({ sub: 'a' }, { expiresIn: '-10m' }),
      await other.sign({ sub: 'a' }),
      await sign({}),
      'not-a-jwt',
    ];
    for (const token of refused) expect(await verifier.verify(token)).toBeUndefined();
  });

  it('says the identity provider is unreachable (503), rather than blaming the caller, when its keys cannot be fetched', async () => {
    const { sign } = await provider();
    const verifier = createOidcVerifier({ issuer: 'http://127.0.0.1:9', audience, jwksUrl: 'http://127.0.0.1:9/keys' });
    await expect(verifier.verify(await sign({ sub: 'a' }))).rejects.toMatchObject({ status: 503, code: 'identity-provider-unavailable' });
  });
});
