/**
 * The dashboard's one way to the asc-assure API: same origin, bearer token, JSON in and out,
 * ETags for updates, and every refusal turned into an {@link ApiProblem} a page can show as a
 * GOV.UK error summary.
 */

/** One problem with a request, as the API lists it (`path` names the field). */
export interface ApiProblemDetail {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** A refusal or failure from the API, in plain English. */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: readonly ApiProblemDetail[] = [],
    readonly allowedEvents: readonly string[] = [],
  ) {
    super(message);
  }
}

/** A response body with the record's ETag, when the API sent one. */
export interface ApiResponse<Body> {
  readonly body: Body;
  readonly etag: string | undefined;
}

/** What {@link createApiClient} needs. */
export interface ApiClientOptions {
  /** The bearer token: an `asc_` API token or an OpenID Connect access token. */
  readonly token: string;
  /** Where the API is; default this page's origin. */
  readonly baseUrl?: string;
  /** Told when the API says the token is no longer good (401), so the page can ask to sign in again. */
  readonly onUnauthenticated?: () => void;
}

/** A query string's values; undefined and empty values are left out. */
export type QueryValues = Readonly<Record<string, string | number | undefined>>;

/** Calls to the API, with the token added. */
export interface ApiClient {
  get<Body>(path: string, query?: QueryValues): Promise<ApiResponse<Body>>;
  send<Body>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, options?: { readonly ifMatch?: string | undefined }): Promise<ApiResponse<Body>>;
  /** Sends a file (CSV or XLSX) as the request body. */
  upload<Body>(path: string, file: Blob, contentType: string, query?: QueryValues): Promise<ApiResponse<Body>>;
  /** Fetches a file to download (CSV, ICS, DOCX), with its suggested name. */
  download(path: string, query?: QueryValues): Promise<{ readonly blob: Blob; readonly fileName: string | undefined }>;
}

const NETWORK_FAILURE = 'The asc-assure server cannot be reached. Check your connection, then try again.';

async function problemFrom(response: Response): Promise<ApiProblem> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; problems?: unknown; allowedEvents?: unknown; requestId?: unknown } } | undefined)?.error;
  const message =
    typeof error?.message === 'string'
      ? error.message
      : response.status === 404
        ? 'The page or record you asked for does not exist, or you do not have access to it.'
        : `The server could not do this (HTTP ${response.status}). Try again, and tell your administrator if it keeps happening.`;
  return new ApiProblem(
    response.status,
    typeof error?.code === 'string' ? error.code : `http-${response.status}`,
    typeof error?.requestId === 'string' ? `${message} (reference ${error.requestId})` : message,
    Array.isArray(error?.problems) ? (error.problems as ApiProblemDetail[]) : [],
    Array.isArray(error?.allowedEvents) ? (error.allowedEvents as string[]) : [],
  );
}

function fileNameOf(response: Response): string | undefined {
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

/**
 * A client for the API at `baseUrl` (this page's origin by default).
 *
 * @example
 * const api = createApiClient({ token });
 * const { body } = await api.get<{ items: Council[] }>('/v1/councils');
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = options.baseUrl ?? globalThis.location?.origin ?? 'http://localhost';

  const urlOf = (path: string, query?: QueryValues): string => {
    const url = new URL(path, base);
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
    }
    return url.toString();
  };

  const call = async (url: string, init: RequestInit): Promise<Response> => {
    let response: Response;
    try {
      response = await fetch(url, { ...init, headers: { authorization: `Bearer ${options.token}`, accept: 'application/json', ...init.headers } });
    } catch {
      throw new ApiProblem(0, 'network', NETWORK_FAILURE);
    }
    if (response.ok) return response;
    if (response.status === 401) options.onUnauthenticated?.();
    throw await problemFrom(response);
  };

  const parsed = async <Body,>(response: Response): Promise<ApiResponse<Body>> => {
    const etag = response.headers.get('etag') ?? undefined;
    if (response.status === 204) return { body: undefined as Body, etag };
    return { body: (await response.json()) as Body, etag };
  };

  return {
    async get(path, query) {
      return parsed(await call(urlOf(path, query), { method: 'GET' }));
    },
    async send(method, path, body, sendOptions) {
      const headers: Record<string, string> = {};
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (sendOptions?.ifMatch !== undefined) headers['if-match'] = sendOptions.ifMatch;
      return parsed(await call(urlOf(path), { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }));
    },
    async upload(path, file, contentType, query) {
      return parsed(await call(urlOf(path, query), { method: 'POST', headers: { 'content-type': contentType }, body: file }));
    },
    async download(path, query) {
      const response = await call(urlOf(path, query), { method: 'GET', headers: { accept: '*/*' } });
      return { blob: await response.blob(), fileName: fileNameOf(response) };
    },
  };
}

/** A path under `/v1/councils/{councilId}`, with every segment encoded. */
export function councilPath(councilId: string, ...segments: readonly string[]): string {
  return ['/v1/councils', councilId, ...segments].map((segment, index) => (index === 0 ? segment : encodeURIComponent(segment))).join('/');
}
