import { generateSyntheticExtract } from '@asc-assure/framework/testing';
import ExcelJS from 'exceljs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { extractGrid, personalDetailsFor, writeCsv, writeExtractWorkbook } from './extract-files.js';
import { activate, ARTIFACTS_DIRECTORY, keepScreenshot, launchBrowser, openPage, signIn, startDashboardServer, tabTo, wcagViolations, type DashboardServer } from './harness.js';
import { chooseFile, openDashboardPage } from './journey-helpers.js';

const COUNCIL = 'somerset';
const ASSESSMENT = 'somerset-2026';
const page$ = (name: string) => `#/c/${COUNCIL}/${name}`;
const FILES = join(ARTIFACTS_DIRECTORY, 'spreadsheets');

const EVIDENCE_HEADINGS = ['Title', 'Quality statements', 'Evidence categories', 'Owner', 'Effective from', 'Review date', 'Tags', 'Link'];
const SURVEY = ['Adult Social Care Survey 2024-25', 'Assessing needs; Equity in experience and outcomes', "People's experience", 'BI team', '01/04/2025', '01/04/2026', 'Equality and anti-discriminatory practice', 'https://intranet.example/ascs'];
const CARERS = ['Carers strategy 2025-2028', 'Supporting people to live healthier lives', 'Processes', 'Commissioning', '2025-09-01', '31/02/2026', '', ''];
const BOARD = ['Safeguarding Adults Board annual report', 'QS12', 'Feedback from partners; Outcomes', 'SAB manager', '2025-07-15', '', '', ''];

/** One row per download: the first sheet of a workbook the dashboard downloaded, as cell text. */
async function workbookRows(download: Download): Promise<{ sheets: string[]; rows: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  const first = workbook.worksheets[0]!;
  const rows: string[][] = [];
  first.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text;
    });
    rows.push(Array.from(cells, (cell) => cell ?? ''));
  });
  return { sheets, rows };
}

/** Every cell of every sheet of a downloaded workbook, as text. */
async function everyCellText(download: Download): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const texts: string[] = [];
  for (const sheet of workbook.worksheets) sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell((cell) => void texts.push(cell.text)));
  return texts.join('\n');
}

describe('importing the evidence bank from a spreadsheet, and proposing and exporting the case list, in Chromium against the real API', () => {
  let server: DashboardServer;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  const api = (path: string, init: RequestInit = {}) => fetch(`${server.baseUrl}/v1/councils/${COUNCIL}${path}`, { ...init, headers: { authorization: `Bearer ${server.adminToken}`, ...init.headers } });

  beforeAll(async () => {
    await mkdir(FILES, { recursive: true });
    server = await startDashboardServer({ today: '2026-04-01', councilId: COUNCIL, councilName: 'Somerset Council' });
    const started = await api('/assessments', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ assessmentId: ASSESSMENT }) });
    expect(started.status, await started.text()).toBe(201);
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

  it('refuses an evidence spreadsheet with bad rows, showing each problem beside its row, and saves nothing', async () => {
    const file = join(FILES, 'evidence-with-errors.csv');
    await writeCsv(file, [EVIDENCE_HEADINGS, SURVEY, CARERS, BOARD]);
    await openDashboardPage(page, page$('evidence'), 'Evidence bank');
    await activate(page, page.getByRole('button', { name: 'Import a spreadsheet' }));
    await page.getByRole('heading', { level: 1, name: 'Import evidence from a spreadsheet' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await chooseFile(page, page.getByLabel('Spreadsheet (CSV or Excel .xlsx)'), file);
    await activate(page, page.getByRole('button', { name: 'Import', exact: true }));

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
    expect(await summary.textContent()).toContain('2 rows of evidence-with-errors.csv cannot be imported, so nothing was imported');
    expect(await page.title()).toMatch(/^Error: /);
    const table = page.getByTestId('import-row-errors');
    expect(await table.locator('tbody tr').count()).toBe(2);
    // Row 3 (the carers strategy): a 31 February review date, shown beside the row with what the cell holds.
    const carers = table.locator('tr[data-row="3"]');
    expect(await carers.textContent()).toContain('Carers strategy 2025-2028');
    expect(await carers.textContent()).toContain('Review date');
    expect(await carers.textContent()).toContain('The cell holds: 31/02/2026');
    // Row 4 (the board's report): a quality statement that does not exist.
    const board = table.locator('tr[data-row="4"]');
    expect(await board.textContent()).toContain('Safeguarding Adults Board annual report');
    expect(await board.textContent()).toContain("'QS12' is not a quality statement");
    expect(await table.textContent()).not.toContain('Adult Social Care Survey');
    // The summary's link takes keyboard users to the row.
    await activate(page, summary.getByRole('link', { name: /^Row 4:/ }));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-row-4');
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'spreadsheets-01-evidence-import-refused');

    const bank = (await (await api('/evidence')).json()) as { items: unknown[] };
    expect(bank.items).toEqual([]);
  });

  it('imports the corrected spreadsheet: every item appears in the evidence bank', async () => {
    const file = join(FILES, 'evidence.csv');
    // Corrected, with a column the evidence bank has no field for.
    await writeCsv(file, [[...EVIDENCE_HEADINGS, 'RAG'], [...SURVEY, 'Green'], [...CARERS.with(5, '28/02/2026'), 'Amber'], [...BOARD.with(1, 'QS7'), 'Green']]);
    await chooseFile(page, page.getByLabel('Spreadsheet (CSV or Excel .xlsx)'), file);
    await activate(page, page.getByRole('button', { name: 'Import', exact: true }));
    await page.getByRole('heading', { level: 1, name: 'Evidence bank' }).waitFor();
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('3 evidence items imported from evidence.csv: 3 added, 0 updated. Columns not imported: RAG.');
    await page.locator('.app-loading').waitFor({ state: 'detached' });
    expect(await page.getByTestId('evidence-count').textContent()).toBe('3 items in the evidence bank.');
    const table = await page.getByTestId('evidence-table').textContent();
    for (const title of ['Adult Social Care Survey 2024-25', 'Carers strategy 2025-2028', 'Safeguarding Adults Board annual report']) expect(table).toContain(title);
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'spreadsheets-02-evidence-imported');

    await openDashboardPage(page, `${page$('evidence')}?statement=safeguarding`, 'Evidence bank');
    expect(await page.getByTestId('evidence-table').textContent()).toContain('Safeguarding Adults Board annual report');
  });

  it('imports the evidence bank’s own Excel download back unchanged: the same items are updated, none added', async () => {
    await openDashboardPage(page, page$('evidence'), 'Evidence bank');
    const downloaded = page.waitForEvent('download');
    await activate(page, page.getByRole('button', { name: 'Download as Excel' }));
    const workbook = join(FILES, 'evidence-bank.xlsx');
    await (await downloaded).saveAs(workbook);
    await activate(page, page.getByRole('button', { name: 'Import a spreadsheet' }));
    await page.getByRole('heading', { level: 1, name: 'Import evidence from a spreadsheet' }).waitFor();
    await chooseFile(page, page.getByLabel('Spreadsheet (CSV or Excel .xlsx)'), workbook);
    await activate(page, page.getByRole('button', { name: 'Import', exact: true }));
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('3 evidence items imported from evidence-bank.xlsx: 0 added, 3 updated.');
    await page.locator('.app-loading').waitFor({ state: 'detached' });
    expect(await page.getByTestId('evidence-count').textContent()).toBe('3 items in the evidence bank.');
  });

  const people = generateSyntheticExtract({ count: 400, seed: 'spreadsheets-e2e', asOf: '2026-04-01' });
  const grid = extractGrid(people);
  const listedIds = async () => (await page.getByTestId('case-list-table').locator('tbody tr td:nth-child(2)').allTextContents()).map((text) => text.trim());
  let proposedIds: string[] = [];
  let csvRequestBody = '';

  it('proposes the case list from a CSV extract: only the columns the list needs leave the browser', async () => {
    const badFile = join(FILES, 'extract-with-a-bad-row.csv');
    await writeCsv(badFile, grid.slice(0, 6).map((row, index) => (index === 4 ? row.with(8, '31/04/2026') : row)));
    const file = join(FILES, 'extract.csv');
    await writeCsv(file, grid);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/case-list/proposal')) sent.push(request.postData() ?? '');
    });

    await openDashboardPage(page, page$('case-tracking'), 'Case tracking');
    expect(await wcagViolations(page)).toEqual([]);
    // A row the API refuses is named by its spreadsheet row and the file's own heading; nothing is saved.
    await chooseFile(page, page.getByLabel('Extract (CSV, Excel or JSON)'), badFile);
    await activate(page, page.getByRole('button', { name: 'Propose 50 people' }));
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Row 5 (Latest assessment “31/04/2026”): is not a real calendar date');
    expect(await page.getByText('No list has been proposed yet.').count()).toBe(1);
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'spreadsheets-03-extract-refused');

    await chooseFile(page, page.getByLabel('Extract (CSV, Excel or JSON)'), file);
    await activate(page, page.getByRole('button', { name: 'Propose 50 people' }));
    await page.getByTestId('proposal-summary').waitFor();
    expect(await page.getByTestId('case-list-status').textContent()).toContain('50 people on the list');
    expect(await page.getByTestId('columns-not-sent').textContent()).toBe('Columns not sent (they stayed on this computer): Name, NHS number, Date of birth, Address.');
    expect(sent).toHaveLength(2);
    const body = sent[1]!;
    csvRequestBody = body;
    expect(JSON.parse(body).rows).toHaveLength(400);
    for (let index = 0; index < people.length; index += 1) {
      const details = personalDetailsFor(index);
      for (const value of [details.name, details.nhsNumber, details.address]) expect(body).not.toContain(value);
    }
    await activate(page, page.locator('summary', { hasText: 'Show the 50 people on the list' }));
    proposedIds = await listedIds();
    expect(proposedIds).toHaveLength(50);
    for (const id of proposedIds) expect(id).toMatch(/^P-[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'spreadsheets-04-proposed-from-csv');
  });

  it('proposes the same list from the same extract saved as Excel, read in the browser', async () => {
    const file = join(FILES, 'extract.xlsx');
    await writeExtractWorkbook(file, grid);
    await openDashboardPage(page, page$('case-tracking'), 'Case tracking');
    await chooseFile(page, page.getByLabel('Extract (CSV, Excel or JSON)'), file);
    const answered = page.waitForResponse((response) => response.url().endsWith('/case-list/proposal'));
    await activate(page, page.getByRole('button', { name: 'Propose 50 people' }));
    const response = await answered;
    // The workbook read in the browser gives exactly the rows the CSV gave, so the same list.
    expect(response.request().postData()).toBe(csvRequestBody);
    expect(response.status()).toBe(201);
    const proposal = (await response.json()) as { picks: { pseudonymisedId: string }[] };
    expect(proposal.picks.map((pick) => pick.pseudonymisedId)).toEqual(proposedIds);
    await page.getByTestId('proposal-summary').waitFor();
    expect(await page.getByTestId('proposal-summary').textContent()).toContain('50 people proposed');
    expect(await page.getByTestId('columns-not-sent').textContent()).toBe('Columns not sent (they stayed on this computer): Name, NHS number, Date of birth, Address.');
  });

  it('exports the case list as the Excel workbook CQC receives: 50 pseudonymised people and nothing from the extract that names them', async () => {
    await openDashboardPage(page, page$('case-tracking'), 'Case tracking');
    const button = page.getByRole('button', { name: 'Export the case list (Excel)' });
    await tabTo(page, button);
    const downloaded = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe(`${ASSESSMENT}-case-list.xlsx`);
    await download.saveAs(join(FILES, download.suggestedFilename()));

    const { sheets, rows } = await workbookRows(download);
    expect(sheets).toEqual(['Case tracking list', 'About this list']);
    const [headings, ...records] = rows;
    expect(headings?.[0]).toBe('Pseudonymised id');
    expect(records).toHaveLength(50);
    const ids = records.map((record) => record[0]);
    for (const id of ids) expect(id).toMatch(/^P-[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(new Set(ids)).toEqual(new Set(proposedIds));

    const everything = await everyCellText(download);
    for (let index = 0; index < people.length; index += 1) {
      const details = personalDetailsFor(index);
      for (const value of [details.name, details.nhsNumber, details.nhsNumber.replaceAll(' ', ''), details.address, people[index]!.localPersonId]) expect(everything).not.toContain(value);
    }
    expect(await page.locator('.govuk-error-message').count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'spreadsheets-05-case-list-exported');
  });

  it('offers the case list and its export only to the roles that may have them', async () => {
    const contributorToken = await server.issueToken({ principal: 'user:contributor', displayName: 'Chris Contributor', role: 'contributor', councilId: COUNCIL });
    const { page: contributorPage } = await openPage(browser, server.baseUrl);
    await signIn(contributorPage, contributorToken);
    await openDashboardPage(contributorPage, page$('case-tracking'), 'Case tracking');
    expect(await contributorPage.getByRole('button', { name: 'Export the case list (Excel)' }).count()).toBe(1);
    await contributorPage.context().close();

    for (const role of ['reader', 'peer-reviewer'] as const) {
      // A peer reviewer's access must end.
      const token = await server.issueToken({ principal: `user:${role}`, displayName: role, role, councilId: COUNCIL, ...(role === 'peer-reviewer' ? { expiresOn: '2026-12-31' } : {}) });
      const { page: otherPage } = await openPage(browser, server.baseUrl);
      await signIn(otherPage, token);
      await openDashboardPage(otherPage, page$('case-tracking'), 'Page not found');
      expect(await otherPage.getByRole('button', { name: 'Export the case list (Excel)' }).count()).toBe(0);
      expect(await otherPage.getByRole('link', { name: 'Case tracking' }).count()).toBe(0);
      await otherPage.context().close();
      // The API refuses them too.
      const response = await fetch(`${server.baseUrl}/v1/councils/${COUNCIL}/assessments/${ASSESSMENT}/exports/case-list.xlsx`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(403);
    }
    expect(consoleErrors).toEqual([]);
  });
});
