import { useState, type FormEvent } from 'react';
import { ApiProblem, councilPath } from '../api/api-client.js';
import type { EvidenceItem } from '../api/resources.js';
import type { CouncilPageProps } from '../app.js';
import { WhenLoaded } from '../components/data-states.js';
import { DateInput, EMPTY_DATE, datePartsFromIso, isoFromDateParts, type DateParts } from '../components/date-input.js';
import { ErrorSummary, errorFor, errorsFromProblem, type FieldError } from '../components/error-summary.js';
import { Checkboxes, TextInput, Textarea } from '../components/form-fields.js';
import { PageHeading } from '../components/page-heading.js';
import { setFlash } from '../flash.js';
import { formatDate } from '../format.js';
import { EVIDENCE_CATEGORY_IDS, EVIDENCE_TAGS, QUALITY_STATEMENT_IDS, evidenceCategoryLabel, evidenceTagLabel, qualityStatementTitle } from '../labels.js';
import { roleCan } from '../permissions.js';
import { hrefTo, navigate } from '../router.js';
import { useApiData } from '../use-api-data.js';

interface Draft {
  readonly title: string;
  readonly description: string;
  readonly qualityStatementIds: readonly string[];
  readonly evidenceCategoryIds: readonly string[];
  readonly owner: string;
  readonly source: string;
  readonly location: string;
  readonly effectiveFrom: DateParts;
  readonly effectiveTo: DateParts;
  readonly reviewBy: DateParts;
  readonly tags: readonly string[];
}

function draftOf(item: EvidenceItem | undefined, statement: string | null): Draft {
  return {
    title: item?.title ?? '',
    description: item?.description ?? '',
    qualityStatementIds: item?.qualityStatementIds ?? (statement === null ? [] : [statement]),
    evidenceCategoryIds: item?.evidenceCategoryIds ?? [],
    owner: item?.owner ?? '',
    source: item?.source ?? '',
    location: item?.location ?? '',
    effectiveFrom: item === undefined ? EMPTY_DATE : datePartsFromIso(item.effectiveFrom),
    effectiveTo: datePartsFromIso(item?.effectiveTo),
    reviewBy: datePartsFromIso(item?.reviewBy),
    tags: item?.tags ?? [],
  };
}

const DATE_FIELDS = { effectiveFrom: 'the date it took effect', effectiveTo: 'the date it stops being effective', reviewBy: 'the review date' } as const;

/** The body to send, or the date errors that stop it being sent. */
function bodyOf(draft: Draft, creating: boolean): { body: Record<string, unknown>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const dates: Record<string, string | undefined> = {};
  for (const [field, words] of Object.entries(DATE_FIELDS) as [keyof typeof DATE_FIELDS, string][]) {
    const value = isoFromDateParts(draft[field]);
    if (value === null) errors.push({ fieldId: field, message: `Enter ${words} as a real date, for example 31 3 2026` });
    else dates[field] = value;
  }
  const optional = (value: string | undefined) => (value === undefined || value.trim() === '' ? (creating ? undefined : null) : value.trim());
  const body: Record<string, unknown> = {
    title: draft.title,
    description: creating ? draft.description.trim() || undefined : draft.description,
    qualityStatementIds: draft.qualityStatementIds,
    evidenceCategoryIds: draft.evidenceCategoryIds,
    owner: draft.owner,
    source: optional(draft.source),
    location: optional(draft.location),
    effectiveFrom: dates.effectiveFrom ?? '',
    effectiveTo: optional(dates.effectiveTo),
    reviewBy: optional(dates.reviewBy),
    tags: draft.tags,
  };
  return { body: Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)), errors };
}

function EvidenceForm({ session, council, item, etag, statement }: CouncilPageProps & { readonly item: EvidenceItem | undefined; readonly etag: string | undefined; readonly statement: string | null }) {
  const [draft, setDraft] = useState(() => draftOf(item, statement));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  const creating = item === undefined;
  const set = <Field extends keyof Draft>(field: Field) => (value: Draft[Field]) => setDraft((current) => ({ ...current, [field]: value }));
  const listHref = hrefTo(['c', council.id, 'evidence']);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { body, errors: dateErrors } = bodyOf(draft, creating);
    if (dateErrors.length > 0) {
      setErrors(dateErrors);
      return;
    }
    setBusy(true);
    try {
      if (creating) await session.api.send('POST', councilPath(council.id, 'evidence'), body);
      else await session.api.send('PATCH', councilPath(council.id, 'evidence', item.id), body, { ifMatch: etag });
      setFlash(creating ? `Evidence item “${draft.title.trim()}” added` : `Evidence item “${draft.title.trim()}” saved`);
      navigate(listHref);
    } catch (error) {
      const found = errorsFromProblem(error instanceof ApiProblem ? error : undefined, (path) => String(path[0] ?? ''));
      // Empty boxes reach the API as an empty date: say what to do instead of how dates are written.
      const emptyStart = isoFromDateParts(draft.effectiveFrom) === undefined;
      setErrors(found.map((problem) => (emptyStart && problem.fieldId === 'effectiveFrom' ? { ...problem, message: 'Enter the date the item took effect' } : problem)));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (item === undefined) return;
    setBusy(true);
    try {
      await session.api.send('DELETE', councilPath(council.id, 'evidence', item.id), undefined, { ifMatch: etag });
      setFlash(`Evidence item “${item.title}” removed`);
      navigate(listHref);
    } catch (error) {
      setErrors(errorsFromProblem(error instanceof ApiProblem ? error : undefined));
      setBusy(false);
    }
  };

  const title = creating ? 'Add an evidence item' : `Edit “${item.title}”`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a className="govuk-back-link" href={listHref}>
          Back to the evidence bank
        </a>
        <ErrorSummary errors={errors} />
        <PageHeading title={creating ? 'Add an evidence item' : 'Edit an evidence item'} caption={council.name} hasErrors={errors.length > 0}>
          {title}
        </PageHeading>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextInput id="title" label="Title" value={draft.title} onChange={set('title')} error={errorFor(errors, 'title')} />
          <Textarea id="description" label="Description (optional)" hint="What it shows and why CQC would want it." value={draft.description} onChange={set('description')} error={errorFor(errors, 'description')} rows={3} />
          <Checkboxes
            id="qualityStatementIds"
            label="Quality statements it evidences"
            small
            values={draft.qualityStatementIds}
            onChange={set('qualityStatementIds')}
            error={errorFor(errors, 'qualityStatementIds')}
            choices={QUALITY_STATEMENT_IDS.map((id) => ({ value: id, label: qualityStatementTitle(id) }))}
          />
          <Checkboxes
            id="evidenceCategoryIds"
            label="Evidence categories"
            small
            values={draft.evidenceCategoryIds}
            onChange={set('evidenceCategoryIds')}
            error={errorFor(errors, 'evidenceCategoryIds')}
            choices={EVIDENCE_CATEGORY_IDS.map((id) => ({ value: id, label: evidenceCategoryLabel(id) }))}
          />
          <TextInput id="owner" label="Owner" hint="The person or team who keeps it current." value={draft.owner} onChange={set('owner')} error={errorFor(errors, 'owner')} width="govuk-input--width-20" />
          <TextInput id="source" label="Source (optional)" hint="For example, Adult Social Care Survey 2024-25." value={draft.source} onChange={set('source')} error={errorFor(errors, 'source')} />
          <TextInput id="location" label="Where it is kept (optional)" hint="A web address or a file path." value={draft.location} onChange={set('location')} error={errorFor(errors, 'location')} spellCheck={false} />
          <DateInput id="effectiveFrom" legend="Effective from" hint="For example, 1 4 2025" value={draft.effectiveFrom} onChange={set('effectiveFrom')} error={errorFor(errors, 'effectiveFrom')} />
          <DateInput id="effectiveTo" legend="Effective until (optional)" value={draft.effectiveTo} onChange={set('effectiveTo')} error={errorFor(errors, 'effectiveTo')} />
          <DateInput id="reviewBy" legend="Review by (optional)" value={draft.reviewBy} onChange={set('reviewBy')} error={errorFor(errors, 'reviewBy')} />
          <Checkboxes id="tags" label="Tags (optional)" small values={draft.tags} onChange={set('tags')} error={errorFor(errors, 'tags')} choices={EVIDENCE_TAGS.map((tag) => ({ value: tag, label: evidenceTagLabel(tag) }))} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
              {creating ? 'Add the item' : 'Save changes'}
            </button>
            <a className="govuk-link" href={listHref}>
              Cancel
            </a>
          </div>
        </form>
        {creating ? null : confirmingRemoval ? (
          <div className="govuk-warning-text">
            <p className="govuk-body">Removing “{item.title}” cannot be undone.</p>
            <div className="govuk-button-group">
              <button type="button" className="govuk-button govuk-button--warning" onClick={() => void remove()} disabled={busy}>
                Yes, remove it
              </button>
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setConfirmingRemoval(false)}>
                Keep it
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="govuk-button govuk-button--warning" onClick={() => setConfirmingRemoval(true)}>
            Remove this item
          </button>
        )}
      </div>
    </div>
  );
}

function EvidenceSummary({ council, item }: { readonly council: CouncilPageProps['council']; readonly item: EvidenceItem }) {
  const rows: [string, string][] = [
    ['Description', item.description || 'None'],
    ['Quality statements', item.qualityStatementIds.map(qualityStatementTitle).join(', ')],
    ['Evidence categories', item.evidenceCategoryIds.map(evidenceCategoryLabel).join(', ')],
    ['Owner', item.owner ?? 'No owner'],
    ['Source', item.source ?? 'None'],
    ['Where it is kept', item.location ?? 'Not recorded'],
    ['Effective from', formatDate(item.effectiveFrom)],
    ['Effective until', formatDate(item.effectiveTo)],
    ['Review by', formatDate(item.reviewBy)],
    ['Tags', item.tags.length === 0 ? 'None' : item.tags.map(evidenceTagLabel).join(', ')],
  ];
  return (
    <>
      <a className="govuk-back-link" href={hrefTo(['c', council.id, 'evidence'])}>
        Back to the evidence bank
      </a>
      <PageHeading title={item.title} caption={council.name}>
        {item.title}
      </PageHeading>
      <dl className="govuk-summary-list">
        {rows.map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** Add an evidence item, or look at and change one (what the role allows). */
export function EvidenceFormPage(props: CouncilPageProps & { readonly evidenceId: string | undefined }) {
  const { session, council, evidenceId, route } = props;
  const canWrite = roleCan(council.role, 'evidence.write');
  const data = useApiData(session.api, `evidence-item:${council.id}:${evidenceId ?? 'new'}`, async (api) => {
    if (evidenceId === undefined) return { item: undefined, etag: undefined };
    const { body, etag } = await api.get<EvidenceItem>(councilPath(council.id, 'evidence', evidenceId));
    return { item: body, etag };
  });
  if (evidenceId === undefined && !canWrite) return <p className="govuk-body">Your role cannot add evidence.</p>;
  return (
    <WhenLoaded data={data} what="the evidence item">
      {({ item, etag }) =>
        canWrite ? <EvidenceForm {...props} item={item} etag={etag} statement={route.query.get('statement')} /> : item === undefined ? null : <EvidenceSummary council={council} item={item} />
      }
    </WhenLoaded>
  );
}
