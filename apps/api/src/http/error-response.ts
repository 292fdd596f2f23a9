import { AscAssureError, InvalidInputError, type InputProblem } from '@asc-assure/framework';
import { EventRefusedError } from '@asc-assure/lifecycle';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import type { ApiEnv } from '../api-env.js';
import { API_MESSAGES, ApiError, type ApiErrorStatus } from './api-error.js';

/** The body of every error response. */
export interface ApiErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly problems?: readonly InputProblem[];
    /** For a refused lifecycle event: the events the assessment can take now. */
    readonly allowedEvents?: readonly string[];
    readonly requestId?: string;
  };
}

/** Domain error codes and the status each is answered with. Anything else is a server error. */
const STATUS_OF_CODE: Readonly<Record<string, ApiErrorStatus>> = {
  'invalid-input': 400,
  'not-found': 404,
  'assessment-not-found': 404,
  'already-exists': 409,
  'assessment-already-exists': 409,
  'concurrent-update': 412,
  'store-unavailable': 503,
};

interface Answer {
  readonly status: ApiErrorStatus;
  readonly body: ApiErrorBody;
  readonly headers: Readonly<Record<string, string>>;
  /** Server faults are logged with their stack; the caller never sees it. */
  readonly fault: boolean;
}

function answerFor(error: unknown, requestId: string): Answer {
  if (ApiError.isInstance(error)) {
    const problems = error.problems === undefined ? {} : { problems: error.problems };
    return { status: error.status, body: { error: { code: error.code, message: error.message, ...problems } }, headers: error.headers, fault: error.status >= 500 };
  }
  if (EventRefusedError.isInstance(error)) {
    const problems = error.problems.length > 0 ? { problems: error.problems } : {};
    return {
      status: error.code === 'event-invalid' ? 400 : 409,
      body: { error: { code: error.code, message: error.message, ...problems, allowedEvents: error.allowedEvents } },
      headers: {},
      fault: false,
    };
  }
  if (InvalidInputError.isInstance(error)) {
    return { status: 400, body: { error: { code: error.code, message: error.message, problems: error.problems } }, headers: {}, fault: false };
  }
  if (error instanceof HTTPException) return answerForHttpException(error);
  if (AscAssureError.isInstance(error)) {
    const status = STATUS_OF_CODE[error.code];
    if (status === 503) return { status, body: { error: { code: error.code, message: API_MESSAGES.storeUnavailable(requestId), requestId } }, headers: { 'Retry-After': '30' }, fault: true };
    // Every stale write answers 412 with one code, whichever layer noticed it.
    const code = status === 412 ? 'precondition-failed' : error.code;
    if (status !== undefined) return { status, body: { error: { code, message: error.message } }, headers: {}, fault: false };
  }
  return { status: 500, body: { error: { code: 'internal-error', message: API_MESSAGES.internal(requestId), requestId } }, headers: {}, fault: true };
}

function answerForHttpException(error: HTTPException): Answer {
  switch (error.status) {
    case 400:
      return { status: 400, body: { error: { code: 'malformed-request', message: error.message.includes('JSON') ? API_MESSAGES.malformedJson : error.message } }, headers: {}, fault: false };
    case 413:
      return { status: 413, body: { error: { code: 'payload-too-large', message: error.message } }, headers: {}, fault: false };
    case 415:
      return { status: 415, body: { error: { code: 'unsupported-media-type', message: API_MESSAGES.unsupportedMediaType('the content type this operation documents (see /docs)') } }, headers: {}, fault: false };
    default:
      return { status: 500, body: { error: { code: 'internal-error', message: 'The request could not be handled.' } }, headers: {}, fault: true };
  }
}

/**
 * The API's `onError`: every error becomes `{ error: { code, message, problems? } }` with the
 * right status. Messages come from the error classes (written for council officers); a server
 * fault gets a generic message and the request id, and its stack, SQL and all go only to the log.
 */
export function errorResponse(error: unknown, c: Context<ApiEnv>, logger: Logger): Response {
  const requestId = c.get('requestId') ?? 'unknown';
  const answer = answerFor(error, requestId);
  if (answer.fault) logger.error({ err: error, requestId, method: c.req.method, path: c.req.path }, 'request failed');
  return c.json(answer.body, answer.status, { ...answer.headers });
}
