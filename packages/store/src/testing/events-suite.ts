import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { appendAssessmentEvent, getLastAssessmentEventSequence, listAssessmentEvents } from '../events.js';
import { getAssessmentSnapshot, upsertAssessmentSnapshot } from '../snapshots.js';
import { ConcurrentUpdateError, RecordNotFoundError } from '../store-errors.js';
import { createBarrier, RollBack, seedAssessment } from './fixtures.js';
import type { GetStore } from './fixtures.js';
import { uniqueId } from './test-stores.js';

/** The event log and snapshots of an assessment. */
export function describeEventsSuite(store: GetStore): void {
  describe('assessment events', () => {
    it('events append in sequence and list back in order', async () => {
      const assessment = await seedAssessment(store());
      const types = ['notice.received', 'data-review.started', 'information-return.submitted'];
      for (const [index, type] of types.entries()) {
        await appendAssessmentEvent(store(), { assessmentId: assessment.id, sequence: index + 1, type, event: { type, on: '2025-03-0' + String(index + 1) } });
      }
      const events = await listAssessmentEvents(store(), assessment.id);
      expect(events.map((event) => [event.sequence, event.type])).toEqual(types.map((type, index) => [index + 1, type]));
      expect(events[2]?.event).toEqual({ type: 'information-return.submitted', on: '2025-03-03' });
      expect((await listAssessmentEvents(store(), assessment.id, { afterSequence: 2 })).map((event) => event.sequence)).toEqual([3]);
      expect(await getLastAssessmentEventSequence(store(), assessment.id)).toBe(3);
    });

    it('an event that skips or repeats a sequence is refused', async () => {
      const assessment = await seedAssessment(store());
      await appendAssessmentEvent(store(), { assessmentId: assessment.id, sequence: 1, type: 'a', event: {} });
      await expect(appendAssessmentEvent(store(), { assessmentId: assessment.id, sequence: 1, type: 'b', event: {} })).rejects.toBeInstanceOf(ConcurrentUpdateError);
      await expect(appendAssessmentEvent(store(), { assessmentId: assessment.id, sequence: 3, type: 'c', event: {} })).rejects.toBeInstanceOf(ConcurrentUpdateError);
      expect((await listAssessmentEvents(store(), assessment.id)).map((event) => event.type)).toEqual(['a']);
    });

    it('an event for an assessment that does not exist is refused', async () => {
      await expect(
        appendAssessmentEvent(store(), { assessmentId: uniqueId('missing'), sequence: 1, type: 'a', event: {} }),
      ).rejects.toBeInstanceOf(RecordNotFoundError);
    });

    it('of two transactions appending the same sequence, exactly one wins', async () => {
      const assessment = await seedAssessment(store());
      // On PostgreSQL both transactions are made to start before either appends, so they really
      // race. PGlite has one connection and runs transactions one after the other, so waiting
      // there would wait for ever; its second transaction simply sees the first's event.
      const bothStarted = store().dialect === 'postgres' ? createBarrier(2) : () => Promise.resolve();
      const attempt = (type: string) =>
        store().transaction(async (tx) => {
          await sql`select 1`.execute(tx.db);
          await bothStarted();
          return appendAssessmentEvent(tx, { assessmentId: assessment.id, sequence: 1, type, event: { type } });
        });
      const outcomes = await Promise.allSettled([attempt('first'), attempt('second')]);
      const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const lost = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(ConcurrentUpdateError.isInstance(lost[0]?.reason)).toBe(true);
      expect(await listAssessmentEvents(store(), assessment.id)).toHaveLength(1);
    });

    it('an event and its snapshot written in a transaction that fails are both absent', async () => {
      const assessment = await seedAssessment(store());
      await expect(
        store().transaction(async (tx) => {
          await appendAssessmentEvent(tx, { assessmentId: assessment.id, sequence: 1, type: 'a', event: {} });
          await upsertAssessmentSnapshot(tx, { assessmentId: assessment.id, sequence: 1, snapshot: { value: 'a' } });
          throw new RollBack();
        }),
      ).rejects.toBeInstanceOf(RollBack);
      expect(await listAssessmentEvents(store(), assessment.id)).toEqual([]);
      expect(await getAssessmentSnapshot(store(), assessment.id)).toBeUndefined();
    });

    it('the database refuses to change or delete a recorded event', async () => {
      const assessment = await seedAssessment(store());
      await appendAssessmentEvent(store(), { assessmentId: assessment.id, sequence: 1, type: 'a', event: {} });
      await expect(sql`update assessment_events set type = 'b' where assessment_id = ${assessment.id}`.execute(store().db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from assessment_events where assessment_id = ${assessment.id}`.execute(store().db)).rejects.toThrow(/append-only/);
    });

    it('any JSON event payload reads back equal to what was appended', async () => {
      const assessment = await seedAssessment(store());
      let sequence = 0;
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3, stringUnit: 'grapheme' }), async (payload) => {
          sequence += 1;
          await appendAssessmentEvent(store(), { assessmentId: assessment.id, sequence, type: 'payload', event: payload });
          const [stored] = await listAssessmentEvents(store(), assessment.id, { afterSequence: sequence - 1 });
          expect(stored?.event).toEqual(JSON.parse(JSON.stringify(payload)));
        }),
        { numRuns: 25 },
      );
    });
  });

  describe('assessment snapshots', () => {
    it('a newer snapshot replaces the stored one', async () => {
      const assessment = await seedAssessment(store());
      await upsertAssessmentSnapshot(store(), { assessmentId: assessment.id, sequence: 1, snapshot: { value: 'notice' } });
      await upsertAssessmentSnapshot(store(), { assessmentId: assessment.id, sequence: 2, snapshot: { value: 'data-review' } });
      expect(await getAssessmentSnapshot(store(), assessment.id)).toEqual({ assessmentId: assessment.id, sequence: 2, snapshot: { value: 'data-review' } });
    });

    it('an older snapshot never replaces a newer one', async () => {
      const assessment = await seedAssessment(store());
      await upsertAssessmentSnapshot(store(), { assessmentId: assessment.id, sequence: 3, snapshot: { value: 'newer' } });
      await expect(
        upsertAssessmentSnapshot(store(), { assessmentId: assessment.id, sequence: 2, snapshot: { value: 'older' } }),
      ).rejects.toBeInstanceOf(ConcurrentUpdateError);
      expect((await getAssessmentSnapshot(store(), assessment.id))?.snapshot).toEqual({ value: 'newer' });
    });
  });
}
