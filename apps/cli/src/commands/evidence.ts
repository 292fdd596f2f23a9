import { EVIDENCE_CATEGORY_LABELS, EVIDENCE_TAG_LABELS, evidenceCurrencyOn } from '@asc-assure/framework';
import { Command } from 'commander';
import { CliError } from '../support/cli-error.js';
import type { CommandContext } from '../support/command-context.js';
import { evidenceItemsFromTable } from '../support/evidence-rows.js';
import { EXIT_CODES } from '../support/exit-codes.js';
import { EVIDENCE_TAG_VOCABULARY, QUALITY_STATEMENT_VOCABULARY, qualityStatementShortTitle, qualityStatementTitle } from '../support/framework-vocabularies.js';
import type { Vocabulary } from '../support/matching.js';
import { startProgress } from '../support/progress.js';
import { readTableFile } from '../support/read-table-file.js';
import { requireWorkspace, withWorkspace } from '../support/workspace.js';
import { recordAudit } from '../support/audit.js';

/** Problems listed in full before the rest are counted. */
const PROBLEMS_SHOWN = 50;

const CURRENCY_LABELS = { current: 'Current', stale: 'Stale', expired: 'Expired', 'not-yet-effective': 'Not yet in effect' } as const;

function importCommand(context: CommandContext): Command {
  return new Command('import')
    .description('Add or update evidence from a spreadsheet (.xlsx or .csv): all rows or none')
    .argument('<file>', 'the evidence bank: one row per item')
    .option('--dry-run', 'check every row and report, but write nothing')
    .addHelpText(
      'after',
      `
Columns (headings in the first row; case and spacing do not matter):
  Title, Quality statements, Evidence categories, Owner, Effective from     required
  Id, Description, Source, Location, Effective to, Review by, Tags          optional
Lists are separated by semicolons. Quality statements may be ids (safeguarding), titles,
short titles (Safe Systems) or numbers (QS7); categories and tags ids or labels. Dates as
2025-04-01 or 01/04/2025. Rows with the same id update the item already in the bank.`,
    )
    .action(async (file: string, options: { dryRun?: boolean }) => {
      const { output } = context;
      await requireWorkspace(context);
      const table = await readTableFile(file);
      const progress = startProgress(output, `Checking ${table.fileName}`, table.rows.length, 'rows');
      const { items, problems, ignoredHeadings } = evidenceItemsFromTable(table, () => progress.tick());
      progress.done();
      if (ignoredHeadings.length > 0) output.note(`Columns not used: ${ignoredHeadings.map((heading) => `'${heading}'`).join(', ')}.`);
      if (problems.length > 0) {
        const shown = problems.slice(0, PROBLEMS_SHOWN);
        const more = problems.length - shown.length;
        throw new CliError(
          EXIT_CODES.badInput,
          `${table.fileName} has ${problems.length} problem${problems.length === 1 ? '' : 's'}, so nothing was imported.`,
          {
            problems: more > 0 ? [...shown, `... and ${more} more`] : shown,
            hint: 'Fix these rows in the spreadsheet and import it again. Row numbers are as the spreadsheet shows them (the headings are row 1).',
          },
        );
      }
      if (items.length === 0) {
        throw new CliError(EXIT_CODES.badInput, `${table.fileName} has no evidence rows.`, { hint: 'Put the headings in row 1 and one evidence item in each row below.' });
      }
      if (options.dryRun === true) {
        output.line(`All ${items.length} rows of ${table.fileName} are valid. Nothing was written (--dry-run).`);
        return;
      }
      await withWorkspace(context, async (workspace) => {
        const { saveEvidenceItems } = await import('@asc-assure/store');
        const result = await workspace.store.transaction(async (tx) => {
          const saved = await saveEvidenceItems(tx, workspace.config.councilId, items);
          await recordAudit(tx, workspace, { action: 'evidence.imported', subject: 'evidence', detail: { file: table.fileName, ...saved } });
          return saved;
        });
        output.line(
          `${output.colors.green('Imported')} ${items.length} evidence item${items.length === 1 ? '' : 's'} for ${workspace.config.councilName}: ${result.added} new, ${result.updated} updated.`,
        );
      });
    });
}

function matchOption<Id extends string>(vocabulary: Vocabulary<Id>, typed: string | undefined, noun: string, option: string): Id | undefined {
  if (typed === undefined) return undefined;
  const id = vocabulary.match(typed);
  if (id !== undefined) return id;
  const suggestion = vocabulary.suggest(typed);
  throw new CliError(EXIT_CODES.badInput, `'${typed}' is not ${noun}${suggestion === undefined ? '' : ` — did you mean '${suggestion}'?`}`, {
    hint: `Give ${option} an id or title, e.g. ${option} safeguarding.`,
  });
}

function listCommand(context: CommandContext): Command {
  return new Command('list')
    .description('List the evidence bank, optionally for one quality statement or tag')
    .option('--statement <statement>', 'only items mapped to this quality statement (id, title or QS number)')
    .option('--tag <tag>', 'only items with this tag, e.g. unpaid-carers')
    .option('--json', 'print machine-readable JSON only')
    .action(async (options: { statement?: string; tag?: string; json?: boolean }) => {
      const statement = matchOption(QUALITY_STATEMENT_VOCABULARY, options.statement, 'a quality statement', '--statement');
      const tag = matchOption(EVIDENCE_TAG_VOCABULARY, options.tag, 'an evidence tag', '--tag');
      const { output } = context;
      await withWorkspace(context, async (workspace) => {
        const { evidenceItemInputOf, listAllEvidenceItems } = await import('@asc-assure/store');
        const records = await listAllEvidenceItems(workspace.store, {
          councilId: workspace.config.councilId,
          ...(statement === undefined ? {} : { qualityStatementId: statement }),
          ...(tag === undefined ? {} : { tag }),
        });
        const today = workspace.today();
        const items = records.map((record) => {
          const input = evidenceItemInputOf(record);
          return { ...input, currency: input.effectiveFrom === '' ? 'stale' : evidenceCurrencyOn(input, today) };
        });
        if (options.json === true) {
          output.json({ councilId: workspace.config.councilId, asOf: today, count: items.length, items });
          return;
        }
        const about = [statement === undefined ? '' : ` for ${qualityStatementTitle(statement)}`, tag === undefined ? '' : ` tagged ${EVIDENCE_TAG_LABELS[tag]}`].join('');
        output.line(`${workspace.config.councilName}: ${items.length} evidence item${items.length === 1 ? '' : 's'}${about}, as at ${today}`);
        if (items.length === 0) {
          output.line('Nothing yet. Add evidence with `asc-assure evidence import <file.xlsx>`.');
          return;
        }
        output.line();
        output.table(
          [{ heading: 'Title' }, { heading: 'Owner' }, { heading: 'Quality statements' }, { heading: 'Categories' }, { heading: 'Review by' }, { heading: 'Status' }],
          items.map((item) => [
            item.title,
            item.owner,
            item.qualityStatementIds.map(qualityStatementShortTitle).join(', '),
            item.evidenceCategoryIds.map((id) => EVIDENCE_CATEGORY_LABELS[id]).join(', '),
            item.reviewBy ?? '',
            CURRENCY_LABELS[item.currency],
          ]),
        );
      });
    });
}

/** `asc-assure evidence`: the council's evidence bank (import, list). */
export function evidenceCommand(context: CommandContext): Command {
  return new Command('evidence').description("The council's evidence bank: import it from a spreadsheet, list it").addCommand(importCommand(context)).addCommand(listCommand(context));
}
