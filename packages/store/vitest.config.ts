import { defineConfig } from 'vitest/config';

// Opening a PGlite database compiles PostgreSQL's WebAssembly and runs initdb: seconds, more on
// a busy machine, so hooks get a generous timeout.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
