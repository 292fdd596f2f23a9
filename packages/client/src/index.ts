/**
 * @asc-assure/client: a typed HTTP client of the asc-assure API, generated from its OpenAPI 3.1
 * document (openapi-typescript) and built on openapi-fetch.
 *
 * @packageDocumentation
 */
export { createAscAssureClient, ifMatch } from './create-client.js';
export type { AscAssureClient, AscAssureClientOptions } from './create-client.js';
export type { components, operations, paths } from './schema.js';

import type { components } from './schema.js';

/** The body of every error response. */
export type AscAssureErrorBody = components['schemas']['Error'];
/** An evidence item as the API returns it. */
export type EvidenceItem = components['schemas']['EvidenceItem'];
/** An assessment as the API returns it. */
export type Assessment = components['schemas']['Assessment'];
