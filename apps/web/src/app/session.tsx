import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiProblem, createApiClient, type ApiClient } from './api/api-client.js';
import type { Council, Principal } from './api/resources.js';

/** Where the token is kept: this browser tab only, gone when it closes. */
const TOKEN_STORAGE_KEY = 'asc-assure.token';

/** Whether this tab holds a token from an earlier sign-in (the dashboard will open signed in). */
export function hasStoredToken(): boolean {
  return storedToken() !== undefined;
}

/** Who is signed in, what they can see, and the client that calls the API as them. */
export interface SignedInSession {
  readonly status: 'signed-in';
  readonly api: ApiClient;
  readonly principal: Principal;
  readonly councils: readonly Council[];
  /** Hubs the principal administers (from their current grants). */
  readonly hubIds: readonly string[];
  /** Reads the councils again (after a council is added). */
  readonly refresh: () => void;
  readonly signOut: () => void;
}

/** The session before sign-in, or while a stored token is checked. */
export type Session =
  | SignedInSession
  | { readonly status: 'checking' }
  | { readonly status: 'signed-out'; readonly problem?: ApiProblem | undefined; readonly signIn: (token: string) => Promise<ApiProblem | undefined> };

const SessionContext = createContext<Session>({ status: 'checking' });

function storedToken(): string | undefined {
  try {
    return sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

async function loadSession(api: ApiClient): Promise<{ principal: Principal; councils: readonly Council[] }> {
  const [me, councils] = await Promise.all([api.get<Principal>('/v1/me'), api.get<{ items: Council[] }>('/v1/councils')]);
  return { principal: me.body, councils: councils.body.items };
}

/** Keeps the session: checks a stored token on load, signs in and out. */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [token, setToken] = useState<string | undefined>(storedToken);
  const [loaded, setLoaded] = useState<{ token: string; principal: Principal; councils: readonly Council[] } | undefined>(undefined);
  const [problem, setProblem] = useState<ApiProblem | undefined>(undefined);
  const [generation, setGeneration] = useState(0);

  const signOut = useCallback(() => {
    try {
      sessionStorage.removeItem(TOKEN_STORAGE_KEY);
    } catch {
      // Storage refused (private mode): the token was never kept, so there is nothing to remove.
    }
    setToken(undefined);
    setLoaded(undefined);
  }, []);

  const api = useMemo(
    () =>
      token === undefined
        ? undefined
        : createApiClient({
            token,
            onUnauthenticated: () => {
              setProblem(new ApiProblem(401, 'unauthenticated', 'Your sign-in has ended or the token was revoked. Sign in again.'));
              signOut();
            },
          }),
    [token, signOut],
  );

  useEffect(() => {
    if (api === undefined || token === undefined) return;
    let current = true;
    loadSession(api).then(
      (session) => {
        if (current) setLoaded({ token, ...session });
      },
      (error: unknown) => {
        if (!current) return;
        setProblem(error instanceof ApiProblem ? error : new ApiProblem(0, 'unexpected', String(error)));
        signOut();
      },
    );
    return () => {
      current = false;
    };
  }, [api, token, generation, signOut]);

  const signIn = useCallback(async (candidate: string): Promise<ApiProblem | undefined> => {
    const trimmed = candidate.trim();
    if (trimmed === '') return new ApiProblem(400, 'token-missing', 'Enter your API token');
    try {
      const session = await loadSession(createApiClient({ token: trimmed }));
      try {
        sessionStorage.setItem(TOKEN_STORAGE_KEY, trimmed);
      } catch {
        // Without storage the session lasts until the page is reloaded.
      }
      setProblem(undefined);
      setLoaded({ token: trimmed, ...session });
      setToken(trimmed);
      return undefined;
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 401) return new ApiProblem(401, error.code, 'The API token was not recognised: check you copied all of it, or ask your administrator for a new one');
      return error instanceof ApiProblem ? error : new ApiProblem(0, 'unexpected', String(error));
    }
  }, []);

  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  const session: Session = useMemo(() => {
    if (token === undefined || api === undefined) return { status: 'signed-out', problem, signIn };
    if (loaded === undefined || loaded.token !== token) return { status: 'checking' };
    const hubIds = [...new Set(loaded.principal.grants.flatMap((grant) => (grant.current && grant.hubId !== null ? [grant.hubId] : [])))];
    return { status: 'signed-in', api, principal: loaded.principal, councils: loaded.councils, hubIds, refresh, signOut };
  }, [token, api, loaded, problem, signIn, refresh, signOut]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The current session. */
export function useSession(): Session {
  return useContext(SessionContext);
}

/** The signed-in session; only for pages rendered after sign-in. */
export function useSignedInSession(): SignedInSession {
  const session = useSession();
  if (session.status !== 'signed-in') throw new Error('This page is only shown after sign-in.');
  return session;
}
