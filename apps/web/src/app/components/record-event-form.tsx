import type { AssessmentContext } from '@asc-assure/lifecycle';
import { movableDatesNow } from '@asc-assure/lifecycle';
import { useState, type FormEvent } from 'react';
import { ApiProblem, councilPath, type ApiClient } from '../api/api-client.js';
import type { Assessment } from '../api/resources.js';
import { QUALITY_STATEMENT_IDS, RATING_LABELS, eventLabel, movableDateLabel, qualityStatementTitle, scoreLabel } from '../labels.js';
import { DateInput, datePartsFromIso, isoFromDateParts, EMPTY_DATE, type DateParts } from './date-input.js';
import { ErrorSummary, errorFor, errorsFromProblem, type FieldError } from './error-summary.js';
import { Checkboxes, Radios, Select, TextInput, Textarea } from './form-fields.js';

/** Events recorded on their own pages: CQC's case selection and consent belong to case tracking. */
const RECORDED_ELSEWHERE: readonly string[] = ['cases.selected', 'consent.recorded'];

interface EventDraft {
  readonly type: string;
  readonly date: DateParts;
  readonly note: string;
  readonly irRequestedOn: DateParts;
  readonly documentCount: string;
  readonly onsiteStartsOn: DateParts;
  readonly onsiteEndsOn: DateParts;
  readonly cqcConfirmed: readonly string[];
  readonly count: string;
  readonly commentCount: string;
  readonly which: string;
  readonly to: DateParts;
  readonly reason: string;
  readonly rating: string;
  readonly scores: Readonly<Record<string, string>>;
}

function emptyDraft(type: string, today: string, which: string): EventDraft {
  return {
    type,
    date: datePartsFromIso(today),
    note: '',
    irRequestedOn: EMPTY_DATE,
    documentCount: '',
    onsiteStartsOn: EMPTY_DATE,
    onsiteEndsOn: EMPTY_DATE,
    cqcConfirmed: [],
    count: '',
    commentCount: '',
    which,
    to: EMPTY_DATE,
    reason: '',
    rating: '',
    scores: {},
  };
}

/** The event to send, or what stops it (dates and numbers that are not real ones). */
export function eventBody(draft: EventDraft): { event: Record<string, unknown>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const event: Record<string, unknown> = { type: draft.type };
  const date = (field: keyof EventDraft, parts: DateParts, words: string, required: boolean) => {
    const value = isoFromDateParts(parts);
    if (value === null || (required && value === undefined)) errors.push({ fieldId: `event-${field}`, message: `Enter ${words} as a real date, for example 31 3 2026` });
    else if (value !== undefined) event[field] = value;
  };
  const whole = (field: string, text: string, words: string, required: boolean) => {
    if (text.trim() === '') {
      if (required) errors.push({ fieldId: `event-${field}`, message: `Enter ${words}` });
      return;
    }
    if (!/^\d+$/.test(text.trim())) errors.push({ fieldId: `event-${field}`, message: `Enter ${words} as a whole number, like 50` });
    else event[field] = Number(text.trim());
  };
  date('date', draft.date, 'the date it happened', true);
  if (draft.note.trim() !== '') event.note = draft.note.trim();
  switch (draft.type) {
    case 'notice.received':
      date('irRequestedOn', draft.irRequestedOn, 'the date CQC asked for the Information Return', false);
      break;
    case 'information-return.submitted':
      whole('documentCount', draft.documentCount, 'how many documents were sent', false);
      break;
    case 'site-visit.notified':
      date('onsiteStartsOn', draft.onsiteStartsOn, 'the first day of the onsite visit', true);
      date('onsiteEndsOn', draft.onsiteEndsOn, 'the last day of the onsite visit', true);
      if (draft.cqcConfirmed.length > 0) event.cqcConfirmed = true;
      break;
    case 'onsite.started':
      if (draft.cqcConfirmed.length > 0) event.cqcConfirmed = true;
      break;
    case 'case-list.submitted':
      whole('count', draft.count, 'how many people were on the list', true);
      break;
    case 'factual-accuracy.returned':
      whole('commentCount', draft.commentCount, 'how many comments were returned', false);
      break;
    case 'date.moved':
      event.which = draft.which;
      date('to', draft.to, 'the new date', true);
      event.reason = draft.reason;
      if (draft.cqcConfirmed.length > 0) event.cqcConfirmed = true;
      break;
    case 'assessment.withdrawn':
      event.reason = draft.reason;
      break;
    case 'report.published':
      event.rating = draft.rating;
      event.scores = Object.fromEntries(QUALITY_STATEMENT_IDS.map((id) => [id, draft.scores[id] === undefined || draft.scores[id] === '' ? undefined : Number(draft.scores[id])]));
      break;
    default:
      break;
  }
  return { event, errors };
}

/** A field id of the form for a path the API named (`which`, `scores.safeguarding`). */
function fieldIdOfPath(path: readonly (string | number)[]): string | undefined {
  const [first, second] = path;
  if (first === undefined) return undefined;
  if (first === 'scores' && typeof second === 'string') return `event-score-${second}`;
  return `event-${String(first)}`;
}

/**
 * Records what happened in the assessment: the events it can take now (from the API), each with
 * the fields it needs. A refused event shows the lifecycle's reason; nothing changes.
 */
export function RecordEventForm({ api, councilId, assessment, etag, today, onRecorded }: { readonly api: ApiClient; readonly councilId: string; readonly assessment: Assessment; readonly etag: string | undefined; readonly today: string; readonly onRecorded: (message: string) => void }) {
  const choices = assessment.allowedEvents.filter((type) => !RECORDED_ELSEWHERE.includes(type));
  const movable = movableDatesNow(assessment.context as unknown as AssessmentContext);
  const [draft, setDraft] = useState(() => emptyDraft(choices[0] ?? '', today, movable[0] ?? ''));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const set = <Field extends keyof EventDraft>(field: Field) => (value: EventDraft[Field]) => setDraft((current) => ({ ...current, [field]: value }));
  if (choices.length === 0) return <p className="govuk-body">Nothing more can be recorded: the assessment has finished.</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { event: body, errors: localErrors } = eventBody(draft);
    if (localErrors.length > 0) {
      setErrors(localErrors);
      return;
    }
    setBusy(true);
    try {
      await api.send('POST', councilPath(councilId, 'assessments', assessment.assessmentId, 'events'), body, { ifMatch: etag });
      setErrors([]);
      onRecorded(`Recorded: ${eventLabel(draft.type)}`);
    } catch (error) {
      setErrors(errorsFromProblem(error instanceof ApiProblem ? error : undefined, fieldIdOfPath));
    } finally {
      setBusy(false);
    }
  };

  const needsConfirmation = draft.type === 'site-visit.notified' || draft.type === 'onsite.started' || draft.type === 'date.moved';
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="record-event-heading">
      <ErrorSummary errors={errors} title={`${eventLabel(draft.type)} could not be recorded`} />
      <h2 className="govuk-heading-m" id="record-event-heading">
        Record what happened
      </h2>
      <Radios
        id="event-type"
        label="What happened?"
        value={draft.type}
        onChange={(type) => setDraft((current) => ({ ...emptyDraft(type, today, movable[0] ?? ''), date: current.date }))}
        choices={choices.map((type) => ({ value: type, label: eventLabel(type) }))}
        error={errorFor(errors, 'event-type')}
      />
      <DateInput id="event-date" legend="When did it happen?" value={draft.date} onChange={set('date')} error={errorFor(errors, 'event-date')} />
      {draft.type === 'notice.received' ? (
        <DateInput id="event-irRequestedOn" legend="When did CQC ask for the Information Return? (optional)" hint="Leave empty if it came with the notice." value={draft.irRequestedOn} onChange={set('irRequestedOn')} error={errorFor(errors, 'event-irRequestedOn')} />
      ) : null}
      {draft.type === 'information-return.submitted' ? (
        <TextInput id="event-documentCount" label="How many documents went with it? (optional)" inputMode="numeric" width="govuk-input--width-5" value={draft.documentCount} onChange={set('documentCount')} error={errorFor(errors, 'event-documentCount')} />
      ) : null}
      {draft.type === 'site-visit.notified' ? (
        <>
          <DateInput id="event-onsiteStartsOn" legend="First day of the onsite visit" value={draft.onsiteStartsOn} onChange={set('onsiteStartsOn')} error={errorFor(errors, 'event-onsiteStartsOn')} />
          <DateInput id="event-onsiteEndsOn" legend="Last day of the onsite visit" value={draft.onsiteEndsOn} onChange={set('onsiteEndsOn')} error={errorFor(errors, 'event-onsiteEndsOn')} />
        </>
      ) : null}
      {draft.type === 'case-list.submitted' ? (
        <TextInput id="event-count" label="How many people were on the list?" inputMode="numeric" width="govuk-input--width-5" value={draft.count} onChange={set('count')} error={errorFor(errors, 'event-count')} />
      ) : null}
      {draft.type === 'factual-accuracy.returned' ? (
        <TextInput id="event-commentCount" label="How many comments were returned? (optional)" inputMode="numeric" width="govuk-input--width-5" value={draft.commentCount} onChange={set('commentCount')} error={errorFor(errors, 'event-commentCount')} />
      ) : null}
      {draft.type === 'date.moved' ? (
        <>
          <Select id="event-which" label="Which date did CQC move?" value={draft.which} onChange={set('which')} error={errorFor(errors, 'event-which')} choices={movable.map((id) => ({ value: id, label: movableDateLabel(id).replace(/^the /, '').replace(/^./, (letter) => letter.toUpperCase()) }))} />
          <DateInput id="event-to" legend="The new date" value={draft.to} onChange={set('to')} error={errorFor(errors, 'event-to')} />
        </>
      ) : null}
      {draft.type === 'date.moved' || draft.type === 'assessment.withdrawn' ? <Textarea id="event-reason" label="Why?" value={draft.reason} onChange={set('reason')} error={errorFor(errors, 'event-reason')} rows={2} /> : null}
      {needsConfirmation ? (
        <Checkboxes id="event-cqcConfirmed" label="CQC's confirmation" small values={draft.cqcConfirmed} onChange={set('cqcConfirmed')} choices={[{ value: 'yes', label: 'CQC confirmed this date, even though the usual notice period would not allow it' }]} />
      ) : null}
      {draft.type === 'report.published' ? (
        <>
          <Select id="event-rating" label="Overall rating" value={draft.rating} onChange={set('rating')} error={errorFor(errors, 'event-rating')} choices={[{ value: '', label: 'Choose a rating' }, ...Object.entries(RATING_LABELS).map(([value, label]) => ({ value, label }))]} />
          {QUALITY_STATEMENT_IDS.map((id) => (
            <Select
              key={id}
              id={`event-score-${id}`}
              label={`${qualityStatementTitle(id)}: published score`}
              value={draft.scores[id] ?? ''}
              onChange={(value) => setDraft((current) => ({ ...current, scores: { ...current.scores, [id]: value } }))}
              error={errorFor(errors, `event-score-${id}`)}
              choices={[{ value: '', label: 'Choose a score' }, ...[1, 2, 3, 4].map((score) => ({ value: String(score), label: scoreLabel(score) }))]}
            />
          ))}
        </>
      ) : null}
      <Textarea id="event-note" label="Note (optional)" value={draft.note} onChange={set('note')} error={errorFor(errors, 'event-note')} rows={2} />
      <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
        Record it
      </button>
    </form>
  );
}

