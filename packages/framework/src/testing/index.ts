/**
 * `@asc-assure/framework/testing`: synthetic data and fixtures for tests, demonstrations and
 * benchmarks. Nothing here is real personal data; nothing here belongs in production code.
 *
 * @packageDocumentation
 */
export { generateSyntheticExtract } from '../case-tracking/synthetic-extract.js';
export type { SyntheticExtractOptions } from '../case-tracking/synthetic-extract.js';
export { generateSyntheticEvidenceBank, generateSyntheticSelfAssessment } from '../readiness/synthetic-council.js';
export type {
  SyntheticEvidenceBankOptions,
  SyntheticSelfAssessment,
  SyntheticSelfAssessmentOptions,
} from '../readiness/synthetic-council.js';
export { APPENDIX_2_PUBLISHED_RESULTS } from './appendix-2-published-results.js';
export type { Appendix2PublishedResult } from './appendix-2-published-results.js';
export {
  EXAMPLE_CASE_DETAILS,
  EXAMPLE_CASE_TRACKING_AS_OF,
  EXAMPLE_PSEUDONYMISATION_KEY,
  exampleCaseTrackingList,
} from './case-tracking-examples.js';
export { invalidInputThrownBy } from './invalid-input.js';
