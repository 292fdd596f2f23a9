import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardFile } from './dashboard-files.js';

describe('dashboardFile', () => {
  let parent: string;
  let directory: string;
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'asc-assure-dashboard-'));
    directory = join(parent, 'app');
    await mkdir(join(directory, 'assets'), { recursive: true });
    await mkdir(join(directory, '.vite'), { recursive: true });
    await writeFile(join(directory, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(join(directory, 'assets', 'index-abc123.js'), 'console.log(1)');
    await writeFile(join(directory, '.vite', 'manifest.json'), '{}');
    await writeFile(join(parent, 'secret.txt'), 'not yours');
  });
  afterAll(async () => rm(parent, { recursive: true, force: true }));

  it('serves index.html at / without caching, and hashed assets for a year', async () => {
    const index = await dashboardFile(directory, '/');
    expect(index?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index?.headers.get('cache-control')).toBe('no-cache');
    expect(await index?.text()).toContain('<title>x</title>');
    const asset = await dashboardFile(directory, '/assets/index-abc123.js');
    expect(asset?.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset?.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('never serves hidden files, anything outside the folder, or a path it cannot decode', async () => {
    for (const path of ['/.vite/manifest.json', '/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '//etc/passwd', '/%E0%A4%A', '/missing.js', '/assets/']) {
      expect(await dashboardFile(directory, path), path).toBeUndefined();
    }
  });
});
