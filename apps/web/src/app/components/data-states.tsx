import { useEffect, useRef, type ReactNode } from 'react';
import type { ApiProblem } from '../api/api-client.js';
import type { ApiData } from '../use-api-data.js';

/** Said while data loads: a polite status, so a screen reader hears it once. */
export function Loading({ what }: { readonly what: string }) {
  return (
    <p className="govuk-body app-loading" role="status">
      Loading {what}…
    </p>
  );
}

/** A failure to load, in plain English, with a way to try again. */
export function LoadProblem({ problem, onRetry }: { readonly problem: ApiProblem; readonly onRetry?: () => void }) {
  return (
    <div className="govuk-error-summary" role="alert">
      <h2 className="govuk-error-summary__title">{problem.status === 403 ? 'You cannot see this' : 'This could not be loaded'}</h2>
      <div className="govuk-error-summary__body">
        <p className="govuk-body">{problem.message}</p>
        {onRetry === undefined ? null : (
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    </div>
  );
}

/** Renders `children(value)` once the data is there, a loading line before, the problem after a failure. */
export function WhenLoaded<Value>({ data, what, children }: { readonly data: ApiData<Value>; readonly what: string; readonly children: (value: Value) => ReactNode }) {
  if (data.status === 'loading') return <Loading what={what} />;
  if (data.status === 'failed') return <LoadProblem problem={data.problem} onRetry={data.reload} />;
  return <>{children(data.value)}</>;
}

/** The GOV.UK success banner, announced when it appears. */
export function SuccessBanner({ title = 'Success', children }: { readonly title?: string; readonly children: ReactNode }) {
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // As GOV.UK Frontend does: the banner takes focus, so keyboard users continue from it.
    banner.current?.focus();
  }, [children]);
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="success-banner-title" tabIndex={-1} ref={banner}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-banner-title">
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}

/** The GOV.UK important-information banner. */
export function ImportantBanner({ children }: { readonly children: ReactNode }) {
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="important-banner-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="important-banner-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}

/** Colours of a GOV.UK tag. */
export type TagColour = 'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

/** A GOV.UK tag: a short status in words (colour only adds to the words). */
export function Tag({ colour, children }: { readonly colour?: TagColour | undefined; readonly children: ReactNode }) {
  return <strong className={`govuk-tag${colour === undefined ? '' : ` govuk-tag--${colour}`}`}>{children}</strong>;
}

/** A GOV.UK warning text. */
export function WarningText({ children }: { readonly children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}
