import { z } from '@hono/zod-openapi';

/** One problem with a request: where it is and what is wrong, in plain English. */
export const problemSchema = z
  .object({
    code: z.string().openapi({ example: 'schema-too_small' }),
    path: z.array(z.union([z.string(), z.number()])).openapi({ example: ['title'] }),
    message: z.string().openapi({ example: 'title: the title cannot be empty' }),
  })
  .openapi('Problem');

/** The body of every error response. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ description: 'Stable: programs switch on it.', example: 'precondition-failed' }),
      message: z.string().openapi({ description: 'Plain English, to show as it is.' }),
      problems: z.array(problemSchema).optional(),
      allowedEvents: z.array(z.string()).optional().openapi({ description: 'For a refused lifecycle event: the events the assessment can take now.' }),
      requestId: z.string().optional().openapi({ description: 'For a server fault: quote it to your administrator.' }),
    }),
  })
  .openapi('Error');

const errorContent = { 'application/json': { schema: errorBodySchema } };

/** The error responses of every authenticated route. */
export const AUTHENTICATED_ERROR_RESPONSES = {
  400: { description: 'The request cannot be used: every problem is listed, nothing was changed.', content: errorContent },
  401: { description: 'No token, or a token that is unknown, revoked or expired.', content: errorContent },
  429: { description: 'Too many requests: wait for `Retry-After` seconds.', content: errorContent },
} as const;

/** The error responses of council- and hub-scoped routes (besides the authenticated ones). */
export const SCOPED_ERROR_RESPONSES = {
  403: { description: 'Your role on this council does not allow this.', content: errorContent },
  404: { description: 'No such council, or one you have no role on (the two are not told apart), or no such record.', content: errorContent },
} as const;

/** The error responses of updates guarded by `If-Match`. */
export const CONDITIONAL_ERROR_RESPONSES = {
  412: { description: 'The record changed since you read it (your `If-Match` is stale): nothing was changed.', content: errorContent },
  428: { description: 'An update must send `If-Match` with the ETag last read.', content: errorContent },
} as const;

/** The error response of a request the lifecycle refuses, or a record that exists already. */
export const CONFLICT_ERROR_RESPONSE = {
  409: { description: 'Refused: the assessment cannot take this now, or the record exists already. Nothing was changed.', content: errorContent },
} as const;

/** The error response of an upload that is too large. */
export const PAYLOAD_ERROR_RESPONSES = {
  413: { description: 'The body is larger than the API accepts.', content: errorContent },
  415: { description: 'The body is not in a format this operation accepts.', content: errorContent },
} as const;

/** `{councilId}` in a path. */
export const councilIdParam = z
  .string()
  .min(1)
  .max(100)
  .openapi({ param: { name: 'councilId', in: 'path' }, example: 'gloucestershire' });

/** `{assessmentId}` in a path. */
export const assessmentIdParam = z
  .string()
  .min(1)
  .max(100)
  .openapi({ param: { name: 'assessmentId', in: 'path' }, example: 'glos-2024' });

/** Path parameters of council-scoped routes. */
export const councilParamsSchema = z.object({ councilId: councilIdParam });

/** Path parameters of assessment-scoped routes. */
export const assessmentParamsSchema = z.object({ councilId: councilIdParam, assessmentId: assessmentIdParam });

/** The `ETag` header of a versioned record. */
export const etagHeader = { ETag: { description: 'The version of the record, to send back in `If-Match` when changing it.', schema: { type: 'string' as const } } };

/** The `If-Match` header of an update. */
export const ifMatchHeaderSchema = z.object({
  'if-match': z.string().optional().openapi({ description: 'The ETag last read (required: 428 without it, 412 when stale).', example: '"v3"' }),
});
