import { basename, resolve } from 'node:path';
import { COHORT_IDS, CASE_TRACKING_EXCLUSION_REASON_IDS, CASE_TRACKING_EXCLUSION_REASON_LABELS, HIGHER_RISK_FLAG_IDS, HIGHER_RISK_FLAG_LABELS, PROTECTED_CHARACTERISTIC_FIELDS, PROTECTED_CHARACTERISTICS, checkCaseTrackingList, EXTRACT_TABLE_COLUMNS, proposeCaseTrackingList, readExtractTable, type ExtractTableReading, pseudonymiseId, type CaseTrackingListCheck, type CaseTrackingProposal, type CohortId, type HigherRiskFlagId, caseListExportRecord, caseListIdOf, proposedCaseRecords, type ProposedCaseRecord } from '@asc-assure/framework';
import { DEFAULT_CASE_TRACKING_NUMBERS } from '@asc-assure/lifecycle';
import { Command, InvalidArgumentError } from 'commander';
import { recordAudit } from '../support/audit.js';
import { CASE_RECORD_COLUMNS, caseRecordsFromTable, cohortDescription } from '../support/case-record-columns.js';
import { caseListHeadings, writeCaseListWorkbook } from '../support/case-list-workbook.js';
import { CliError } from '../support/cli-error.js';
import type { CommandContext } from '../support/command-context.js';
import { toCsv } from '../support/csv.js';
import { EXIT_CODES } from '../support/exit-codes.js';
import { caseListPersonalDataFindings } from '../support/personal-data-findings.js';
import type { Output } from '../support/output.js';
import { startProgress } from '../support/progress.js';
import { readTableFile, type TableFile } from '../support/read-table-file.js';
import { requireWorkspace, withWorkspace, type Workspace } from '../support/workspace.js';
import { writeFileSafely } from '../support/write-file-safely.js';

/** Rows the extract could not use, listed before the rest are counted. */
const INVALID_ROWS_SHOWN = 10;

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('must be a whole number of 1 or more.');
  return number;
}

async function caseTrackingNumbers(workspace: Workspace): Promise<{ listSize: number; selected: number; tracked: number; reserves: number }> {
  const view = await (await workspace.engine()).get(workspace.config.assessmentId);
  return view?.config.caseTracking ?? { ...DEFAULT_CASE_TRACKING_NUMBERS };
}

/**
 * Reads the council's extract with the framework's rule. Throws a {@link CliError} (bad input)
 * naming every required column the file lacks.
 */
function readExtract(table: TableFile, onRow: () => void): ExtractTableReading {
  const extract = readExtractTable(table, { onRow });
  const missing = extract.missingColumns;
  if (missing.length > 0) {
    throw new CliError(EXIT_CODES.badInput, `${table.fileName} has no ${missing.map((heading) => `'${heading}'`).join(', ')} column${missing.length === 1 ? '' : 's'}.`, {
      problems: [`Columns found: ${table.headings.map((heading) => `'${heading}'`).join(', ') || 'none'}.`],
      hint: `The first row must hold the column headings. Needed: ${EXTRACT_TABLE_COLUMNS.filter((column) => column.required)
        .map((column) => column.heading)
        .join(', ')}.`,
    });
  }
  return extract;
}

/** Rows the framework will leave out as invalid, each with its first problem: "row 14: Assessment date: ...". */
function invalidRows(extract: ExtractTableReading): string[] {
  const shown = new Set<number>();
  return extract.problems.flatMap((problem) => {
    if (shown.has(problem.rowNumber)) return [];
    shown.add(problem.rowNumber);
    const heading = problem.heading ?? problem.field;
    return [`row ${problem.rowNumber}: ${heading === undefined ? '' : `${heading}: `}${problem.message}`];
  });
}

function share(count: number, total: number): string {
  return total === 0 ? '0%' : `${Math.round((count / total) * 100)}%`;
}

/** Prints how the proposal covers cohorts, characteristics and higher-risk people, and why each person was picked. */
export function printProposal(output: Output, proposal: CaseTrackingProposal, records: readonly ProposedCaseRecord[]): void {
  const { colors } = output;
  const excluded = CASE_TRACKING_EXCLUSION_REASON_IDS.filter((reason) => proposal.excluded[reason] > 0);
  output.line(`${colors.bold(`${proposal.eligibleCount.toLocaleString('en-GB')} people qualify`)} (assessed on or after ${proposal.windowStart}).`);
  for (const reason of excluded) output.line(`  ${proposal.excluded[reason].toLocaleString('en-GB')} left out: ${CASE_TRACKING_EXCLUSION_REASON_LABELS[reason]}`);
  output.heading(`Cohorts: ${records.length} people proposed`);
  output.table(
    [{ heading: 'Cohort' }, { heading: 'On the list', align: 'right' }, { heading: 'Eligible', align: 'right' }],
    COHORT_IDS.map((cohort: CohortId) => [
      `${cohort} ${cohortDescription(cohort)}`,
      String(proposal.coverage.cohorts[cohort]),
      proposal.coverage.eligibleByCohort[cohort].toLocaleString('en-GB'),
    ]),
  );
  output.heading('Diversity: share of the list, and of everyone eligible');
  const picks = records.length;
  for (const field of PROTECTED_CHARACTERISTIC_FIELDS) {
    const definition = PROTECTED_CHARACTERISTICS[field];
    const distribution = proposal.coverage.characteristics[field];
    const labels: Readonly<Record<string, string>> = definition.valueLabels;
    const parts = Object.entries(distribution.picks)
      .filter(([, count]) => count > 0)
      .map(([value, count]) => `${value === 'not-recorded' ? 'not recorded' : (labels[value] ?? value)} ${share(count, picks)} (${share(distribution.eligible[value] ?? 0, proposal.eligibleCount)})`);
    output.line(`  ${definition.label}: ${parts.join(', ') || 'none'}`);
  }
  const flagged = HIGHER_RISK_FLAG_IDS.filter((flag: HigherRiskFlagId) => (proposal.coverage.higherRisk.picks[flag] ?? 0) > 0);
  output.line(`  Higher risk: ${flagged.map((flag) => `${HIGHER_RISK_FLAG_LABELS[flag]} ${proposal.coverage.higherRisk.picks[flag] ?? 0}`).join(', ') || 'none'}; no flag ${proposal.coverage.higherRisk.picks.none ?? 0}`);
  if (proposal.warnings.length > 0) {
    output.heading('Worth a look');
    for (const warning of proposal.warnings) output.line(`  ${colors.yellow('!')} ${warning.message}`);
  }
  output.heading('Why each person was picked (pseudonymised ids)');
  for (const record of records) output.line(`  ${String(record.rank).padStart(2)}. ${record.pseudonymisedId}  ${record.cohort}: ${record.reasons.join('; ')}`);
}

function proposeCommand(context: CommandContext): Command {
  return new Command('propose')
    .description("Choose the people for CQC's case-tracking list from your extract, spread across cohorts and characteristics")
    .argument('<extract>', 'the extract of people assessed (.csv or .xlsx), one row per person')
    .option('--seed <seed>', 'tie-break seed: the same extract and seed always give the same list', 'asc-assure')
    .option('--size <count>', 'how many people the list holds (default: the assessment setting, 50)', positiveInteger)
    .option('--out <file>', 'also save the proposal as CSV for your teams (it holds your own person ids: keep it inside the council)')
    .option('--json', 'print machine-readable JSON only (pseudonymised ids only)')
    .addHelpText(
      'after',
      `
Extract columns (headings in the first row): Person id, Cohorts (CT01-CT07, separated by ;),
First contact date, Assessment date (required); Primary cohort, Review date, Age band, Sex,
Ethnicity, Disability, Religion or belief, Sexual orientation, Gender reassignment, Higher-risk
flags, Consent to contact, Lead professional role, Team (optional). Other columns are ignored
and never stored.`,
    )
    .action(async (file: string, options: { seed: string; size?: number; out?: string; json?: boolean }) => {
      const { output } = context;
      await requireWorkspace(context);
      const table = await readTableFile(file);
      const progress = startProgress(output, `Reading ${table.fileName}`, table.rows.length, 'rows');
      const extract = readExtract(table, () => progress.tick());
      const invalid = invalidRows(extract);
      progress.done();
      await withWorkspace(context, async (workspace) => {
        const key = await workspace.pseudonymisationKey();
        const numbers = await caseTrackingNumbers(workspace);
        const asOf = workspace.today();
        const proposal = proposeCaseTrackingList(extract.rows, {
          asOf,
          seed: options.seed,
          size: options.size ?? numbers.listSize,
          selectedCount: numbers.selected,
          trackedCount: numbers.tracked,
          reserveCount: numbers.reserves,
        });
        const records = proposedCaseRecords(proposal.picks, key);
        const caseListId = caseListIdOf(workspace.config.assessmentId);
        const { saveCaseList } = await import('@asc-assure/store');
        await workspace.store.transaction(async (tx) => {
          await saveCaseList(tx, { id: caseListId, councilId: workspace.config.councilId, assessmentId: workspace.config.assessmentId, status: 'proposed', records, problems: [] });
          await recordAudit(tx, workspace, {
            action: 'case-list.proposed',
            subject: `case-list/${caseListId}`,
            detail: { file: table.fileName, rows: table.rows.length, eligible: proposal.eligibleCount, proposed: records.length, seed: options.seed, asOf },
          });
        });
        if (options.out !== undefined) {
          const path = resolve(context.cwd, options.out);
          await writeFileSafely(
            path,
            toCsv([
              ['Rank', 'Person id (your own, keep inside the council)', 'Pseudonymised id', 'Cohort', 'Cohort description', 'Assessment date', 'Why chosen'],
              ...proposal.picks.map((pick) => [
                String(pick.rank),
                pick.row.localPersonId,
                pseudonymiseId(pick.row.localPersonId, key),
                pick.cohort,
                cohortDescription(pick.cohort),
                pick.row.assessmentDate,
                pick.reasons.join('; '),
              ]),
            ]),
          );
          output.note(`Wrote the proposal to ${path}. It holds your own person ids so teams can find the records: keep it inside the council.`);
        }
        if (invalid.length > 0) {
          output.note(`${invalid.length} row${invalid.length === 1 ? '' : 's'} of ${table.fileName} could not be used:`);
          for (const problem of invalid.slice(0, INVALID_ROWS_SHOWN)) output.note(`  - ${problem}`);
          if (invalid.length > INVALID_ROWS_SHOWN) output.note(`  ... and ${invalid.length - INVALID_ROWS_SHOWN} more`);
        }
        if (options.json === true) {
          output.json({
            asOf,
            seed: options.seed,
            eligibleCount: proposal.eligibleCount,
            excluded: proposal.excluded,
            windowStart: proposal.windowStart,
            coverage: proposal.coverage,
            warnings: proposal.warnings,
            picks: records.map(({ rank, pseudonymisedId, cohort, reasons }) => ({ rank, pseudonymisedId, cohort, reasons })),
          });
          return;
        }
        printProposal(output, proposal, records);
        output.line();
        output.line(`Saved the proposed list for assessment ${workspace.config.assessmentId}. Next: \`asc-assure cases export --out case-list.xlsx\`.`);
      });
    });
}

/** Describes where a problem is: "row 14 (P-...), 2. Summary of needs (one page)". */
function problemLocation(check: CaseTrackingListCheck['problems'][number], rowNumbers: readonly number[], headingOf: ReadonlyMap<string, string>): string {
  if (check.recordIndex === undefined) return 'the list';
  const row = rowNumbers[check.recordIndex] ?? check.recordIndex + 2;
  const who = check.pseudonymisedId === undefined ? '' : ` (${check.pseudonymisedId})`;
  const field = check.field?.split('.').filter((part) => !/^\d+$/.test(part)).join('.');
  const heading = field === undefined ? undefined : (headingOf.get(field) ?? CASE_RECORD_COLUMNS.find((column) => column.path.join('.') === field)?.heading ?? field);
  return `row ${row}${who}${heading === undefined ? '' : `, ${heading}`}`;
}

function checkCommand(context: CommandContext): Command {
  return new Command('check')
    .description('Check a case-tracking list before it goes to CQC: every problem, exit 1 if any must be fixed')
    .argument('<file>', 'the list (.xlsx or .csv), e.g. the one `cases export` wrote, filled in')
    .option('--json', 'print machine-readable JSON only')
    .action(async (file: string, options: { json?: boolean }) => {
      const { output } = context;
      await requireWorkspace(context);
      const table = await readTableFile(file);
      const { records, rowNumbers, headingOf } = caseRecordsFromTable(table);
      await withWorkspace(context, async (workspace) => {
        const numbers = await caseTrackingNumbers(workspace);
        const asOf = workspace.today();
        const check = checkCaseTrackingList(records, {
          asOf,
          size: numbers.listSize,
          selectedCount: numbers.selected,
          trackedCount: numbers.tracked,
          reserveCount: numbers.reserves,
        });
        await workspace.store.transaction(async (tx) => {
          await recordAudit(tx, workspace, {
            action: 'case-list.checked',
            subject: `case-list/${caseListIdOf(workspace.config.assessmentId)}`,
            detail: { file: table.fileName, records: records.length, errors: check.errorCount, warnings: check.warningCount },
          });
        });
        if (!check.ok) context.exitCode = EXIT_CODES.problemsFound;
        if (options.json === true) {
          output.json({
            file: table.fileName,
            asOf,
            records: records.length,
            ok: check.ok,
            errorCount: check.errorCount,
            warningCount: check.warningCount,
            problems: check.problems.map((problem) => ({ ...problem, ...(problem.recordIndex === undefined ? {} : { row: rowNumbers[problem.recordIndex] }) })),
          });
          return;
        }
        const { colors } = output;
        const verdict = check.ok ? colors.green('ready to send') : colors.red('not ready to send');
        output.line(
          `Checked ${table.fileName}: ${records.length} record${records.length === 1 ? '' : 's'}, ${check.errorCount} error${check.errorCount === 1 ? '' : 's'}, ${check.warningCount} warning${check.warningCount === 1 ? '' : 's'}: ${verdict}.`,
        );
        for (const problem of check.problems) {
          const label = problem.severity === 'error' ? colors.red('error  ') : colors.yellow('warning');
          output.line(`  ${label} ${problemLocation(problem, rowNumbers, headingOf)}: ${problem.message}`);
        }
        if (!check.ok) output.line(colors.dim('Fix every error in the spreadsheet and run the check again. Nothing leaves the council until it passes.'));
      });
    });
}

function exportCommand(context: CommandContext): Command {
  return new Command('export')
    .description('Write the pseudonymised case list as an Excel workbook, refusing if it holds personal data')
    .requiredOption('--out <file>', 'the workbook to write, e.g. case-list.xlsx')
    .action(async (options: { out: string }) => {
      const { output } = context;
      await withWorkspace(context, async (workspace) => {
        const { getCaseList } = await import('@asc-assure/store');
        const caseListId = caseListIdOf(workspace.config.assessmentId);
        const stored = await getCaseList(workspace.store, { councilId: workspace.config.councilId, id: caseListId });
        if (stored === undefined) {
          throw new CliError(EXIT_CODES.badInput, 'There is no case list to export yet.', { hint: 'Propose one first: `asc-assure cases propose <extract.xlsx>`.' });
        }
        const records = (stored.records as unknown as ProposedCaseRecord[]).map(caseListExportRecord);
        const path = resolve(context.cwd, options.out);
        const headings = caseListHeadings();
        const findings = caseListPersonalDataFindings(headings, records);
        if (findings.length > 0) {
          await workspace.store.transaction(async (tx) => {
            await recordAudit(tx, workspace, { action: 'case-list.export-refused', subject: `case-list/${caseListId}`, detail: { file: basename(path), findings: findings.length } });
          });
          throw new CliError(EXIT_CODES.problemsFound, `The case list was not written: ${findings.length} value${findings.length === 1 ? '' : 's'} look${findings.length === 1 ? 's' : ''} like personal data.`, {
            problems: findings,
            hint: 'Remove the personal data from the extract (for example a role or team column holding a name or number), then run `asc-assure cases propose` again and export.',
          });
        }
        await writeCaseListWorkbook(path, records, { councilName: workspace.config.councilName, assessmentId: workspace.config.assessmentId, preparedOn: workspace.today() });
        await workspace.store.transaction(async (tx) => {
          await recordAudit(tx, workspace, { action: 'case-list.exported', subject: `case-list/${caseListId}`, detail: { file: basename(path), records: records.length } });
        });
        output.line(`${output.colors.green('Wrote')} ${records.length} pseudonymised records to ${path}`);
        output.line(`Fill in the free-text items for each person, then run \`asc-assure cases check ${basename(path)}\` before sending it through CQC's secure portal.`);
      });
    });
}

/** `asc-assure cases`: the case-tracking list (propose, check, export). */
export function casesCommand(context: CommandContext): Command {
  return new Command('cases')
    .description("CQC's case-tracking list: propose it from your extract, export it, check it")
    .addCommand(proposeCommand(context))
    .addCommand(exportCommand(context))
    .addCommand(checkCommand(context));
}
