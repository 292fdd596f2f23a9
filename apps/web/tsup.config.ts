import { defineConfig } from 'tsup';

// `vite build` writes the dashboard to dist/app first; this only adds dist/index.js beside it,
// so it must not clean dist.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: false,
  target: 'node20',
});
