import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPI3 } from 'openapi-typescript';
import { renderSchema } from './render-schema.js';

/*
 * Regenerates src/schema.d.ts from the API's OpenAPI document: the document the API build writes
 * (apps/api/dist/openapi.json, `npm run build -w @asc-assure/api`), or the file given as the
 * first argument. Run it after changing the API, and commit the result.
 */
const here = dirname(fileURLToPath(import.meta.url));
const source = resolve(process.argv[2] ?? resolve(here, '../../../apps/api/dist/openapi.json'));
const target = resolve(here, '../src/schema.d.ts');

let document: OpenAPI3;
try {
  document = JSON.parse(await readFile(source, 'utf8')) as OpenAPI3;
} catch (error) {
  throw new Error(`Could not read the OpenAPI document at ${source}: build the API first (\`npm run build -w @asc-assure/api\`).`, { cause: error });
}
await writeFile(target, await renderSchema(document), 'utf8');
console.log(`Wrote ${target}`);
