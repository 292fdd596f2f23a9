import { defineConfig } from 'vitest/config';

// These tests start the built worker (dist/bin.js) as a child process against a real Temporal
// dev server (TEMPORAL_ADDRESS) and PostgreSQL (DATABASE_URL): generous timeouts, one file at a time.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
