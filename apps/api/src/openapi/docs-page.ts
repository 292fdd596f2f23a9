/** The parts of an OpenAPI document the reference page shows. */
interface DocumentForPage {
  readonly info: { readonly title: string; readonly version: string; readonly description?: string | undefined };
  readonly paths?: Readonly<Record<string, object>> | undefined;
}

interface OperationForPage {
  readonly summary?: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly parameters?: readonly { readonly name?: string; readonly in?: string; readonly required?: boolean; readonly description?: string }[];
  readonly requestBody?: { readonly content?: Readonly<Record<string, unknown>> };
  readonly responses?: Readonly<Record<string, { readonly description?: string }>>;
  readonly 'x-asc-assure-access'?: { readonly scope: string; readonly permission?: string };
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

function accessText(access: OperationForPage['x-asc-assure-access']): string {
  if (access === undefined || access.scope === 'public') return 'no sign-in';
  if (access.scope === 'authenticated') return 'any signed-in caller';
  return `${access.scope} permission <code>${escapeHtml(access.permission ?? '')}</code>`;
}

function operationHtml(method: string, path: string, operation: OperationForPage): string {
  const parameters = (operation.parameters ?? [])
    .map((parameter) => `<li><code>${escapeHtml(parameter.name ?? '')}</code> (${escapeHtml(parameter.in ?? '')}${parameter.required === true ? ', required' : ''})${parameter.description === undefined ? '' : `: ${escapeHtml(parameter.description)}`}</li>`)
    .join('');
  const bodyTypes = Object.keys(operation.requestBody?.content ?? {});
  const responses = Object.entries(operation.responses ?? {})
    .map(([status, response]) => `<li><code>${escapeHtml(status)}</code> ${escapeHtml(response.description ?? '')}</li>`)
    .join('');
  return `<section class="operation">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(operation.summary ?? '')}</p>${operation.description === undefined ? '' : `\n<p class="description">${escapeHtml(operation.description)}</p>`}
<p class="access">Who: ${accessText(operation['x-asc-assure-access'])}</p>
${parameters === '' ? '' : `<h4>Parameters</h4><ul>${parameters}</ul>`}
${bodyTypes.length === 0 ? '' : `<h4>Body</h4><p>${bodyTypes.map((type) => `<code>${escapeHtml(type)}</code>`).join(', ')}</p>`}
<h4>Responses</h4><ul>${responses}</ul>
</section>`;
}

/**
 * A self-contained HTML reference of the API, rendered from its OpenAPI document: operations
 * grouped by tag, with parameters, bodies, responses and who may call each. No scripts, no CDN.
 */
export function renderReferencePage(document: DocumentForPage): string {
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Partial<Record<string, OperationForPage>>)[method];
      if (operation === undefined) continue;
      const tag = operation.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(method, path, operation)]);
    }
  }
  const contents = [...byTag.keys()].map((tag) => `<li><a href="#${encodeURIComponent(tag)}">${escapeHtml(tag)}</a></li>`).join('');
  const sections = [...byTag.entries()].map(([tag, operations]) => `<h2 id="${encodeURIComponent(tag)}">${escapeHtml(tag)}</h2>\n${operations.join('\n')}`).join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} ${escapeHtml(document.info.version)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #0b0c0c; line-height: 1.4; }
code { font-family: ui-monospace, monospace; background: #f3f2f1; padding: 0 .2em; }
.operation { border-top: 1px solid #b1b4b6; padding: .5rem 0; }
.method { display: inline-block; min-width: 4.5em; font-weight: bold; }
.get { color: #00703c; } .post { color: #1d70b8; } .put, .patch { color: #f47738; } .delete { color: #d4351c; }
.access, .description { color: #505a5f; }
h4 { margin: .5rem 0 .2rem; }
</style>
</head>
<body>
<h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>
<p>${escapeHtml(document.info.description ?? '')}</p>
<p>The machine-readable document is at <a href="/openapi.json"><code>/openapi.json</code></a> (OpenAPI 3.1).</p>
<ul>${contents}</ul>
${sections}
</body>
</html>
`;
}
