import { AscAssureError, type InputProblem } from '@asc-assure/framework';

/** The HTTP statuses the API answers errors with. */
export type ApiErrorStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 428 | 429 | 500 | 503;

/**
 * An error the API answers with a status and the body `{ error: { code, message, problems? } }`.
 * The message is plain English for whoever reads it (a council officer's tool shows it as is).
 */
export class ApiError extends AscAssureError {
  override readonly name = 'ApiError';
  readonly status: ApiErrorStatus;
  readonly problems: readonly InputProblem[] | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: ApiErrorStatus,
    code: string,
    message: string,
    options: { readonly problems?: readonly InputProblem[]; readonly headers?: Readonly<Record<string, string>>; readonly cause?: unknown } = {},
  ) {
    super(code, message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = status;
    this.problems = options.problems;
    this.headers = options.headers ?? {};
  }

  static override isInstance(error: unknown): error is ApiError {
    return AscAssureError.isInstance(error) && error.name === 'ApiError';
  }
}

/** Messages of the errors the HTTP layer itself raises. */
export const API_MESSAGES = {
  unauthenticated: 'Sign in first: send an API token or an identity token as "Authorization: Bearer <token>".',
  tokenNotRecognised: 'The token was not recognised, has been revoked or has expired. Ask your council administrator for a new one.',
  councilNotFound: (councilId: string) => `There is no council "${councilId}" that you can see.`,
  hubNotFound: (hubId: string) => `There is no hub "${hubId}" that you can see.`,
  forbidden: (role: string, permission: string) => `Your role (${role}) does not allow this (${permission}). Ask your council administrator if you need it.`,
  notFound: (what: string) => `${what} was not found.`,
  routeNotFound: 'There is nothing at this address. The API reference is at /docs.',
  preconditionRequired: 'Send the ETag you last read in an If-Match header, so that a change made by someone else since is not overwritten.',
  preconditionFailed: (what: string) => `${what} was changed by someone else since you read it. Read it again, reapply your change and send it with the new ETag.`,
  malformedJson: 'The request body is not valid JSON.',
  unsupportedMediaType: (expected: string) => `Send the body as ${expected}.`,
  payloadTooLarge: (limit: number) => `The request body is larger than this API accepts (${Math.round(limit / 1024)} KiB).`,
  rateLimited: (seconds: number) => `Too many requests: wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`,
  internal: (requestId: string) => `Something went wrong on the server. Nothing you sent was saved. If it happens again, give your administrator the request id ${requestId}.`,
  storeUnavailable: (requestId: string) => `The database cannot be reached just now. Try again in a minute; if it keeps happening, give your administrator the request id ${requestId}.`,
  invalidRequest: 'The request cannot be used',
} as const;
