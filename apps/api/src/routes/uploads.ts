import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ApiEnv } from '../api-env.js';
import { readTable, type TableFile } from '@asc-assure/documents';
import { ApiError } from '../http/api-error.js';

/** The media types of the tables an upload may be. */
export const TABLE_MEDIA_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The request body of an upload, for the OpenAPI document: the file's bytes as they are. */
export const tableUploadBody = {
  description: 'The file itself, as the body (not a form): CSV (UTF-8) or an Excel workbook (the first sheet is read). Headings in the first row.',
  required: true,
  content: {
    [TABLE_MEDIA_TYPES.csv]: { schema: z.string().openapi({ format: 'binary' }) },
    [TABLE_MEDIA_TYPES.xlsx]: { schema: z.string().openapi({ format: 'binary' }) },
  },
};

/** Reads an uploaded table; another content type is 415, a file that cannot be read 400. */
export async function uploadedTable(c: Context<ApiEnv>): Promise<TableFile> {
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  const format = type === TABLE_MEDIA_TYPES.csv ? 'csv' : type === TABLE_MEDIA_TYPES.xlsx ? 'xlsx' : undefined;
  if (format === undefined) {
    throw new ApiError(415, 'unsupported-media-type', `Send the file as ${TABLE_MEDIA_TYPES.csv} (a CSV file) or ${TABLE_MEDIA_TYPES.xlsx} (an Excel workbook), with the file itself as the body.`);
  }
  return readTable(new Uint8Array(await c.req.arrayBuffer()), format);
}
