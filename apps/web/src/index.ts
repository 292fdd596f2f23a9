/**
 * @asc-assure/web: the asc-assure dashboard, built as static files (HTML, JavaScript, CSS) for
 * the API and `asc-assure serve` to serve.
 *
 * @packageDocumentation
 */
import { fileURLToPath } from 'node:url';

/**
 * The absolute path of the built dashboard (`index.html` and its `assets/` folder). Serve every
 * file in it as it is; the dashboard routes with the URL hash, so only `/` needs `index.html`.
 *
 * @example
 * import { webAssetsDirectory } from '@asc-assure/web';
 * app.use('/*', serveStatic({ root: webAssetsDirectory }));
 */
export const webAssetsDirectory: string = fileURLToPath(new URL('./app/', import.meta.url));
