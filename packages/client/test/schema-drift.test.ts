import { readFile } from 'node:fs/promises';
import type { OpenAPI3 } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { renderSchema } from '../scripts/render-schema.js';

describe('the generated types', () => {
  it('are those of the API as built: a route added or changed without `npm run generate` fails here', async () => {
    const document = JSON.parse(await readFile(new URL('../../../apps/api/dist/openapi.json', import.meta.url), 'utf8')) as OpenAPI3;
    const committed = await readFile(new URL('../src/schema.d.ts', import.meta.url), 'utf8');
    expect(committed === (await renderSchema(document)), 'src/schema.d.ts is out of date: run `npm run generate -w @asc-assure/client` and commit it').toBe(true);
  });
});
