import { describeStoreSuite } from './testing/store-suite.js';

describeStoreSuite('postgres');
