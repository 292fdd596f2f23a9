import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { activate, keepScreenshot, launchBrowser, openPage, signIn, startDashboardServer, wcagViolations, type DashboardServer } from './harness.js';

const STATEMENTS = [
  'assessing-needs',
  'supporting-healthier-lives',
  'equity-in-experience-and-outcomes',
  'care-provision-integration-continuity',
  'partnerships-and-communities',
  'safe-systems-pathways-transitions',
  'safeguarding',
  'governance-management-sustainability',
  'learning-improvement-innovation',
] as const;

describe("a hub's view of its councils, in Chromium against the real API", () => {
  let server: DashboardServer;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let hubToken: string;

  const call = async (method: string, path: string, body: unknown, token = hubToken) => {
    const response = await fetch(`${server.baseUrl}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.ok, `${method} ${path}: ${await response.clone().text()}`).toBe(true);
    return response;
  };

  beforeAll(async () => {
    server = await startDashboardServer({ today: '2026-03-02', councilId: 'gloucestershire', councilName: 'Gloucestershire County Council', hubId: 'south-west' });
    hubToken = await server.issueToken({ principal: 'user:hub-lead', displayName: 'Hana Hub', role: 'hub-admin', hubId: 'south-west' });
    await call('POST', '/v1/hubs/south-west/councils', { id: 'somerset', name: 'Somerset Council' });
    // Published results of each council's earlier assessment (recorded after the fact), and an assessment under way in Gloucestershire.
    const published = [
      { councilId: 'gloucestershire', scores: [2, 3, 2, 3, 3, 2, 3, 2, 2], rating: 'requires-improvement' },
      { councilId: 'somerset', scores: [3, 3, 2, 3, 3, 3, 3, 3, 3], rating: 'good' },
    ];
    for (const result of published) {
      await call('POST', `/v1/councils/${result.councilId}/assessments`, { assessmentId: `${result.councilId}-2024` });
      await call('PUT', `/v1/councils/${result.councilId}/assessments/${result.councilId}-2024/published-result`, {
        publishedOn: '2024-11-01',
        rating: result.rating,
        scores: Object.fromEntries(STATEMENTS.map((id, index) => [id, result.scores[index]])),
      });
    }
    await call('POST', '/v1/councils/gloucestershire/assessments', { assessmentId: 'glos-2026' });
    await call('POST', '/v1/councils/gloucestershire/assessments/glos-2026/events', { type: 'notice.received', date: '2026-02-02' });
    browser = await launchBrowser();
    ({ page, consoleErrors } = await openPage(browser, server.baseUrl));
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await keepScreenshot(page, `failed-hub-${context.task.name.slice(0, 50).replace(/[^a-z0-9]+/gi, '-')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a hub administrator lands on the hub: every council with its stage, next deadline and overdue items', async () => {
    await signIn(page, hubToken);
    await page.getByTestId('hub-table').waitFor();
    const table = (await page.getByTestId('hub-table').textContent()) ?? '';
    expect(table).toContain('Gloucestershire County Council');
    expect(table).toContain('Somerset Council');
    expect(table).toContain('3 of 6');
    expect(table).toContain('Information Return due');
    expect(table).toContain('Not all statements scored');
  });

  it('compares the councils’ published scores statement by statement, with a table of the same', async () => {
    const scores = (await page.getByTestId('published-scores-table').textContent()) ?? '';
    expect(scores).toContain('Somerset Council');
    expect(scores).toContain('3: Good standard');
    expect(await page.locator('svg[aria-labelledby="scores-chart-title scores-chart-desc"]').count()).toBe(1);
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'hub');
  });

  it('lists every council the hub administrator can open', async () => {
    await activate(page, page.getByRole('link', { name: 'All councils' }));
    await page.getByRole('heading', { level: 1, name: 'Your councils' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Somerset Council');
    expect(await wcagViolations(page)).toEqual([]);
    await activate(page, page.getByRole('link', { name: 'Hub: south-west' }));
    await page.getByTestId('hub-table').waitFor();
  });

  it('goes from the hub to a council by keyboard', async () => {
    await activate(page, page.getByRole('link', { name: 'Somerset Council' }));
    await page.locator('[data-ready="overview"]').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
