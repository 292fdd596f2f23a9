import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A file of the built dashboard for a request path, or undefined when there is none: `/` is
 * `index.html`; hidden files (the build manifest in `.vite/`) and anything outside the folder
 * are never served.
 */
export async function dashboardFile(directory: string, path: string): Promise<Response | undefined> {
  let relative: string;
  try {
    relative = path === '/' ? 'index.html' : decodeURIComponent(path).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  if (relative.split(/[/\\]/).some((segment) => segment === '' || segment.startsWith('.'))) return undefined;
  const root = resolve(directory);
  const file = resolve(join(root, relative));
  if (!file.startsWith(root + sep)) return undefined;
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return undefined;
  }
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      // Built asset names carry a hash of their content; index.html must be fetched afresh.
      'Cache-Control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  });
}
