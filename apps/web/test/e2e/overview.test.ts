import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { activate, keepScreenshot, launchBrowser, openPage, signIn, startDashboardServer, wcagViolations, type DashboardServer } from './harness.js';

const QUALITY_STATEMENT_SCORES = {
  'assessing-needs': 2,
  'supporting-healthier-lives': 3,
  'equity-in-experience-and-outcomes': 2,
  'care-provision-integration-continuity': 3,
  'partnerships-and-communities': 3,
  'safe-systems-pathways-transitions': 2,
  safeguarding: 3,
  'governance-management-sustainability': 2,
  'learning-improvement-innovation': 2,
} as const;

describe('the overview, in Chromium against the real API', () => {
  let server: DashboardServer;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    server = await startDashboardServer({ today: '2026-03-02' });
    const headers = { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' };
    for (const [qualityStatementId, selfScore] of Object.entries(QUALITY_STATEMENT_SCORES)) {
      const response = await fetch(`${server.baseUrl}/v1/councils/${server.councilId}/self-assessment/${qualityStatementId}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ narrative: `How we do ${qualityStatementId}.`, strengths: ['A strength'], areasForImprovement: [], selfScore }),
      });
      expect(response.status, await response.text()).toBe(201);
    }
    browser = await launchBrowser();
    ({ page, consoleErrors } = await openPage(browser, server.baseUrl));
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await keepScreenshot(page, `failed-${context.task.name.slice(0, 60).replace(/[^a-z0-9]+/gi, '-')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks for a token and refuses one it does not know, saying why', async () => {
    await page.goto('/');
    await page.getByLabel('API token').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByLabel('API token').fill('asc_not-a-real-token');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.govuk-error-summary').textContent()).toContain('not recognised');
    expect(await page.title()).toMatch(/^Error: /);
    await keepScreenshot(page, 'sign-in-refused');
  });

  it('a council administrator signs in by keyboard and sees the predicted rating with its position in the band', async () => {
    await signIn(page, server.adminToken);
    await page.locator('[data-ready="overview"]').waitFor();
    // 22 of 36 is 61.1%: requires improvement, high in its band (39% to 62%).
    expect(await page.getByTestId('predicted-rating').textContent()).toBe('Requires improvement');
    const body = await page.locator('main').textContent();
    expect(body).toContain('61.1%');
    expect(body).toContain('High in the Requires improvement band');
    expect(body).toContain('Good needs');
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'overview');
  });

  it('drills down from a heatmap cell to the evidence behind it, by keyboard', async () => {
    const cell = page.locator('svg a').first();
    const label = await cell.getAttribute('aria-label');
    expect(label).toContain('Assessing needs');
    await activate(page, cell);
    await page.waitForURL(/#\/c\/gloucestershire\/evidence\?/);
    expect(page.url()).toContain('statement=assessing-needs');
    expect(consoleErrors).toEqual([]);
  });
});
