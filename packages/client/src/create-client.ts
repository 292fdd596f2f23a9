import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema.js';

/** Options of {@link createAscAssureClient}. */
export interface AscAssureClientOptions {
  /** Where the API is, for example `https://asc-assure.example.gov.uk` or `http://127.0.0.1:3000`. */
  readonly baseUrl: string;
  /**
   * An API token (`asc_...`) or an identity token from the council's identity provider, or a
   * function returning one (called before every request, so a token can be refreshed).
   */
  readonly token: string | (() => string | Promise<string>);
  /** A fetch of your own (tests, proxies); default the global fetch. */
  readonly fetch?: ((input: Request) => Promise<Response>) | undefined;
}

/** A typed client of the asc-assure API: every path, parameter, body and response is typed. */
export type AscAssureClient = Client<paths>;

/**
 * A typed client of the asc-assure HTTP API, built on openapi-fetch from the API's OpenAPI
 * document. Calls return `{ data, error, response }`: `error` is the API's error body
 * (`{ error: { code, message, problems? } }`) when the status is not a success.
 *
 * @example
 * const api = createAscAssureClient({ baseUrl: 'http://127.0.0.1:3000', token: process.env.ASC_ASSURE_TOKEN! });
 * const { data, error } = await api.GET('/v1/councils/{councilId}/evidence', {
 *   params: { path: { councilId: 'gloucestershire' }, query: { qualityStatementId: 'safeguarding', limit: 50 } },
 * });
 */
export function createAscAssureClient(options: AscAssureClientOptions): AscAssureClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  const authorise: Middleware = {
    async onRequest({ request }) {
      const token = typeof options.token === 'function' ? await options.token() : options.token;
      request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
  client.use(authorise);
  return client;
}

/** The `If-Match` header that makes an update safe: pass the `ETag` of the version you read. */
export function ifMatch(etag: string | null | undefined): { 'if-match': string } {
  if (etag === null || etag === undefined || etag === '') throw new Error('There is no ETag to send: read the record first (its response carries an ETag header).');
  return { 'if-match': etag };
}
