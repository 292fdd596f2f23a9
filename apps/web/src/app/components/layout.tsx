import type { ReactNode } from 'react';
import { hrefTo } from '../router.js';
import type { SignedInSession } from '../session.js';
import { SERVICE_NAME } from './page-heading.js';

/** One link of the service navigation. */
export interface NavigationLink {
  readonly href: string;
  readonly label: string;
  readonly current: boolean;
}

function SkipLink() {
  return (
    <a
      href="#main-content"
      className="govuk-skip-link"
      onClick={(event) => {
        // The address hash is the dashboard's route, so move focus without touching it.
        event.preventDefault();
        document.getElementById('main-content')?.focus();
      }}
    >
      Skip to main content
    </a>
  );
}

/**
 * The page frame every page shares: skip link, header with the service name (no crown: this is
 * not a GOV.UK service), service navigation, the signed-in user, main content and footer.
 */
export function Layout({ session, navigation, children }: { readonly session?: SignedInSession | undefined; readonly navigation?: readonly NavigationLink[]; readonly children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <header className="govuk-header app-header">
        <div className="govuk-header__container govuk-width-container app-header__container">
          <a href={hrefTo([])} className="govuk-header__link govuk-header__service-name app-header__service-name">
            {SERVICE_NAME}
          </a>
          {session === undefined ? null : (
            <div className="app-header__account">
              <span className="app-header__user">Signed in as {session.principal.displayName}</span>
              <button type="button" className="app-header__sign-out" onClick={session.signOut}>
                Sign out
              </button>
            </div>
          )}
        </div>
      </header>
      {navigation === undefined || navigation.length === 0 ? null : (
        <section aria-label="Menu" className="govuk-service-navigation" data-module="govuk-service-navigation">
          <div className="govuk-width-container app-width-container">
            <div className="govuk-service-navigation__container">
              <nav aria-label="Dashboard pages" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list" id="navigation">
                  {navigation.map((link) => (
                    <li key={link.href} className={`govuk-service-navigation__item${link.current ? ' govuk-service-navigation__item--active' : ''}`}>
                      <a className="govuk-service-navigation__link" href={link.href} aria-current={link.current ? 'page' : undefined}>
                        {link.current ? <strong className="govuk-service-navigation__active-fallback">{link.label}</strong> : link.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </div>
        </section>
      )}
      <div className="govuk-width-container app-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container app-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                {SERVICE_NAME} helps councils prepare for the Care Quality Commission's assessment of adult social care. It is not a CQC or GOV.UK service.
              </p>
            </div>
            <div className="govuk-footer__meta-item">
              <a className="govuk-footer__link" href="/docs">
                API reference
              </a>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
