import {
  READINESS_FINDING_SEVERITIES,
  RATING_LABELS,
  SCORE_LABELS,
  type EvidenceCategoryId,
  type EvidenceItemAttention,
  type ReadinessFindingSeverity,
  type ReadinessReport,
  type ReadinessScorePartId,
} from '@asc-assure/framework';
import { coverageHeatmapSvg } from './heatmap-svg.js';
import { escapeHtml } from './html.js';
import { qualityStatementTitle } from './framework-vocabularies.js';

/** Plain-English names of the parts of the readiness score. */
export const READINESS_SCORE_PART_LABELS = {
  'evidence-coverage': 'Evidence coverage',
  'equality-and-unpaid-carers': 'Equality and unpaid carers evidence',
  'self-assessment': 'Self-assessment complete',
  'improvement-plans': 'Areas for improvement with actions',
  currency: 'Evidence and actions up to date',
} as const satisfies Record<ReadinessScorePartId, string>;

/** How each finding severity is headed. */
export const SEVERITY_LABELS = { high: 'High', medium: 'Medium', low: 'Low' } as const satisfies Record<ReadinessFindingSeverity, string>;

const ATTENTION_REASONS = {
  'review-overdue': 'review date passed',
  'no-review-date': 'no review date, in effect over 12 months',
  expired: 'no longer in effect',
  'review-due-soon': 'review due soon',
} as const satisfies Record<EvidenceItemAttention['reason'], string>;

/** What the readiness report is about. */
export interface ReadinessHtmlInput {
  readonly councilName: string;
  readonly report: ReadinessReport;
  /** The evidence categories shown as heatmap columns: those that apply to any statement. */
  readonly categories: readonly EvidenceCategoryId[];
  /** When the report was made, for the footer (an ISO timestamp). */
  readonly generatedAt: string;
}

const STYLE = `
body { font-family: Arial, Helvetica, sans-serif; color: #1a1a1a; max-width: 1100px; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { margin-bottom: 0.2rem; } h2 { margin-top: 2.2rem; border-bottom: 2px solid #1a1a1a; padding-bottom: 0.2rem; }
.subtitle { color: #4a4a4a; margin-top: 0; }
.summary { display: flex; flex-wrap: wrap; gap: 1rem; }
.summary div { border: 1px solid #767676; border-radius: 6px; padding: 0.7rem 1rem; min-width: 12rem; }
.summary strong { display: block; font-size: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin-top: 0.6rem; }
th, td { text-align: left; border-bottom: 1px solid #c8c8c8; padding: 0.35rem 0.5rem; vertical-align: top; }
th { background: #f2f2f2; }
td.number, th.number { text-align: right; }
.severity-high { color: #b2182b; } .severity-medium { color: #8a4b00; } .severity-low { color: #4a4a4a; }
.heatmap-figure { overflow-x: auto; }
footer { margin-top: 3rem; color: #4a4a4a; font-size: 0.9rem; }
`;

function table(headings: readonly string[], rows: readonly (readonly string[])[], numericColumns: readonly number[] = []): string {
  if (rows.length === 0) return '<p>None.</p>';
  const cell = (tag: 'th' | 'td', text: string, index: number): string =>
    `<${tag}${numericColumns.includes(index) ? ' class="number"' : ''}${tag === 'th' ? ' scope="col"' : ''}>${text}</${tag}>`;
  return [
    '<table>',
    `<thead><tr>${headings.map((heading, index) => cell('th', escapeHtml(heading), index)).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((row) => `<tr>${row.map((text, index) => cell('td', text, index)).join('')}</tr>`),
    '</tbody></table>',
  ].join('\n');
}

function predictedRatingSection(report: ReadinessReport): string {
  const predicted = report.predictedRating;
  if (predicted.status === 'incomplete') {
    return `<p>No prediction yet: the self-assessment has no score for ${escapeHtml(predicted.missingQualityStatementIds.map(qualityStatementTitle).join(', '))}.</p>`;
  }
  const { result, selfScores } = predicted;
  return [
    `<p><strong>${escapeHtml(RATING_LABELS[result.rating])}</strong>: ${result.total} of ${result.maximum} (${result.percentage.toFixed(1)}%, rounded to ${result.roundedPercentage}%), from the council's own self-assessed scores. This is a prediction, not CQC's score.</p>`,
    table(
      ['Quality statement', 'Self-assessed score', 'Meaning'],
      Object.entries(selfScores).map(([id, score]) => [escapeHtml(qualityStatementTitle(id)), String(score), escapeHtml(SCORE_LABELS[score].label)]),
      [1],
    ),
  ].join('\n');
}

function findingsSection(report: ReadinessReport): string {
  if (report.findings.length === 0) return '<p>No findings: nothing needs attention.</p>';
  return READINESS_FINDING_SEVERITIES.map((severity) => {
    const findings = report.findings.filter((finding) => finding.severity === severity);
    if (findings.length === 0) return '';
    return [
      `<h3 class="severity-${severity}">${SEVERITY_LABELS[severity]} (${findings.length})</h3>`,
      '<ul>',
      ...findings.map((finding) => `<li>${escapeHtml(finding.message)}</li>`),
      '</ul>',
    ].join('\n');
  }).join('\n');
}

/**
 * The readiness report as one self-contained HTML file (no scripts, no external files), to save,
 * email or print: summary, the coverage heatmap, the predicted rating, every finding, stale
 * evidence, areas for improvement without actions and overdue actions.
 */
export function readinessReportHtml(input: ReadinessHtmlInput): string {
  const { report } = input;
  const predicted = report.predictedRating;
  const attention = [...report.staleItems, ...report.expiredItems];
  const sections = [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${input.councilName}: CQC readiness report, ${report.asOf}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(input.councilName)}</h1>`,
    `<p class="subtitle">Readiness for the CQC assessment of adult social care, as at ${escapeHtml(report.asOf)}</p>`,
    '<section class="summary" aria-label="Summary">',
    `<div>Readiness score<strong>${report.readinessScore} / 100</strong></div>`,
    `<div>Predicted rating<strong>${escapeHtml(predicted.status === 'complete' ? RATING_LABELS[predicted.result.rating] : 'Not yet')}</strong></div>`,
    `<div>Evidence items<strong>${report.counts.evidenceItems}</strong>${report.counts.current} current, ${report.counts.stale} stale, ${report.counts.expired} expired</div>`,
    `<div>Findings<strong>${report.findings.length}</strong>${READINESS_FINDING_SEVERITIES.map((severity) => `${report.findings.filter((finding) => finding.severity === severity).length} ${severity}`).join(', ')}</div>`,
    '</section>',
    '<h2>Evidence coverage</h2>',
    '<p>How many current evidence items map to each quality statement and evidence category. The percentage after each statement is its coverage.</p>',
    `<figure class="heatmap-figure">${coverageHeatmapSvg(report.coverage, input.categories)}</figure>`,
    '<h2>Readiness score</h2>',
    table(
      ['Part', 'Points', 'Out of'],
      report.readinessScoreParts.map((part) => [escapeHtml(READINESS_SCORE_PART_LABELS[part.part]), part.points.toFixed(1), String(part.weight)]),
      [1, 2],
    ),
    '<h2>Predicted rating</h2>',
    predictedRatingSection(report),
    '<h2>Findings</h2>',
    findingsSection(report),
    '<h2>Stale and expired evidence</h2>',
    table(
      ['Evidence', 'Owner', 'Why', 'Date', 'Quality statements'],
      attention.map((item) => [
        escapeHtml(item.title),
        escapeHtml(item.owner),
        escapeHtml(ATTENTION_REASONS[item.reason]),
        escapeHtml(item.date),
        escapeHtml(item.qualityStatementIds.map(qualityStatementTitle).join('; ')),
      ]),
    ),
    '<h2>Areas for improvement without an action</h2>',
    table(
      ['Quality statement', 'Area for improvement', 'Actions named but not in the plan'],
      report.areasForImprovementWithoutAction.map((area) => [
        escapeHtml(qualityStatementTitle(area.qualityStatementId)),
        escapeHtml(area.description),
        escapeHtml(area.unknownActionIds.join(', ')),
      ]),
    ),
    '<h2>Overdue actions</h2>',
    table(
      ['Action', 'Owner', 'Due', 'Days overdue'],
      report.overdueActions.map((action) => [escapeHtml(action.title), escapeHtml(action.owner), escapeHtml(action.dueDate), String(action.daysOverdue)]),
      [3],
    ),
    '</main>',
    `<footer>Made by asc-assure on ${escapeHtml(input.generatedAt)}. Predicted ratings come from the council's own scores; CQC makes its own judgement.</footer>`,
    '</body>',
    '</html>',
  ];
  return `${sections.join('\n')}\n`;
}
