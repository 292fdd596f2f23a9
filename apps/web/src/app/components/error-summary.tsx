import { useEffect, useRef } from 'react';
import type { ApiProblem } from '../api/api-client.js';

/** One error to list: its message and the id of the field it is about (if any). */
export interface FieldError {
  readonly fieldId?: string | undefined;
  readonly message: string;
}

/** Focuses a field by id (the dashboard's addresses use the hash, so error links cannot). */
export function focusField(fieldId: string): void {
  const field = document.getElementById(fieldId);
  if (field === null) return;
  field.scrollIntoView({ block: 'center' });
  field.focus();
}

/**
 * The GOV.UK error summary: a list of what is wrong, each linked to its field, focused when it
 * appears so a screen reader reads it out. Renders nothing without errors.
 */
export function ErrorSummary({ errors, title = 'There is a problem' }: { readonly errors: readonly FieldError[]; readonly title?: string }) {
  const summary = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown) summary.current?.focus();
  }, [shown, errors]);
  if (!shown) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error, index) => (
              <li key={`${error.fieldId ?? 'page'}-${index}`}>
                {error.fieldId === undefined ? (
                  error.message
                ) : (
                  <a
                    href={`#${error.fieldId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(error.fieldId!);
                    }}
                  >
                    {error.message}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** The API starts a problem's message with its field path ("title: the title cannot be empty"): the page shows the field, so the path goes, and the sentence starts with a capital. */
function withoutPath(message: string, path: readonly (string | number)[]): string {
  const prefix = `${path.join('.')}: `;
  const text = path.length > 0 && message.startsWith(prefix) ? message.slice(prefix.length) : message;
  return text.length === 0 ? message : `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

/**
 * The errors of a refused request: each problem the API listed, tied to the field its path
 * names (through `fieldIdOf`), or the message alone when it listed none.
 */
export function errorsFromProblem(problem: ApiProblem | undefined, fieldIdOf: (path: readonly (string | number)[]) => string | undefined = () => undefined): FieldError[] {
  if (problem === undefined) return [];
  if (problem.problems.length === 0) return [{ message: problem.message }];
  const errors: FieldError[] = [];
  for (const detail of problem.problems) {
    const fieldId = fieldIdOf(detail.path) || undefined;
    // One message per field, as GOV.UK asks: the first is the one to fix first.
    if (fieldId !== undefined && errors.some((error) => error.fieldId === fieldId)) continue;
    errors.push({ fieldId, message: withoutPath(detail.message, detail.path) });
  }
  return errors;
}

/** The message for one field, if any error names it. */
export function errorFor(errors: readonly FieldError[], fieldId: string): string | undefined {
  return errors.find((error) => error.fieldId === fieldId)?.message;
}
