import type { LocalAuthorityRating, ReadinessFinding, ReadinessReport } from '@asc-assure/framework';
import { councilPath } from '../api/api-client.js';
import type { Assessment, Deadline } from '../api/resources.js';
import type { CouncilPageProps } from '../app.js';
import { Tag, WhenLoaded, type TagColour } from '../components/data-states.js';
import { PageHeading } from '../components/page-heading.js';
import { DownloadButton } from '../components/download-button.js';
import { ReadinessHeatmap } from '../components/readiness-heatmap.js';
import { loadCurrentAssessment } from '../current-assessment.js';
import { formatDate, formatPercentage, pluralise, workingDaysLeftText } from '../format.js';
import { ASSESSMENT_STAGES, qualityStatementTitle, ratingLabel, scoreLabel } from '../labels.js';
import { roleCan } from '../permissions.js';
import { hrefTo } from '../router.js';
import { useApiData } from '../use-api-data.js';

interface Readiness {
  readonly report: ReadinessReport;
}

const SEVERITY_COLOURS = { high: 'red', medium: 'orange', low: 'grey' } as const satisfies Record<ReadinessFinding['severity'], TagColour>;

/** Where the total sits in its band, in words: low, middle or high. */
export function positionInBandWords(positionInBand: number): string {
  if (positionInBand < 1 / 3) return 'low';
  if (positionInBand > 2 / 3) return 'high';
  return 'in the middle';
}

function PredictedRating({ councilId, report }: { readonly councilId: string; readonly report: ReadinessReport }) {
  const predicted = report.predictedRating;
  if (predicted.status === 'incomplete') {
    return (
      <div className="app-stat">
        <h2 className="govuk-heading-m">Predicted rating</h2>
        <p className="govuk-body">
          No prediction yet: {pluralise(predicted.missingQualityStatementIds.length, 'quality statement has', 'quality statements have')} no self-assessed score.
        </p>
        <ul className="govuk-list govuk-list--bullet">
          {predicted.missingQualityStatementIds.map((id) => (
            <li key={id}>
              <a className="govuk-link" href={hrefTo(['c', councilId, 'self-assessment'], { statement: id })}>
                Score {qualityStatementTitle(id)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const result: LocalAuthorityRating = predicted.result;
  const position = Math.min(1, Math.max(0, result.positionInBand));
  return (
    <div className="app-stat">
      <h2 className="govuk-heading-m">Predicted rating</h2>
      <p className="govuk-body">
        <span className="app-stat__figure" data-testid="predicted-rating">
          {ratingLabel(result.rating)}
        </span>
        {formatPercentage(result.percentage)} ({result.total} of {result.maximum} points; {result.roundedPercentage}% when rounded)
      </p>
      <p className="govuk-body" id="band-position">
        {positionInBandWords(position) === 'in the middle' ? 'In the middle' : `${positionInBandWords(position) === 'high' ? 'High' : 'Low'}`} in the {ratingLabel(result.rating)} band,
        which runs from {result.band.minPercentage}% to {result.band.maxPercentage}% ({result.band.minTotal} to {result.band.maxTotal} points).
      </p>
      <div className="app-band" role="meter" aria-valuemin={result.band.minTotal} aria-valuemax={result.band.maxTotal} aria-valuenow={result.total} aria-labelledby="band-position">
        <span className="app-band__marker" style={{ left: `calc(${(position * 100).toFixed(1)}% - 2px)` }} />
      </div>
      <div className="app-band__labels govuk-body-s" aria-hidden="true">
        <span>{result.band.minTotal} points</span>
        <span>{result.band.maxTotal} points</span>
      </div>
    </div>
  );
}

/** The smallest rise of each statement that would be enough (the framework lists the smallest first). */
function smallestChanges<Change extends { readonly qualityStatementId: string }>(changes: readonly Change[]): Change[] {
  return changes.filter((change, index) => changes.findIndex((other) => other.qualityStatementId === change.qualityStatementId) === index);
}

function WhatWouldMoveTheRating({ councilId, report }: { readonly councilId: string; readonly report: ReadinessReport }) {
  const predicted = report.predictedRating;
  const high = report.findings.filter((finding) => finding.severity === 'high').slice(0, 5);
  return (
    <>
      <h2 className="govuk-heading-m">What would move the rating</h2>
      {predicted.status === 'complete' ? (
        <>
          {predicted.result.toNextBandUp === null ? (
            <p className="govuk-body">The self-assessment already predicts the highest rating.</p>
          ) : (
            <p className="govuk-body">
              {ratingLabel(predicted.result.toNextBandUp.rating)} needs {pluralise(predicted.result.toNextBandUp.pointsNeeded, 'more point')}.{' '}
              {predicted.result.toNextBandUp.needsMoreThanOneStatement ? 'No single statement can do it alone: several scores must rise.' : 'Any one of these would do it:'}
            </p>
          )}
          {predicted.result.toNextBandUp !== null && predicted.result.toNextBandUp.singleStatementChanges.length > 0 ? (
            <ul className="govuk-list govuk-list--bullet">
              {smallestChanges(predicted.result.toNextBandUp.singleStatementChanges).map((change) => (
                <li key={`${change.qualityStatementId}-${change.to}`}>
                  <a className="govuk-link" href={hrefTo(['c', councilId, 'self-assessment'], { statement: change.qualityStatementId })}>
                    {qualityStatementTitle(change.qualityStatementId)}
                  </a>{' '}
                  from {scoreLabel(change.from)} to {scoreLabel(change.to)}
                </li>
              ))}
            </ul>
          ) : null}
          {predicted.result.toNextBandDown === null ? null : (
            <p className="govuk-body">
              The rating would fall to {ratingLabel(predicted.result.toNextBandDown.rating)} if the total fell by {pluralise(predicted.result.toNextBandDown.pointsNeeded, 'point')}.
            </p>
          )}
        </>
      ) : null}
      {high.length === 0 ? null : (
        <>
          <h3 className="govuk-heading-s">Most urgent gaps</h3>
          <ul className="govuk-list govuk-list--spaced">
            {high.map((finding, index) => (
              <li key={`${finding.code}-${finding.qualityStatementId ?? ''}-${index}`}>
                <Tag colour={SEVERITY_COLOURS[finding.severity]}>{finding.severity}</Tag> {finding.message}
              </li>
            ))}
          </ul>
          <p className="govuk-body">{pluralise(report.findings.length, 'finding')} in all.</p>
        </>
      )}
    </>
  );
}

function deadlineTag(deadline: Deadline) {
  if (deadline.status === 'met') return <Tag colour="green">Met</Tag>;
  if (deadline.status === 'missed') return <Tag colour="red">Missed</Tag>;
  if (deadline.status === 'cancelled') return <Tag colour="grey">Cancelled</Tag>;
  if (deadline.workingDaysLeft !== null && deadline.workingDaysLeft < 0) return <Tag colour="red">Overdue</Tag>;
  if (deadline.workingDaysLeft !== null && deadline.workingDaysLeft <= 3) return <Tag colour="orange">Due soon</Tag>;
  return <Tag colour="blue">Open</Tag>;
}

function StageAndDeadlines({ councilId, assessment, canStart }: { readonly councilId: string; readonly assessment: Assessment | undefined; readonly canStart: boolean }) {
  if (assessment === undefined) {
    return (
      <>
        <h2 className="govuk-heading-m">Assessment</h2>
        <p className="govuk-body">No assessment is being tracked yet.</p>
        {canStart ? (
          <a className="govuk-link" href={hrefTo(['c', councilId, 'timeline'])}>
            Start tracking an assessment
          </a>
        ) : null}
      </>
    );
  }
  const stage = ASSESSMENT_STAGES.find((candidate) => candidate.stage === assessment.stage);
  const open = assessment.deadlines.filter((deadline) => deadline.status === 'open').sort((first, second) => first.dueDate.localeCompare(second.dueDate));
  return (
    <>
      <h2 className="govuk-heading-m">Where the assessment is</h2>
      <p className="govuk-body" data-testid="current-stage">
        Stage {assessment.stage} of 6: <strong>{stage?.label ?? assessment.stateLabel}</strong>. {assessment.stateLabel}.
      </p>
      <h3 className="govuk-heading-s">Next deadlines</h3>
      {open.length === 0 ? (
        <p className="govuk-body">No deadline is open.</p>
      ) : (
        <table className="govuk-table" data-testid="next-deadlines">
          <caption className="govuk-table__caption govuk-visually-hidden">Open deadlines, soonest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Deadline
              </th>
              <th scope="col" className="govuk-table__header">
                Date
              </th>
              <th scope="col" className="govuk-table__header">
                Working days
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {open.map((deadline) => (
              <tr key={deadline.id} className="govuk-table__row">
                <td className="govuk-table__cell">
                  {deadline.title} {deadline.moved ? <Tag colour="purple">Moved</Tag> : null}
                </td>
                <td className="govuk-table__cell">{formatDate(deadline.dueDate)}</td>
                <td className="govuk-table__cell">
                  {deadline.kind === 'earliest' ? 'Earliest date' : workingDaysLeftText(deadline.workingDaysLeft)} {deadline.kind === 'due' ? deadlineTag(deadline) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href={hrefTo(['c', councilId, 'timeline'])}>
          See the timeline and record what happened
        </a>
      </p>
    </>
  );
}

/** The council's overview: predicted rating, readiness heatmap, stage and deadlines, what would move the rating. */
export default function OverviewPage({ session, council, route }: CouncilPageProps) {
  const assessmentId = route.query.get('assessment');
  const data = useApiData(session.api, `overview:${council.id}:${assessmentId ?? ''}`, async (api) => {
    // Both at once: the overview shows no published comparison, so readiness needs no assessment.
    const [current, readiness] = await Promise.all([loadCurrentAssessment(api, council.id, assessmentId), api.get<Readiness>(councilPath(council.id, 'readiness'))]);
    return { assessment: current.assessment, report: readiness.body.report };
  });
  return (
    <>
      <PageHeading title="Overview" caption={council.name}>
        Overview
      </PageHeading>
      <WhenLoaded data={data} what="the overview">
        {({ assessment, report }) => (
          <div data-ready="overview">
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-half">
                <PredictedRating councilId={council.id} report={report} />
                <p className="govuk-body">
                  Readiness score: <strong>{report.readinessScore} out of 100</strong>. {pluralise(report.counts.current, 'current evidence item')},{' '}
                  {pluralise(report.counts.stale, 'out of date item')}.
                </p>
              </div>
              <div className="govuk-grid-column-one-half">
                <StageAndDeadlines councilId={council.id} assessment={assessment} canStart={roleCan(council.role, 'assessment.start')} />
              </div>
            </div>
            <h2 className="govuk-heading-m">Evidence readiness</h2>
            <p className="govuk-body">Choose a cell to see the evidence behind it.</p>
            <ReadinessHeatmap councilId={council.id} coverage={report.coverage} />
            <WhatWouldMoveTheRating councilId={council.id} report={report} />
            <DownloadButton api={session.api} path={councilPath(council.id, 'exports', 'readiness.pdf')} fileName={`${council.id}-readiness.pdf`}>
              Download the readiness report (PDF)
            </DownloadButton>
          </div>
        )}
      </WhenLoaded>
    </>
  );
}
