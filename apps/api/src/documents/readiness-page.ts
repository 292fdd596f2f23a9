import { CQC_LA_QUALITY_STATEMENTS, RATING_LABELS, type ReadinessReport } from '@asc-assure/framework';

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

const SEVERITY_LABELS = { high: 'High', medium: 'Medium', low: 'Low' } as const;
const COVERAGE_COLOURS = { strong: '#00703c', thin: '#f47738', missing: '#d4351c', 'not-applicable': '#b1b4b6' } as const;

function statementTitle(id: string): string {
  return CQC_LA_QUALITY_STATEMENTS.find((statement) => statement.id === id)?.title ?? id;
}

/**
 * The readiness report as one self-contained HTML page (inline styles, no scripts, nothing
 * fetched): score, predicted rating, evidence counts, a coverage table coloured by strength,
 * every finding and the items needing attention.
 */
export function readinessPage(input: { readonly councilName: string; readonly report: ReadinessReport; readonly generatedAt: string }): string {
  const { report } = input;
  const predicted = report.predictedRating;
  const rating =
    predicted.status === 'complete'
      ? `Predicted rating: <strong>${escapeHtml(RATING_LABELS[predicted.result.rating])}</strong> (${predicted.result.total} of ${predicted.result.maximum}, ${predicted.result.percentage.toFixed(1)}%)`
      : `No predicted rating yet: no self-assessed score for ${escapeHtml(predicted.missingQualityStatementIds.map(statementTitle).join(', '))}.`;
  const categories = [...new Set(report.coverage.flatMap((row) => row.categories.map((cell) => cell.evidenceCategoryId)))];
  const coverageRows = report.coverage
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(statementTitle(row.qualityStatementId))}</th><td>${row.coveragePercentage}%</td>${categories
          .map((category) => {
            const cell = row.categories.find((candidate) => candidate.evidenceCategoryId === category);
            const status = cell?.status ?? 'not-applicable';
            return `<td style="background:${COVERAGE_COLOURS[status]};color:#fff">${status === 'not-applicable' ? '-' : String(cell?.currentItemCount ?? 0)}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  const findings = report.findings.map((finding) => `<li><strong>${SEVERITY_LABELS[finding.severity]}</strong>: ${escapeHtml(finding.message)}</li>`).join('\n');
  const attention = [...report.expiredItems, ...report.staleItems, ...report.reviewDueSoonItems]
    .map((item) => `<li>${escapeHtml(item.title)} (${escapeHtml(item.evidenceItemId)}): ${escapeHtml(item.reason)} (${escapeHtml(item.date)})</li>`)
    .join('\n');
  const { counts } = report;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Readiness of ${escapeHtml(input.councilName)}, ${escapeHtml(report.asOf)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 70rem; margin: 2rem auto; padding: 0 1rem; color: #0b0c0c; }
table { border-collapse: collapse; } th, td { border: 1px solid #b1b4b6; padding: .25rem .5rem; text-align: left; }
.score { font-size: 2rem; font-weight: bold; }
</style>
</head>
<body>
<h1>Readiness of ${escapeHtml(input.councilName)}</h1>
<p>As at ${escapeHtml(report.asOf)}. Care Quality Commission assessment of adult social care.</p>
<p class="score">Readiness score: ${report.readinessScore} / 100</p>
<p>${rating}</p>
<p>Evidence: ${counts.evidenceItems} items; ${counts.current} current, ${counts.stale} stale, ${counts.expired} expired, ${counts.notYetEffective} not yet in effect, ${counts.reviewDueSoon} due for review soon.</p>
<h2>Coverage: current items per quality statement and evidence category</h2>
<table><thead><tr><th scope="col">Quality statement</th><th scope="col">Coverage</th>${categories.map((category) => `<th scope="col">${escapeHtml(category)}</th>`).join('')}</tr></thead>
<tbody>
${coverageRows}
</tbody></table>
<h2>Findings (${report.findings.length})</h2>
<ul>
${findings}
</ul>
<h2>Evidence needing attention</h2>
<ul>
${attention}
</ul>
<p><small>Made with asc-assure at ${escapeHtml(input.generatedAt)}.</small></p>
</body>
</html>
`;
}
