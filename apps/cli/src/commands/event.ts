import {
  ASSESSMENT_EVENT_LABELS,
  ASSESSMENT_EVENT_TYPES,
  ASSESSMENT_STATES,
  assessmentStage,
  displayDate,
  type AssessmentEventInput,
  type AssessmentEventType,
} from '@asc-assure/lifecycle';
import { Command } from 'commander';
import { commandLineActor } from '../support/audit.js';
import { CliError } from '../support/cli-error.js';
import type { CommandContext } from '../support/command-context.js';
import { isoDateFromCell } from '../support/dates.js';
import { deadlineRows, describeTimeLeft } from '../support/deadline-rows.js';
import { eventFieldsFromArguments } from '../support/event-fields.js';
import { EXIT_CODES } from '../support/exit-codes.js';
import { createVocabulary } from '../support/matching.js';
import { withWorkspace } from '../support/workspace.js';

const EVENT_VOCABULARY = createVocabulary(
  ASSESSMENT_EVENT_TYPES.flatMap((type): [string, AssessmentEventType][] => [
    [type, type],
    [ASSESSMENT_EVENT_LABELS[type].label, type],
  ]),
);

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `asc-assure event <type>`: records something that happened in the assessment. */
export function eventCommand(context: CommandContext): Command {
  return new Command('event')
    .description('Record something that happened in the assessment, e.g. CQC\'s notice or the site visit notification')
    .argument('<type>', `what happened: ${ASSESSMENT_EVENT_TYPES.join(', ')}`)
    .option('--date <date>', 'the day it happened, YYYY-MM-DD (default: today)')
    .option('--note <note>', 'a note for the record')
    .option('--actor <name>', 'who is recording it (default: your login name)')
    .option('--field <key=value>', 'any other field of the event (repeatable); or give it as --field-name value', collect, [])
    .allowUnknownOption()
    .allowExcessArguments()
    .addHelpText(
      'after',
      `
Examples:
  asc-assure event notice.received --date 2026-03-02
  asc-assure event information-return.submitted --date 2026-03-20 --document-count 52
  asc-assure event site-visit.notified --date 2026-04-06 --onsite-starts-on 2026-05-19 --onsite-ends-on 2026-05-21
  asc-assure event case-list.submitted --count 50
  asc-assure event report.published --scores 3,3,2,3,3,2,3,3,3 --rating good
Run \`asc-assure status\` to see which events the assessment can take now.`,
    )
    .action(async (typed: string, options: { date?: string; note?: string; actor?: string; field: string[] }, command: Command) => {
      const type = EVENT_VOCABULARY.match(typed);
      if (type === undefined) {
        const suggestion = EVENT_VOCABULARY.suggest(typed);
        throw new CliError(EXIT_CODES.badInput, `'${typed}' is not an assessment event${suggestion === undefined ? '' : ` — did you mean '${suggestion}'?`}`, {
          hint: `The events are: ${ASSESSMENT_EVENT_TYPES.join(', ')}. \`asc-assure status\` shows which the assessment can take now.`,
        });
      }
      const fields = eventFieldsFromArguments(command.args.slice(1), options.field);
      const { output } = context;
      await withWorkspace(context, async (workspace) => {
        const event = {
          ...fields,
          type,
          date: options.date === undefined ? workspace.today() : isoDateFromCell(options.date),
          actor: options.actor ?? commandLineActor(),
          ...(options.note === undefined ? {} : { note: options.note }),
        } as AssessmentEventInput;
        const engine = await workspace.engine();
        const view = await engine.send(workspace.config.assessmentId, event);
        const state = ASSESSMENT_STATES[view.state.stateId];
        const stage = assessmentStage(view.state.stage);
        output.line(`${output.colors.green('Recorded')}: ${ASSESSMENT_EVENT_LABELS[type].label}, ${displayDate(event.date)}.`);
        output.line(`The assessment is at stage ${stage.stage} of 6 (${stage.inSentence}): ${state.inSentence}.`);
        const open = deadlineRows(view, workspace.today()).filter((row) => row.deadline.status === 'open');
        for (const row of open) output.line(`  ${row.deadline.title}: ${displayDate(row.deadline.dueDate)} (${describeTimeLeft(row)})`);
        if (view.allowedEvents.length > 0) {
          output.line(`Next you can record: ${view.allowedEvents.map((allowed) => `${ASSESSMENT_EVENT_LABELS[allowed].label} (${allowed})`).join('; ')}.`);
        }
      });
    });
}
