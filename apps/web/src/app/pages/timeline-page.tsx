import { useState, type FormEvent } from 'react';
import { ApiProblem, councilPath } from '../api/api-client.js';
import type { Assessment, Page, RecordedEvent } from '../api/resources.js';
import type { CouncilPageProps } from '../app.js';
import { SuccessBanner, Tag, WhenLoaded } from '../components/data-states.js';
import { DeadlineGantt } from '../components/deadline-gantt.js';
import { ErrorSummary, errorFor, errorsFromProblem, type FieldError } from '../components/error-summary.js';
import { TextInput } from '../components/form-fields.js';
import { PageHeading } from '../components/page-heading.js';
import { RecordEventForm } from '../components/record-event-form.js';
import { loadCurrentAssessment } from '../current-assessment.js';
import { formatDate } from '../format.js';
import { ASSESSMENT_STAGES, eventLabel } from '../labels.js';
import { roleCan } from '../permissions.js';
import { hrefTo, navigate } from '../router.js';
import type { SignedInSession } from '../session.js';
import { useApiData } from '../use-api-data.js';

function StartAssessment({ session, councilId, onStarted }: { readonly session: SignedInSession; readonly councilId: string; readonly onStarted: () => void }) {
  const [assessmentId, setAssessmentId] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await session.api.send('POST', councilPath(councilId, 'assessments'), { assessmentId: assessmentId.trim() });
      onStarted();
    } catch (error) {
      setErrors(errorsFromProblem(error instanceof ApiProblem ? error : undefined, () => 'assessmentId').map((problem) => ({ ...problem, fieldId: 'assessmentId' })));
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m">Start tracking an assessment</h2>
      <TextInput
        id="assessmentId"
        label="A name for the assessment"
        hint="Letters, digits and dashes, for example glos-2026. It cannot be changed later."
        width="govuk-input--width-20"
        spellCheck={false}
        value={assessmentId}
        onChange={setAssessmentId}
        error={errorFor(errors, 'assessmentId')}
      />
      <button type="submit" className="govuk-button">
        Start tracking
      </button>
    </form>
  );
}

function StageList({ assessment }: { readonly assessment: Assessment }) {
  const finished = assessment.stateId === 'published';
  return (
    <ol className="govuk-list govuk-list--number" data-testid="stage-list">
      {ASSESSMENT_STAGES.map((stage) => {
        const status = finished || stage.stage < assessment.stage ? 'done' : stage.stage === assessment.stage ? 'current' : 'to-come';
        return (
          <li key={stage.id}>
            {stage.label}{' '}
            {status === 'done' ? <Tag colour="green">Done</Tag> : status === 'current' ? <Tag colour="blue">Current stage</Tag> : <Tag colour="grey">To come</Tag>}
          </li>
        );
      })}
    </ol>
  );
}

function History({ events }: { readonly events: readonly RecordedEvent[] }) {
  if (events.length === 0) return <p className="govuk-body">Nothing has been recorded yet.</p>;
  return (
    <ol className="govuk-list govuk-list--spaced" reversed data-testid="event-history">
      {[...events].reverse().map((recorded) => (
        <li key={recorded.sequence}>
          <strong>{formatDate(recorded.event.date)}</strong>: {eventLabel(recorded.event.type)}
          {typeof recorded.event.note === 'string' ? ` (${recorded.event.note})` : ''}
        </li>
      ))}
    </ol>
  );
}

/** The six stages, the deadlines as a Gantt chart, what happened, and recording the next event. */
export default function TimelinePage({ session, council, route }: CouncilPageProps) {
  const requested = route.query.get('assessment');
  const [message, setMessage] = useState<string | undefined>(undefined);
  const data = useApiData(session.api, `timeline:${council.id}:${requested ?? ''}`, async (api) => {
    const current = await loadCurrentAssessment(api, council.id, requested);
    if (current.assessment === undefined) return { ...current, today: undefined, events: [] as RecordedEvent[] };
    const [deadlines, events] = await Promise.all([
      api.get<{ asOf: string }>(councilPath(council.id, 'assessments', current.assessment.assessmentId, 'deadlines')),
      api.get<Page<RecordedEvent>>(councilPath(council.id, 'assessments', current.assessment.assessmentId, 'events'), { limit: 1000 }),
    ]);
    return { ...current, today: deadlines.body.asOf, events: events.body.items };
  });
  return (
    <>
      {message === undefined ? null : <SuccessBanner>{message}</SuccessBanner>}
      <PageHeading title="Timeline" caption={council.name}>
        Timeline
      </PageHeading>
      <WhenLoaded data={data} what="the timeline">
        {({ assessment, etag, summaries, today, events }) =>
          assessment === undefined || today === undefined ? (
            roleCan(council.role, 'assessment.start') ? (
              <StartAssessment session={session} councilId={council.id} onStarted={data.reload} />
            ) : (
              <p className="govuk-body">No assessment is being tracked yet. A council administrator can start one.</p>
            )
          ) : (
            <>
              {summaries.length > 1 ? (
                <p className="govuk-body">
                  Showing {assessment.assessmentId}. Other assessments:{' '}
                  {summaries
                    .filter((summary) => summary.assessmentId !== assessment.assessmentId)
                    .map((summary, index) => (
                      <span key={summary.assessmentId}>
                        {index === 0 ? '' : ', '}
                        <a className="govuk-link" href={hrefTo(['c', council.id, 'timeline'], { assessment: summary.assessmentId })}>
                          {summary.assessmentId}
                        </a>
                      </span>
                    ))}
                </p>
              ) : null}
              <p className="govuk-body" data-testid="timeline-state">
                {assessment.assessmentId}: stage {assessment.stage} of 6, {assessment.stateLabel.toLowerCase()}. Today is {formatDate(today)}.
              </p>
              <div className="govuk-grid-row">
                <div className="govuk-grid-column-one-third">
                  <h2 className="govuk-heading-m">The six stages</h2>
                  <StageList assessment={assessment} />
                </div>
                <div className="govuk-grid-column-two-thirds">
                  <h2 className="govuk-heading-m">What has happened</h2>
                  <History events={events} />
                </div>
              </div>
              <h2 className="govuk-heading-m">Deadlines and reminders</h2>
              <DeadlineGantt deadlines={assessment.deadlines} today={today} movedDates={assessment.context.movedDates ?? []} />
              {roleCan(council.role, 'assessment.event') ? (
                <RecordEventForm
                  key={`${assessment.assessmentId}-${assessment.version}`}
                  api={session.api}
                  councilId={council.id}
                  assessment={assessment}
                  etag={etag}
                  today={today}
                  onRecorded={(recorded) => {
                    setMessage(recorded);
                    data.reload();
                    navigate(hrefTo(['c', council.id, 'timeline'], { assessment: assessment.assessmentId }), { replace: true });
                    window.scrollTo(0, 0);
                  }}
                />
              ) : null}
            </>
          )
        }
      </WhenLoaded>
    </>
  );
}
