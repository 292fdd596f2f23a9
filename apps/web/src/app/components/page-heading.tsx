import { useEffect, useRef, type ReactNode } from 'react';
import { arrivedByNavigation } from '../router.js';

/** The name of the service, at the end of every page title. */
export const SERVICE_NAME = 'asc-assure';

/**
 * A page's `<h1>` and its document title ("Evidence bank – Gloucestershire – asc-assure"). When
 * the page was reached by a link in the dashboard, the heading takes focus so that screen reader
 * and keyboard users start at the new page's content, as after a full page load.
 */
export function PageHeading({ children, title, caption, hasErrors = false }: { readonly children: ReactNode; readonly title: string; readonly caption?: string | undefined; readonly hasErrors?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const fullTitle = `${hasErrors ? 'Error: ' : ''}${title}${caption === undefined ? '' : ` – ${caption}`} – ${SERVICE_NAME}`;
  useEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);
  useEffect(() => {
    if (arrivedByNavigation()) heading.current?.focus();
  }, []);
  return (
    <>
      {caption === undefined ? null : <span className="govuk-caption-l">{caption}</span>}
      <h1 className="govuk-heading-l" tabIndex={-1} ref={heading} id="page-heading">
        {children}
      </h1>
    </>
  );
}
