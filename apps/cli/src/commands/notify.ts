import { Command } from 'commander';
import type { CommandContext } from '../support/command-context.js';
import { notifierFromEnvironment } from '../support/notifiers.js';
import { withWorkspace } from '../support/workspace.js';

/**
 * `asc-assure notify`: sends every reminder and overdue notice due by today that has not gone out
 * yet, once each. Run it daily (Task Scheduler, cron) so nothing is missed without a server.
 */
export function notifyCommand(context: CommandContext): Command {
  return new Command('notify')
    .description('Send the deadline reminders and overdue notices due by today (each goes out once): run it daily')
    .action(async () => {
      const { output } = context;
      const configured = await notifierFromEnvironment(context.env, (line) => output.line(`  ${line}`));
      try {
        await withWorkspace(
          context,
          async (workspace) => {
            const sent = await (await workspace.localEngine()).deliverDueNotifications();
            output.line(
              sent.length === 0
                ? `No reminders due for ${workspace.config.councilName} today.`
                : `Sent ${sent.length} reminder${sent.length === 1 ? '' : 's'} to ${configured.channels.join(', ')}.`,
            );
          },
          { notifier: configured.notifier },
        );
      } finally {
        configured.close();
      }
    });
}
