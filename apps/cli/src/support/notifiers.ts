import type { Notifier } from '@asc-assure/lifecycle';
import type { CliEnvironment } from '../env.js';
import { CliError } from './cli-error.js';
import { EXIT_CODES } from './exit-codes.js';

/** The notifier a command delivers reminders through, and how to let go of it. */
export interface ConfiguredNotifier {
  readonly notifier: Notifier;
  /** Where notifications go, for the summary: "this terminal", "email to ...", "webhook ...". */
  readonly channels: readonly string[];
  close(): void;
}

/**
 * Reminders go to `writeLine` (the terminal) and, when the environment configures them, by email
 * (ASC_ASSURE_SMTP_URL with ASC_ASSURE_NOTIFY_FROM and ASC_ASSURE_NOTIFY_TO) and to a webhook
 * (ASC_ASSURE_WEBHOOK_URL).
 */
export async function notifierFromEnvironment(env: CliEnvironment, writeLine: (line: string) => void): Promise<ConfiguredNotifier> {
  const engineLocal = await import('@asc-assure/engine-local');
  const notifiers: Notifier[] = [engineLocal.createLogNotifier(writeLine)];
  const channels = ['this terminal'];
  const closers: (() => void)[] = [];
  if (env.ASC_ASSURE_SMTP_URL !== undefined) {
    if (env.ASC_ASSURE_NOTIFY_FROM === undefined || env.ASC_ASSURE_NOTIFY_TO.length === 0) {
      throw new CliError(EXIT_CODES.badInput, 'ASC_ASSURE_SMTP_URL is set, but not who reminder emails come from and go to.', {
        hint: 'Set ASC_ASSURE_NOTIFY_FROM (the sender) and ASC_ASSURE_NOTIFY_TO (addresses separated by commas), or unset ASC_ASSURE_SMTP_URL.',
      });
    }
    const smtp = engineLocal.createSmtpNotifier({ url: env.ASC_ASSURE_SMTP_URL, from: env.ASC_ASSURE_NOTIFY_FROM, to: env.ASC_ASSURE_NOTIFY_TO });
    notifiers.push(smtp);
    closers.push(() => smtp.close());
    channels.push(`email to ${env.ASC_ASSURE_NOTIFY_TO.join(', ')}`);
  }
  if (env.ASC_ASSURE_WEBHOOK_URL !== undefined) {
    notifiers.push(
      engineLocal.createWebhookNotifier({
        url: env.ASC_ASSURE_WEBHOOK_URL,
        ...(env.ASC_ASSURE_WEBHOOK_SECRET === undefined ? {} : { secret: env.ASC_ASSURE_WEBHOOK_SECRET }),
      }),
    );
    channels.push(`webhook ${new URL(env.ASC_ASSURE_WEBHOOK_URL).origin}`);
  }
  return {
    notifier: engineLocal.combineNotifiers(...notifiers),
    channels,
    close: () => {
      for (const close of closers) close();
    },
  };
}
