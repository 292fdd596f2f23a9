import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiToken, createApp, DASHBOARD_CONTENT_SECURITY_POLICY as DASHBOARD_CSP_DIRECTIVES } from '@asc-assure/api';
import { createLocalEngine, createManualClock, type ManualClock } from '@asc-assure/engine-local';
import { addCouncilToHub, saveCouncil, saveHub, type Store } from '@asc-assure/store';
import { openTestStore } from '@asc-assure/store/testing';
import { serve, type ServerType } from '@hono/node-server';
import axeCore from 'axe-core';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/**
 * The built dashboard (`npm run build` writes it; the root `npm test` builds before testing). The
 * tests serve what ships, not the sources.
 */
const webAssetsDirectory = fileURLToPath(new URL('../../dist/app/', import.meta.url));

/** Where screenshots are kept (gitignored): one PNG per step of each journey. */
export const ARTIFACTS_DIRECTORY = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

/** Debian's Chromium: the tests never download a browser. */
const CHROMIUM_PATH = process.env.ASC_ASSURE_CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * The Content-Security-Policy the API serves the dashboard under (scripts, styles and data from
 * its own origin only, nothing inline), as a header value: a page that needed more fails here.
 */
export const DASHBOARD_CONTENT_SECURITY_POLICY = Object.entries(DASHBOARD_CSP_DIRECTIVES)
  .map(([name, sources]) => `${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)} ${sources.join(' ')}`)
  .join('; ');

/** A running API over an in-memory PGlite, serving the built dashboard, with a council and its administrator. */
export interface DashboardServer {
  readonly baseUrl: string;
  readonly store: Store;
  readonly clock: ManualClock;
  readonly councilId: string;
  readonly councilName: string;
  /** An administrator token of the council. */
  readonly adminToken: string;
  /** Issues another token (a reader, a hub administrator...). */
  issueToken(request: Parameters<typeof createApiToken>[1]): Promise<string>;
  close(): Promise<void>;
}

/** Starts the real API (engine-local, a manual clock on `today`) on a free loopback port. */
export async function startDashboardServer(options: {
  readonly today: string;
  readonly councilId?: string;
  readonly councilName?: string;
  readonly hubId?: string;
  /** More pages to serve beside the dashboard, by path (the benchmark's static baseline page). */
  readonly extraPages?: Readonly<Record<string, string>>;
}): Promise<DashboardServer> {
  try {
    await access(join(webAssetsDirectory, 'index.html'));
  } catch {
    throw new Error(`The dashboard is not built (no ${join(webAssetsDirectory, 'index.html')}): run \`npm run build -w @asc-assure/web\` first.`);
  }
  const testStore = await openTestStore('pglite-memory');
  const { store } = testStore;
  const clock = createManualClock(options.today);
  const engine = createLocalEngine({ store, clock });
  // The API serves the built dashboard itself, as `asc-assure serve` does.
  const app = createApp({ store, engine, clock, limits: { requestsPerMinute: 100_000, burst: 10_000 }, webAssetsDirectory });
  const councilId = options.councilId ?? 'gloucestershire';
  const councilName = options.councilName ?? 'Gloucestershire County Council';
  await saveCouncil(store, { id: councilId, name: councilName });
  if (options.hubId !== undefined) {
    await saveHub(store, { id: options.hubId, name: options.hubId });
    await addCouncilToHub(store, { hubId: options.hubId, councilId });
  }
  const { token: adminToken } = await createApiToken(store, { principal: 'user:assurance-lead', displayName: 'Alex Assurance', role: 'council-admin', councilId });

  const server: ServerType = await new Promise((resolve) => {
    const started = serve(
      {
        fetch: (request: Request, env: unknown) => {
          const url = new URL(request.url);
          const extra = options.extraPages?.[url.pathname];
          if (extra !== undefined) return new Response(extra, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': DASHBOARD_CONTENT_SECURITY_POLICY } });
          return app.fetch(request, env);
        },
        hostname: '127.0.0.1',
        port: 0,
      },
      () => resolve(started),
    );
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The test server did not report a port.');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    store,
    clock,
    councilId,
    councilName,
    adminToken,
    issueToken: async (request) => (await createApiToken(store, request)).token,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engine.close?.();
      await testStore.cleanup();
    },
  };
}

/** Starts Debian's Chromium, headless. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** How long a page step (a navigation, waiting for an element) may take before the test fails. */
const PAGE_TIMEOUT_MS = 60_000;

/** Opens a page that fails the test on any script error or refused resource (a CSP violation shows up here). */
export async function openPage(browser: Browser, baseUrl: string): Promise<{ page: Page; consoleErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: baseUrl });
  // Patient on a loaded two-core machine (Playwright's own default is 30 seconds): a slow step waits, it does not fail.
  context.setDefaultTimeout(PAGE_TIMEOUT_MS);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // 4xx answers the page expects (a refused event, a wrong token) are logged by Chromium as
    // failed resources; the page shows them itself. Anything else is a fault.
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) consoleErrors.push(message.text());
  });
  return { page, consoleErrors };
}

/** Keeps a full-page screenshot as a test artefact. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS_DIRECTORY, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIRECTORY, `${name}.png`), fullPage: true });
}

/** WCAG 2.2 AA and everything below it, as axe-core tags them. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary?: string }[];
}

/**
 * Runs axe-core in the page against WCAG 2.2 AA and returns its violations, each written as one
 * line a developer can act on (empty when the page passes).
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // Evaluated through the debugging protocol, so the page's CSP (no inline script) does not block it.
  if (!loaded) await page.evaluate(axeCore.source);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations;
  }, WCAG_TAGS);
  return (violations as AxeViolation[]).map(
    (violation) => `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * Presses Tab until `target` has focus (at most `limit` presses), so a test proves a control can
 * be reached by keyboard before it uses it. Throws if it cannot be reached.
 */
export async function tabTo(page: Page, target: Locator, limit = 250): Promise<void> {
  const handle = await target.elementHandle();
  if (handle === null) throw new Error('The control to tab to is not on the page.');
  for (let presses = 0; presses < limit; presses += 1) {
    if (await handle.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  if (await handle.evaluate((element) => element === document.activeElement)) return;
  throw new Error(`${String(target)} could not be reached with ${limit} presses of Tab.`);
}

/** Tabs to a field and types into it, replacing what was there. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Tabs to a control and presses Enter (links and buttons) or Space (checkboxes). */
export async function activate(page: Page, control: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, control);
  await page.keyboard.press(key);
}

/**
 * Chooses a radio button by keyboard as a person does: Tab reaches the group (its checked radio,
 * or the first), then the arrow keys move the choice until `radio` is checked.
 */
export async function chooseRadio(page: Page, radio: Locator): Promise<void> {
  const name = await radio.getAttribute('name');
  if (name === null) throw new Error(`${String(radio)} has no group name.`);
  const group = page.locator(`input[type="radio"][name="${name}"]`);
  const checked = page.locator(`input[type="radio"][name="${name}"]:checked`);
  await tabTo(page, (await checked.count()) > 0 ? checked : group.first());
  const size = await group.count();
  for (let presses = 0; presses <= size && !(await radio.isChecked()); presses += 1) await page.keyboard.press('ArrowDown');
  if (!(await radio.isChecked())) throw new Error(`${String(radio)} could not be chosen with the arrow keys.`);
}

/** Signs in with a token by keyboard alone, and waits for the first page after it. */
export async function signIn(page: Page, token: string): Promise<void> {
  await page.goto('/');
  const field = page.getByLabel('API token');
  await field.waitFor();
  await typeInto(page, field, token);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
