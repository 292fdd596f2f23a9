import type { ReadinessReport } from '@asc-assure/framework';
import { ApiProblem, councilPath, type ApiClient } from '../api/api-client.js';
import type { Assessment, AssessmentSummary, Council, Page } from '../api/resources.js';
import { Tag, WhenLoaded } from '../components/data-states.js';
import { PageHeading } from '../components/page-heading.js';
import { ScoreBarChart, type CouncilScores } from '../components/score-bar-chart.js';
import { chooseAssessment } from '../current-assessment.js';
import { formatDate, formatPercentage, pluralise, workingDaysLeftText } from '../format.js';
import { QUALITY_STATEMENT_IDS, ratingLabel } from '../labels.js';
import { hrefTo } from '../router.js';
import type { SignedInSession } from '../session.js';
import { useApiData } from '../use-api-data.js';

interface PublishedResult {
  readonly publishedOn: string;
  readonly scores: Readonly<Record<string, number>>;
}

interface CouncilRow {
  readonly council: Council;
  readonly assessment: Assessment | undefined;
  readonly report: ReadinessReport;
  readonly published: CouncilScores | undefined;
}

async function councilRow(api: ApiClient, council: Council, summaries: readonly AssessmentSummary[]): Promise<CouncilRow> {
  const chosen = chooseAssessment(summaries, null);
  const [assessment, readiness, results] = await Promise.all([
    chosen === undefined ? Promise.resolve(undefined) : api.get<Assessment>(councilPath(council.id, 'assessments', chosen.assessmentId)).then((response) => response.body),
    api.get<{ report: ReadinessReport }>(councilPath(council.id, 'readiness')),
    // A result can be recorded for an assessment tracked elsewhere, whatever its stage here: ask each.
    Promise.all(
      summaries.map((summary) =>
        api.get<PublishedResult>(councilPath(council.id, 'assessments', summary.assessmentId, 'published-result')).then(
          (response) => response.body,
          (error: unknown) => {
            if (error instanceof ApiProblem && error.status === 404) return undefined;
            throw error;
          },
        ),
      ),
    ),
  ]);
  const latest = results.filter((result) => result !== undefined).sort((first, second) => first.publishedOn.localeCompare(second.publishedOn)).at(-1);
  return { council, assessment, report: readiness.body.report, published: latest === undefined ? undefined : { councilId: council.id, councilName: council.name, scores: latest.scores } };
}

/** What is overdue for a council: missed or passed deadlines and overdue actions. */
function overdueCount(row: CouncilRow): number {
  const deadlines = (row.assessment?.deadlines ?? []).filter((deadline) => deadline.status === 'missed' || (deadline.status === 'open' && deadline.kind === 'due' && (deadline.workingDaysLeft ?? 0) < 0));
  return deadlines.length + row.report.overdueActions.length;
}

/** A hub's view: every council with stage, next deadline, overdue items and predicted rating, and published scores compared. */
export default function HubPage({ session, hubId }: { readonly session: SignedInSession; readonly hubId: string }) {
  const data = useApiData(session.api, `hub:${hubId}`, async (api) => {
    const { body } = await api.get<Page<AssessmentSummary>>(`/v1/hubs/${encodeURIComponent(hubId)}/assessments`, { limit: 1000 });
    const hubCouncilIds = new Set(body.items.map((summary) => summary.councilId));
    // Councils the hub administrator sees are the hub's, whether or not they have an assessment yet.
    const councils = session.councils.filter((council) => council.role === 'hub-admin' || hubCouncilIds.has(council.id));
    return Promise.all(councils.map((council) => councilRow(api, council, body.items.filter((summary) => summary.councilId === council.id))));
  });
  return (
    <>
      <PageHeading title="Hub overview" caption={hubId}>
        Councils in the hub
      </PageHeading>
      <WhenLoaded data={data} what="the hub's councils">
        {(rows) => (
          <>
            <div className="app-table-scroll">
              <table className="govuk-table" data-testid="hub-table">
                <caption className="govuk-table__caption govuk-visually-hidden">Each council's assessment</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">Council</th>
                    <th scope="col" className="govuk-table__header">Stage</th>
                    <th scope="col" className="govuk-table__header">Next deadline</th>
                    <th scope="col" className="govuk-table__header">Overdue</th>
                    <th scope="col" className="govuk-table__header">Predicted rating</th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {rows.map((row) => {
                    const overdue = overdueCount(row);
                    const predicted = row.report.predictedRating;
                    return (
                      <tr key={row.council.id} className="govuk-table__row">
                        <th scope="row" className="govuk-table__header">
                          <a className="govuk-link" href={hrefTo(['c', row.council.id, 'overview'])}>
                            {row.council.name}
                          </a>
                        </th>
                        <td className="govuk-table__cell">{row.assessment === undefined ? 'No assessment yet' : `${row.assessment.stage} of 6: ${row.assessment.stateLabel}`}</td>
                        <td className="govuk-table__cell">
                          {row.assessment?.nextDeadline === null || row.assessment?.nextDeadline === undefined
                            ? 'None'
                            : `${row.assessment.nextDeadline.title}, ${formatDate(row.assessment.nextDeadline.dueDate)} (${workingDaysLeftText(row.assessment.nextDeadline.workingDaysLeft).toLowerCase()})`}
                        </td>
                        <td className="govuk-table__cell">{overdue === 0 ? 'Nothing' : <Tag colour="red">{pluralise(overdue, 'item')}</Tag>}</td>
                        <td className="govuk-table__cell">
                          {predicted.status === 'complete' ? `${ratingLabel(predicted.result.rating)} (${formatPercentage(predicted.result.percentage)})` : 'Not all statements scored'}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <h2 className="govuk-heading-m">Published ratings compared</h2>
            {rows.some((row) => row.published !== undefined) ? (
              <ScoreBarChart qualityStatementIds={QUALITY_STATEMENT_IDS} councils={rows.flatMap((row) => (row.published === undefined ? [] : [row.published]))} />
            ) : (
              <p className="govuk-body">No council in the hub has a published result yet.</p>
            )}
          </>
        )}
      </WhenLoaded>
    </>
  );
}
