import type { Clock } from '@asc-assure/engine-local';
import { findApiTokenByHash, getPrincipal, listMembershipsOfPrincipal, savePrincipal, type Store } from '@asc-assure/store';
import { BoundedCache } from '../http/bounded-cache.js';
import { hashApiToken, looksLikeApiToken } from './api-tokens.js';
import { createOidcVerifier, type OidcOptions, type OidcVerifier } from './oidc.js';
import type { Principal } from './principal.js';

/** Options of {@link createAuthenticator}. */
export interface AuthenticatorOptions {
  readonly store: Store;
  readonly clock: Clock;
  readonly oidc?: OidcOptions | undefined;
  /**
   * How long a checked credential is remembered, in seconds (default 30). Revoking a token or a
   * membership through this server takes effect at once; through another server sharing the
   * database, within this time.
   */
  readonly cacheSeconds?: number | undefined;
}

/** Turns a bearer credential into a {@link Principal}. */
export interface Authenticator {
  /** The principal, or undefined when the credential is unknown, revoked, expired or does not verify. */
  authenticate(credential: string): Promise<Principal | undefined>;
  /** Forgets what was remembered about a token (after it is revoked). */
  forgetToken(tokenId: string): void;
  /** Forgets what was remembered about a principal (after their memberships change). */
  forgetPrincipal(principalId: string): void;
}

const CACHE_CAPACITY = 10_000;

/**
 * Authentication: API tokens (looked up by SHA-256) and, when configured, OIDC identity tokens
 * (verified with jose; the user's roles are their memberships in the store). Results are cached
 * briefly, keyed by the credential's hash, so a busy client costs one lookup per period.
 */
export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  const { store, clock } = options;
  const ttlMilliseconds = (options.cacheSeconds ?? 30) * 1000;
  const cache = new BoundedCache<string, Principal | null>({ capacity: CACHE_CAPACITY, ttlMilliseconds });
  const verifier: OidcVerifier | undefined = options.oidc === undefined ? undefined : createOidcVerifier(options.oidc);

  async function fromApiToken(credential: string): Promise<Principal | undefined> {
    const record = await findApiTokenByHash(store, hashApiToken(credential));
    if (record === undefined || record.revokedAt !== null) return undefined;
    if (record.expiresOn !== null && record.expiresOn < clock.today()) return undefined;
    const principal = await getPrincipal(store, record.principalId);
    return {
      id: record.principalId,
      displayName: principal?.displayName ?? record.principalId,
      via: 'api-token',
      tokenId: record.id,
      grants: [{ role: record.role, councilId: record.councilId, hubId: record.hubId, expiresOn: record.expiresOn }],
    };
  }

  async function fromIdentityToken(credential: string): Promise<Principal | undefined> {
    if (verifier === undefined) return undefined;
    const identity = await verifier.verify(credential);
    if (identity === undefined) return undefined;
    const known = await getPrincipal(store, identity.principalId);
    if (known === undefined) await savePrincipal(store, { id: identity.principalId, displayName: identity.displayName });
    const memberships = await listMembershipsOfPrincipal(store, identity.principalId);
    return {
      id: identity.principalId,
      displayName: identity.displayName,
      via: 'oidc',
      grants: memberships.map((membership) => ({ role: membership.role, councilId: membership.councilId, hubId: membership.hubId, expiresOn: membership.expiresOn })),
    };
  }

  return {
    async authenticate(credential) {
      const key = hashApiToken(credential);
      const cached = cache.get(key);
      if (cached !== undefined) return cached ?? undefined;
      const principal = looksLikeApiToken(credential) ? await fromApiToken(credential) : await fromIdentityToken(credential);
      // Failures are remembered too, briefly, so that a client retrying a bad token costs nothing.
      cache.set(key, principal ?? null);
      return principal;
    },
    forgetToken(tokenId) {
      cache.deleteWhere((principal) => principal?.tokenId === tokenId);
    },
    forgetPrincipal(principalId) {
      cache.deleteWhere((principal) => principal?.id === principalId);
    },
  };
}
