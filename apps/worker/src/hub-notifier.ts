import { combineNotifiers, createSmtpNotifier, createWebhookNotifier } from '@asc-assure/engine-local';
import type { AssessmentNotification, Notifier } from '@asc-assure/lifecycle';
import type { Logger } from 'pino';
import type { WorkerEnvironment } from './env.js';

/** The notifier a hub worker delivers through, the channel name it records, and how to close it. */
export interface HubNotifier {
  readonly notifier: Notifier;
  /** `email`, `webhook`, `email+webhook` or `log`: recorded with each sent notification. */
  readonly channel: string;
  close(): void;
}

/**
 * Every notification is logged (a structured line with its key); email goes out when
 * ASC_ASSURE_SMTP_URL is set, a webhook call when ASC_ASSURE_WEBHOOK_URL is. The notifiers of
 * engine-local, so both engines word and deliver notifications alike.
 */
export function hubNotifierFromEnvironment(env: WorkerEnvironment, logger: Logger): HubNotifier {
  const notifiers: Notifier[] = [
    {
      notify(notification: AssessmentNotification) {
        logger.info({ key: notification.key, kind: notification.kind, councilId: notification.councilId, assessmentId: notification.assessmentId, sendOn: notification.sendOn }, notification.subject);
        return Promise.resolve();
      },
    },
  ];
  const channels: string[] = [];
  const closers: (() => void)[] = [];
  if (env.ASC_ASSURE_SMTP_URL !== undefined && env.ASC_ASSURE_NOTIFY_FROM !== undefined) {
    const smtp = createSmtpNotifier({ url: env.ASC_ASSURE_SMTP_URL, from: env.ASC_ASSURE_NOTIFY_FROM, to: env.ASC_ASSURE_NOTIFY_TO });
    notifiers.push(smtp);
    closers.push(() => smtp.close());
    channels.push('email');
  }
  if (env.ASC_ASSURE_WEBHOOK_URL !== undefined) {
    notifiers.push(createWebhookNotifier({ url: env.ASC_ASSURE_WEBHOOK_URL, ...(env.ASC_ASSURE_WEBHOOK_SECRET === undefined ? {} : { secret: env.ASC_ASSURE_WEBHOOK_SECRET }) }));
    channels.push('webhook');
  }
  return {
    notifier: combineNotifiers(...notifiers),
    channel: channels.length === 0 ? 'log' : channels.join('+'),
    close: () => {
      for (const close of closers) close();
    },
  };
}
