/*
 * Writes the JSON Schema of every framework record to dist/json-schema/<name>.json, with an
 * index.json listing them, for tools outside TypeScript. Run after tsup by `npm run build`, or on
 * its own with `npm run json-schemas -w @asc-assure/framework`.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { frameworkJsonSchemas } from '../src/json-schemas.js';

const folder = fileURLToPath(new URL('../dist/json-schema/', import.meta.url));

await rm(folder, { recursive: true, force: true });
await mkdir(folder, { recursive: true });
const schemas = Object.entries(frameworkJsonSchemas());
await Promise.all(
  schemas.map(([name, schema]) => writeFile(`${folder}${name}.json`, `${JSON.stringify(schema, null, 2)}\n`, 'utf8')),
);
const index = schemas.map(([name, schema]) => ({ name, $id: schema.$id, title: schema.title, file: `${name}.json` }));
await writeFile(`${folder}index.json`, `${JSON.stringify(index, null, 2)}\n`, 'utf8');
console.log(`Wrote ${schemas.length} JSON Schemas to dist/json-schema/`);
