import type { ReactNode } from 'react';

interface FieldBase {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /** Shows the label as a page heading size (for one-question pages). */
  readonly labelClassName?: string;
}

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint === undefined ? undefined : `${id}-hint`, error === undefined ? undefined : `${id}-error`].filter((value) => value !== undefined);
  return ids.length === 0 ? undefined : ids.join(' ');
}

function HintAndError({ id, hint, error }: { readonly id: string; readonly hint: ReactNode; readonly error: string | undefined }) {
  return (
    <>
      {hint === undefined ? null : (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error === undefined ? null : (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
    </>
  );
}

/** A GOV.UK text input with its label, hint and error message. */
export function TextInput({
  id,
  label,
  hint,
  error,
  labelClassName,
  value,
  onChange,
  type = 'text',
  width,
  autoComplete,
  spellCheck,
  inputMode,
}: FieldBase & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'password' | 'date' | 'email' | 'search' | 'number';
  readonly width?: 'govuk-input--width-10' | 'govuk-input--width-20' | 'govuk-input--width-30' | 'govuk-input--width-5' | 'govuk-input--width-3' | 'govuk-input--width-2';
  readonly autoComplete?: string;
  readonly spellCheck?: boolean;
  readonly inputMode?: 'numeric' | 'text';
}) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <label className={`govuk-label ${labelClassName ?? ''}`.trim()} htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <input
        className={`govuk-input ${width ?? ''}${error === undefined ? '' : ' govuk-input--error'}`.trim()}
        id={id}
        name={id}
        type={type}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        inputMode={inputMode}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** A GOV.UK textarea. */
export function Textarea({ id, label, hint, error, value, onChange, rows = 5 }: FieldBase & { readonly value: string; readonly onChange: (value: string) => void; readonly rows?: number }) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        className={`govuk-textarea${error === undefined ? '' : ' govuk-textarea--error'}`}
        id={id}
        name={id}
        rows={rows}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** One choice of a select, radios or checkboxes. */
export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

/** A GOV.UK select. */
export function Select({ id, label, hint, error, value, onChange, choices, inline = false }: FieldBase & { readonly value: string; readonly onChange: (value: string) => void; readonly choices: readonly Choice[]; readonly inline?: boolean }) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}${inline ? ' app-inline-field' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <select className={`govuk-select${error === undefined ? '' : ' govuk-select--error'}`} id={id} name={id} value={value} aria-describedby={describedBy(id, hint, error)} onChange={(event) => onChange(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** GOV.UK checkboxes in a fieldset; the first box carries the id error links go to. */
export function Checkboxes({ id, label, hint, error, values, onChange, choices, small = false }: FieldBase & { readonly values: readonly string[]; readonly onChange: (values: string[]) => void; readonly choices: readonly Choice[]; readonly small?: boolean }) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}>
          {choices.map((choice, index) => {
            const choiceId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-checkboxes__item" key={choice.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={choiceId}
                  name={id}
                  type="checkbox"
                  value={choice.value}
                  checked={values.includes(choice.value)}
                  onChange={(event) => onChange(event.target.checked ? [...values, choice.value] : values.filter((value) => value !== choice.value))}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={choiceId}>
                  {choice.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** GOV.UK radios in a fieldset; the first radio carries the id error links go to. */
export function Radios({ id, label, hint, error, value, onChange, choices, inline = false, small = false }: FieldBase & { readonly value: string; readonly onChange: (value: string) => void; readonly choices: readonly Choice[]; readonly inline?: boolean; readonly small?: boolean }) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}${small ? ' govuk-radios--small' : ''}`}>
          {choices.map((choice, index) => {
            const choiceId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-radios__item" key={choice.value}>
                <input className="govuk-radios__input" id={choiceId} name={id} type="radio" value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
                <label className="govuk-label govuk-radios__label" htmlFor={choiceId}>
                  {choice.label}
                </label>
                {choice.hint === undefined ? null : <div className="govuk-hint govuk-radios__hint">{choice.hint}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
