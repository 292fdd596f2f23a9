import type { PseudonymisationKey } from '@asc-assure/framework';
import type { Clock } from '@asc-assure/engine-local';
import type { Engine } from '@asc-assure/lifecycle';
import { appendAudit, type Store, type StoreExecutor } from '@asc-assure/store';
import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { ApiEnv } from '../api-env.js';
import type { Authenticator } from '../auth/authenticator.js';
import type { CouncilReadCache } from '../http/council-read-cache.js';
import type { Tenancy } from '../tenancy/council-access.js';
import { councilIdOf } from '../tenancy/council-access.js';

/** Where a council's pseudonymisation key comes from. */
export interface PseudonymisationKeyProvider {
  keyFor(councilId: string): Promise<PseudonymisationKey>;
}

/** Everything route handlers use. */
export interface RouteDependencies {
  readonly store: Store;
  readonly engine: Engine;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly tenancy: Tenancy;
  readonly authenticator: Authenticator;
  /** Present only when this process owns the store alone (see {@link CouncilReadCache}). */
  readonly readCache: CouncilReadCache | undefined;
  readonly pseudonymisationKeys: PseudonymisationKeyProvider;
}

/** A change to record in the audit log. */
export interface ChangeRecord {
  /** For example `evidence.created`. */
  readonly action: string;
  /** For example `evidence/EV-0042`. */
  readonly subject: string;
  /** What changed; plain JSON. */
  readonly detail: Readonly<Record<string, unknown>>;
}

/**
 * Records a change to the request's council in the audit log, in the change's own transaction:
 * who (the principal id, and the token used), when (the API's clock) and what. Every mutation
 * route calls it; the council's cached answers are dropped once the request has finished.
 */
export async function recordCouncilChange(deps: RouteDependencies, c: Context<ApiEnv>, executor: StoreExecutor, change: ChangeRecord): Promise<void> {
  const councilId = councilIdOf(c);
  await recordChange(deps, c, executor, councilId, change);
}

/** Records a change (to a council, or hub-wide with `councilId` null) in the audit log. */
export async function recordChange(
  deps: RouteDependencies,
  c: Context<ApiEnv>,
  executor: StoreExecutor,
  councilId: string | null,
  change: ChangeRecord,
): Promise<void> {
  const principal = c.get('principal');
  await appendAudit(executor, {
    councilId,
    actor: principal.id,
    action: change.action,
    subject: change.subject,
    detail: { ...change.detail, via: principal.via, ...(principal.tokenId === undefined ? {} : { tokenId: principal.tokenId }), requestId: c.get('requestId') },
    at: deps.clock.now(),
  });
  if (councilId !== null) markCouncilChanged(c, councilId);
}

/** Notes that the request changed the council's data (the engine writes its own audit entries). */
export function markCouncilChanged(c: Context<ApiEnv>, councilId: string): void {
  c.get('changedCouncilIds').add(councilId);
}
