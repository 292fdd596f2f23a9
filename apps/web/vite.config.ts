import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const SYSTEM_FONT_STACK = 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif';

/**
 * GOV.UK Frontend's compiled CSS names the GDS Transport font and the GOV.UK crest, which only
 * GOV.UK services may use: drop the font faces, use the system font, and drop the crest image.
 */
function withoutGovukBrand(): Plugin {
  return {
    name: 'asc-assure:without-govuk-brand',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('govuk-frontend') || !id.split('?')[0]!.endsWith('.css')) return undefined;
      return code
        .replace(/@font-face\{[^}]*\}/g, '')
        .replaceAll('"GDS Transport",arial,sans-serif', SYSTEM_FONT_STACK)
        .replaceAll('GDS Transport,arial,sans-serif', SYSTEM_FONT_STACK)
        .replace(/url\(\/assets\/images\/govuk-crest\.svg\)/g, 'none');
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./src/app/', import.meta.url)),
  // Relative URLs: the dashboard works wherever the server mounts it.
  base: './',
  plugins: [withoutGovukBrand(), react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/app/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // Lists each entry and lazy page with its chunks and CSS: the benchmark reads it to weigh the first page.
    manifest: true,
  },
});
