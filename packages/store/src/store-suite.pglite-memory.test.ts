import { describeStoreSuite } from './testing/store-suite.js';

describeStoreSuite('pglite-memory');
