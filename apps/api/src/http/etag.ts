import type { Context } from 'hono';
import { API_MESSAGES, ApiError } from './api-error.js';

/** The ETag of a record at a version: `"v3"`. Versions come from the store, so the tag is exact. */
export function versionTag(version: number): string {
  return `"v${version}"`;
}

/** What an update's `If-Match` header asks for: a version, or `*` (whatever is there now). */
export type IfMatch = { readonly kind: 'version'; readonly version: number } | { readonly kind: 'any' };

/**
 * Reads `If-Match` for an update of an existing record. No header: 428 (the client must say which
 * version it changed, so a change made since is never silently overwritten). A tag that is not
 * one of ours can never match: 412.
 */
export function requireIfMatch(c: Context, what: string): IfMatch {
  const header = c.req.header('if-match');
  if (header === undefined || header.trim() === '') throw new ApiError(428, 'precondition-required', API_MESSAGES.preconditionRequired);
  if (header.trim() === '*') return { kind: 'any' };
  const versions = header
    .split(',')
    .map((tag) => /^\s*(?:W\/)?"v(\d{1,9})"\s*$/.exec(tag)?.[1])
    .filter((digits): digits is string => digits !== undefined)
    .map(Number);
  const version = versions[0];
  if (version === undefined || versions.length !== 1) throw new ApiError(412, 'precondition-failed', API_MESSAGES.preconditionFailed(what));
  return { kind: 'version', version };
}

/** The version an update must find: the one in `If-Match`, or the current one for `*`. */
export function expectedVersion(ifMatch: IfMatch, currentVersion: number): number {
  return ifMatch.kind === 'any' ? currentVersion : ifMatch.version;
}

/** Whether a GET's `If-None-Match` names the current tag, so the answer can be 304 with no body. */
export function notModified(c: Context, tag: string): boolean {
  const header = c.req.header('if-none-match');
  if (header === undefined) return false;
  return header.split(',').some((candidate) => {
    const trimmed = candidate.trim();
    return trimmed === '*' || trimmed === tag || trimmed === `W/${tag}`;
  });
}
