import { EVIDENCE_CATEGORY_LABELS, type EvidenceCoverageStatus, type EvidenceCategoryId, type StatementEvidenceCoverage } from '@asc-assure/framework';
import { escapeHtml } from './html.js';
import { qualityStatementTitle } from './framework-vocabularies.js';

/** How each coverage status is drawn: a fill, a text colour with enough contrast, and its word. */
export const COVERAGE_STYLES = {
  strong: { fill: '#1b7837', text: '#ffffff', word: 'strong', meaning: 'enough current evidence (3 or more items)' },
  thin: { fill: '#fdb863', text: '#1a1a1a', word: 'thin', meaning: 'some current evidence, but fewer than 3 items' },
  missing: { fill: '#b2182b', text: '#ffffff', word: 'missing', meaning: 'no current evidence' },
  'not-applicable': { fill: '#e6e6e6', text: '#1a1a1a', word: 'n/a', meaning: 'category not used for this statement' },
} as const satisfies Record<EvidenceCoverageStatus, { fill: string; text: string; word: string; meaning: string }>;

const LABEL_WIDTH = 400;
const CELL_WIDTH = 120;
const CELL_HEIGHT = 46;
const HEADER_HEIGHT = 56;
const LEGEND_ROW_HEIGHT = 24;

/**
 * The coverage heatmap as an inline SVG: one row per quality statement, one column per evidence
 * category that applies, each cell coloured by status and also showing its count and status word,
 * so it reads without colour. Screen readers get a title and description for the whole figure and
 * a label for every cell; a legend explains each colour.
 */
export function coverageHeatmapSvg(coverage: readonly StatementEvidenceCoverage[], categories: readonly EvidenceCategoryId[]): string {
  const width = LABEL_WIDTH + categories.length * CELL_WIDTH;
  const gridHeight = HEADER_HEIGHT + coverage.length * CELL_HEIGHT;
  const legendEntries = Object.values(COVERAGE_STYLES);
  const height = gridHeight + 20 + legendEntries.length * LEGEND_ROW_HEIGHT;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" role="img" aria-labelledby="heatmap-title heatmap-description" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="Arial, Helvetica, sans-serif">`,
    `<title id="heatmap-title">Evidence coverage: ${coverage.length} quality statements by ${categories.length} evidence categories</title>`,
    `<desc id="heatmap-description">Each cell shows how many current evidence items map to a quality statement and evidence category, and whether that is strong (3 or more), thin (1 or 2) or missing (none).</desc>`,
  );
  categories.forEach((category, column) => {
    const x = LABEL_WIDTH + column * CELL_WIDTH + CELL_WIDTH / 2;
    const words = wrapWords(EVIDENCE_CATEGORY_LABELS[category], 16);
    parts.push(
      `<text class="heatmap-column" x="${x}" y="${HEADER_HEIGHT - 8 - (words.length - 1) * 15}" text-anchor="middle" font-size="13" font-weight="bold" fill="#1a1a1a">${words
        .map((word, index) => `<tspan x="${x}" dy="${index === 0 ? 0 : 15}">${escapeHtml(word)}</tspan>`)
        .join('')}</text>`,
    );
  });
  coverage.forEach((row, rowIndex) => {
    const y = HEADER_HEIGHT + rowIndex * CELL_HEIGHT;
    const title = qualityStatementTitle(row.qualityStatementId);
    parts.push(`<g class="heatmap-row" data-quality-statement="${escapeHtml(row.qualityStatementId)}">`);
    parts.push(
      `<text x="${LABEL_WIDTH - 10}" y="${y + CELL_HEIGHT / 2 + 5}" text-anchor="end" font-size="13" fill="#1a1a1a">${escapeHtml(title)} (${row.coveragePercentage}%)</text>`,
    );
    categories.forEach((category, column) => {
      const cell = row.categories.find((candidate) => candidate.evidenceCategoryId === category);
      const status: EvidenceCoverageStatus = cell?.status ?? 'not-applicable';
      const count = cell?.currentItemCount ?? 0;
      const style = COVERAGE_STYLES[status];
      const x = LABEL_WIDTH + column * CELL_WIDTH;
      const label = `${title}, ${EVIDENCE_CATEGORY_LABELS[category]}: ${count} current item${count === 1 ? '' : 's'}, ${style.word}`;
      parts.push(
        `<g class="heatmap-cell" role="img" aria-label="${escapeHtml(label)}" data-status="${status}" data-count="${count}">`,
        `<title>${escapeHtml(label)}</title>`,
        `<rect x="${x + 2}" y="${y + 2}" width="${CELL_WIDTH - 4}" height="${CELL_HEIGHT - 4}" rx="4" fill="${style.fill}" stroke="#ffffff"/>`,
        `<text x="${x + CELL_WIDTH / 2}" y="${y + 22}" text-anchor="middle" font-size="16" font-weight="bold" fill="${style.text}">${status === 'not-applicable' ? '–' : count}</text>`,
        `<text x="${x + CELL_WIDTH / 2}" y="${y + 37}" text-anchor="middle" font-size="11" fill="${style.text}">${style.word}</text>`,
        `</g>`,
      );
    });
    parts.push('</g>');
  });
  parts.push(`<g class="heatmap-legend" transform="translate(0 ${gridHeight + 20})">`);
  legendEntries.forEach((style, index) => {
    const y = index * LEGEND_ROW_HEIGHT;
    parts.push(
      `<rect x="10" y="${y}" width="36" height="18" rx="3" fill="${style.fill}" stroke="#767676"/>`,
      `<text x="28" y="${y + 13}" text-anchor="middle" font-size="10" fill="${style.text}">${style.word}</text>`,
      `<text x="56" y="${y + 13}" font-size="12" fill="#1a1a1a">${escapeHtml(`${style.word}: ${style.meaning}`)}</text>`,
    );
  });
  parts.push('</g>', '</svg>');
  return parts.join('\n');
}

function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
