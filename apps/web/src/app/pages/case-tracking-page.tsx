import {
  CASE_TRACKING_EXCLUSION_REASON_LABELS,
  CONSENT_TO_BE_CONTACTED_LABELS,
  HIGHER_RISK_FLAG_LABELS,
  PROTECTED_CHARACTERISTICS,
  PROTECTED_CHARACTERISTIC_FIELDS,
  readExtractTable,
} from '@asc-assure/framework';
import { useRef, useState, type FormEvent } from 'react';
import { ApiProblem, councilPath, type ApiClient } from '../api/api-client.js';
import type { Assessment } from '../api/resources.js';
import type { CouncilPageProps } from '../app.js';
import { SuccessBanner, Tag, WhenLoaded, WarningText } from '../components/data-states.js';
import { DateInput, datePartsFromIso, isoFromDateParts } from '../components/date-input.js';
import { ErrorSummary, errorFor, errorsFromProblem, type FieldError } from '../components/error-summary.js';
import { Radios, Select, TextInput } from '../components/form-fields.js';
import { PageHeading } from '../components/page-heading.js';
import { loadCurrentAssessment } from '../current-assessment.js';
import { formatDate, humaniseId, pluralise } from '../format.js';
import { COHORT_IDS, cohortLabel } from '../labels.js';
import { DownloadButton } from '../components/download-button.js';
import { roleCan } from '../permissions.js';
import { hrefTo } from '../router.js';
import { readTableFile, unsupportedSpreadsheetProblem } from '../table-file.js';
import { useApiData } from '../use-api-data.js';

/** A person on the stored list: pseudonymised, never a name or a council id. */
interface CaseRecord {
  readonly rank: number;
  readonly pseudonymisedId: string;
  readonly cohort: string;
  readonly reasons: readonly string[];
  readonly consentToBeContacted: string;
  readonly characteristics?: Readonly<Record<string, string>>;
  readonly higherRiskFlags?: readonly string[];
}

interface CaseList {
  readonly status: string;
  readonly records: readonly CaseRecord[];
  readonly checkedAt: string | null;
}

interface Proposal {
  readonly eligibleCount: number;
  readonly windowStart: string;
  readonly excluded: Readonly<Record<string, number>>;
  readonly warnings: readonly { readonly code: string; readonly message: string }[];
  readonly picks: readonly unknown[];
}

interface CheckResult {
  readonly ok: boolean;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly problems: readonly { readonly code: string; readonly severity: 'error' | 'warning'; readonly recordIndex?: number; readonly pseudonymisedId?: string; readonly field?: string; readonly message: string }[];
}

function labelIn(labels: Readonly<Record<string, string>>, id: string): string {
  return labels[id] ?? humaniseId(id);
}

/** An extract read in the browser, ready for the API: its rows as JSON, and how to name a row in a message. */
interface ReadExtract {
  readonly rows: readonly unknown[];
  /** The spreadsheet row of each row (a CSV or Excel extract), for messages; absent for JSON. */
  readonly rowNumbers?: readonly number[];
  readonly headingOf?: ReadonlyMap<string, string>;
  /** The text of a row's cell as the file has it, by the row's index and the field. */
  readonly cellOf?: (index: number, field: string) => string | undefined;
  /** Columns of the extract that were not sent (names, NHS numbers...). */
  readonly leftOut: readonly string[];
}

/** A problem with the extract found before anything is sent. */
class ExtractProblem extends Error {
  override readonly name = 'ExtractProblem';
}

/**
 * Reads the extract in the browser. The API's proposal takes JSON rows only, so a CSV or Excel
 * extract is read here and only the columns the proposal uses are sent: names, NHS numbers and
 * every other column stay on this computer.
 */
async function readExtract(file: File): Promise<ReadExtract> {
  if (file.name.toLowerCase().endsWith('.json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text()) as unknown;
    } catch {
      throw new ExtractProblem(`${file.name} is not valid JSON: export the extract again, or upload it as CSV or Excel`);
    }
    const rows = Array.isArray(parsed) ? parsed : (parsed as { rows?: unknown } | null)?.rows;
    if (!Array.isArray(rows)) throw new ExtractProblem(`${file.name} holds no rows: it should be a list of people, or an object with a "rows" list`);
    return { rows, leftOut: [] };
  }
  const unsupported = unsupportedSpreadsheetProblem(file);
  if (unsupported !== undefined) throw new ExtractProblem(unsupported);
  const table = await readTableFile(file).catch((error: unknown) => {
    throw new ExtractProblem(error instanceof Error ? error.message : String(error));
  });
  const extract = readExtractTable(table);
  if (extract.missingColumns.length > 0) {
    throw new ExtractProblem(
      `${file.name} has no ${extract.missingColumns.map((heading) => `'${heading}'`).join(', ')} column${extract.missingColumns.length === 1 ? '' : 's'} (columns found: ${table.headings.join(', ') || 'none'})`,
    );
  }
  if (extract.rows.length === 0) throw new ExtractProblem(`${file.name} has no people in it: the first row should hold the column headings, and each later row one person`);
  const cellOf = (index: number, field: string): string | undefined => {
    const heading = extract.headingOf.get(field);
    return heading === undefined ? undefined : table.rows[index]?.cells[heading];
  };
  return { rows: extract.rows, rowNumbers: extract.rowNumbers, headingOf: extract.headingOf, cellOf, leftOut: extract.ignoredHeadings };
}

/** The API's problems with the rows sent, each named by its spreadsheet row and column heading. */
function extractErrors(problem: ApiProblem, extract: ReadExtract): FieldError[] {
  if (problem.status === 413) {
    return [
      {
        fieldId: 'extract-file',
        message: `The extract (${pluralise(extract.rows.length, 'person', 'people')}) is larger than the server accepts in one go. Leave out the people not assessed in the last 12 months and try again; if it is still too large, tell your administrator`,
      },
    ];
  }
  if (problem.problems.length === 0) return [{ fieldId: 'extract-file', message: problem.message }];
  const messages = problem.problems.map((detail) => {
    const [where, index, field] = detail.path;
    const text = detail.message.startsWith(`${detail.path.join('.')}: `) ? detail.message.slice(detail.path.join('.').length + 2) : detail.message;
    if (where !== 'rows' || typeof index !== 'number') return text;
    const row = extract.rowNumbers?.[index];
    const heading = typeof field === 'string' ? (extract.headingOf?.get(field) ?? field) : undefined;
    const cell = typeof field === 'string' ? extract.cellOf?.(index, field) : undefined;
    const place = `${row === undefined ? `Person ${index + 1}` : `Row ${row}`}${heading === undefined ? '' : ` (${heading}${cell === undefined ? '' : ` “${cell}”`})`}`;
    return `${place}: ${text}`;
  });
  const shown = messages.slice(0, 10).map((message) => ({ fieldId: 'extract-file', message }));
  return messages.length > shown.length ? [...shown, { fieldId: 'extract-file', message: `and ${pluralise(messages.length - shown.length, 'more problem')}` }] : shown;
}

function ProposeForm({ api, councilId, assessment, onProposed }: { readonly api: ApiClient; readonly councilId: string; readonly assessment: Assessment; readonly onProposed: (proposal: Proposal, leftOut: readonly string[]) => void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [seed, setSeed] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const listSize = (assessment.config.caseTracking as { listSize?: number } | undefined)?.listSize ?? 50;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (file === undefined) {
      setErrors([{ fieldId: 'extract-file', message: 'Choose the extract of people assessed in the last 12 months' }]);
      return;
    }
    setBusy(true);
    let extract: ReadExtract | undefined;
    try {
      extract = await readExtract(file);
      const path = councilPath(councilId, 'assessments', assessment.assessmentId, 'case-list', 'proposal');
      const { body } = await api.send<Proposal>('POST', path, { rows: extract.rows, ...(seed.trim() === '' ? {} : { seed: seed.trim() }) });
      setErrors([]);
      onProposed(body, extract.leftOut);
    } catch (error) {
      if (error instanceof ApiProblem && extract !== undefined) setErrors(extractErrors(error, extract));
      else setErrors([{ fieldId: 'extract-file', message: error instanceof Error ? error.message : String(error) }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m">Propose the list from an extract</h2>
      <p className="govuk-body">
        Upload an extract of the people who had an assessment in the last 12 months, with their cohorts, dates and characteristics. asc-assure proposes {listSize} people spread across the
        cohorts, protected characteristics and people at higher risk.
      </p>
      <p className="govuk-body">
        The extract is read on this computer, and only the columns the list needs are sent: person id, cohorts, primary cohort, first contact, assessment and review dates, the protected
        characteristics, higher-risk flags, consent to contact, lead professional role and team. Names, addresses, NHS numbers and any other column are not sent. Your council&apos;s person
        ids are used to choose the list and never kept: only pseudonymised ids are.
      </p>
      <div className={`govuk-form-group${errors.length === 0 ? '' : ' govuk-form-group--error'}`}>
        <label className="govuk-label govuk-label--s" htmlFor="extract-file">
          Extract (CSV, Excel or JSON)
        </label>
        {errors.length === 0 ? null : (
          <p className="govuk-error-message" id="extract-file-error">
            <span className="govuk-visually-hidden">Error:</span> {errors[0]?.message}
          </p>
        )}
        <input className="govuk-file-upload" id="extract-file" name="extract-file" type="file" accept=".csv,.xlsx,.json" ref={fileInput} aria-describedby={errors.length === 0 ? undefined : 'extract-file-error'} />
      </div>
      <TextInput id="seed" label="Tie-break seed (optional)" hint="The same extract and seed always give the same list." value={seed} onChange={setSeed} width="govuk-input--width-10" spellCheck={false} />
      <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
        {busy ? 'Proposing…' : `Propose ${listSize} people`}
      </button>
    </form>
  );
}

function ProposalSummary({ proposal, leftOut }: { readonly proposal: Proposal; readonly leftOut: readonly string[] }) {
  const excluded = Object.entries(proposal.excluded).filter(([, count]) => count > 0);
  return (
    <div className="govuk-inset-text" data-testid="proposal-summary">
      <p className="govuk-body">
        {pluralise(proposal.picks.length, 'person', 'people')} proposed from {pluralise(proposal.eligibleCount, 'eligible person', 'eligible people')} assessed since{' '}
        {formatDate(proposal.windowStart)}.
      </p>
      {leftOut.length === 0 ? null : <p className="govuk-body" data-testid="columns-not-sent">Columns not sent (they stayed on this computer): {leftOut.join(', ')}.</p>}
      {excluded.length === 0 ? null : (
        <p className="govuk-body">
          Left out: {excluded.map(([reason, count]) => `${count} ${labelIn(CASE_TRACKING_EXCLUSION_REASON_LABELS, reason).toLowerCase()}`).join('; ')}.
        </p>
      )}
      {proposal.warnings.map((warning) => (
        <WarningText key={warning.code + warning.message}>{warning.message}</WarningText>
      ))}
    </div>
  );
}

function CoverageTables({ records }: { readonly records: readonly CaseRecord[] }) {
  const count = (predicate: (record: CaseRecord) => boolean) => records.filter(predicate).length;
  const flagged = count((record) => (record.higherRiskFlags ?? []).length > 0);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-half">
        <table className="govuk-table" data-testid="cohort-coverage">
          <caption className="govuk-table__caption govuk-table__caption--s">Cohort coverage</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Cohort</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">People</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {COHORT_IDS.map((cohort) => (
              <tr key={cohort} className="govuk-table__row">
                <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                  {cohortLabel(cohort)}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{count((record) => record.cohort === cohort)}</td>
              </tr>
            ))}
            <tr className="govuk-table__row">
              <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                At higher risk of poor outcomes
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{flagged}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className="govuk-grid-column-one-half">
        <table className="govuk-table" data-testid="diversity-coverage">
          <caption className="govuk-table__caption govuk-table__caption--s">Diversity coverage (protected characteristics recorded)</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Characteristic</th>
              <th scope="col" className="govuk-table__header">On the list</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {PROTECTED_CHARACTERISTIC_FIELDS.map((field) => {
              const definition = PROTECTED_CHARACTERISTICS[field] as { readonly label: string; readonly valueIds: readonly string[]; readonly valueLabels: Readonly<Record<string, string>> };
              const values = definition.valueIds.map((value) => [value, count((record) => record.characteristics?.[field] === value)] as const).filter(([, people]) => people > 0);
              return (
                <tr key={field} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                    {definition.label}
                  </th>
                  <td className="govuk-table__cell">{values.length === 0 ? 'Not recorded' : values.map(([value, people]) => `${definition.valueLabels[value] ?? value}: ${people}`).join('; ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function CheckPanel({ api, path, records, onChecked }: { readonly api: ApiClient; readonly path: string; readonly records: readonly CaseRecord[]; readonly onChecked: () => void }) {
  const [result, setResult] = useState<CheckResult | undefined>(undefined);
  const [problem, setProblem] = useState<ApiProblem | undefined>(undefined);
  const check = async () => {
    try {
      setResult((await api.send<CheckResult>('POST', path, { records })).body);
      setProblem(undefined);
      onChecked();
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : undefined);
    }
  };
  return (
    <>
      <h2 className="govuk-heading-m">Check the list before it goes to CQC</h2>
      <p className="govuk-body">Checks every record: the ten items CQC asks for, dates within the 12 months, pseudonymised ids, no personal data, and the list's size and spread.</p>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void check()}>
        Check the list
      </button>
      {problem === undefined ? null : <ErrorSummary errors={errorsFromProblem(problem)} />}
      {result === undefined ? null : (
        <div role="status" data-testid="check-result">
          <p className="govuk-body">
            {result.ok ? <Tag colour="green">Ready to send</Tag> : <Tag colour="red">Needs changes</Tag>} {pluralise(result.errorCount, 'error')}, {pluralise(result.warningCount, 'warning')}.
          </p>
          {result.problems.length === 0 ? null : (
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">Show the {pluralise(result.problems.length, 'problem')}</span>
              </summary>
              <div className="govuk-details__text">
                <ul className="govuk-list govuk-list--bullet">
                  {result.problems.slice(0, 200).map((found, index) => (
                    <li key={`${found.code}-${index}`}>
                      {found.severity === 'error' ? 'Error' : 'Warning'}
                      {found.pseudonymisedId === undefined ? '' : ` for ${found.pseudonymisedId}`}
                      {found.field === undefined ? '' : ` (${found.field})`}: {found.message}
                    </li>
                  ))}
                </ul>
              </div>
            </details>
          )}
        </div>
      )}
    </>
  );
}

function SelectionForm({ api, councilId, assessment, records, today, onRecorded }: { readonly api: ApiClient; readonly councilId: string; readonly assessment: Assessment; readonly records: readonly CaseRecord[]; readonly today: string; readonly onRecorded: (message: string) => void }) {
  const [choices, setChoices] = useState<Readonly<Record<string, string>>>({});
  const [date, setDate] = useState(datePartsFromIso(today));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const day = isoFromDateParts(date);
    if (day === undefined || day === null) {
      setErrors([{ fieldId: 'selection-date', message: 'Enter the date CQC selected the people, for example 31 3 2026' }]);
      return;
    }
    const trackedIds = records.filter((record) => choices[record.pseudonymisedId] === 'tracked').map((record) => record.pseudonymisedId);
    const reserveIds = records.filter((record) => choices[record.pseudonymisedId] === 'reserve').map((record) => record.pseudonymisedId);
    try {
      await api.send('POST', councilPath(councilId, 'assessments', assessment.assessmentId, 'case-list', 'selection'), { date: day, trackedIds, reserveIds });
      onRecorded(`CQC's selection recorded: ${pluralise(trackedIds.length, 'person', 'people')} to track, ${pluralise(reserveIds.length, 'reserve')}`);
    } catch (error) {
      setErrors(errorsFromProblem(error instanceof ApiProblem ? error : undefined));
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={errors} title="CQC's selection could not be recorded" />
      <h2 className="govuk-heading-m">Record CQC's selection</h2>
      <DateInput id="selection-date" legend="When did CQC choose?" value={date} onChange={setDate} error={errorFor(errors, 'selection-date')} />
      <div className="app-table-scroll">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Who CQC chose</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Person</th>
              <th scope="col" className="govuk-table__header">Cohort</th>
              <th scope="col" className="govuk-table__header">CQC's choice</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {records.map((record) => (
              <tr key={record.pseudonymisedId} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {record.pseudonymisedId}
                </th>
                <td className="govuk-table__cell">{record.cohort}</td>
                <td className="govuk-table__cell">
                  <Select
                    id={`choice-${record.pseudonymisedId}`}
                    label={<span className="govuk-visually-hidden">CQC's choice for {record.pseudonymisedId}</span>}
                    value={choices[record.pseudonymisedId] ?? ''}
                    onChange={(value) => setChoices((current) => ({ ...current, [record.pseudonymisedId]: value }))}
                    choices={[
                      { value: '', label: 'Not chosen' },
                      { value: 'tracked', label: 'To track' },
                      { value: 'reserve', label: 'Reserve' },
                    ]}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="submit" className="govuk-button">
        Record the selection
      </button>
    </form>
  );
}

function ConsentForm({ api, councilId, assessment, today, onRecorded }: { readonly api: ApiClient; readonly councilId: string; readonly assessment: Assessment; readonly today: string; readonly onRecorded: (message: string) => void }) {
  const selected = [...(assessment.context.trackedCaseIds ?? []), ...(assessment.context.reserveCaseIds ?? [])];
  const consents = assessment.context.consents ?? {};
  const [person, setPerson] = useState(selected.find((id) => consents[id] === undefined) ?? selected[0] ?? '');
  const [decision, setDecision] = useState('');
  const [date, setDate] = useState(datePartsFromIso(today));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const day = isoFromDateParts(date);
    const local: FieldError[] = [];
    if (decision === '') local.push({ fieldId: 'consent-decision', message: 'Choose whether the person agreed to be contacted' });
    if (day === undefined || day === null) local.push({ fieldId: 'consent-date', message: 'Enter the date of their answer, for example 31 3 2026' });
    if (local.length > 0 || day === undefined || day === null) {
      setErrors(local);
      return;
    }
    try {
      await api.send('POST', councilPath(councilId, 'assessments', assessment.assessmentId, 'case-list', 'consent'), { date: day, pseudonymisedId: person, consent: decision });
      onRecorded(`Consent recorded for ${person}: ${decision === 'given' ? 'agreed to be contacted' : 'refused'}`);
    } catch (error) {
      setErrors(errorsFromProblem(error instanceof ApiProblem ? error : undefined));
    }
  };
  return (
    <>
      <h2 className="govuk-heading-m">Consent of the people CQC chose</h2>
      <table className="govuk-table" data-testid="consent-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Consent of each person chosen</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Person</th>
            <th scope="col" className="govuk-table__header">Chosen as</th>
            <th scope="col" className="govuk-table__header">Consent</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {selected.map((id) => (
            <tr key={id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {id}
              </th>
              <td className="govuk-table__cell">{(assessment.context.trackedCaseIds ?? []).includes(id) ? 'To track' : 'Reserve'}</td>
              <td className="govuk-table__cell">
                {consents[id] === undefined ? <Tag colour="grey">Not asked yet</Tag> : consents[id].consent === 'given' ? <Tag colour="green">{`Given on ${formatDate(consents[id].recordedOn)}`}</Tag> : <Tag colour="red">{`Refused on ${formatDate(consents[id].recordedOn)}`}</Tag>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {assessment.allowedEvents.includes('consent.recorded') ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <ErrorSummary errors={errors} title="The consent could not be recorded" />
          <Select id="consent-person" label="Person" value={person} onChange={setPerson} choices={selected.map((id) => ({ value: id, label: id }))} />
          <Radios id="consent-decision" label="Did they agree to be contacted by CQC?" inline value={decision} onChange={setDecision} error={errorFor(errors, 'consent-decision')} choices={[{ value: 'given', label: 'Yes, in writing' }, { value: 'refused', label: 'No' }]} />
          <DateInput id="consent-date" legend="When did they answer?" value={date} onChange={setDate} error={errorFor(errors, 'consent-date')} />
          <button type="submit" className="govuk-button">
            Record consent
          </button>
        </form>
      ) : null}
    </>
  );
}

/** Case tracking: propose the list from an extract, see its coverage, check it, record CQC's selection and consent, export it. */
export default function CaseTrackingPage({ session, council, route }: CouncilPageProps) {
  const [proposal, setProposal] = useState<{ readonly made: Proposal; readonly leftOut: readonly string[] } | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const data = useApiData(session.api, `case-tracking:${council.id}:${route.query.get('assessment') ?? ''}`, async (api) => {
    const { assessment } = await loadCurrentAssessment(api, council.id, route.query.get('assessment'));
    if (assessment === undefined) return { assessment, caseList: undefined, today: undefined };
    const [caseList, deadlines] = await Promise.all([
      api.get<CaseList>(councilPath(council.id, 'assessments', assessment.assessmentId, 'case-list')).then(
        (response) => response.body,
        (error: unknown) => {
          if (error instanceof ApiProblem && error.status === 404) return undefined;
          throw error;
        },
      ),
      api.get<{ asOf: string }>(councilPath(council.id, 'assessments', assessment.assessmentId, 'deadlines')),
    ]);
    return { assessment, caseList, today: deadlines.body.asOf };
  });
  const recorded = (text: string) => {
    setMessage(text);
    data.reload();
  };
  return (
    <>
      {message === undefined ? null : <SuccessBanner>{message}</SuccessBanner>}
      <PageHeading title="Case tracking" caption={council.name}>
        Case tracking
      </PageHeading>
      <WhenLoaded data={data} what="case tracking">
        {({ assessment, caseList, today }) => {
          if (assessment === undefined || today === undefined) {
            return (
              <p className="govuk-body">
                Start tracking an assessment on the <a className="govuk-link" href={hrefTo(['c', council.id, 'timeline'])}>timeline</a> first.
              </p>
            );
          }
          const records = caseList?.records ?? [];
          const caseListPath = councilPath(council.id, 'assessments', assessment.assessmentId, 'case-list');
          const selectionMade = (assessment.context.trackedCaseIds ?? []).length > 0;
          return (
            <>
              {selectionMade ? null : (
                <ProposeForm
                  api={session.api}
                  councilId={council.id}
                  assessment={assessment}
                  onProposed={(made, leftOut) => {
                    setProposal({ made, leftOut });
                    recorded(`${pluralise(made.picks.length, 'person', 'people')} proposed for the case-tracking list`);
                  }}
                />
              )}
              {proposal === undefined ? null : <ProposalSummary proposal={proposal.made} leftOut={proposal.leftOut} />}
              <h2 className="govuk-heading-m">The list</h2>
              {records.length === 0 ? (
                <p className="govuk-body">No list has been proposed yet.</p>
              ) : (
                <>
                  <p className="govuk-body" data-testid="case-list-status">
                    {pluralise(records.length, 'person', 'people')} on the list. Status: {humaniseId(caseList?.status ?? 'proposed')}
                    {caseList?.checkedAt === null || caseList?.checkedAt === undefined ? '' : ', last checked'}.
                  </p>
                  <CoverageTables records={records} />
                  <details className="govuk-details">
                    <summary className="govuk-details__summary">
                      <span className="govuk-details__summary-text">Show the {pluralise(records.length, 'person', 'people')} on the list</span>
                    </summary>
                    <div className="govuk-details__text app-table-scroll">
                      <table className="govuk-table" data-testid="case-list-table">
                        <caption className="govuk-table__caption govuk-visually-hidden">People on the list, by rank</caption>
                        <thead className="govuk-table__head">
                          <tr className="govuk-table__row">
                            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Rank</th>
                            <th scope="col" className="govuk-table__header">Pseudonymised id</th>
                            <th scope="col" className="govuk-table__header">Cohort</th>
                            <th scope="col" className="govuk-table__header">Why chosen</th>
                            <th scope="col" className="govuk-table__header">Consent</th>
                          </tr>
                        </thead>
                        <tbody className="govuk-table__body">
                          {records.map((record) => (
                            <tr key={record.pseudonymisedId} className="govuk-table__row">
                              <td className="govuk-table__cell govuk-table__cell--numeric">{record.rank}</td>
                              <td className="govuk-table__cell">{record.pseudonymisedId}</td>
                              <td className="govuk-table__cell">{cohortLabel(record.cohort)}</td>
                              <td className="govuk-table__cell">
                                {[...record.reasons, ...(record.higherRiskFlags ?? []).map((flag) => labelIn(HIGHER_RISK_FLAG_LABELS, flag))].join('; ')}
                              </td>
                              <td className="govuk-table__cell">{labelIn(CONSENT_TO_BE_CONTACTED_LABELS, record.consentToBeContacted)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </details>
                  <CheckPanel api={session.api} path={`${caseListPath}/check`} records={records} onChecked={data.reload} />
                  {roleCan(council.role, 'case-list.read') ? (
                    <>
                      <h2 className="govuk-heading-m">Export the list for CQC</h2>
                      <p className="govuk-body">
                        The Excel workbook CQC asks for: one row per person, by pseudonymised id, with the columns to fill in before it goes through CQC&apos;s secure portal. It is not
                        written if anything on the list looks like personal data.
                      </p>
                      <DownloadButton
                        api={session.api}
                        path={councilPath(council.id, 'assessments', assessment.assessmentId, 'exports', 'case-list.xlsx')}
                        fileName={`${assessment.assessmentId}-case-list.xlsx`}
                      >
                        Export the case list (Excel)
                      </DownloadButton>
                    </>
                  ) : null}
                  {assessment.allowedEvents.includes('cases.selected') ? (
                    <SelectionForm api={session.api} councilId={council.id} assessment={assessment} records={records} today={today} onRecorded={recorded} />
                  ) : null}
                </>
              )}
              {selectionMade ? <ConsentForm key={assessment.version} api={session.api} councilId={council.id} assessment={assessment} today={today} onRecorded={recorded} /> : null}
            </>
          );
        }}
      </WhenLoaded>
    </>
  );
}
