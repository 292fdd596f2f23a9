import { Suspense, useEffect } from 'react';
import type { Council } from './api/resources.js';
import { Loading } from './components/data-states.js';
import { lazyPage, type LazyPage } from './lazy-page.js';
import { Layout, type NavigationLink } from './components/layout.js';
import { PageHeading } from './components/page-heading.js';
import { roleCan, type DashboardPermission } from './permissions.js';
import { hrefTo, navigate, useRoute, type Route } from './router.js';
import { SessionProvider, hasStoredToken, useSession, type SignedInSession } from './session.js';
import { SignInPage } from './pages/sign-in-page.js';

/** What every council page is given. */
export interface CouncilPageProps {
  readonly session: SignedInSession;
  readonly council: Council;
  readonly route: Route;
}

type CouncilPage = LazyPage<CouncilPageProps>;

// Each page is its own chunk: the first page loads only what it shows.
const COUNCIL_PAGES: readonly { readonly id: string; readonly label: string; readonly page: CouncilPage; readonly permission?: DashboardPermission }[] = [
  { id: 'overview', label: 'Overview', page: lazyPage(() => import('./pages/overview-page.js')) },
  { id: 'timeline', label: 'Timeline', page: lazyPage(() => import('./pages/timeline-page.js')) },
  { id: 'evidence', label: 'Evidence bank', page: lazyPage(() => import('./pages/evidence-page.js')) },
  { id: 'self-assessment', label: 'Self-assessment', page: lazyPage(() => import('./pages/self-assessment-page.js')) },
  { id: 'actions', label: 'Actions and risks', page: lazyPage(() => import('./pages/actions-risks-page.js')) },
  { id: 'information-return', label: 'Information Return', page: lazyPage(() => import('./pages/information-return-page.js')) },
  { id: 'case-tracking', label: 'Case tracking', page: lazyPage(() => import('./pages/case-tracking-page.js')), permission: 'case-list.read' },
];

const HubPage = lazyPage(() => import('./pages/hub-page.js'));

// A signed-in visit most often opens on the overview: fetch its code while the session is checked, not after.
if (hasStoredToken() && /^#?\/?(c\/[^/]+\/overview)?$/.test(window.location.hash.split('?')[0] ?? '')) void COUNCIL_PAGES[0]?.page.preload();

function NotFound({ session }: { readonly session: SignedInSession }) {
  return (
    <Layout session={session}>
      <PageHeading title="Page not found">Page not found</PageHeading>
      <p className="govuk-body">If you typed the address, check it is correct. The council may not be one you have a role on.</p>
      <p className="govuk-body">
        <a className="govuk-link" href={hrefTo([])}>
          Go to your councils
        </a>
      </p>
    </Layout>
  );
}

function CouncilList({ session }: { readonly session: SignedInSession }) {
  return (
    <Layout session={session} navigation={session.hubIds.map((hubId) => ({ href: hrefTo(['hub', hubId]), label: `Hub: ${hubId}`, current: false }))}>
      <PageHeading title="Your councils">Your councils</PageHeading>
      {session.councils.length === 0 ? (
        <p className="govuk-body">You have no role on any council yet. Ask your council's administrator for access.</p>
      ) : (
        <ul className="govuk-list govuk-list--spaced">
          {session.councils.map((council) => (
            <li key={council.id}>
              <a className="govuk-link govuk-link--no-visited-state" href={hrefTo(['c', council.id, 'overview'])}>
                {council.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

function councilNavigation(session: SignedInSession, council: Council, pageId: string): NavigationLink[] {
  const links: NavigationLink[] = COUNCIL_PAGES.filter((page) => page.permission === undefined || roleCan(council.role, page.permission)).map((page) => ({
    href: hrefTo(['c', council.id, page.id]),
    label: page.label,
    current: page.id === pageId,
  }));
  if (session.councils.length > 1 || session.hubIds.length > 0) links.push({ href: hrefTo(['councils']), label: 'All councils', current: false });
  return links;
}

function Home({ session }: { readonly session: SignedInSession }) {
  const only = session.councils.length === 1 && session.hubIds.length === 0 ? session.councils[0] : undefined;
  const hub = session.hubIds.length === 1 && session.councils.length !== 1 ? session.hubIds[0] : undefined;
  const target = only !== undefined ? hrefTo(['c', only.id, 'overview']) : hub !== undefined ? hrefTo(['hub', hub]) : undefined;
  useEffect(() => {
    if (target !== undefined) navigate(target, { replace: true });
  }, [target]);
  if (target !== undefined) return <Loading what="your dashboard" />;
  return <CouncilList session={session} />;
}

function SignedInRoutes({ session }: { readonly session: SignedInSession }) {
  const route = useRoute();
  const [first, second, third] = route.segments;
  if (first === undefined) return <Home session={session} />;
  if (first === 'councils') return <CouncilList session={session} />;
  if (first === 'hub' && second !== undefined && session.hubIds.includes(second)) {
    return (
      <Layout session={session} navigation={[{ href: hrefTo(['hub', second]), label: 'Hub overview', current: true }, { href: hrefTo(['councils']), label: 'All councils', current: false }]}>
        <Suspense fallback={<Loading what="the page" />}>
          <HubPage session={session} hubId={second} />
        </Suspense>
      </Layout>
    );
  }
  const council = first === 'c' ? session.councils.find((candidate) => candidate.id === second) : undefined;
  const page = COUNCIL_PAGES.find((candidate) => candidate.id === (third ?? 'overview'));
  if (council === undefined || page === undefined || (page.permission !== undefined && !roleCan(council.role, page.permission))) return <NotFound session={session} />;
  const Page = page.page;
  return (
    <Layout session={session} navigation={councilNavigation(session, council, page.id)}>
      <Suspense fallback={<Loading what="the page" />}>
        {/* Keyed by the path: each page and sub-page starts afresh (its data, its one-off messages). */}
        <Page key={route.path} session={session} council={council} route={route} />
      </Suspense>
    </Layout>
  );
}

function Routes() {
  const session = useSession();
  if (session.status === 'checking') {
    return (
      <Layout>
        <Loading what="your dashboard" />
      </Layout>
    );
  }
  if (session.status === 'signed-out') {
    return (
      <Layout>
        <SignInPage session={session} />
      </Layout>
    );
  }
  return <SignedInRoutes session={session} />;
}

/** The dashboard: the session, then the page the address names. */
export function App() {
  return (
    <SessionProvider>
      <Routes />
    </SessionProvider>
  );
}
