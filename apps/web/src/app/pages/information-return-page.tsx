import { useState, type FormEvent } from 'react';
import { ApiProblem, councilPath } from '../api/api-client.js';
import type { Assessment, InformationReturnItem } from '../api/resources.js';
import type { CouncilPageProps } from '../app.js';
import { SuccessBanner, Tag, WhenLoaded, type TagColour } from '../components/data-states.js';
import { DateInput, datePartsFromIso, isoFromDateParts } from '../components/date-input.js';
import { ErrorSummary, errorFor, errorsFromProblem, type FieldError } from '../components/error-summary.js';
import { Radios, TextInput, Textarea } from '../components/form-fields.js';
import { PageHeading } from '../components/page-heading.js';
import { loadCurrentAssessment } from '../current-assessment.js';
import { setFlash, takeFlash } from '../flash.js';
import { formatDate, pluralise } from '../format.js';
import { INFORMATION_RETURN_STATUS_LABELS } from '../labels.js';
import { roleCan } from '../permissions.js';
import { hrefTo, navigate } from '../router.js';
import { useApiData } from '../use-api-data.js';

interface Checklist {
  readonly assessmentId: string;
  readonly dueDate: string | null;
  readonly total: number;
  readonly readyOrSubmitted: number;
  readonly requiredOutstanding: number;
  readonly items: readonly InformationReturnItem[];
}

const STATUS_COLOURS = { 'not-started': 'grey', 'in-progress': 'blue', ready: 'turquoise', submitted: 'green' } as const satisfies Record<InformationReturnItem['status'], TagColour>;
const KIND_LABELS = { document: 'Document', data: 'Data', narrative: 'Narrative' } as const;

function ItemForm({ session, council, assessment, item }: CouncilPageProps & { readonly assessment: Assessment; readonly item: InformationReturnItem }) {
  const [owner, setOwner] = useState(item.owner ?? '');
  const [status, setStatus] = useState<string>(item.status);
  const [documentReference, setDocumentReference] = useState(item.documentReference ?? '');
  const [notes, setNotes] = useState(item.notes);
  const [dueDate, setDueDate] = useState(datePartsFromIso(item.dueDate));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const listHref = hrefTo(['c', council.id, 'information-return']);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const due = isoFromDateParts(dueDate);
    if (due === null) {
      setErrors([{ fieldId: 'dueDate', message: 'Enter the date as a real date, for example 31 3 2026' }]);
      return;
    }
    try {
      await session.api.send('PUT', councilPath(council.id, 'assessments', assessment.assessmentId, 'information-return', item.id), {
        owner,
        status,
        ...(documentReference.trim() === '' ? {} : { documentReference }),
        ...(notes.trim() === '' ? {} : { notes }),
        ...(due === undefined ? {} : { dueDate: due }),
      });
      setFlash(`“${item.title}” updated`);
      navigate(listHref);
    } catch (error) {
      setErrors(errorsFromProblem(error instanceof ApiProblem ? error : undefined, (path) => (path[0] === undefined ? undefined : String(path[0]))));
    }
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a className="govuk-back-link" href={listHref}>
          Back to the Information Return
        </a>
        <ErrorSummary errors={errors} />
        <PageHeading title={item.title} caption="Information Return" hasErrors={errors.length > 0}>
          {item.title}
        </PageHeading>
        <p className="govuk-body">{item.description}</p>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextInput id="owner" label="Owner" hint="A name or a role." value={owner} onChange={setOwner} error={errorFor(errors, 'owner')} width="govuk-input--width-20" />
          <Radios id="status" label="Progress" value={status} onChange={setStatus} error={errorFor(errors, 'status')} choices={Object.entries(INFORMATION_RETURN_STATUS_LABELS).map(([value, text]) => ({ value, label: text }))} />
          <TextInput id="documentReference" label="Where the document is" hint="Needed once the item is ready or submitted: a file path, a link or a reference." value={documentReference} onChange={setDocumentReference} error={errorFor(errors, 'documentReference')} spellCheck={false} />
          <DateInput id="dueDate" legend="Our own deadline for it (optional)" value={dueDate} onChange={setDueDate} error={errorFor(errors, 'dueDate')} />
          <Textarea id="notes" label="Notes (optional)" value={notes} onChange={setNotes} error={errorFor(errors, 'notes')} rows={3} />
          <button type="submit" className="govuk-button">
            Save progress
          </button>
        </form>
      </div>
    </div>
  );
}

/** The Information Return checklist with owners and progress; each item can be updated. */
export default function InformationReturnPage(props: CouncilPageProps) {
  const { session, council, route } = props;
  const itemId = route.segments[3];
  const [flash] = useState(takeFlash);
  const canWrite = roleCan(council.role, 'information-return.write');
  const data = useApiData(session.api, `information-return:${council.id}`, async (api) => {
    const { assessment } = await loadCurrentAssessment(api, council.id, route.query.get('assessment'));
    if (assessment === undefined) return { assessment, checklist: undefined };
    const { body } = await api.get<Checklist>(councilPath(council.id, 'assessments', assessment.assessmentId, 'information-return'));
    return { assessment, checklist: body };
  });
  return (
    <WhenLoaded data={data} what="the Information Return">
      {({ assessment, checklist }) => {
        if (assessment === undefined || checklist === undefined) {
          return (
            <>
              <PageHeading title="Information Return" caption={council.name}>
                Information Return
              </PageHeading>
              <p className="govuk-body">
                Start tracking an assessment on the <a className="govuk-link" href={hrefTo(['c', council.id, 'timeline'])}>timeline</a> first.
              </p>
            </>
          );
        }
        const item = itemId === undefined ? undefined : checklist.items.find((candidate) => candidate.id === itemId);
        if (item !== undefined && canWrite) return <ItemForm {...props} assessment={assessment} item={item} />;
        const percentage = checklist.total === 0 ? 0 : Math.round((checklist.readyOrSubmitted / checklist.total) * 100);
        return (
          <>
            {flash === undefined ? null : <SuccessBanner>{flash}</SuccessBanner>}
            <PageHeading title="Information Return" caption={council.name}>
              Information Return
            </PageHeading>
            <p className="govuk-body" data-testid="ir-progress">
              {checklist.readyOrSubmitted} of {checklist.total} items ready or submitted ({percentage}%). {pluralise(checklist.requiredOutstanding, 'required item')} still to do.{' '}
              {checklist.dueDate === null ? 'CQC has not asked for it yet.' : `Due ${formatDate(checklist.dueDate)}.`}
            </p>
            <progress className="app-progress" max={checklist.total} value={checklist.readyOrSubmitted} aria-label="Items ready or submitted">
              {percentage}%
            </progress>
            <div className="app-table-scroll">
              <table className="govuk-table" data-testid="ir-table">
                <caption className="govuk-table__caption govuk-visually-hidden">Information Return items</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">Item</th>
                    <th scope="col" className="govuk-table__header">Kind</th>
                    <th scope="col" className="govuk-table__header">Owner</th>
                    <th scope="col" className="govuk-table__header">Progress</th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {checklist.items.map((entry) => (
                    <tr key={entry.id} className="govuk-table__row">
                      <td className="govuk-table__cell">
                        {canWrite ? (
                          <a className="govuk-link" href={hrefTo(['c', council.id, 'information-return', entry.id])}>
                            {entry.title}
                          </a>
                        ) : (
                          entry.title
                        )}
                        {entry.required ? null : <span className="govuk-body-s"> (optional)</span>}
                      </td>
                      <td className="govuk-table__cell">{KIND_LABELS[entry.kind]}</td>
                      <td className="govuk-table__cell">{entry.owner ?? 'No owner yet'}</td>
                      <td className="govuk-table__cell">
                        <Tag colour={STATUS_COLOURS[entry.status]}>{INFORMATION_RETURN_STATUS_LABELS[entry.status]}</Tag>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        );
      }}
    </WhenLoaded>
  );
}
