import {
  DEFAULT_INFORMATION_RETURN_ITEMS,
  INFORMATION_RETURN_ITEM_KIND_LABELS,
  INFORMATION_RETURN_STATUS_LABELS,
  INFORMATION_RETURN_STATUSES,
  parseInformationReturnProgress,
  type InformationReturnStatus,
} from '@asc-assure/framework';
import { displayDate } from '@asc-assure/lifecycle';
import type { InformationReturnProgressRecord } from '@asc-assure/store';
import { Command, Option } from 'commander';
import { recordAudit } from '../support/audit.js';
import { CliError } from '../support/cli-error.js';
import type { CommandContext } from '../support/command-context.js';
import { deadlineRows, describeTimeLeft } from '../support/deadline-rows.js';
import { EXIT_CODES } from '../support/exit-codes.js';
import { createVocabulary } from '../support/matching.js';
import { textBar } from '../support/text-width.js';
import { withWorkspace } from '../support/workspace.js';

const ITEM_VOCABULARY = createVocabulary(DEFAULT_INFORMATION_RETURN_ITEMS.flatMap((item): [string, string][] => [[item.id, item.id], [item.title, item.id]]));

function statusOf(progress: InformationReturnProgressRecord | undefined): InformationReturnStatus {
  const status = progress?.status;
  return (INFORMATION_RETURN_STATUSES as readonly string[]).includes(status ?? '') ? (status as InformationReturnStatus) : 'not-started';
}

function listAction(context: CommandContext) {
  return async (options: { json?: boolean }): Promise<void> => {
    const { output } = context;
    await withWorkspace(context, async (workspace) => {
      const { listInformationReturnProgress } = await import('@asc-assure/store');
      const progress = await listInformationReturnProgress(workspace.store, { councilId: workspace.config.councilId, assessmentId: workspace.config.assessmentId });
      const byItem = new Map(progress.map((record) => [record.itemId, record]));
      const items = DEFAULT_INFORMATION_RETURN_ITEMS.map((item) => {
        const record = byItem.get(item.id);
        return {
          ...item,
          status: statusOf(record),
          owner: record?.owner ?? null,
          documentReference: record?.documentReference ?? null,
          notes: record?.notes ?? '',
          dueDate: record?.dueDate ?? null,
        };
      });
      const done = items.filter((item) => item.status === 'ready' || item.status === 'submitted').length;
      const requiredOutstanding = items.filter((item) => item.required && item.status !== 'ready' && item.status !== 'submitted').length;
      const view = await (await workspace.engine()).get(workspace.config.assessmentId);
      const deadline = view === undefined ? undefined : deadlineRows(view, workspace.today()).find((row) => row.deadline.id === 'information-return');
      if (options.json === true) {
        output.json({
          assessmentId: workspace.config.assessmentId,
          total: items.length,
          readyOrSubmitted: done,
          requiredOutstanding,
          dueDate: deadline?.deadline.dueDate ?? null,
          items,
        });
        return;
      }
      output.line(
        `${output.colors.bold(`Information Return for ${workspace.config.councilName}`)}: ${done} of ${items.length} items ready or submitted ${textBar(done / items.length)} ${Math.round((done / items.length) * 100)}%`,
      );
      output.line(
        deadline === undefined
          ? 'Not requested yet: the due date is set when CQC\'s notice is recorded (`asc-assure event notice.received`).'
          : `Due ${displayDate(deadline.deadline.dueDate)}: ${describeTimeLeft(deadline)}.`,
      );
      output.line(`${requiredOutstanding} item${requiredOutstanding === 1 ? '' : 's'} CQC almost always asks for still to do.`);
      output.line();
      output.table(
        [{ heading: 'Item' }, { heading: 'Kind' }, { heading: 'Needed' }, { heading: 'Status' }, { heading: 'Owner' }, { heading: 'Where it is' }],
        items.map((item) => [
          item.title,
          INFORMATION_RETURN_ITEM_KIND_LABELS[item.kind],
          item.required ? 'usually' : 'if held',
          INFORMATION_RETURN_STATUS_LABELS[item.status],
          item.owner ?? '',
          item.documentReference ?? '',
        ]),
      );
      output.line();
      output.line(output.colors.dim('Record progress with `asc-assure ir set <item> --status ready --owner "Name or role" --ref "where the document is"`. Item ids are in --json.'));
    });
  };
}

interface SetOptions {
  readonly status: InformationReturnStatus;
  readonly owner?: string;
  readonly ref?: string;
  readonly notes?: string;
  readonly due?: string;
}

function setCommand(context: CommandContext): Command {
  return new Command('set')
    .description('Record progress on one Information Return item')
    .argument('<item>', 'the item id (from `asc-assure ir --json`) or its title')
    .addOption(new Option('--status <status>', 'where the item is').choices(INFORMATION_RETURN_STATUSES).makeOptionMandatory())
    .option('--owner <owner>', 'who is getting it ready: a name or a role')
    .option('--ref <reference>', 'where the document is: a file name, evidence id or link (needed for ready and submitted)')
    .option('--notes <notes>', 'anything else to record')
    .option('--due <date>', 'when the owner should have it ready, YYYY-MM-DD')
    .action(async (typed: string, options: SetOptions) => {
      const itemId = ITEM_VOCABULARY.match(typed);
      if (itemId === undefined) {
        const suggestion = ITEM_VOCABULARY.suggest(typed);
        throw new CliError(EXIT_CODES.badInput, `'${typed}' is not an Information Return item${suggestion === undefined ? '' : ` — did you mean '${suggestion}'?`}`, {
          hint: 'See the items and their ids with `asc-assure ir --json`.',
        });
      }
      const item = DEFAULT_INFORMATION_RETURN_ITEMS.find((candidate) => candidate.id === itemId);
      await withWorkspace(context, async (workspace) => {
        const store = await import('@asc-assure/store');
        const key = { councilId: workspace.config.councilId, assessmentId: workspace.config.assessmentId };
        const existing = (await store.listInformationReturnProgress(workspace.store, key)).find((record) => record.itemId === itemId);
        const owner = options.owner ?? existing?.owner ?? undefined;
        if (owner === undefined) {
          throw new CliError(EXIT_CODES.badInput, `Say who owns "${item?.title ?? itemId}".`, { hint: 'Add --owner "Name or role", e.g. --owner "Head of Commissioning".' });
        }
        const reference = options.ref ?? existing?.documentReference ?? undefined;
        const progress = parseInformationReturnProgress({
          itemId,
          owner,
          status: options.status,
          ...(reference === undefined ? {} : { documentReference: reference }),
          ...(options.notes === undefined ? (existing?.notes ? { notes: existing.notes } : {}) : { notes: options.notes }),
          ...(options.due === undefined ? (existing?.dueDate ? { dueDate: existing.dueDate } : {}) : { dueDate: options.due }),
        });
        await workspace.store.transaction(async (tx) => {
          await store.upsertInformationReturnProgress(tx, { ...key, ...progress });
          await recordAudit(tx, workspace, { action: 'information-return.progress-recorded', subject: `information-return/${itemId}`, detail: { ...progress } });
        });
        context.output.line(`${item?.title ?? itemId}: ${INFORMATION_RETURN_STATUS_LABELS[progress.status]} (owner ${progress.owner}${progress.documentReference === undefined ? '' : `, ${progress.documentReference}`}).`);
      });
    });
}

/** `asc-assure ir`: the Information Return checklist with progress; `ir set` records progress. */
export function irCommand(context: CommandContext): Command {
  return new Command('ir')
    .description('The Information Return checklist and progress (`ir set` records progress)')
    .option('--json', 'print machine-readable JSON only')
    .action(listAction(context))
    .addCommand(setCommand(context));
}
