import { describe, expect, it } from 'vitest';
import { renderReferencePage } from './docs-page.js';

describe('the reference page', () => {
  it('lists each operation under its tag with who may call it, and escapes what it shows', () => {
    const html = renderReferencePage({
      info: { title: 'API <test>', version: '1' },
      paths: {
        '/v1/things/{id}': {
          get: { tags: ['Things'], summary: 'A <b>thing</b>', 'x-asc-assure-access': { scope: 'council', permission: 'evidence.read' }, responses: { 200: { description: 'ok' } } },
        },
      },
    });
    expect(html).toContain('<h2 id="Things">Things</h2>');
    expect(html).toContain('A &lt;b&gt;thing&lt;/b&gt;');
    expect(html).toContain('API &lt;test&gt;');
    expect(html).toContain('<code>evidence.read</code>');
    expect(html).not.toContain('<script');
  });
});
