import { resolve } from 'node:path';
import { displayDate } from '@asc-assure/lifecycle';
import { Command } from 'commander';
import type { CommandContext } from '../support/command-context.js';
import { deadlineRows } from '../support/deadline-rows.js';
import { deadlinesIcs } from '../support/deadlines-ics.js';
import { withWorkspace } from '../support/workspace.js';
import { writeFileSafely } from '../support/write-file-safely.js';
import { currentAssessment, deadlineRowJson, printDeadlineTable } from './status.js';

/** `asc-assure deadlines`: every deadline with its reminder dates, and as a calendar file. */
export function deadlinesCommand(context: CommandContext): Command {
  return new Command('deadlines')
    .description('Every deadline with its reminder dates; --ics writes them as a calendar file for Outlook or Google')
    .option('--json', 'print machine-readable JSON only')
    .option('--ics <file>', 'write the deadlines as an iCalendar file (all-day events with reminder alarms)')
    .action(async (options: { json?: boolean; ics?: string }) => {
      const { output } = context;
      await withWorkspace(context, async (workspace) => {
        const view = await currentAssessment(workspace);
        const today = workspace.today();
        const rows = deadlineRows(view, today);
        if (options.ics !== undefined) {
          const path = resolve(context.cwd, options.ics);
          if (rows.length === 0) {
            output.note(`No deadlines yet, so nothing was written to ${path}. They are set once CQC's notice is recorded.`);
          } else {
            await writeFileSafely(path, deadlinesIcs(view, rows));
            output.note(`Wrote ${rows.length} deadline${rows.length === 1 ? '' : 's'} to ${path}: import it into your calendar.`);
          }
        }
        if (options.json === true) {
          output.json({ assessmentId: view.assessmentId, today, deadlines: rows.map(deadlineRowJson) });
          return;
        }
        output.line(`${output.colors.bold(view.config.councilName)}: deadlines of assessment ${view.assessmentId} (today is ${displayDate(today)})`);
        if (rows.length === 0) {
          output.line('None yet: the first is set when CQC\'s notice of assessment is recorded (`asc-assure event notice.received`).');
          return;
        }
        output.line();
        printDeadlineTable(output, rows, true);
        output.line();
        output.line(
          output.colors.dim(
            `Reminders go out ${view.config.reminderOffsetsWorkingDays.join(', ')} working days before each due date, and an overdue notice the working day after. \`asc-assure notify\` sends any that are due.`,
          ),
        );
      });
    });
}
