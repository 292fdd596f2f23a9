import { resolve } from 'node:path';
import {
  EVIDENCE_CATEGORY_IDS,
  EVIDENCE_CATEGORY_LABELS,
  READINESS_FINDING_SEVERITIES,
  RATING_LABELS,
  READINESS_DEFAULT_EVIDENCE_CATEGORIES,
  analyseReadiness,
  type EvidenceCoverageCell,
  type EvidenceCategoryId,
  type IsoDate,
  type ReadinessInput,
  type ReadinessReport,
} from '@asc-assure/framework';
import { Command } from 'commander';
import type { CommandContext } from '../support/command-context.js';
import { qualityStatementLabels, qualityStatementTitle } from '../support/framework-vocabularies.js';
import type { Output } from '../support/output.js';
import { readinessReportHtml, SEVERITY_LABELS } from '../support/readiness-html.js';
import { loadReadinessInput } from '../support/readiness-records.js';
import { textBar } from '../support/text-width.js';
import { withWorkspace } from '../support/workspace.js';
import { writeFileSafely } from '../support/write-file-safely.js';

/** Findings listed per severity on the terminal; the HTML report and --json have them all. */
const FINDINGS_SHOWN_PER_SEVERITY = 10;

/** The evidence categories that apply to at least one statement: the heatmap's columns. */
export const HEATMAP_CATEGORIES: readonly EvidenceCategoryId[] = EVIDENCE_CATEGORY_IDS.filter((category) =>
  Object.values(READINESS_DEFAULT_EVIDENCE_CATEGORIES).some((categories) => categories.includes(category)),
);

/** Readiness analysis as the command line runs it: labels from the framework, today's date. */
export function analyseCouncilReadiness(input: ReadinessInput, asOf: IsoDate): ReadinessReport {
  return analyseReadiness(input, {
    asOf,
    qualityStatementLabels: qualityStatementLabels(),
    evidenceCategoryLabels: EVIDENCE_CATEGORY_LABELS,
  });
}

/** Writes the HTML readiness report. */
export async function writeReadinessHtml(path: string, councilName: string, report: ReadinessReport, generatedAt: string): Promise<void> {
  await writeFileSafely(path, readinessReportHtml({ councilName, report, categories: HEATMAP_CATEGORIES, generatedAt }));
}

function cellText(cell: EvidenceCoverageCell | undefined, output: Output): string {
  if (cell === undefined || cell.status === 'not-applicable') return '-';
  const { colors } = output;
  if (cell.status === 'strong') return colors.green(String(cell.currentItemCount));
  if (cell.status === 'thin') return colors.yellow(`${cell.currentItemCount} thin`);
  return colors.red('0 missing');
}

/** Prints the readiness summary a council officer reads on the terminal. */
export function printReadinessSummary(output: Output, councilName: string, report: ReadinessReport): void {
  const { colors } = output;
  output.line(`${colors.bold(`Readiness of ${councilName}`)} on ${report.asOf}: ${colors.bold(`${report.readinessScore} / 100`)}`);
  const predicted = report.predictedRating;
  output.line(
    predicted.status === 'complete'
      ? `Predicted rating from your self-assessed scores: ${colors.bold(RATING_LABELS[predicted.result.rating])}, ${predicted.result.total} of ${predicted.result.maximum} (${predicted.result.percentage.toFixed(1)}%)`
      : `No predicted rating yet: no self-assessed score for ${predicted.missingQualityStatementIds.map(qualityStatementTitle).join(', ')}.`,
  );
  const { counts } = report;
  output.line(
    `Evidence: ${counts.evidenceItems} items: ${counts.current} current, ${counts.stale} stale, ${counts.expired} expired, ${counts.notYetEffective} not yet in effect, ${counts.reviewDueSoon} due for review soon`,
  );
  output.heading('Coverage: current items per quality statement and evidence category');
  output.table(
    [{ heading: 'Quality statement' }, { heading: 'Coverage' }, ...HEATMAP_CATEGORIES.map((category) => ({ heading: EVIDENCE_CATEGORY_LABELS[category], align: 'right' as const }))],
    report.coverage.map((row) => [
      qualityStatementTitle(row.qualityStatementId),
      `${String(row.coveragePercentage).padStart(3)}% ${textBar(row.coveragePercentage / 100, 10)}`,
      ...HEATMAP_CATEGORIES.map((category) => cellText(row.categories.find((cell) => cell.evidenceCategoryId === category), output)),
    ]),
  );
  const bySeverity = READINESS_FINDING_SEVERITIES.map((severity) => ({ severity, findings: report.findings.filter((finding) => finding.severity === severity) }));
  output.heading(`Findings: ${bySeverity.map(({ severity, findings }) => `${findings.length} ${severity}`).join(', ')}`);
  const severityColour = { high: colors.red, medium: colors.yellow, low: colors.dim } as const;
  for (const { severity, findings } of bySeverity) {
    const shown = findings.slice(0, FINDINGS_SHOWN_PER_SEVERITY);
    for (const finding of shown) output.line(`  ${severityColour[severity](SEVERITY_LABELS[severity].padEnd(6))} ${finding.message}`);
    if (findings.length > shown.length) output.line(`  ${' '.repeat(6)} ... and ${findings.length - shown.length} more ${severity} findings (see --html or --json)`);
  }
  if (report.areasForImprovementWithoutAction.length > 0) {
    output.heading('Areas for improvement without an action');
    for (const area of report.areasForImprovementWithoutAction) output.line(`  ${qualityStatementTitle(area.qualityStatementId)}: ${area.description}`);
  }
}

/** `asc-assure readiness`: coverage, findings and a predicted rating, on screen and as an HTML report. */
export function readinessCommand(context: CommandContext): Command {
  return new Command('readiness')
    .description('How ready the council is: evidence coverage, findings, predicted rating (and an HTML report)')
    .option('--json', 'print machine-readable JSON only')
    .option('--html <file>', 'also write the report as a self-contained HTML file with the coverage heatmap')
    .action(async (options: { json?: boolean; html?: string }) => {
      const { output } = context;
      await withWorkspace(context, async (workspace) => {
        const engine = await workspace.engine();
        const view = await engine.get(workspace.config.assessmentId);
        const input = await loadReadinessInput(workspace.store, workspace.config.councilId, view);
        const report = analyseCouncilReadiness(input, workspace.today());
        if (options.html !== undefined) {
          const path = resolve(context.cwd, options.html);
          await writeReadinessHtml(path, workspace.config.councilName, report, workspace.clock.now());
          output.note(`Wrote the readiness report to ${path}`);
        }
        if (options.json === true) {
          output.json({ councilId: workspace.config.councilId, councilName: workspace.config.councilName, assessmentId: workspace.config.assessmentId, report });
          return;
        }
        printReadinessSummary(output, workspace.config.councilName, report);
      });
    });
}
