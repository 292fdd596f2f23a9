import { createHash } from 'node:crypto';
import { InvalidInputError } from '@asc-assure/framework';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import { canonicalJson } from './canonical-json.js';
import type { JsonValue } from './json.js';
import type { StoreExecutor } from './open-store.js';
import { withinTransaction } from './open-store.js';
import type { AuditLogTable } from './schema.js';

/** The `previousHash` of the first entry: there is nothing before it. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/** Rows read per query while verifying, so that a long log is checked in constant memory. */
const VERIFY_BATCH_SIZE = 1000;

/** Something that happened, to record in the audit log. */
export interface AuditEntryInput {
  /** The council it concerns; leave out for hub-wide events. */
  readonly councilId?: string | null | undefined;
  /** Who did it: a user id, `system`, or a process name. */
  readonly actor: string;
  /** What was done, for example `evidence.imported` or `assessment.event-recorded`. */
  readonly action: string;
  /** What it was done to, for example `assessment/7`. */
  readonly subject: string;
  /** Anything else worth keeping; must be plain JSON data. */
  readonly detail: Readonly<Record<string, unknown>>;
  /** When (ISO timestamp, kept to the millisecond); now when left out. */
  readonly at?: string | undefined;
}

/** An entry of the audit log as stored. */
export interface AuditEntryRecord {
  /** 1 for the first entry, then 2, 3...: no gaps. */
  readonly sequence: number;
  readonly councilId: string | null;
  readonly actor: string;
  readonly action: string;
  readonly subject: string;
  readonly detail: JsonValue;
  readonly at: string;
  readonly previousHash: string;
  /** sha256 (hex) of `previousHash` followed by the canonical JSON of the entry. */
  readonly hash: string;
}

/** The last entry of the log, to keep somewhere else as an anchor against removal from the end. */
export interface AuditHead {
  readonly sequence: number;
  readonly hash: string;
}

/** The outcome of {@link verifyAuditLog}. */
export interface AuditVerification {
  /** True when every entry checked is exactly as it was written, in order, with none missing. */
  readonly ok: boolean;
  /** Entries that passed before the first problem (all of them when `ok`). */
  readonly checked: number;
  /** The sequence where the chain first breaks. */
  readonly firstBrokenSequence?: number;
  /** Plain English, for the person who asked. */
  readonly message: string;
}

/** The content the hash covers: everything in the entry except the hashes themselves. */
export interface AuditHashedContent {
  readonly sequence: number;
  readonly councilId: string | null;
  readonly actor: string;
  readonly action: string;
  readonly subject: string;
  readonly detail: unknown;
  readonly at: string;
}

/**
 * sha256 (hex) of `previousHash` followed by the canonical JSON (sorted keys) of the entry's
 * content. Sorting the keys makes the hash survive `jsonb`, which does not keep key order.
 */
export function hashAuditEntry(previousHash: string, content: AuditHashedContent): string {
  const canonical = canonicalJson({
    sequence: content.sequence,
    councilId: content.councilId,
    actor: content.actor,
    action: content.action,
    subject: content.subject,
    detail: content.detail,
    at: content.at,
  });
  return createHash('sha256').update(previousHash).update(canonical).digest('hex');
}

function toAuditEntryRecord(row: Selectable<AuditLogTable>): AuditEntryRecord {
  return {
    sequence: row.sequence,
    councilId: row.council_id,
    actor: row.actor,
    action: row.action,
    subject: row.subject,
    detail: row.detail,
    at: row.at,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}

function normaliseTimestamp(at: string): string {
  const time = new Date(at);
  if (Number.isNaN(time.getTime())) {
    throw new InvalidInputError('The audit entry cannot be recorded', [
      { code: 'invalid-timestamp', path: ['at'], message: `"${at}" is not a date and time` },
    ]);
  }
  return time.toISOString();
}

/**
 * Appends an entry to the audit log, chained to the one before it. Appends are serialised with
 * a transaction-level advisory lock (`pg_advisory_xact_lock`, which PGlite has too), so
 * concurrent writers, even in different processes against one PostgreSQL, never fork the chain.
 * Pass the transaction of the change being audited so that both land or neither does.
 *
 * @example
 * await store.transaction(async (tx) => {
 *   const ids = await insertEvidenceItems(tx, items);
 *   await appendAudit(tx, { councilId: 'leeds', actor: 'user/42', action: 'evidence.imported', subject: 'evidence', detail: { count: ids.length } });
 * });
 */
export async function appendAudit(executor: StoreExecutor, entry: AuditEntryInput): Promise<AuditEntryRecord> {
  const detail: unknown = JSON.parse(canonicalJson(entry.detail));
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) {
    throw new InvalidInputError('The audit entry cannot be recorded', [
      { code: 'invalid-detail', path: ['detail'], message: 'the detail must be an object of plain JSON data' },
    ]);
  }
  const at = normaliseTimestamp(entry.at ?? new Date().toISOString());
  const councilId = entry.councilId ?? null;
  return withinTransaction(executor, async (tx) => {
    // Keyed on the schema, so stores in different schemas of one database do not wait for each other.
    await sql`select pg_advisory_xact_lock(hashtext(current_schema() || '.audit_log'))`.execute(tx.db);
    const last = await tx.db.selectFrom('audit_log').select(['sequence', 'hash']).orderBy('sequence', 'desc').limit(1).executeTakeFirst();
    const sequence = (last?.sequence ?? 0) + 1;
    const previousHash = last?.hash ?? AUDIT_GENESIS_HASH;
    const hash = hashAuditEntry(previousHash, { sequence, councilId, actor: entry.actor, action: entry.action, subject: entry.subject, detail, at });
    const row = await tx.db
      .insertInto('audit_log')
      .values({
        sequence,
        council_id: councilId,
        actor: entry.actor,
        action: entry.action,
        subject: entry.subject,
        detail: canonicalJson(detail),
        at,
        previous_hash: previousHash,
        hash,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAuditEntryRecord(row);
  });
}

/** The log's last entry, or undefined while it is empty. */
export async function getAuditHead(executor: StoreExecutor): Promise<AuditHead | undefined> {
  return executor.db.selectFrom('audit_log').select(['sequence', 'hash']).orderBy('sequence', 'desc').limit(1).executeTakeFirst();
}

/** Audit entries in order, optionally one council's, a page at a time. */
export async function listAuditEntries(
  executor: StoreExecutor,
  filter: { readonly councilId?: string | undefined; readonly afterSequence?: number | undefined; readonly limit?: number | undefined } = {},
): Promise<readonly AuditEntryRecord[]> {
  let query = executor.db.selectFrom('audit_log').selectAll();
  if (filter.councilId !== undefined) query = query.where('council_id', '=', filter.councilId);
  if (filter.afterSequence !== undefined) query = query.where('sequence', '>', filter.afterSequence);
  const rows = await query.orderBy('sequence').limit(Math.min(Math.max(filter.limit ?? 100, 1), VERIFY_BATCH_SIZE)).execute();
  return rows.map(toAuditEntryRecord);
}

/**
 * Checks the whole audit log: entries numbered 1, 2, 3... with none missing, each linked to the
 * one before, each still matching its hash. Any edited, deleted, inserted or reordered row breaks
 * the chain at that point. Removing entries from the end leaves a shorter chain that is still
 * whole: to catch that, keep the head ({@link getAuditHead}) somewhere else and pass it as
 * `expectedHead`.
 */
export async function verifyAuditLog(
  executor: StoreExecutor,
  options: { readonly expectedHead?: AuditHead | undefined } = {},
): Promise<AuditVerification> {
  let previousHash = AUDIT_GENESIS_HASH;
  let checked = 0;
  let hashAtExpectedHead: string | undefined;
  for (;;) {
    const rows = await executor.db
      .selectFrom('audit_log')
      .selectAll()
      .where('sequence', '>', checked)
      .orderBy('sequence')
      .limit(VERIFY_BATCH_SIZE)
      .execute();
    for (const row of rows) {
      const expected = checked + 1;
      if (row.sequence !== expected) {
        return broken(checked, expected, `Audit entry ${expected} is missing (the log goes from entry ${checked} to entry ${row.sequence}): entries have been deleted.`);
      }
      if (row.previous_hash !== previousHash) {
        return broken(
          checked,
          expected,
          `Audit entry ${expected} does not follow entry ${checked}: entries have been deleted, inserted or reordered.`,
        );
      }
      const content = { sequence: row.sequence, councilId: row.council_id, actor: row.actor, action: row.action, subject: row.subject, detail: row.detail, at: row.at };
      if (hashAuditEntry(previousHash, content) !== row.hash) {
        return broken(checked, expected, `Audit entry ${expected} has been changed since it was written: its contents no longer match its hash.`);
      }
      if (options.expectedHead?.sequence === row.sequence) hashAtExpectedHead = row.hash;
      previousHash = row.hash;
      checked = expected;
    }
    if (rows.length < VERIFY_BATCH_SIZE) break;
  }
  const head = options.expectedHead;
  if (head !== undefined) {
    if (checked < head.sequence) {
      return broken(checked, checked + 1, `The audit log ends at entry ${checked}, but entry ${head.sequence} was recorded earlier: entries have been removed from the end.`);
    }
    if (hashAtExpectedHead !== head.hash) {
      return broken(head.sequence - 1, head.sequence, `Audit entry ${head.sequence} is not the entry recorded earlier as the head of the log: the log has been rewritten.`);
    }
  }
  return { ok: true, checked, message: checked === 0 ? 'The audit log is empty.' : `The audit log is intact: ${checked} ${checked === 1 ? 'entry' : 'entries'} checked.` };
}

function broken(checked: number, firstBrokenSequence: number, message: string): AuditVerification {
  return { ok: false, checked, firstBrokenSequence, message };
}
