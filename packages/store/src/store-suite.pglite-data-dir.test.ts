import { describeStoreSuite } from './testing/store-suite.js';

describeStoreSuite('pglite-data-dir');
