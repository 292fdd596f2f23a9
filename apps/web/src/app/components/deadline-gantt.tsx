import type { Deadline, MovedDate } from '../api/resources.js';
import { movableDateLabel } from '../labels.js';
import { addDays, daysBetween, formatDate, formatShortDate, pluralise, workingDaysLeftText } from '../format.js';

const STATUS_STYLE = {
  open: { fill: '#d2e2f1', stroke: '#1d70b8', word: 'Open' },
  met: { fill: '#cce2d8', stroke: '#00703c', word: 'Met' },
  missed: { fill: '#f4cdc6', stroke: '#d4351c', word: 'Missed' },
  cancelled: { fill: '#f3f2f1', stroke: '#505a5f', word: 'Cancelled' },
} as const satisfies Record<Deadline['status'], { fill: string; stroke: string; word: string }>;

const LABEL_WIDTH = 300;
const CHART_WIDTH = 760;
const ROW_HEIGHT = 56;
const AXIS_HEIGHT = 40;

/** The first and last day the chart shows: every anchor, due date and reminder, and today, with a margin. */
export function chartRange(deadlines: readonly Deadline[], today: string): { readonly start: string; readonly end: string } {
  const dates = [today, ...deadlines.flatMap((deadline) => [deadline.anchorDate, deadline.dueDate, ...deadline.reminderDates])].sort();
  return { start: addDays(dates[0]!, -3), end: addDays(dates.at(-1)!, 3) };
}

/** Monday-aligned axis ticks, at most about eight. */
function ticks(start: string, end: string): string[] {
  const days = Math.max(1, daysBetween(start, end));
  const step = Math.max(7, Math.ceil(days / 8 / 7) * 7);
  const result: string[] = [];
  for (let date = start; date <= end; date = addDays(date, step)) result.push(date);
  return result;
}

/**
 * The deadlines as a Gantt chart: one bar per deadline from the day it counts from to the day it
 * is due, reminders marked, moved deadlines drawn dashed and labelled, and a line for today. The
 * bar's words (status, working days left) carry the meaning; a table of the same follows.
 */
export function DeadlineGantt({ deadlines, today, movedDates }: { readonly deadlines: readonly Deadline[]; readonly today: string; readonly movedDates: readonly MovedDate[] }) {
  if (deadlines.length === 0) return <p className="govuk-body">No deadline is set yet: deadlines start when CQC's notice arrives.</p>;
  const { start, end } = chartRange(deadlines, today);
  const span = Math.max(1, daysBetween(start, end));
  const xOf = (date: string) => LABEL_WIDTH + (daysBetween(start, date) / span) * CHART_WIDTH;
  const height = AXIS_HEIGHT + deadlines.length * ROW_HEIGHT + 10;
  const width = LABEL_WIDTH + CHART_WIDTH + 20;
  return (
    <>
      <svg className="app-chart" viewBox={`0 0 ${width} ${height}`} width={width} role="img" aria-labelledby="gantt-title gantt-desc" data-testid="deadline-gantt">
        <title id="gantt-title">Deadlines from {formatDate(start)} to {formatDate(end)}</title>
        <desc id="gantt-desc">
          {deadlines
            .map(
              (deadline) =>
                `${deadline.title}: counts from ${formatDate(deadline.anchorDate)}, ${deadline.kind === 'earliest' ? 'earliest' : 'due'} ${formatDate(deadline.dueDate)}, ${STATUS_STYLE[deadline.status].word.toLowerCase()}${deadline.moved ? ', moved' : ''}, ${pluralise(deadline.reminderDates.length, 'reminder')}.`,
            )
            .join(' ')}
        </desc>
        {ticks(start, end).map((tick) => (
          <g key={tick}>
            <line x1={xOf(tick)} x2={xOf(tick)} y1={AXIS_HEIGHT - 8} y2={height - 10} stroke="#b1b4b6" strokeWidth="1" />
            <text x={xOf(tick)} y={AXIS_HEIGHT - 14} fontSize="13" textAnchor="middle">
              {formatShortDate(tick)}
            </text>
          </g>
        ))}
        {deadlines.map((deadline, index) => {
          const y = AXIS_HEIGHT + index * ROW_HEIGHT;
          const style = STATUS_STYLE[deadline.status];
          const x1 = xOf(deadline.anchorDate);
          const x2 = Math.max(x1 + 4, xOf(deadline.dueDate));
          return (
            <g key={deadline.id}>
              <text x={0} y={y + 22} fontSize="15" fontWeight="700">
                {deadline.title}
              </text>
              <text x={0} y={y + 42} fontSize="13">
                {style.word}
                {deadline.moved ? ', moved' : ''}
                {deadline.status === 'open' && deadline.kind === 'due' ? `, ${workingDaysLeftText(deadline.workingDaysLeft).toLowerCase()}` : ''}
              </text>
              <rect x={x1} y={y + 10} width={x2 - x1} height={24} fill={style.fill} stroke={style.stroke} strokeWidth="2" strokeDasharray={deadline.moved ? '6 4' : undefined} />
              <text x={Math.min(x2 + 6, width - 120)} y={y + 27} fontSize="13">
                {formatShortDate(deadline.dueDate)}
              </text>
              {deadline.reminderDates.map((reminder) => (
                <path key={reminder} d={`M ${xOf(reminder)} ${y + 38} l -6 10 h 12 z`} fill="#0b0c0c">
                  <title>Reminder on {formatDate(reminder)}</title>
                </path>
              ))}
            </g>
          );
        })}
        <line x1={xOf(today)} x2={xOf(today)} y1={AXIS_HEIGHT - 4} y2={height - 10} stroke="#d4351c" strokeWidth="3" />
        <text x={xOf(today) + 4} y={height - 2} fontSize="13" fontWeight="700">
          Today
        </text>
      </svg>
      <p className="govuk-body-s">Bars run from the day a deadline counts from to the day it is due. Triangles mark reminders. A dashed bar is a deadline CQC moved. The red line is today.</p>
      <div className="app-table-scroll">
        <table className="govuk-table" data-testid="deadline-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Deadlines</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Deadline</th>
              <th scope="col" className="govuk-table__header">Counts from</th>
              <th scope="col" className="govuk-table__header">Date</th>
              <th scope="col" className="govuk-table__header">Status</th>
              <th scope="col" className="govuk-table__header">Reminders</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {deadlines.map((deadline) => (
              <tr key={deadline.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {deadline.title}
                </th>
                <td className="govuk-table__cell">{formatDate(deadline.anchorDate)}</td>
                <td className="govuk-table__cell" data-testid={`due-${deadline.id}`}>
                  {deadline.kind === 'earliest' ? 'No earlier than ' : ''}
                  {formatDate(deadline.dueDate)}
                  {deadline.moved ? ' (moved)' : ''}
                </td>
                <td className="govuk-table__cell">
                  {STATUS_STYLE[deadline.status].word}
                  {deadline.status === 'open' && deadline.kind === 'due' ? `: ${workingDaysLeftText(deadline.workingDaysLeft).toLowerCase()}` : ''}
                  {deadline.closedOn === null ? '' : ` on ${formatDate(deadline.closedOn)}`}
                </td>
                <td className="govuk-table__cell">{deadline.reminderDates.length === 0 ? 'None' : deadline.reminderDates.map(formatDate).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {movedDates.length === 0 ? null : (
        <>
          <h3 className="govuk-heading-s">Dates CQC moved</h3>
          <ul className="govuk-list govuk-list--bullet" data-testid="moved-dates">
            {movedDates.map((moved, index) => (
              <li key={`${moved.which}-${index}`}>
                On {formatDate(moved.movedOn)}, {movableDateLabel(moved.which)} moved {moved.from === null ? '' : `from ${formatDate(moved.from)} `}to {formatDate(moved.to)}: {moved.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
