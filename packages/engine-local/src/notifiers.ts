import { createHash, createHmac } from 'node:crypto';
import type { AssessmentNotification, Notifier } from '@asc-assure/lifecycle';
import nodemailer from 'nodemailer';

/**
 * Notifiers deliver reminders and overdue escalations. The engine records each notification's key
 * before delivering it and marks it delivered after, so a notification is never planned twice;
 * if the process dies between delivering and marking, it is delivered again after a restart with
 * the same key. Every notifier passes the key on (an email's Message-ID, a webhook's
 * Idempotency-Key header) so the receiving end can drop that rare duplicate.
 */

/**
 * Writes one line per notification, e.g. to the terminal or a log file.
 *
 * @example const notifier = createLogNotifier((line) => console.log(line));
 */
export function createLogNotifier(write: (line: string) => void): Notifier {
  return {
    notify(notification) {
      write(`${notification.sendOn} ${notification.kind === 'overdue' ? 'OVERDUE ' : 'REMINDER'} ${notification.subject}`);
      return Promise.resolve();
    },
  };
}

/** Options of {@link createSmtpNotifier}. */
export interface SmtpNotifierOptions {
  /** An SMTP URL, e.g. `smtp://user:password@mail.example.gov.uk:587` or `smtps://...`. */
  readonly url: string;
  /** The sender, e.g. `"CQC assurance" <assurance@example.gov.uk>`. */
  readonly from: string;
  /** Who receives every notification: the assurance lead, a team mailbox. */
  readonly to: readonly string[];
}

/**
 * Sends each notification as a plain-text email. The Message-ID is derived from the notification
 * key, so a redelivery after a crash is the same message to mail systems.
 */
export function createSmtpNotifier(options: SmtpNotifierOptions): Notifier & { close(): void } {
  if (options.to.length === 0) throw new Error('The SMTP notifier needs at least one recipient.');
  const transport = nodemailer.createTransport(options.url);
  return {
    async notify(notification) {
      await transport.sendMail({
        from: options.from,
        to: [...options.to],
        subject: notification.subject,
        text: notification.body,
        messageId: `<${digest(notification.key)}@asc-assure.invalid>`,
        headers: { 'X-Asc-Assure-Notification-Key': notification.key },
      });
    },
    close: () => transport.close(),
  };
}

/** Options of {@link createWebhookNotifier}. */
export interface WebhookNotifierOptions {
  /** Where to POST each notification as JSON. */
  readonly url: string;
  /** When given, the body is signed: header `X-Asc-Assure-Signature: sha256=<hex HMAC of the body>`. */
  readonly secret?: string;
  /** Milliseconds before giving up on one delivery. Default 10 seconds. */
  readonly timeoutMs?: number;
}

/** The JSON body a webhook receives. */
export interface WebhookPayload {
  readonly type: 'asc-assure.notification';
  readonly notification: AssessmentNotification;
}

/**
 * POSTs each notification as JSON with an `Idempotency-Key` header (the notification key). A
 * response that is not 2xx is an error, so the engine tries again later.
 */
export function createWebhookNotifier(options: WebhookNotifierOptions): Notifier {
  return {
    async notify(notification) {
      const body = JSON.stringify({ type: 'asc-assure.notification', notification } satisfies WebhookPayload);
      const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': notification.key };
      if (options.secret !== undefined) headers['x-asc-assure-signature'] = `sha256=${createHmac('sha256', options.secret).update(body).digest('hex')}`;
      const response = await fetch(options.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
      if (!response.ok) throw new Error(`The webhook at ${new URL(options.url).origin} answered ${response.status} ${response.statusText}.`);
    },
  };
}

/** Delivers through every notifier in turn; fails if any fails (the engine then retries them all). */
export function combineNotifiers(...notifiers: readonly Notifier[]): Notifier {
  return {
    async notify(notification) {
      for (const notifier of notifiers) await notifier.notify(notification);
    },
  };
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}
