/**
 * @asc-assure/framework: the CQC local authority assessment framework as typed, versioned data,
 * and the pure functions councils need around it. No I/O, no clock: dates are ISO `YYYY-MM-DD`
 * strings passed in.
 *
 * @packageDocumentation
 */
export * from './ids.js';
export { AscAssureError, InvalidInputError } from './errors.js';
export type { InputProblem } from './errors.js';
export { parseInput, problemsFromZodError } from './validation.js';
export * from './catalogue/index.js';
export * from './calendar/index.js';
export * from './scoring/index.js';
export * from './case-tracking/index.js';
export * from './readiness/index.js';
export {
  FRAMEWORK_JSON_SCHEMA_ID_PREFIX,
  FRAMEWORK_JSON_SCHEMA_NAMES,
  frameworkJsonSchema,
  frameworkJsonSchemas,
  frameworkZodSchema,
} from './json-schemas.js';
export type { FrameworkJsonSchema, FrameworkJsonSchemaName } from './json-schemas.js';
