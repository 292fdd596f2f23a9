import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', main: 'src/main.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  // Temporal is loaded only when ENGINE=temporal, and only if installed.
  external: ['@asc-assure/engine-temporal', '@temporalio/client'],
  // The OpenAPI document ships beside the code, for clients generated without running the API.
  onSuccess: 'tsx scripts/write-openapi.ts dist/openapi.json',
});
