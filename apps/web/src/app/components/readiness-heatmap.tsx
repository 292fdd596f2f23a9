import type { EvidenceCoverageStatus, StatementEvidenceCoverage } from '@asc-assure/framework';
import { evidenceCategoryLabel, qualityStatementTitle } from '../labels.js';
import { hrefTo } from '../router.js';

/** Fill and word of each coverage status: the word and count carry the meaning, the colour only repeats it. */
const STATUS_STYLE = {
  strong: { fill: '#cce2d8', word: 'Strong' },
  thin: { fill: '#fff7bf', word: 'Thin' },
  missing: { fill: '#f4cdc6', word: 'Missing' },
  'not-applicable': { fill: '#f3f2f1', word: 'Not used' },
} as const satisfies Record<EvidenceCoverageStatus, { fill: string; word: string }>;

/** The evidence categories every row of the coverage matrix applies (columns of the heatmap). */
export function heatmapCategoryIds(coverage: readonly StatementEvidenceCoverage[]): string[] {
  const used = new Set(coverage.flatMap((row) => row.categories.filter((cell) => cell.status !== 'not-applicable').map((cell) => cell.evidenceCategoryId)));
  return (coverage[0]?.categories ?? []).map((cell) => cell.evidenceCategoryId).filter((id) => used.has(id));
}

/** What a cell shows: "3 strong". */
function cellText(count: number, status: EvidenceCoverageStatus): string {
  return status === 'not-applicable' ? '–' : `${count} ${STATUS_STYLE[status].word.toLowerCase()}`;
}

/** A cell's accessible name: its visible text first (WCAG 2.5.3), then what it counts. */
function cellDescription(statementId: string, categoryId: string, count: number, stale: number, status: EvidenceCoverageStatus): string {
  const staleText = stale > 0 ? `, and ${stale} out of date` : '';
  return `${cellText(count, status)}: ${qualityStatementTitle(statementId)}, ${evidenceCategoryLabel(categoryId)}, ${count} current ${count === 1 ? 'item' : 'items'}${staleText}`;
}

/** A column heading in lines of about 18 characters ("Feedback from staff" / "and leaders"). */
function headingLines(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= 18) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const LABEL_WIDTH = 370;
const CELL_WIDTH = 150;
const CELL_HEIGHT = 44;
const HEADER_HEIGHT = 70;

/**
 * The readiness heatmap: quality statements down, evidence categories across, each cell a link
 * to the evidence behind it. Each cell shows its count and status in words; a table of the same
 * figures follows for anyone who prefers one.
 */
export function ReadinessHeatmap({ councilId, coverage }: { readonly councilId: string; readonly coverage: readonly StatementEvidenceCoverage[] }) {
  const categoryIds = heatmapCategoryIds(coverage);
  const width = LABEL_WIDTH + categoryIds.length * CELL_WIDTH;
  const height = HEADER_HEIGHT + coverage.length * CELL_HEIGHT;
  const evidenceHref = (statementId: string, categoryId: string) => hrefTo(['c', councilId, 'evidence'], { statement: statementId, category: categoryId });
  return (
    <>
      <ul className="app-key govuk-body-s" aria-label="Key to the heatmap">
        {(Object.keys(STATUS_STYLE) as EvidenceCoverageStatus[]).map((status) => (
          <li key={status}>
            <span className={`app-key__swatch app-key__swatch--${status}`} aria-hidden="true" />
            {STATUS_STYLE[status].word}
          </li>
        ))}
      </ul>
      <svg className="app-chart" viewBox={`0 0 ${width} ${height}`} width={width} role="group" aria-labelledby="heatmap-title heatmap-desc">
        <title id="heatmap-title">Evidence readiness by quality statement and evidence category</title>
        <desc id="heatmap-desc">
          Each cell counts the current evidence items for one quality statement and evidence category, and says whether that is strong, thin or missing. Each cell links to
          those items in the evidence bank.
        </desc>
        {categoryIds.map((categoryId, column) => (
          <text key={categoryId} x={LABEL_WIDTH + column * CELL_WIDTH + CELL_WIDTH / 2} y={HEADER_HEIGHT - 32} textAnchor="middle" fontSize="14" fontWeight="700" aria-hidden="true">
            {headingLines(evidenceCategoryLabel(categoryId)).map((line, index) => (
              <tspan key={line} x={LABEL_WIDTH + column * CELL_WIDTH + CELL_WIDTH / 2} dy={index === 0 ? 0 : 17}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
        {coverage.map((row, rowIndex) => {
          const y = HEADER_HEIGHT + rowIndex * CELL_HEIGHT;
          return (
            <g key={row.qualityStatementId}>
              <text x={0} y={y + CELL_HEIGHT / 2 + 5} fontSize="15" aria-hidden="true">
                {qualityStatementTitle(row.qualityStatementId)}
              </text>
              {categoryIds.map((categoryId, column) => {
                const cell = row.categories.find((candidate) => candidate.evidenceCategoryId === categoryId);
                if (cell === undefined) return null;
                const x = LABEL_WIDTH + column * CELL_WIDTH;
                const style = STATUS_STYLE[cell.status];
                const label = cellDescription(row.qualityStatementId, categoryId, cell.currentItemCount, cell.staleItemCount, cell.status);
                const body = (
                  <>
                    <rect x={x + 2} y={y + 2} width={CELL_WIDTH - 4} height={CELL_HEIGHT - 4} fill={style.fill} stroke="#505a5f" strokeWidth="1" />
                    <text x={x + CELL_WIDTH / 2} y={y + CELL_HEIGHT / 2 + 5} textAnchor="middle" fontSize="15" aria-hidden="true">
                      {cellText(cell.currentItemCount, cell.status)}
                    </text>
                  </>
                );
                return cell.status === 'not-applicable' ? (
                  <g key={categoryId}>{body}</g>
                ) : (
                  <a key={categoryId} href={evidenceHref(row.qualityStatementId, categoryId)} aria-label={label}>
                    <title>{label}</title>
                    {body}
                  </a>
                );
              })}
            </g>
          );
        })}
      </svg>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Show the heatmap as a table</span>
        </summary>
        <div className="govuk-details__text app-table-scroll">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Current evidence items by quality statement and evidence category</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Quality statement
                </th>
                {categoryIds.map((categoryId) => (
                  <th key={categoryId} scope="col" className="govuk-table__header">
                    {evidenceCategoryLabel(categoryId)}
                  </th>
                ))}
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Coverage
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {coverage.map((row) => (
                <tr key={row.qualityStatementId} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {qualityStatementTitle(row.qualityStatementId)}
                  </th>
                  {categoryIds.map((categoryId) => {
                    const cell = row.categories.find((candidate) => candidate.evidenceCategoryId === categoryId);
                    return (
                      <td key={categoryId} className="govuk-table__cell">
                        {cell === undefined ? '–' : `${cell.currentItemCount} (${STATUS_STYLE[cell.status].word.toLowerCase()})`}
                      </td>
                    );
                  })}
                  <td className="govuk-table__cell govuk-table__cell--numeric">{row.coveragePercentage}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
