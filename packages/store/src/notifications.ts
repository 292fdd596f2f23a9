import type { StoreExecutor } from './open-store.js';
import { storeWriteError } from './store-errors.js';

/** A reminder or escalation about to be (or just) sent. */
export interface NotificationSentInput {
  /**
   * What makes it the same notification, for example
   * `assessment-7/information-return-due/reminder-5/2025-03-03`. A key is recorded once.
   */
  readonly key: string;
  readonly assessmentId: string;
  /** For example `reminder` or `overdue-escalation`. */
  readonly kind: string;
  readonly deadlineId?: string | null | undefined;
  /** The day it was due to be sent, `YYYY-MM-DD`. */
  readonly sendOn: string;
  /** For example `email`, `webhook` or `log`. */
  readonly channel: string;
  /** ISO timestamp; the database's clock when left out. */
  readonly sentAt?: string | undefined;
}

/**
 * Records that the notification with this key was sent. Returns true the first time and false
 * ever after (INSERT ... ON CONFLICT DO NOTHING), so a reminder goes out once however many
 * timers, retries or workers try. Call it in a transaction around the sending: if sending
 * throws, the transaction rolls back and the key is free for the next attempt; on PostgreSQL a
 * second worker with the same key waits for the first transaction's outcome.
 *
 * @example
 * await store.transaction(async (tx) => {
 *   if (await recordNotificationSent(tx, reminder)) await notifier.send(message);
 * });
 */
export async function recordNotificationSent(executor: StoreExecutor, notification: NotificationSentInput): Promise<boolean> {
  try {
    const inserted = await executor.db
      .insertInto('notifications_sent')
      .values({
        key: notification.key,
        assessment_id: notification.assessmentId,
        kind: notification.kind,
        deadline_id: notification.deadlineId ?? null,
        send_on: notification.sendOn,
        channel: notification.channel,
        ...(notification.sentAt === undefined ? {} : { sent_at: notification.sentAt }),
      })
      .onConflict((conflict) => conflict.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    return inserted !== undefined;
  } catch (error) {
    throw storeWriteError(error, { missingReference: `There is no assessment with id "${notification.assessmentId}".` });
  }
}

/** The keys of every notification recorded as sent for the assessment, sorted. */
export async function listSentKeys(executor: StoreExecutor, assessmentId: string): Promise<readonly string[]> {
  const rows = await executor.db.selectFrom('notifications_sent').select('key').where('assessment_id', '=', assessmentId).orderBy('key').execute();
  return rows.map((row) => row.key);
}
