import { defineConfig } from 'vitest/config';

// The tests run against a real Temporal dev server (TEMPORAL_ADDRESS) and bundle the workflow
// code with webpack first: seconds on a busy machine, so hooks get a generous timeout.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One file at a time: each starts a worker, and the machine has two cores.
    fileParallelism: false,
  },
});
