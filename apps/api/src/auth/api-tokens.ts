import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { InvalidInputError, isoDateSchema, parseInput } from '@asc-assure/framework';
import {
  ACCESS_ROLE_IDS,
  getPrincipal,
  insertApiToken,
  savePrincipal,
  type ApiTokenRecord,
  type StoreExecutor,
} from '@asc-assure/store';
import { z } from '@hono/zod-openapi';

/** Every API token starts with this, so that a leaked one is easy to recognise (and to scan for). */
export const API_TOKEN_PREFIX = 'asc_';

/** The hex SHA-256 of a token: what the store keeps instead of the token. */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether a bearer credential has the shape of an asc-assure API token (rather than a JWT). */
export function looksLikeApiToken(credential: string): boolean {
  return credential.startsWith(API_TOKEN_PREFIX);
}

/** A principal id: letters, digits and `._:@-`, as the audit log shows it. */
export const principalIdSchema = z
  .string()
  .trim()
  .min(1, 'the principal cannot be empty')
  .max(200, 'the principal can be at most 200 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:@+-]*$/, "the principal must be letters, digits or '._:@+-', for example user:alice or service:bi-dashboard");

const scopeIdSchema = z.string().trim().min(1).max(100);

/** What {@link createApiToken} takes. */
export const apiTokenRequestSchema = z
  .strictObject({
    /** Who the token acts as: the audit log names them. Made if new. */
    principal: principalIdSchema,
    displayName: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ACCESS_ROLE_IDS),
    councilId: scopeIdSchema.optional(),
    hubId: scopeIdSchema.optional(),
    /** The last day the token works, `YYYY-MM-DD`. Required for a peer reviewer. */
    expiresOn: isoDateSchema.optional(),
    label: z.string().trim().max(200).optional(),
    /** Who issued it (a principal id); `system` when left out. */
    createdBy: z.string().trim().min(1).max(200).optional(),
  })
  .refine((request) => (request.councilId === undefined) !== (request.hubId === undefined), {
    message: 'give either a council or a hub, not both and not neither',
    path: ['councilId'],
  })
  .refine((request) => request.role !== 'hub-admin' || request.hubId !== undefined, {
    message: 'a hub administrator token is for a hub: give hubId',
    path: ['hubId'],
  })
  .refine((request) => request.role !== 'peer-reviewer' || request.expiresOn !== undefined, {
    message: "a peer reviewer's access must end: give expiresOn",
    path: ['expiresOn'],
  });

/** The request for a new API token (see {@link apiTokenRequestSchema}). */
export type ApiTokenRequest = z.input<typeof apiTokenRequestSchema>;

/** A new token: `token` is the only time the plaintext exists outside the caller's hands. */
export interface CreatedApiToken {
  readonly token: string;
  readonly record: ApiTokenRecord;
}

/**
 * Issues an API token granting `role` on one council or one hub, for bootstrap (the first
 * administrator token of `asc-assure serve`) and for the API's own token routes. Returns the
 * plaintext once; the store keeps only its SHA-256. The council or hub must be in the store.
 *
 * @example
 * const { token } = await createApiToken(store, { principal: 'user:alice', role: 'council-admin', councilId: 'gloucestershire' });
 * // Authorization: Bearer asc_...
 */
export async function createApiToken(executor: StoreExecutor, request: ApiTokenRequest): Promise<CreatedApiToken> {
  const parsed = parseInput(apiTokenRequestSchema, request, 'The API token cannot be created');
  if (parsed.role === 'hub-admin' && parsed.councilId !== undefined) {
    throw new InvalidInputError('The API token cannot be created', [{ code: 'hub-admin-on-council', path: ['role'], message: 'a hub administrator token is for a hub, not a council' }]);
  }
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const existing = await getPrincipal(executor, parsed.principal);
  if (existing === undefined || parsed.displayName !== undefined) {
    await savePrincipal(executor, { id: parsed.principal, displayName: parsed.displayName ?? existing?.displayName ?? parsed.principal });
  }
  const record = await insertApiToken(executor, {
    id: `tok_${randomUUID().replaceAll('-', '').slice(0, 16)}`,
    principalId: parsed.principal,
    tokenHash: hashApiToken(token),
    label: parsed.label,
    role: parsed.role,
    councilId: parsed.councilId ?? null,
    hubId: parsed.hubId ?? null,
    expiresOn: parsed.expiresOn ?? null,
    createdBy: parsed.createdBy ?? 'system',
  });
  return { token, record };
}
