import fc from 'fast-check';
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, AUDIT_GENESIS_HASH, getAuditHead, hashAuditEntry, listAuditEntries, verifyAuditLog } from '../audit-log.js';
import type { AuditHead, AuditVerification } from '../audit-log.js';
import type { StoreTransaction } from '../open-store.js';
import { RollBack } from './fixtures.js';
import type { GetStore } from './fixtures.js';

/**
 * The audit log. Tampering happens inside a transaction that is then rolled back, so each test
 * sees (and leaves) an intact chain.
 */
export function describeAuditLogSuite(store: GetStore): void {
  async function verifyTampered(
    tamper: (tx: StoreTransaction) => Promise<void>,
    options: { readonly expectedHead?: AuditHead } = {},
  ): Promise<AuditVerification> {
    let verification: AuditVerification | undefined;
    await expect(
      store().transaction(async (tx) => {
        // Someone with the table owner's rights can switch the append-only guard off; the chain is what catches them.
        await sql`alter table audit_log disable trigger audit_log_append_only`.execute(tx.db);
        await tamper(tx);
        verification = await verifyAuditLog(tx, options);
        throw new RollBack();
      }),
    ).rejects.toBeInstanceOf(RollBack);
    if (verification === undefined) throw new Error('the tampered log was not verified');
    return verification;
  }

  async function head(): Promise<AuditHead> {
    const current = await getAuditHead(store());
    if (current === undefined) throw new Error('the audit log is empty');
    return current;
  }

  let seeding: Promise<void> | undefined;
  /** Five entries to work on, written once, before the first audit test that needs them. */
  function seeded(): Promise<void> {
    seeding ??= (async () => {
      for (const action of ['council.added', 'evidence.imported', 'assessment.created', 'assessment.event-recorded', 'report.exported']) {
        await appendAudit(store(), { councilId: 'leeds', actor: 'user/42', action, subject: 'assessment/7', detail: { action, count: 3 } });
      }
    })();
    return seeding;
  }

  describe('audit log', () => {
    beforeEach(() => seeded());

    it('entries chain from the genesis hash, numbered without gaps, and verify', async () => {
      const entries = await listAuditEntries(store(), { limit: 1000 });
      expect(entries[0]?.previousHash).toBe(AUDIT_GENESIS_HASH);
      entries.forEach((entry, index) => {
        expect(entry.sequence).toBe(index + 1);
        if (index > 0) expect(entry.previousHash).toBe(entries[index - 1]?.hash);
        expect(entry.hash).toBe(hashAuditEntry(entry.previousHash, entry));
      });
      const verification = await verifyAuditLog(store());
      expect(verification).toMatchObject({ ok: true, checked: entries.length });
      expect(verification.firstBrokenSequence).toBeUndefined();
    });

    it('an entry keeps the time it was given, to the millisecond, and a null council for hub-wide events', async () => {
      const entry = await appendAudit(store(), { actor: 'system', action: 'hub.started', subject: 'hub', detail: {}, at: '2025-03-04T09:30:00.123+01:00' });
      expect(entry).toMatchObject({ councilId: null, at: '2025-03-04T08:30:00.123Z' });
      expect((await verifyAuditLog(store())).ok).toBe(true);
    });

    it('concurrent appends keep one unbroken chain', async () => {
      const before = await head();
      await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          appendAudit(store(), { councilId: 'leeds', actor: `worker/${index % 3}`, action: 'reminder.sent', subject: `deadline/${index}`, detail: { index } }),
        ),
      );
      const after = await head();
      expect(after.sequence).toBe(before.sequence + 12);
      expect(await verifyAuditLog(store())).toMatchObject({ ok: true, checked: after.sequence });
    });

    it('any JSON detail, whatever its key order, verifies after a round trip through jsonb', async () => {
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2, stringUnit: 'grapheme' }), { maxKeys: 6 }), async (detail) => {
          await appendAudit(store(), { actor: 'property', action: 'detail.checked', subject: 'detail', detail });
          expect((await verifyAuditLog(store())).ok).toBe(true);
        }),
        { numRuns: 20 },
      );
    });

    it("editing an entry's detail is reported at that entry", async () => {
      const target = (await head()).sequence - 2;
      const verification = await verifyTampered(async (tx) => {
        await sql`update audit_log set detail = '{"action":"evidence.imported","count":300}' where sequence = ${target}`.execute(tx.db);
      });
      expect(verification).toMatchObject({ ok: false, firstBrokenSequence: target, checked: target - 1 });
      expect(verification.message).toMatch(/changed since it was written/);
      expect((await verifyAuditLog(store())).ok).toBe(true);
    });

    it('an edit that also recomputes the hash is caught by the next entry', async () => {
      const target = (await head()).sequence - 2;
      const verification = await verifyTampered(async (tx) => {
        const row = await tx.db.selectFrom('audit_log').selectAll().where('sequence', '=', target).executeTakeFirstOrThrow();
        const forged = hashAuditEntry(row.previous_hash, { sequence: row.sequence, councilId: row.council_id, actor: 'someone-else', action: row.action, subject: row.subject, detail: row.detail, at: row.at });
        await sql`update audit_log set actor = 'someone-else', hash = ${forged} where sequence = ${target}`.execute(tx.db);
      });
      expect(verification).toMatchObject({ ok: false, firstBrokenSequence: target + 1 });
    });

    it('deleting an entry from the middle is detected', async () => {
      const target = (await head()).sequence - 2;
      const verification = await verifyTampered(async (tx) => {
        await sql`delete from audit_log where sequence = ${target}`.execute(tx.db);
      });
      expect(verification).toMatchObject({ ok: false, firstBrokenSequence: target });
      expect(verification.message).toMatch(/missing/);
    });

    it('deleting an entry and renumbering the rest is detected', async () => {
      const target = (await head()).sequence - 2;
      const verification = await verifyTampered(async (tx) => {
        await sql`delete from audit_log where sequence = ${target}`.execute(tx.db);
        // Two steps, so the unique sequence never sees two rows with one number whatever order rows are updated in.
        await sql`update audit_log set sequence = sequence + 1000000 where sequence > ${target}`.execute(tx.db);
        await sql`update audit_log set sequence = sequence - 1000001 where sequence > 1000000`.execute(tx.db);
      });
      expect(verification).toMatchObject({ ok: false, firstBrokenSequence: target });
    });

    it('swapping two entries is detected', async () => {
      const last = (await head()).sequence;
      const verification = await verifyTampered(async (tx) => {
        await sql`update audit_log set sequence = ${last + 1000} where sequence = ${last - 1}`.execute(tx.db);
        await sql`update audit_log set sequence = ${last - 1} where sequence = ${last}`.execute(tx.db);
        await sql`update audit_log set sequence = ${last} where sequence = ${last + 1000}`.execute(tx.db);
      });
      expect(verification).toMatchObject({ ok: false, firstBrokenSequence: last - 1 });
    });

    it('removing entries from the end is detected against a head kept elsewhere', async () => {
      const kept = await head();
      const withoutAnchor = await verifyTampered(async (tx) => {
        await sql`delete from audit_log where sequence = ${kept.sequence}`.execute(tx.db);
      });
      expect(withoutAnchor.ok).toBe(true);
      const withAnchor = await verifyTampered(
        async (tx) => {
          await sql`delete from audit_log where sequence = ${kept.sequence}`.execute(tx.db);
        },
        { expectedHead: kept },
      );
      expect(withAnchor).toMatchObject({ ok: false, firstBrokenSequence: kept.sequence });
      expect((await verifyAuditLog(store(), { expectedHead: kept })).ok).toBe(true);
    });

    it('the database refuses to change or delete an audit entry', async () => {
      await expect(sql`update audit_log set actor = 'x' where sequence = 1`.execute(store().db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_log where sequence = 1`.execute(store().db)).rejects.toThrow(/append-only/);
    });
  });
}
