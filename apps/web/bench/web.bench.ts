/**
 * `npm run bench`: what the dashboard costs a council officer's browser.
 *
 * 1. JavaScript shipped for the first page, gzipped: the sign-in page (the entry chunk and what it
 *    imports) and the overview (the entry plus the overview page's chunks), against a 250 KB goal.
 * 2. Time to interactive of the overview in Debian's Chromium: navigation start to the moment the
 *    page marks its first data rendered (`data-ready`), against a static HTML page served by the
 *    same server in the same run. Cold cache every time (a new browser context per load).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser, startDashboardServer } from '../test/e2e/harness.js';

const APP_DIRECTORY = fileURLToPath(new URL('../dist/app/', import.meta.url));
const GOAL_BYTES = 250 * 1024;
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 15);

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
  readonly src?: string;
}

async function gzippedSize(file: string): Promise<number> {
  return gzipSync(await readFile(join(APP_DIRECTORY, file)), { level: 9 }).length;
}

/** The files a chunk loads before it runs: itself, its static imports (recursively) and their CSS. */
function filesOf(manifest: Readonly<Record<string, ManifestChunk>>, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (chunk === undefined || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const css of chunk.css ?? []) seen.add(css);
  for (const imported of chunk.imports ?? []) filesOf(manifest, imported, seen);
  return seen;
}

async function weigh(files: Iterable<string>): Promise<{ javascript: number; css: number }> {
  let javascript = 0;
  let css = 0;
  for (const file of files) {
    const size = await gzippedSize(file);
    if (file.endsWith('.js')) javascript += size;
    else if (file.endsWith('.css')) css += size;
  }
  return { javascript, css };
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((first, second) => first - second);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

const STATIC_PAGE = (cssFile: string) => `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Static baseline</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/${cssFile}"></head>
<body class="govuk-template__body"><main class="govuk-main-wrapper"><h1 class="govuk-heading-l">Overview</h1><p class="govuk-body" data-ready="static">Requires improvement, 61.1%.</p></main></body></html>`;

async function main(): Promise<void> {
  const manifest = JSON.parse(await readFile(join(APP_DIRECTORY, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry === true);
  const overviewKey = Object.keys(manifest).find((key) => key.endsWith('pages/overview-page.tsx'));
  if (entryKey === undefined || overviewKey === undefined) throw new Error('The build manifest has no entry or no overview page: run `npm run build` first.');
  const signInFiles = filesOf(manifest, entryKey);
  const overviewFiles = filesOf(manifest, overviewKey, new Set(signInFiles));
  const signIn = await weigh(signInFiles);
  const overview = await weigh(overviewFiles);
  const cssFile = [...signInFiles].find((file) => file.endsWith('.css'));
  if (cssFile === undefined) throw new Error('The entry has no stylesheet.');

  const server = await startDashboardServer({ today: '2026-03-02', extraPages: { '/static-baseline.html': STATIC_PAGE(cssFile) } });
  const headers = { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' };
  const scores = [2, 3, 2, 3, 3, 2, 3, 2, 2];
  const statements = ['assessing-needs', 'supporting-healthier-lives', 'equity-in-experience-and-outcomes', 'care-provision-integration-continuity', 'partnerships-and-communities', 'safe-systems-pathways-transitions', 'safeguarding', 'governance-management-sustainability', 'learning-improvement-innovation'];
  for (const [index, id] of statements.entries()) {
    await fetch(`${server.baseUrl}/v1/councils/${server.councilId}/self-assessment/${id}`, { method: 'PUT', headers, body: JSON.stringify({ narrative: 'How we do it.', strengths: [], areasForImprovement: [], selfScore: scores[index] }) });
    await fetch(`${server.baseUrl}/v1/councils/${server.councilId}/evidence`, { method: 'POST', headers, body: JSON.stringify({ title: `Evidence for ${id}`, qualityStatementIds: [id], evidenceCategoryIds: ['peoples-experience', 'processes'], owner: 'BI team', effectiveFrom: '2025-06-01' }) });
  }
  await fetch(`${server.baseUrl}/v1/councils/${server.councilId}/assessments`, { method: 'POST', headers, body: JSON.stringify({ assessmentId: 'bench-2026' }) });
  await fetch(`${server.baseUrl}/v1/councils/${server.councilId}/assessments/bench-2026/events`, { method: 'POST', headers, body: JSON.stringify({ type: 'notice.received', date: '2026-02-20' }) });

  const browser = await launchBrowser();
  const timeToReady = async (path: string): Promise<number> => {
    const context = await browser.newContext({ baseURL: server.baseUrl });
    // Runs before the page's own scripts: signs in as the bench's administrator and notes when the page marks itself ready.
    await context.addInitScript((token) => {
      sessionStorage.setItem('asc-assure.token', token);
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-ready]') !== null) {
          (window as unknown as { __readyAt?: number }).__readyAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    }, server.adminToken);
    const page = await context.newPage();
    await page.goto(path);
    await page.waitForFunction(() => typeof (window as unknown as { __readyAt?: number }).__readyAt === 'number', undefined, { timeout: 30_000 });
    const readyAt = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
    await context.close();
    return readyAt;
  };
  const overviewTimes: number[] = [];
  const staticTimes: number[] = [];
  try {
    // One warm-up of each (the server's first answers fill its caches), then alternate.
    await timeToReady(`/#/c/${server.councilId}/overview`);
    await timeToReady('/static-baseline.html');
    for (let run = 0; run < RUNS; run += 1) {
      overviewTimes.push(await timeToReady(`/#/c/${server.councilId}/overview`));
      staticTimes.push(await timeToReady('/static-baseline.html'));
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const rows: [string, string, string][] = [
    ['JavaScript, sign-in page (gzip)', kilobytes(signIn.javascript), `goal under ${kilobytes(GOAL_BYTES)}: ${signIn.javascript < GOAL_BYTES ? 'met' : 'NOT MET'}`],
    ['JavaScript, overview (gzip)', kilobytes(overview.javascript), `goal under ${kilobytes(GOAL_BYTES)}: ${overview.javascript < GOAL_BYTES ? 'met' : 'NOT MET'}`],
    ['CSS (gzip)', kilobytes(overview.css), 'GOV.UK Frontend without the GOV.UK font'],
    [`Overview ready, median of ${RUNS}`, `${percentile(overviewTimes, 0.5).toFixed(0)} ms`, `p90 ${percentile(overviewTimes, 0.9).toFixed(0)} ms`],
    [`Static HTML page ready, median of ${RUNS}`, `${percentile(staticTimes, 0.5).toFixed(0)} ms`, `p90 ${percentile(staticTimes, 0.9).toFixed(0)} ms`],
    ['Overview minus static page (median)', `${(percentile(overviewTimes, 0.5) - percentile(staticTimes, 0.5)).toFixed(0)} ms`, 'API calls, JavaScript and rendering'],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log('\nasc-assure web dashboard (headless Chromium, loopback, cold cache per load)\n');
  for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(10)}  ${note}`);
  if (overview.javascript >= GOAL_BYTES) process.exitCode = 1;
}

await main();
