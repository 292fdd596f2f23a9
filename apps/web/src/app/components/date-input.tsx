import type { ReactNode } from 'react';

/** What a person typed into the three boxes of a date. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/** Empty boxes. */
export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** The boxes of an ISO date (`2026-03-04` is 4, 3, 2026); empty boxes for no date. */
export function datePartsFromIso(isoDate: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  if (match === null) return EMPTY_DATE;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

/**
 * The ISO date the boxes hold: `undefined` when all are empty, `null` when they do not make a
 * real date (31 February, a two-digit year, letters).
 *
 * @example isoFromDateParts({ day: '4', month: '3', year: '2026' }) // '2026-03-04'
 */
export function isoFromDateParts(parts: DateParts): string | null | undefined {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return undefined;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The GOV.UK date input: day, month and year boxes in a fieldset. The day box carries `id`. */
export function DateInput({
  id,
  legend,
  hint,
  error,
  value,
  onChange,
}: {
  readonly id: string;
  readonly legend: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly value: DateParts;
  readonly onChange: (value: DateParts) => void;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? undefined : hintId, error === undefined ? undefined : errorId].filter((part) => part !== undefined).join(' ') || undefined;
  const box = (part: keyof DateParts, label: string, width: string) => {
    const boxId = part === 'day' ? id : `${id}-${part}`;
    return (
      <div className="govuk-date-input__item">
        <div className="govuk-form-group">
          <label className="govuk-label govuk-date-input__label" htmlFor={boxId}>
            {label}
          </label>
          <input
            className={`govuk-input govuk-date-input__input ${width}${error === undefined ? '' : ' govuk-input--error'}`}
            id={boxId}
            name={boxId}
            type="text"
            inputMode="numeric"
            value={value[part]}
            onChange={(event) => onChange({ ...value, [part]: event.target.value })}
          />
        </div>
      </div>
    );
  };
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint === undefined ? null : (
          <div className="govuk-hint" id={hintId}>
            {hint}
          </div>
        )}
        {error === undefined ? null : (
          <p className="govuk-error-message" id={errorId}>
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-date-input">
          {box('day', 'Day', 'govuk-input--width-2')}
          {box('month', 'Month', 'govuk-input--width-2')}
          {box('year', 'Year', 'govuk-input--width-4')}
        </div>
      </fieldset>
    </div>
  );
}
