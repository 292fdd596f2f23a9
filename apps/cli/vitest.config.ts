import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The command-line tests run the built binary: the setup builds it first when src is newer.
    globalSetup: ['test/build-binary.ts'],
    // Each test starts `asc-assure` (and its embedded database) as a child process.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores are shared: one test file at a time keeps the child processes from starving.
    fileParallelism: false,
  },
});
