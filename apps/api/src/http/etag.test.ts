import fc from 'fast-check';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.js';
import { expectedVersion, notModified, requireIfMatch, versionTag, type IfMatch } from './etag.js';

async function ifMatchOf(header: string | undefined): Promise<IfMatch | ApiError> {
  const app = new Hono();
  let outcome: IfMatch | ApiError | undefined;
  app.get('/', (c) => {
    try {
      outcome = requireIfMatch(c, 'The record');
    } catch (error) {
      outcome = error as ApiError;
    }
    return c.body(null, 204);
  });
  await app.request('/', { headers: header === undefined ? {} : { 'if-match': header } });
  if (outcome === undefined) throw new Error('the handler did not run');
  return outcome;
}

describe('ETags for safe concurrent edits', () => {
  it('reads back the version of every tag it hands out, weak or strong', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 999_999_999 }), fc.boolean(), async (version, weak) => {
        const outcome = await ifMatchOf(`${weak ? 'W/' : ''}${versionTag(version)}`);
        expect(outcome).toEqual({ kind: 'version', version });
      }),
      { numRuns: 50 },
    );
  });

  it('asks for If-Match (428) when an update sends none', async () => {
    const outcome = await ifMatchOf(undefined);
    expect(ApiError.isInstance(outcome) && outcome.status).toBe(428);
  });

  it('treats a tag it never handed out as stale (412), never as "no check"', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string().filter((text) => text.trim() !== '' && text.trim() !== '*' && !text.includes('"v')), async (header) => {
        const outcome = await ifMatchOf(header);
        expect(ApiError.isInstance(outcome) && outcome.status).toBe(412);
      }),
      { numRuns: 50 },
    );
  });

  it('lets If-Match: * stand for whatever version is there now', async () => {
    const outcome = await ifMatchOf('*');
    expect(outcome).toEqual({ kind: 'any' });
    expect(expectedVersion({ kind: 'any' }, 7)).toBe(7);
    expect(expectedVersion({ kind: 'version', version: 3 }, 7)).toBe(3);
  });

  it('answers 304 only for the current tag', async () => {
    const app = new Hono();
    app.get('/', (c) => c.text(String(notModified(c, versionTag(4)))));
    const answer = async (header: string) => (await app.request('/', { headers: { 'if-none-match': header } })).text();
    expect(await answer('"v4"')).toBe('true');
    expect(await answer('W/"v4"')).toBe('true');
    expect(await answer('"v3", "v4"')).toBe('true');
    expect(await answer('"v3"')).toBe('false');
  });
});
