import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  banner: ({ format }) => (format === 'esm' ? { js: '' } : {}),
  // The Temporal SDK carries native code and webpack (for bundling workflows): never bundle it.
  // Workspace packages stay separate too, so the worker runs the same engine code as everyone.
  external: [/^@temporalio\//, /^@asc-assure\//],
});
