import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { openApiDocument } from '../src/openapi-document.js';

/*
 * Writes the API's OpenAPI 3.1 document to a file (default dist/openapi.json): the build runs it
 * so the document ships with the package, and the client is generated from it.
 */
const target = resolve(process.argv[2] ?? 'dist/openapi.json');
const document = await openApiDocument();
await mkdir(dirname(target), { recursive: true });
await writeFile(target, `${JSON.stringify(document, null, 2)}\n`, 'utf8');
console.log(`Wrote ${target}`);
