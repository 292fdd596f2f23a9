import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { activate, chooseRadio, keepScreenshot, launchBrowser, openPage, signIn, startDashboardServer, tabTo, typeInto, wcagViolations, type DashboardServer } from './harness.js';
import { openDashboardPage, typeDate } from './journey-helpers.js';

const COUNCIL = 'trafford';
const page$ = (name: string) => `#/c/${COUNCIL}/${name}`;

describe('the evidence bank, self-assessment, action plan, risk register and Information Return, in Chromium against the real API', () => {
  let server: DashboardServer;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    server = await startDashboardServer({ today: '2026-03-02', councilId: COUNCIL, councilName: 'Trafford Council' });
    const response = await fetch(`${server.baseUrl}/v1/councils/${COUNCIL}/assessments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ assessmentId: 'trafford-2026' }),
    });
    expect(response.status, await response.text()).toBe(201);
    browser = await launchBrowser();
    ({ page, consoleErrors } = await openPage(browser, server.baseUrl));
    await signIn(page, server.adminToken);
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await keepScreenshot(page, `failed-${context.task.name.slice(0, 60).replace(/[^a-z0-9]+/gi, '-')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds an evidence item by keyboard, showing each missing field beside it first', async () => {
    await openDashboardPage(page, page$('evidence'), 'Evidence bank');
    expect(await wcagViolations(page)).toEqual([]);
    await activate(page, page.getByRole('button', { name: 'Add an evidence item' }));
    await page.getByRole('heading', { level: 1, name: 'Add an evidence item' }).waitFor();
    await activate(page, page.getByRole('button', { name: 'Add the item' }));
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/title/i);
    expect(await page.locator('.govuk-form-group--error').count()).toBeGreaterThan(1);
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'evidence-01-add-errors');

    await typeInto(page, page.getByLabel('Title'), 'Adult Social Care Survey 2024-25');
    await typeInto(page, page.getByLabel('Description (optional)'), 'Satisfaction with care and support, by ethnicity and age.');
    await activate(page, page.getByRole('checkbox', { name: 'Assessing needs' }), 'Space');
    await activate(page, page.getByRole('checkbox', { name: 'Equity in experience and outcomes' }), 'Space');
    await activate(page, page.getByRole('checkbox', { name: "People's experience" }), 'Space');
    await typeInto(page, page.getByLabel('Owner'), 'BI team');
    await typeDate(page, 'effectiveFrom', '2025-04-01');
    await typeDate(page, 'reviewBy', '2026-04-01');
    await activate(page, page.getByRole('checkbox', { name: 'Equality and anti-discriminatory practice' }), 'Space');
    await activate(page, page.getByRole('button', { name: 'Add the item' }));
    await page.locator('.govuk-notification-banner--success').waitFor();
    expect(await page.getByTestId('evidence-table').textContent()).toContain('Adult Social Care Survey 2024-25');
  });

  it('filters the evidence bank by statement, tag and freshness, and searches it', async () => {
    const headers = { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' };
    const add = (body: object) => fetch(`${server.baseUrl}/v1/councils/${COUNCIL}/evidence`, { method: 'POST', headers, body: JSON.stringify(body) });
    expect((await add({ title: 'Safeguarding Adults Board minutes', qualityStatementIds: ['safeguarding'], evidenceCategoryIds: ['feedback-from-partners'], owner: 'SAB manager', effectiveFrom: '2025-01-10', reviewBy: '2025-06-30' })).status).toBe(201);
    expect((await add({ title: 'Carers strategy', qualityStatementIds: ['supporting-healthier-lives'], evidenceCategoryIds: ['processes'], owner: 'Commissioning', effectiveFrom: '2025-09-01', tags: ['unpaid-carers'] })).status).toBe(201);

    await openDashboardPage(page, page$('evidence'), 'Evidence bank');
    expect(await page.getByTestId('evidence-count').textContent()).toBe('3 items in the evidence bank.');
    await tabTo(page, page.getByLabel('Quality statement'));
    await page.getByLabel('Quality statement').selectOption('safeguarding');
    await activate(page, page.getByRole('button', { name: 'Apply filters' }));
    await expect.poll(() => page.getByTestId('evidence-count').textContent()).toBe('1 item matches the filters.');
    expect(await page.getByTestId('evidence-table').textContent()).toContain('Out of date');

    await openDashboardPage(page, `${page$('evidence')}?freshness=current`, 'Evidence bank');
    expect(await page.getByTestId('evidence-count').textContent()).toBe('1 item matches the filters.');
    // Its review date, 1 April 2026, is less than a month away on 2 March 2026.
    await openDashboardPage(page, `${page$('evidence')}?freshness=review-due-soon`, 'Evidence bank');
    expect(await page.getByTestId('evidence-table').textContent()).toContain('Adult Social Care Survey 2024-25');
    await openDashboardPage(page, `${page$('evidence')}?tag=unpaid-carers`, 'Evidence bank');
    expect(await page.getByTestId('evidence-table').textContent()).toContain('Carers strategy');
    await openDashboardPage(page, `${page$('evidence')}?search=survey`, 'Evidence bank');
    expect(await page.getByTestId('evidence-count').textContent()).toBe('1 item matches the filters.');
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'evidence-02-filtered');
  });

  it('edits an evidence item', async () => {
    await openDashboardPage(page, page$('evidence'), 'Evidence bank');
    await activate(page, page.getByRole('link', { name: 'Carers strategy' }));
    await page.getByRole('heading', { level: 1, name: /Edit/ }).waitFor();
    await typeInto(page, page.getByLabel('Owner'), 'Carers lead');
    await activate(page, page.getByRole('button', { name: 'Save changes' }));
    await page.locator('.govuk-notification-banner--success').waitFor();
    expect(await page.getByTestId('evidence-table').textContent()).toContain('Carers lead');
  });

  it('the import page asks for a spreadsheet and says what its columns are', async () => {
    await openDashboardPage(page, page$('evidence'), 'Evidence bank');
    await activate(page, page.getByRole('button', { name: 'Import a spreadsheet' }));
    await page.getByRole('heading', { level: 1, name: 'Import evidence from a spreadsheet' }).waitFor();
    await activate(page, page.getByRole('button', { name: 'Import' }));
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Choose a CSV or Excel file to import');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('downloads the evidence bank as an Excel workbook, by keyboard', async () => {
    await openDashboardPage(page, page$('evidence'), 'Evidence bank');
    const download = page.waitForEvent('download');
    await activate(page, page.getByRole('button', { name: 'Download as Excel' }));
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await file.path();
    const { size } = await import('node:fs/promises').then((fs) => fs.stat(path));
    expect(size).toBeGreaterThan(1000);
  });

  it('adds an improvement action and a risk, by keyboard', async () => {
    await openDashboardPage(page, page$('actions'), 'Actions and risks');
    expect(await wcagViolations(page)).toEqual([]);
    await activate(page, page.getByRole('button', { name: 'Add an action' }));
    await page.getByRole('heading', { level: 1, name: 'Add an improvement action' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await typeInto(page, page.getByLabel('Action', { exact: true }), 'Reduce the wait for a Care Act assessment');
    await typeInto(page, page.getByLabel('Owner'), 'Head of assessment');
    await typeDate(page, 'dueDate', '2026-02-27');
    await chooseRadio(page, page.getByRole('radio', { name: 'In progress' }));
    await activate(page, page.getByRole('checkbox', { name: 'Assessing needs' }), 'Space');
    await activate(page, page.getByRole('button', { name: 'Add the action' }));
    await page.locator('.govuk-notification-banner--success').waitFor();
    // Due 27 February, still in progress on 2 March: overdue.
    expect(await page.getByTestId('action-table').textContent()).toContain('Overdue by 3 days');

    await activate(page, page.getByRole('button', { name: 'Add a risk' }));
    await page.getByRole('heading', { level: 1, name: 'Add a risk' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await typeInto(page, page.getByLabel('Risk', { exact: true }), 'Assessment backlog grows over winter');
    await typeInto(page, page.getByLabel('Owner'), 'Director of Adult Social Services');
    await tabTo(page, page.getByLabel(/Likelihood/));
    await page.getByLabel(/Likelihood/).selectOption('4');
    await tabTo(page, page.getByLabel(/Impact/));
    await page.getByLabel(/Impact/).selectOption('4');
    await typeInto(page, page.getByLabel('Mitigation'), 'Agency assessors booked from November');
    await activate(page, page.getByRole('button', { name: 'Add the risk' }));
    await page.locator('.govuk-notification-banner--success').waitFor();
    expect(await page.getByTestId('risk-table').textContent()).toContain('High: 16');
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'actions-and-risks');
  });

  it('writes a self-assessment statement with an area for improvement linked to its action, and sees its evidence', async () => {
    await openDashboardPage(page, page$('self-assessment'), 'Self-assessment');
    expect(await wcagViolations(page)).toEqual([]);
    await activate(page, page.getByRole('link', { name: 'Assessing needs' }));
    await page.getByRole('heading', { level: 1, name: 'Assessing needs' }).waitFor();
    expect(await page.getByTestId('linked-evidence').textContent()).toContain('Adult Social Care Survey 2024-25');
    await typeInto(page, page.getByLabel('What we do and how we know it works'), 'Strengths-based assessments within 28 days for most people.');
    await typeInto(page, page.getByLabel('Strengths'), 'Trusted assessors in hospital discharge');
    await chooseRadio(page, page.getByRole('radio', { name: '2: Some shortfalls' }));
    await activate(page, page.getByRole('button', { name: 'Add an area for improvement' }));
    await typeInto(page, page.getByLabel('Area for improvement 1'), 'Waiting times for assessment are longer than we want');
    await activate(page, page.getByRole('checkbox', { name: 'Reduce the wait for a Care Act assessment' }), 'Space');
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'self-assessment-editor');
    await activate(page, page.getByRole('button', { name: 'Save the self-assessment' }));
    await page.locator('.govuk-notification-banner--success').waitFor();
    const table = await page.getByTestId('self-assessment-table').textContent();
    expect(table).toContain('2: Some shortfalls');
    expect(table).toContain('1 area');
  });

  it('records progress on an Information Return item with its owner', async () => {
    await openDashboardPage(page, page$('information-return'), 'Information Return');
    expect(await wcagViolations(page)).toEqual([]);
    const first = page.getByTestId('ir-table').getByRole('link').first();
    const title = (await first.textContent()) ?? '';
    await activate(page, first);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await typeInto(page, page.getByLabel('Owner'), 'Performance team');
    await chooseRadio(page, page.getByRole('radio', { name: 'Ready' }));
    await typeInto(page, page.getByLabel('Where the document is'), 'https://sharepoint.example/ir/strategy.pdf');
    await activate(page, page.getByRole('button', { name: 'Save progress' }));
    await page.locator('.govuk-notification-banner--success').waitFor();
    expect(await page.getByTestId('ir-progress').textContent()).toMatch(/^1 of \d+ items ready or submitted/);
    expect(await page.getByTestId('ir-table').textContent()).toContain('Performance team');
    await keepScreenshot(page, 'information-return');
  });

  it('offers a reader nothing a reader may not do', async () => {
    const readerToken = await server.issueToken({ principal: 'user:reader', displayName: 'Rita Reader', role: 'reader', councilId: COUNCIL });
    const { page: readerPage } = await openPage(browser, server.baseUrl);
    await signIn(readerPage, readerToken);
    await openDashboardPage(readerPage, page$('evidence'), 'Evidence bank');
    expect(await readerPage.getByRole('button', { name: 'Add an evidence item' }).count()).toBe(0);
    expect(await readerPage.getByRole('button', { name: 'Import a spreadsheet' }).count()).toBe(0);
    expect(await readerPage.getByRole('link', { name: 'Case tracking' }).count()).toBe(0);
    await openDashboardPage(readerPage, page$('actions'), 'Actions and risks');
    expect(await readerPage.getByRole('button', { name: 'Add an action' }).count()).toBe(0);
    await openDashboardPage(readerPage, page$('timeline'), 'Timeline');
    expect(await readerPage.getByRole('button', { name: 'Record it' }).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await readerPage.context().close();
  });
});
