/**
 * @asc-assure/lifecycle/testing: the conformance suite every engine runs, the in-memory
 * reference engine it is proved on, and an example assessment on realistic dates. Imports
 * vitest (a peer dependency), so import it from tests only.
 *
 * @packageDocumentation
 */
export { describeEngineConformance } from './engine-conformance.js';
export type { EngineConformanceOptions, EngineHarness } from './engine-conformance.js';
export { createInMemoryEngine } from './in-memory-engine.js';
export type { InMemoryEngine, InMemoryEngineOptions } from './in-memory-engine.js';
export { EXAMPLE_ASSESSMENT_CONFIG, EXAMPLE_ASSESSMENT_EVENTS, EXAMPLE_RESERVE_IDS, EXAMPLE_TRACKED_IDS } from './example-assessment.js';
