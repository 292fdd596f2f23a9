import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { ApiError } from '../http/api-error.js';

/**
 * OpenID Connect bearer tokens from a council's identity provider, for example Microsoft Entra
 * ID: configured by issuer and audience (the API's application id URI or client id).
 */
export interface OidcOptions {
  /** For Entra ID: `https://login.microsoftonline.com/<tenant id>/v2.0`. */
  readonly issuer: string;
  /** The `aud` the tokens must carry. */
  readonly audience: string;
  /** Where the signing keys are. Default: `jwks_uri` from the issuer's `/.well-known/openid-configuration`. */
  readonly jwksUrl?: string | undefined;
  /** The signing keys themselves (tests, or a network with no route to the issuer). */
  readonly jwks?: JSONWebKeySet | undefined;
  /**
   * The claim that identifies the user; the principal id is `oidc:<value>`. Default `sub`. For
   * Entra ID, `oid` (the user's object id) is the same in every application of the tenant.
   */
  readonly subjectClaim?: string | undefined;
}

/** What a verified identity token says about its holder. */
export interface OidcIdentity {
  readonly principalId: string;
  readonly displayName: string;
}

/** Checks identity tokens: signature, issuer, audience and expiry. */
export interface OidcVerifier {
  /**
   * The identity, or undefined for a token that does not verify (the caller gets 401). Throws an
   * `ApiError` (503) when the identity provider's keys cannot be fetched: that is not the caller's fault.
   */
  verify(token: string): Promise<OidcIdentity | undefined>;
}

/** Clock skew allowed between the identity provider and this server. */
const CLOCK_TOLERANCE_SECONDS = 60;

async function discoverJwksUrl(issuer: string): Promise<URL> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`The identity provider's configuration could not be read (HTTP ${response.status}).`);
  const configuration = (await response.json()) as { jwks_uri?: unknown };
  if (typeof configuration.jwks_uri !== 'string') throw new Error("The identity provider's configuration has no jwks_uri.");
  return new URL(configuration.jwks_uri);
}

/**
 * A verifier for one issuer and audience. Keys are fetched on first use and cached by jose (a
 * key the provider rotates in is fetched when first seen).
 */
export function createOidcVerifier(options: OidcOptions): OidcVerifier {
  const subjectClaim = options.subjectClaim ?? 'sub';
  let keys: JWTVerifyGetKey | undefined = options.jwks === undefined ? undefined : createLocalJWKSet(options.jwks);
  let discovering: Promise<JWTVerifyGetKey> | undefined;
  const keySet = (): Promise<JWTVerifyGetKey> => {
    if (keys !== undefined) return Promise.resolve(keys);
    discovering ??= (options.jwksUrl === undefined ? discoverJwksUrl(options.issuer) : Promise.resolve(new URL(options.jwksUrl)))
      .then((url) => {
        keys = createRemoteJWKSet(url);
        return keys;
      })
      .finally(() => {
        discovering = undefined;
      });
    return discovering;
  };
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, await keySet(), {
          issuer: options.issuer,
          audience: options.audience,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
        });
        const subject = payload[subjectClaim];
        if (typeof subject !== 'string' || subject === '') return undefined;
        const name = typeof payload.name === 'string' ? payload.name : typeof payload.preferred_username === 'string' ? payload.preferred_username : subject;
        return { principalId: `oidc:${subject}`, displayName: name };
      } catch (error) {
        if (error instanceof errors.JOSEError && !(error instanceof errors.JWKSTimeout)) return undefined;
        throw new ApiError(503, 'identity-provider-unavailable', "The council's identity provider cannot be reached to check your sign-in. Try again in a minute.", { cause: error });
      }
    },
  };
}
