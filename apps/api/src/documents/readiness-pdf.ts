import {
  CQC_LA_QUALITY_STATEMENTS,
  RATING_LABELS,
  type ReadinessReport,
} from '@asc-assure/framework';
import PDFDocument from 'pdfkit';

const SEVERITY_LABELS = { high: 'High', medium: 'Medium', low: 'Low' } as const;

function statementTitle(id: string): string {
  return CQC_LA_QUALITY_STATEMENTS.find((statement) => statement.id === id)?.title ?? id;
}

/**
 * The readiness report as a PDF for people who print or attach it: the readiness score, the
 * predicted rating, evidence counts, coverage per quality statement and every finding, most
 * urgent first. Built-in fonts only; the creation date is the report's, so the same report gives
 * the same file.
 */
export function readinessPdf(input: { readonly councilName: string; readonly report: ReadinessReport; readonly generatedAt: string }): Promise<Uint8Array> {
  const { report } = input;
  const document = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `Readiness of ${input.councilName}`, Author: 'asc-assure', Creator: 'asc-assure', CreationDate: new Date(input.generatedAt) },
  });
  const chunks: Uint8Array[] = [];
  document.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const finished = new Promise<Uint8Array>((resolve, reject) => {
    document.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    document.on('error', reject);
  });

  document.font('Helvetica-Bold').fontSize(18).text(`Readiness of ${input.councilName}`);
  document.font('Helvetica').fontSize(10).fillColor('#505a5f').text(`As at ${report.asOf}. CQC assessment of adult social care. Made with asc-assure.`).fillColor('black');
  document.moveDown();
  document.font('Helvetica-Bold').fontSize(14).text(`Readiness score: ${report.readinessScore} / 100`);
  const predicted = report.predictedRating;
  document
    .font('Helvetica')
    .fontSize(11)
    .text(
      predicted.status === 'complete'
        ? `Predicted rating from the self-assessed scores: ${RATING_LABELS[predicted.result.rating]} (${predicted.result.total} of ${predicted.result.maximum}, ${predicted.result.percentage.toFixed(1)}%).`
        : `No predicted rating yet: no self-assessed score for ${predicted.missingQualityStatementIds.map(statementTitle).join(', ')}.`,
    );
  const { counts } = report;
  document.text(
    `Evidence: ${counts.evidenceItems} items; ${counts.current} current, ${counts.stale} stale, ${counts.expired} expired, ${counts.notYetEffective} not yet in effect, ${counts.reviewDueSoon} due for review soon.`,
  );
  document.moveDown();
  document.font('Helvetica-Bold').fontSize(13).text('Coverage by quality statement');
  document.font('Helvetica').fontSize(10);
  for (const row of report.coverage) document.text(`${statementTitle(row.qualityStatementId)}: ${row.coveragePercentage}% of its evidence categories covered`);
  document.moveDown();
  document.font('Helvetica-Bold').fontSize(13).text(`Findings (${report.findings.length})`);
  document.font('Helvetica').fontSize(10);
  for (const finding of report.findings) document.text(`${SEVERITY_LABELS[finding.severity]}: ${finding.message}`, { paragraphGap: 2 });
  document.end();
  return finished;
}
