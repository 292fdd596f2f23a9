import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/** The text of src/schema.d.ts for an OpenAPI document: what `npm run generate` writes and the drift test compares. */
export async function renderSchema(document: OpenAPI3): Promise<string> {
  // A field with a default may be left out of a request, so it stays optional in the types.
  const nodes = await openapiTS(document, { alphabetize: false, exportType: false, defaultNonNullable: false });
  const banner = `/**\n * Types of the asc-assure API ${document.info.version}, generated from its OpenAPI document by\n * scripts/generate.ts (openapi-typescript). Do not edit by hand: run \`npm run generate -w @asc-assure/client\`.\n */\n\n`;
  return banner + astToString(nodes);
}
