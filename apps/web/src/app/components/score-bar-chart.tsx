import { qualityStatementShortTitle, qualityStatementTitle, scoreLabel } from '../labels.js';

/** One council's published scores, by quality statement id. */
export interface CouncilScores {
  readonly councilId: string;
  readonly councilName: string;
  readonly scores: Readonly<Record<string, number>>;
}

/** Bar fills for up to six councils, each with a pattern letter so colour is never the only cue. */
const SERIES = [
  { fill: '#1d70b8', letter: 'A' },
  { fill: '#00703c', letter: 'B' },
  { fill: '#4c2c92', letter: 'C' },
  { fill: '#d4351c', letter: 'D' },
  { fill: '#505a5f', letter: 'E' },
  { fill: '#912b88', letter: 'F' },
] as const;

const PLOT_HEIGHT = 200;
const TOP = 20;
const LEFT = 40;
const GROUP_GAP = 40;
const BAR_WIDTH = 26;

/**
 * CQC's published scores by quality statement, councils side by side: a grouped bar chart whose
 * bars carry a letter (the key names each council), then the same figures as a table.
 */
export function ScoreBarChart({ qualityStatementIds, councils }: { readonly qualityStatementIds: readonly string[]; readonly councils: readonly CouncilScores[] }) {
  const shown = councils.slice(0, SERIES.length);
  const groupWidth = shown.length * BAR_WIDTH + GROUP_GAP;
  const width = LEFT + qualityStatementIds.length * groupWidth + 10;
  const height = TOP + PLOT_HEIGHT + 60;
  const yOf = (score: number) => TOP + PLOT_HEIGHT - (score / 4) * PLOT_HEIGHT;
  return (
    <>
      <ul className="app-key govuk-body-s" aria-label="Key to the chart">
        {shown.map((council, index) => (
          <li key={council.councilId}>
            <svg width="24" height="18" aria-hidden="true" focusable="false">
              <rect width="24" height="18" fill={SERIES[index]!.fill} />
              <text x="12" y="14" textAnchor="middle" fontSize="12" fill="#ffffff" fontWeight="700">
                {SERIES[index]!.letter}
              </text>
            </svg>{' '}
            {SERIES[index]!.letter}: {council.councilName}
          </li>
        ))}
      </ul>
      <svg className="app-chart" viewBox={`0 0 ${width} ${height}`} width={width} role="img" aria-labelledby="scores-chart-title scores-chart-desc">
        <title id="scores-chart-title">Published scores by quality statement</title>
        <desc id="scores-chart-desc">
          {qualityStatementIds
            .map((id) => `${qualityStatementTitle(id)}: ${shown.map((council) => `${council.councilName} ${council.scores[id] ?? 'not scored'}`).join(', ')}.`)
            .join(' ')}
        </desc>
        {[1, 2, 3, 4].map((score) => (
          <g key={score}>
            <line x1={LEFT} x2={width - 10} y1={yOf(score)} y2={yOf(score)} stroke="#b1b4b6" strokeWidth="1" />
            <text x={LEFT - 8} y={yOf(score) + 5} textAnchor="end" fontSize="13">
              {score}
            </text>
          </g>
        ))}
        {qualityStatementIds.map((id, group) => {
          const x0 = LEFT + group * groupWidth + GROUP_GAP / 2;
          return (
            <g key={id}>
              {shown.map((council, index) => {
                const score = council.scores[id];
                if (score === undefined) return null;
                const x = x0 + index * BAR_WIDTH;
                return (
                  <g key={council.councilId}>
                    <rect x={x} y={yOf(score)} width={BAR_WIDTH - 2} height={TOP + PLOT_HEIGHT - yOf(score)} fill={SERIES[index]!.fill} />
                    <text className="app-chart__on-fill" x={x + (BAR_WIDTH - 2) / 2} y={TOP + PLOT_HEIGHT - 6} textAnchor="middle" fontSize="12" fontWeight="700">
                      {SERIES[index]!.letter}
                    </text>
                  </g>
                );
              })}
              <text x={x0 + (shown.length * BAR_WIDTH) / 2} y={TOP + PLOT_HEIGHT + 18} textAnchor="middle" fontSize="12">
                {qualityStatementShortTitle(id)}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="app-table-scroll">
        <table className="govuk-table" data-testid="published-scores-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Published scores by quality statement</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Quality statement</th>
              {shown.map((council) => (
                <th key={council.councilId} scope="col" className="govuk-table__header">
                  {council.councilName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {qualityStatementIds.map((id) => (
              <tr key={id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {qualityStatementTitle(id)}
                </th>
                {shown.map((council) => (
                  <td key={council.councilId} className="govuk-table__cell">
                    {scoreLabel(council.scores[id])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
