import type { ReadinessReport } from '@asc-assure/framework';
import { useState, type FormEvent } from 'react';
import { ApiProblem, councilPath } from '../api/api-client.js';
import type { ImprovementAction, Page, Risk } from '../api/resources.js';
import type { CouncilPageProps } from '../app.js';
import { SuccessBanner, Tag, WhenLoaded, type TagColour } from '../components/data-states.js';
import { DateInput, datePartsFromIso, isoFromDateParts } from '../components/date-input.js';
import { ErrorSummary, errorFor, errorsFromProblem, type FieldError } from '../components/error-summary.js';
import { Checkboxes, Radios, Select, TextInput, Textarea } from '../components/form-fields.js';
import { PageHeading } from '../components/page-heading.js';
import { DownloadButton } from '../components/download-button.js';
import { setFlash, takeFlash } from '../flash.js';
import { formatDate } from '../format.js';
import { QUALITY_STATEMENT_IDS, qualityStatementTitle } from '../labels.js';
import { roleCan } from '../permissions.js';
import { hrefTo, navigate } from '../router.js';
import { useApiData } from '../use-api-data.js';

const ACTION_STATUS_LABELS = { planned: 'Planned', 'in-progress': 'In progress', done: 'Done' } as const;
const ACTION_STATUS_COLOURS = { planned: 'grey', 'in-progress': 'blue', done: 'green' } as const satisfies Record<keyof typeof ACTION_STATUS_LABELS, TagColour>;
const RISK_STATUS_LABELS = { open: 'Open', mitigated: 'Mitigated', closed: 'Closed' } as const;

function label<Labels extends Readonly<Record<string, string>>>(labels: Labels, id: string): string {
  return (labels as Readonly<Record<string, string>>)[id] ?? id;
}

/** A risk rating (likelihood times impact) in words, as councils' registers colour them. */
export function riskLevel(rating: number): { readonly word: string; readonly colour: TagColour } {
  if (rating >= 15) return { word: 'High', colour: 'red' };
  if (rating >= 8) return { word: 'Medium', colour: 'orange' };
  return { word: 'Low', colour: 'green' };
}

const statementChoices = QUALITY_STATEMENT_IDS.map((id) => ({ value: id, label: qualityStatementTitle(id) }));
const oneToFive = [1, 2, 3, 4, 5].map((value) => ({ value: String(value), label: String(value) }));
const fieldOf = (path: readonly (string | number)[]) => (path[0] === undefined ? undefined : String(path[0]));

function ActionForm({ session, council, action, etag, statement }: CouncilPageProps & { readonly action: ImprovementAction | undefined; readonly etag: string | undefined; readonly statement: string | null }) {
  const [title, setTitle] = useState(action?.title ?? '');
  const [description, setDescription] = useState(action?.description ?? '');
  const [owner, setOwner] = useState(action?.owner ?? '');
  const [status, setStatus] = useState(action?.status ?? 'planned');
  const [dueDate, setDueDate] = useState(datePartsFromIso(action?.dueDate));
  const [statements, setStatements] = useState<readonly string[]>(action?.qualityStatementIds ?? (statement === null ? [] : [statement]));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const listHref = hrefTo(['c', council.id, 'actions']);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const due = isoFromDateParts(dueDate);
    if (due === null || due === undefined) {
      setErrors([{ fieldId: 'dueDate', message: 'Enter the due date as a real date, for example 31 3 2026' }]);
      return;
    }
    const body = { title, description, owner, status, dueDate: due, qualityStatementIds: statements };
    try {
      if (action === undefined) await session.api.send('POST', councilPath(council.id, 'actions'), body);
      else await session.api.send('PATCH', councilPath(council.id, 'actions', action.id), body, { ifMatch: etag });
      setFlash(`Action “${title.trim()}” ${action === undefined ? 'added' : 'saved'}`);
      navigate(listHref);
    } catch (error) {
      setErrors(errorsFromProblem(error instanceof ApiProblem ? error : undefined, fieldOf));
    }
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a className="govuk-back-link" href={listHref}>
          Back to actions and risks
        </a>
        <ErrorSummary errors={errors} />
        <PageHeading title={action === undefined ? 'Add an action' : 'Edit an action'} caption={council.name} hasErrors={errors.length > 0}>
          {action === undefined ? 'Add an improvement action' : `Edit “${action.title}”`}
        </PageHeading>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextInput id="title" label="Action" value={title} onChange={setTitle} error={errorFor(errors, 'title')} />
          <Textarea id="description" label="Detail (optional)" value={description} onChange={setDescription} error={errorFor(errors, 'description')} rows={3} />
          <TextInput id="owner" label="Owner" value={owner} onChange={setOwner} error={errorFor(errors, 'owner')} width="govuk-input--width-20" />
          <DateInput id="dueDate" legend="Due by" value={dueDate} onChange={setDueDate} error={errorFor(errors, 'dueDate')} />
          <Radios id="status" label="Status" inline value={status} onChange={setStatus} error={errorFor(errors, 'status')} choices={Object.entries(ACTION_STATUS_LABELS).map(([value, text]) => ({ value, label: text }))} />
          <Checkboxes id="qualityStatementIds" label="Quality statements it improves" small values={statements} onChange={setStatements} error={errorFor(errors, 'qualityStatementIds')} choices={statementChoices} />
          <button type="submit" className="govuk-button">
            {action === undefined ? 'Add the action' : 'Save changes'}
          </button>
        </form>
      </div>
    </div>
  );
}

function RiskForm({ session, council, risk, etag }: CouncilPageProps & { readonly risk: Risk | undefined; readonly etag: string | undefined }) {
  const [title, setTitle] = useState(risk?.title ?? '');
  const [owner, setOwner] = useState(risk?.owner ?? '');
  const [likelihood, setLikelihood] = useState(String(risk?.likelihood ?? 3));
  const [impact, setImpact] = useState(String(risk?.impact ?? 3));
  const [mitigation, setMitigation] = useState(risk?.mitigation ?? '');
  const [status, setStatus] = useState(risk?.status ?? 'open');
  const [statements, setStatements] = useState<readonly string[]>(risk?.qualityStatementIds ?? []);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const listHref = hrefTo(['c', council.id, 'actions']);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { title, owner, likelihood: Number(likelihood), impact: Number(impact), mitigation, status, qualityStatementIds: statements };
    try {
      if (risk === undefined) await session.api.send('POST', councilPath(council.id, 'risks'), body);
      else await session.api.send('PATCH', councilPath(council.id, 'risks', risk.id), body, { ifMatch: etag });
      setFlash(`Risk “${title.trim()}” ${risk === undefined ? 'added' : 'saved'}`);
      navigate(listHref);
    } catch (error) {
      setErrors(errorsFromProblem(error instanceof ApiProblem ? error : undefined, fieldOf));
    }
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a className="govuk-back-link" href={listHref}>
          Back to actions and risks
        </a>
        <ErrorSummary errors={errors} />
        <PageHeading title={risk === undefined ? 'Add a risk' : 'Edit a risk'} caption={council.name} hasErrors={errors.length > 0}>
          {risk === undefined ? 'Add a risk' : `Edit “${risk.title}”`}
        </PageHeading>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextInput id="title" label="Risk" value={title} onChange={setTitle} error={errorFor(errors, 'title')} />
          <TextInput id="owner" label="Owner" value={owner} onChange={setOwner} error={errorFor(errors, 'owner')} width="govuk-input--width-20" />
          <Select id="likelihood" label="Likelihood (1 rare to 5 almost certain)" value={likelihood} onChange={setLikelihood} error={errorFor(errors, 'likelihood')} choices={oneToFive} />
          <Select id="impact" label="Impact (1 minor to 5 severe)" value={impact} onChange={setImpact} error={errorFor(errors, 'impact')} choices={oneToFive} />
          <Textarea id="mitigation" label="Mitigation" value={mitigation} onChange={setMitigation} error={errorFor(errors, 'mitigation')} rows={3} />
          <Radios id="status" label="Status" inline value={status} onChange={setStatus} error={errorFor(errors, 'status')} choices={Object.entries(RISK_STATUS_LABELS).map(([value, text]) => ({ value, label: text }))} />
          <Checkboxes id="qualityStatementIds" label="Quality statements it affects (optional)" small values={statements} onChange={setStatements} error={errorFor(errors, 'qualityStatementIds')} choices={statementChoices} />
          <button type="submit" className="govuk-button">
            {risk === undefined ? 'Add the risk' : 'Save changes'}
          </button>
        </form>
      </div>
    </div>
  );
}

function ActionsAndRisks({ session, council }: CouncilPageProps) {
  const [flash] = useState(takeFlash);
  const canEditActions = roleCan(council.role, 'actions.write');
  const canEditRisks = roleCan(council.role, 'risks.write');
  const data = useApiData(session.api, `actions-risks:${council.id}`, async (api) => {
    const [actions, risks, readiness] = await Promise.all([
      api.get<Page<ImprovementAction>>(councilPath(council.id, 'actions'), { limit: 1000 }),
      api.get<Page<Risk>>(councilPath(council.id, 'risks'), { limit: 1000 }),
      api.get<{ report: ReadinessReport }>(councilPath(council.id, 'readiness')),
    ]);
    return { actions: actions.body.items, risks: risks.body.items, report: readiness.body.report };
  });
  return (
    <>
      {flash === undefined ? null : <SuccessBanner>{flash}</SuccessBanner>}
      <PageHeading title="Actions and risks" caption={council.name}>
        Actions and risks
      </PageHeading>
      <WhenLoaded data={data} what="the action plan and risk register">
        {({ actions, risks, report }) => {
          const overdue = new Map(report.overdueActions.map((action) => [action.actionId, action.daysOverdue]));
          return (
            <>
              <h2 className="govuk-heading-m">Action plan</h2>
              <DownloadButton api={session.api} path={councilPath(council.id, 'exports', 'action-plan.xlsx')} fileName={`${council.id}-action-plan.xlsx`}>
                Download the action plan as Excel
              </DownloadButton>
              {canEditActions ? (
                <a className="govuk-button" href={hrefTo(['c', council.id, 'actions', 'new-action'])} role="button" draggable="false">
                  Add an action
                </a>
              ) : null}
              {actions.length === 0 ? (
                <p className="govuk-body">No improvement actions yet.</p>
              ) : (
                <table className="govuk-table" data-testid="action-table">
                  <caption className="govuk-table__caption govuk-visually-hidden">Improvement actions</caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">Action</th>
                      <th scope="col" className="govuk-table__header">Quality statements</th>
                      <th scope="col" className="govuk-table__header">Owner</th>
                      <th scope="col" className="govuk-table__header">Due</th>
                      <th scope="col" className="govuk-table__header">Status</th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {actions.map((action) => (
                      <tr key={action.id} className="govuk-table__row">
                        <td className="govuk-table__cell">
                          {canEditActions ? (
                            <a className="govuk-link" href={hrefTo(['c', council.id, 'actions', 'action', action.id])}>
                              {action.title}
                            </a>
                          ) : (
                            action.title
                          )}
                        </td>
                        <td className="govuk-table__cell">{action.qualityStatementIds.map(qualityStatementTitle).join(', ')}</td>
                        <td className="govuk-table__cell">{action.owner ?? 'No owner'}</td>
                        <td className="govuk-table__cell">{formatDate(action.dueDate)}</td>
                        <td className="govuk-table__cell">
                          <Tag colour={ACTION_STATUS_COLOURS[action.status as keyof typeof ACTION_STATUS_COLOURS]}>{label(ACTION_STATUS_LABELS, action.status)}</Tag>
                          {overdue.has(action.id) ? (
                            <>
                              {' '}
                              <Tag colour="red">{`Overdue by ${overdue.get(action.id)} days`}</Tag>
                            </>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <h2 className="govuk-heading-m">Risk register</h2>
              {canEditRisks ? (
                <a className="govuk-button" href={hrefTo(['c', council.id, 'actions', 'new-risk'])} role="button" draggable="false">
                  Add a risk
                </a>
              ) : null}
              {risks.length === 0 ? (
                <p className="govuk-body">No risks recorded yet.</p>
              ) : (
                <table className="govuk-table" data-testid="risk-table">
                  <caption className="govuk-table__caption govuk-visually-hidden">Risks, highest rating first</caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">Risk</th>
                      <th scope="col" className="govuk-table__header">Rating</th>
                      <th scope="col" className="govuk-table__header">Owner</th>
                      <th scope="col" className="govuk-table__header">Mitigation</th>
                      <th scope="col" className="govuk-table__header">Status</th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {risks.map((risk) => (
                      <tr key={risk.id} className="govuk-table__row">
                        <td className="govuk-table__cell">
                          {canEditRisks ? (
                            <a className="govuk-link" href={hrefTo(['c', council.id, 'actions', 'risk', risk.id])}>
                              {risk.title}
                            </a>
                          ) : (
                            risk.title
                          )}
                        </td>
                        <td className="govuk-table__cell">
                          <Tag colour={riskLevel(risk.rating).colour}>{`${riskLevel(risk.rating).word}: ${risk.rating}`}</Tag>
                          <span className="govuk-visually-hidden"> (likelihood {risk.likelihood} times impact {risk.impact})</span>
                        </td>
                        <td className="govuk-table__cell">{risk.owner ?? 'No owner'}</td>
                        <td className="govuk-table__cell">{risk.mitigation}</td>
                        <td className="govuk-table__cell">{label(RISK_STATUS_LABELS, risk.status)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          );
        }}
      </WhenLoaded>
    </>
  );
}

function RecordForm(props: CouncilPageProps & { readonly kind: 'actions' | 'risks'; readonly recordId: string }) {
  const { session, council, kind, recordId } = props;
  const data = useApiData(session.api, `${kind}:${council.id}:${recordId}`, async (api) => {
    const { body, etag } = await api.get<ImprovementAction & Risk>(councilPath(council.id, kind, recordId));
    return { record: body, etag };
  });
  return (
    <WhenLoaded data={data} what="the record">
      {({ record, etag }) => (kind === 'actions' ? <ActionForm {...props} action={record} etag={etag} statement={null} /> : <RiskForm {...props} risk={record} etag={etag} />)}
    </WhenLoaded>
  );
}

/** The action plan and the risk register: list, add and change (what the role allows). */
export default function ActionsRisksPage(props: CouncilPageProps) {
  const [, , , view, recordId] = props.route.segments;
  if (view === 'new-action' && roleCan(props.council.role, 'actions.write')) return <ActionForm {...props} action={undefined} etag={undefined} statement={props.route.query.get('statement')} />;
  if (view === 'new-risk' && roleCan(props.council.role, 'risks.write')) return <RiskForm {...props} risk={undefined} etag={undefined} />;
  if (view === 'action' && recordId !== undefined && roleCan(props.council.role, 'actions.write')) return <RecordForm key={recordId} {...props} kind="actions" recordId={recordId} />;
  if (view === 'risk' && recordId !== undefined && roleCan(props.council.role, 'risks.write')) return <RecordForm key={recordId} {...props} kind="risks" recordId={recordId} />;
  return <ActionsAndRisks {...props} />;
}
