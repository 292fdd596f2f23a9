import { ASSESSMENT_EVENT_LABELS, ASSESSMENT_STATES, assessmentStage, displayDate, type AssessmentView } from '@asc-assure/lifecycle';
import { Command } from 'commander';
import { CliError } from '../support/cli-error.js';
import type { CommandContext } from '../support/command-context.js';
import { deadlineRows, describeTimeLeft, type DeadlineRow } from '../support/deadline-rows.js';
import { EVENT_FIELD_EXAMPLES } from '../support/event-fields.js';
import { EXIT_CODES } from '../support/exit-codes.js';
import type { Output } from '../support/output.js';
import { withWorkspace, type Workspace } from '../support/workspace.js';

/** The workspace's assessment, or a {@link CliError} when the store does not hold it. */
export async function currentAssessment(workspace: Workspace): Promise<AssessmentView> {
  const view = await (await workspace.engine()).get(workspace.config.assessmentId);
  if (view === undefined && workspace.engineKind === 'temporal') {
    throw new CliError(EXIT_CODES.problemsFound, `The hub has no assessment ${workspace.config.assessmentId}, which this workspace is for.`, {
      hint: `Ask the hub to open it (\`asc-assure hub open ${workspace.config.assessmentId} --council-id ${workspace.config.councilId} --council-name "..."\`), or check TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE and ASC_ASSURE_TASK_QUEUE.`,
    });
  }
  if (view === undefined) {
    throw new CliError(EXIT_CODES.infrastructure, `The database does not hold assessment ${workspace.config.assessmentId}, which this workspace is for.`, {
      hint: 'If DATABASE_URL is set, check it points at the database this workspace was made with; otherwise restore the workspace folder from a backup.',
    });
  }
  return view;
}

/** A deadline row as JSON: the deadline with days left and reminder dates. */
export function deadlineRowJson(row: DeadlineRow): object {
  return { ...row.deadline, workingDaysLeft: row.workingDaysLeft, reminderDates: row.reminderDates, overdueOn: row.overdueOn };
}

/** Prints the deadline table. */
export function printDeadlineTable(output: Output, rows: readonly DeadlineRow[], withReminders: boolean): void {
  output.table(
    [{ heading: 'Deadline' }, { heading: 'Date' }, { heading: 'Where it stands' }, ...(withReminders ? [{ heading: 'Reminders' }] : [])],
    rows.map((row) => [
      row.deadline.title,
      displayDate(row.deadline.dueDate),
      describeTimeLeft(row),
      ...(withReminders ? [row.reminderDates.join(', ')] : []),
    ]),
  );
}

/** `asc-assure status`: where the assessment is, what can happen next, and every deadline. */
export function statusCommand(context: CommandContext): Command {
  return new Command('status')
    .description('Where the assessment is: stage, deadlines with working days left, what can be recorded next')
    .option('--json', 'print machine-readable JSON only')
    .action(async (options: { json?: boolean }) => {
      const { output } = context;
      await withWorkspace(context, async (workspace) => {
        const view = await currentAssessment(workspace);
        const today = workspace.today();
        const rows = deadlineRows(view, today);
        const state = ASSESSMENT_STATES[view.state.stateId];
        const stage = assessmentStage(view.state.stage);
        if (options.json === true) {
          output.json({
            assessmentId: view.assessmentId,
            councilId: view.config.councilId,
            councilName: view.config.councilName,
            today,
            stage: view.state.stage,
            stageLabel: stage.label,
            stateId: view.state.stateId,
            stateLabel: state.label,
            allowedEvents: view.allowedEvents.map((type) => ({ type, label: ASSESSMENT_EVENT_LABELS[type].label })),
            deadlines: rows.map(deadlineRowJson),
          });
          return;
        }
        const { colors } = output;
        output.line(`${colors.bold(view.config.councilName)}: CQC assessment ${view.assessmentId}`);
        output.line(`Stage ${stage.stage} of 6, ${stage.label}: ${colors.bold(state.label)}`);
        output.heading(`Deadlines (today is ${displayDate(today)})`);
        if (rows.length === 0) output.line('  None yet: the first is set when CQC\'s notice of assessment is recorded.');
        else printDeadlineTable(output, rows, false);
        output.heading('What can be recorded now');
        if (view.allowedEvents.length === 0) output.line('  Nothing: the assessment has finished.');
        for (const type of view.allowedEvents) {
          const example = EVENT_FIELD_EXAMPLES[type];
          output.line(`  ${ASSESSMENT_EVENT_LABELS[type].label.padEnd(42)} asc-assure event ${type}${example === '' ? '' : ` ${example}`}`);
        }
      });
    });
}
