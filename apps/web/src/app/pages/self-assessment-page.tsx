import type { ReadinessReport } from '@asc-assure/framework';
import { useState, type FormEvent } from 'react';
import { ApiProblem, councilPath, type ApiClient } from '../api/api-client.js';
import type { AreaForImprovement, EvidenceItem, ImprovementAction, Page, SelfAssessmentStatement } from '../api/resources.js';
import type { CouncilPageProps } from '../app.js';
import { SuccessBanner, Tag, WhenLoaded } from '../components/data-states.js';
import { ErrorSummary, errorFor, errorsFromProblem, type FieldError } from '../components/error-summary.js';
import { Checkboxes, Radios, Textarea } from '../components/form-fields.js';
import { PageHeading } from '../components/page-heading.js';
import { DownloadButton } from '../components/download-button.js';
import { setFlash, takeFlash } from '../flash.js';
import { formatDate, pluralise } from '../format.js';
import { QUALITY_STATEMENT_IDS, evidenceCategoryLabel, qualityStatementTitle, scoreLabel } from '../labels.js';
import { roleCan } from '../permissions.js';
import { hrefTo, navigate } from '../router.js';
import { useApiData } from '../use-api-data.js';

/** A new id for an area for improvement: short, unique, and valid as a record id. */
function newAreaId(): string {
  return `AFI-${crypto.randomUUID().slice(0, 8)}`;
}

interface AreaDraft {
  readonly id: string;
  readonly description: string;
  readonly actionIds: readonly string[];
}

function fieldIdOfPath(path: readonly (string | number)[]): string | undefined {
  const [first, second, third] = path;
  if (first === 'areasForImprovement' && typeof second === 'number') return `area-${second}-${third === 'actionIds' ? 'actions' : 'description'}`;
  if (first === 'strengths') return 'strengths';
  return first === undefined ? undefined : String(first);
}

function StatementEditor({ api, councilId, qualityStatementId, statement, etag, evidence, actions, canWrite }: {
  readonly api: ApiClient;
  readonly councilId: string;
  readonly qualityStatementId: string;
  readonly statement: SelfAssessmentStatement | undefined;
  readonly etag: string | undefined;
  readonly evidence: readonly EvidenceItem[];
  readonly actions: readonly ImprovementAction[];
  readonly canWrite: boolean;
}) {
  const [narrative, setNarrative] = useState(statement?.narrative ?? '');
  const [strengths, setStrengths] = useState((statement?.strengths ?? []).join('\n'));
  const [selfScore, setSelfScore] = useState(statement?.selfScore === null || statement?.selfScore === undefined ? '' : String(statement.selfScore));
  const [areas, setAreas] = useState<AreaDraft[]>(() => (statement?.areasForImprovement ?? []).map((area: AreaForImprovement) => ({ ...area })));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const title = qualityStatementTitle(qualityStatementId);
  const listHref = hrefTo(['c', councilId, 'self-assessment']);
  const setArea = (index: number, change: Partial<AreaDraft>) => setAreas((current) => current.map((area, at) => (at === index ? { ...area, ...change } : area)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldError[] = [];
    if (selfScore === '') local.push({ fieldId: 'selfScore', message: 'Choose the score you predict for this statement' });
    if (local.length > 0) {
      setErrors(local);
      return;
    }
    setBusy(true);
    try {
      await api.send(
        'PUT',
        councilPath(councilId, 'self-assessment', qualityStatementId),
        {
          narrative,
          strengths: strengths.split('\n').map((line) => line.trim()).filter((line) => line !== ''),
          areasForImprovement: areas.map((area) => ({ id: area.id, description: area.description, actionIds: area.actionIds })),
          selfScore: Number(selfScore),
        },
        { ifMatch: etag },
      );
      setFlash(`Self-assessment of ${title} saved`);
      navigate(listHref);
    } catch (error) {
      setErrors(errorsFromProblem(error instanceof ApiProblem ? error : undefined, fieldIdOfPath));
      setBusy(false);
    }
  };

  return (
    <>
      <a className="govuk-back-link" href={listHref}>
        Back to the self-assessment
      </a>
      <ErrorSummary errors={errors} />
      <PageHeading title={`Self-assessment: ${title}`} caption="Self-assessment" hasErrors={errors.length > 0}>
        {title}
      </PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {canWrite ? (
            <form onSubmit={(event) => void submit(event)} noValidate>
              <Textarea id="narrative" label="What we do and how we know it works" hint="The story CQC will read: practice, outcomes and what people say." value={narrative} onChange={setNarrative} error={errorFor(errors, 'narrative')} rows={8} />
              <Textarea id="strengths" label="Strengths" hint="One per line." value={strengths} onChange={setStrengths} error={errorFor(errors, 'strengths')} rows={4} />
              <Radios
                id="selfScore"
                label="The score we predict"
                value={selfScore}
                onChange={setSelfScore}
                error={errorFor(errors, 'selfScore')}
                choices={[1, 2, 3, 4].map((score) => ({ value: String(score), label: scoreLabel(score) }))}
              />
              <h2 className="govuk-heading-m">Areas for improvement</h2>
              <p className="govuk-body">Be open about them: each needs an improvement action staff can talk to.</p>
              {areas.map((area, index) => (
                <div key={area.id} className="govuk-inset-text">
                  <Textarea id={`area-${index}-description`} label={`Area for improvement ${index + 1}`} value={area.description} onChange={(description) => setArea(index, { description })} error={errorFor(errors, `area-${index}-description`)} rows={2} />
                  {actions.length === 0 ? (
                    <p className="govuk-body">There are no actions in the action plan yet.</p>
                  ) : (
                    <Checkboxes
                      id={`area-${index}-actions`}
                      label="Actions that address it"
                      small
                      values={area.actionIds}
                      onChange={(actionIds) => setArea(index, { actionIds })}
                      error={errorFor(errors, `area-${index}-actions`)}
                      choices={actions.map((action) => ({ value: action.id, label: action.title }))}
                    />
                  )}
                  <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setAreas((current) => current.filter((_, at) => at !== index))}>
                    Remove area {index + 1}
                  </button>
                </div>
              ))}
              <div className="govuk-button-group">
                <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setAreas((current) => [...current, { id: newAreaId(), description: '', actionIds: [] }])}>
                  Add an area for improvement
                </button>
                <a className="govuk-link" href={hrefTo(['c', councilId, 'actions', 'new-action'], { statement: qualityStatementId })}>
                  Add an action to the plan
                </a>
              </div>
              <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
                Save the self-assessment
              </button>
            </form>
          ) : (
            <>
              <p className="govuk-body">Predicted score: {scoreLabel(statement?.selfScore)}</p>
              <p className="govuk-body">{statement?.narrative ?? 'Not written yet.'}</p>
            </>
          )}
        </div>
        <div className="govuk-grid-column-one-third">
          <h2 className="govuk-heading-m">Linked evidence</h2>
          {evidence.length === 0 ? (
            <p className="govuk-body">No evidence item is mapped to this statement.</p>
          ) : (
            <ul className="govuk-list govuk-list--spaced" data-testid="linked-evidence">
              {evidence.map((item) => (
                <li key={item.id}>
                  <a className="govuk-link" href={hrefTo(['c', councilId, 'evidence', item.id])}>
                    {item.title}
                  </a>
                  <br />
                  <span className="govuk-body-s">{item.evidenceCategoryIds.map(evidenceCategoryLabel).join(', ')}</span>
                </li>
              ))}
            </ul>
          )}
          {canWrite ? (
            <a className="govuk-link" href={hrefTo(['c', councilId, 'evidence', 'new'], { statement: qualityStatementId })}>
              Add evidence for this statement
            </a>
          ) : null}
        </div>
      </div>
    </>
  );
}

function StatementPage({ session, council, qualityStatementId }: CouncilPageProps & { readonly qualityStatementId: string }) {
  const data = useApiData(session.api, `self-assessment:${council.id}:${qualityStatementId}`, async (api) => {
    const [statement, evidence, actions] = await Promise.all([
      api.get<SelfAssessmentStatement>(councilPath(council.id, 'self-assessment', qualityStatementId)).catch((error: unknown) => {
        if (error instanceof ApiProblem && error.status === 404) return { body: undefined, etag: undefined };
        throw error;
      }),
      api.get<Page<EvidenceItem>>(councilPath(council.id, 'evidence'), { qualityStatementId, limit: 1000 }),
      api.get<Page<ImprovementAction>>(councilPath(council.id, 'actions'), { limit: 1000 }),
    ]);
    return { statement: statement.body, etag: statement.etag, evidence: evidence.body.items, actions: actions.body.items };
  });
  return (
    <WhenLoaded data={data} what="the statement">
      {(value) => <StatementEditor api={session.api} councilId={council.id} qualityStatementId={qualityStatementId} canWrite={roleCan(council.role, 'self-assessment.write')} {...value} />}
    </WhenLoaded>
  );
}

function StatementList({ session, council }: CouncilPageProps) {
  const [flash] = useState(takeFlash);
  const data = useApiData(session.api, `self-assessment:${council.id}`, async (api) => {
    const [statements, readiness] = await Promise.all([
      api.get<{ items: SelfAssessmentStatement[] }>(councilPath(council.id, 'self-assessment')),
      api.get<{ report: ReadinessReport }>(councilPath(council.id, 'readiness')),
    ]);
    return { statements: statements.body.items, report: readiness.body.report };
  });
  return (
    <>
      {flash === undefined ? null : <SuccessBanner>{flash}</SuccessBanner>}
      <PageHeading title="Self-assessment" caption={council.name}>
        Self-assessment
      </PageHeading>
      <p className="govuk-body">One statement per quality statement: what you do, your strengths, your areas for improvement with their actions, and the score you predict.</p>
      <DownloadButton api={session.api} path={councilPath(council.id, 'exports', 'self-assessment.docx')} fileName={`${council.id}-self-assessment.docx`}>
        Download as a Word document
      </DownloadButton>
      <WhenLoaded data={data} what="the self-assessment">
        {({ statements, report }) => (
          <table className="govuk-table" data-testid="self-assessment-table">
            <caption className="govuk-table__caption govuk-visually-hidden">The nine quality statements</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Quality statement</th>
                <th scope="col" className="govuk-table__header">Predicted score</th>
                <th scope="col" className="govuk-table__header">Areas for improvement</th>
                <th scope="col" className="govuk-table__header">Current evidence</th>
                <th scope="col" className="govuk-table__header">Last updated</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {QUALITY_STATEMENT_IDS.map((id) => {
                const statement = statements.find((candidate) => candidate.qualityStatementId === id);
                const coverage = report.coverage.find((row) => row.qualityStatementId === id);
                const unplanned = report.areasForImprovementWithoutAction.filter((area) => area.qualityStatementId === id).length;
                return (
                  <tr key={id} className="govuk-table__row">
                    <th scope="row" className="govuk-table__header">
                      <a className="govuk-link" href={hrefTo(['c', council.id, 'self-assessment'], { statement: id })}>
                        {qualityStatementTitle(id)}
                      </a>
                    </th>
                    <td className="govuk-table__cell">{statement === undefined ? <Tag colour="grey">Not started</Tag> : scoreLabel(statement.selfScore)}</td>
                    <td className="govuk-table__cell">
                      {statement === undefined ? '–' : pluralise(statement.areasForImprovement.length, 'area')}
                      {unplanned > 0 ? (
                        <>
                          {' '}
                          <Tag colour="red">{unplanned} without an action</Tag>
                        </>
                      ) : null}
                    </td>
                    <td className="govuk-table__cell">{pluralise(coverage?.currentItemCount ?? 0, 'item')}</td>
                    <td className="govuk-table__cell">{statement === undefined ? '–' : formatDate(statement.updatedOn)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </WhenLoaded>
    </>
  );
}

/** The self-assessment: the nine statements, and an editor for each with its evidence and areas for improvement. */
export default function SelfAssessmentPage(props: CouncilPageProps) {
  const statement = props.route.query.get('statement') ?? props.route.segments[3];
  if (statement !== undefined && (QUALITY_STATEMENT_IDS as readonly string[]).includes(statement)) return <StatementPage key={statement} {...props} qualityStatementId={statement} />;
  return <StatementList {...props} />;
}
