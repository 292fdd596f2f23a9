import { defineConfig } from 'vitest/config';

// Opening PGlite compiles PostgreSQL's WebAssembly and runs initdb: seconds on a busy machine.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
