import { generateSyntheticExtract } from '@asc-assure/framework/testing';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { activate, ARTIFACTS_DIRECTORY, chooseRadio, keepScreenshot, launchBrowser, openPage, signIn, startDashboardServer, tabTo, typeInto, wcagViolations, type DashboardServer } from './harness.js';
import { openDashboardPage, recordEvent, typeDate } from './journey-helpers.js';

const COUNCIL = 'gloucestershire';
const timeline = `#/c/${COUNCIL}/timeline`;
const caseTracking = `#/c/${COUNCIL}/case-tracking`;

describe('an assessment from notice to publication, recorded in Chromium against the real API', () => {
  let server: DashboardServer;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  const dueText = (deadlineId: string) => page.getByTestId(`due-${deadlineId}`).textContent();

  beforeAll(async () => {
    server = await startDashboardServer({ today: '2026-03-02', councilId: COUNCIL });
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

  it('starts tracking an assessment and records the notice of assessment: the Information Return deadline appears with working days left', async () => {
    await openDashboardPage(page, timeline, 'Timeline');
    await typeInto(page, page.getByLabel('A name for the assessment'), 'glos-2026');
    await page.keyboard.press('Enter');
    await page.getByTestId('timeline-state').waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await recordEvent(page, 'Notice of assessment received', '2026-03-02');
    expect(await page.getByTestId('timeline-state').textContent()).toContain('stage 3 of 6');
    expect(await dueText('information-return')).toBe('23 March 2026');
    expect(await page.getByTestId('deadline-table').textContent()).toContain('15 working days left');
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'lifecycle-01-notice-received');
  });

  it('a refused event says why and changes nothing', async () => {
    await chooseRadio(page, page.getByRole('radio', { name: 'Information Return submitted', exact: true }));
    await typeDate(page, 'event-date', '2026-02-01');
    await activate(page, page.getByRole('button', { name: 'Record it' }));
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/could not be recorded/);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'lifecycle-02-event-refused');
    await page.reload();
    await page.getByTestId('timeline-state').waitFor();
    expect(await page.getByTestId('event-history').textContent()).not.toContain('Information Return submitted');
  });

  it('CQC moves the Information Return due date: the deadline moves and says so', async () => {
    await recordEvent(page, 'Date moved by CQC', '2026-03-02', async () => {
      await tabTo(page, page.getByLabel('Which date did CQC move?'));
      await page.getByLabel('Which date did CQC move?').selectOption('information-return-due');
      await typeDate(page, 'event-to', '2026-03-27');
      await typeInto(page, page.getByLabel('Why?'), 'CQC agreed an extension for the Easter closure');
    });
    expect(await dueText('information-return')).toBe('27 March 2026 (moved)');
    expect(await page.getByTestId('moved-dates').textContent()).toContain('from 23 March 2026 to 27 March 2026');
    expect(await page.getByTestId('deadline-table').textContent()).toContain('19 working days left');
    await keepScreenshot(page, 'lifecycle-03-deadline-moved');
  });

  it('records the data check and the Information Return as the clock moves on', async () => {
    server.clock.set('2026-03-20');
    await openDashboardPage(page, timeline, 'Timeline');
    await recordEvent(page, 'Data and story checked against CQC data', '2026-03-19');
    await recordEvent(page, 'Information Return submitted', '2026-03-20', async () => {
      await typeInto(page, page.getByLabel('How many documents went with it? (optional)'), '48');
    });
    expect(await page.getByTestId('deadline-table').textContent()).toContain('Met on 20 March 2026');
  });

  it('records the site visit notice, which opens case tracking with the case list deadline', async () => {
    server.clock.set('2026-04-01');
    await openDashboardPage(page, timeline, 'Timeline');
    await recordEvent(page, 'Site visit notified', '2026-04-01', async () => {
      await typeDate(page, 'event-onsiteStartsOn', '2026-06-01');
      await typeDate(page, 'event-onsiteEndsOn', '2026-06-03');
    });
    expect(await page.getByTestId('timeline-state').textContent()).toContain('stage 4 of 6');
    // Ten working days from 1 April 2026, over Good Friday and Easter Monday.
    expect(await dueText('case-list')).toBe('17 April 2026');
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'lifecycle-04-site-visit-notified');
  });

  it('proposes 50 people from an extract, shows cohort and diversity coverage, and checks the list', async () => {
    const extract = generateSyntheticExtract({ count: 400, seed: 'e2e', asOf: '2026-04-01' });
    const extractFile = join(ARTIFACTS_DIRECTORY, 'synthetic-extract.json');
    await writeFile(extractFile, JSON.stringify({ rows: extract }));
    await openDashboardPage(page, caseTracking, 'Case tracking');
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByLabel('Extract (CSV, Excel or JSON)').setInputFiles(extractFile);
    await activate(page, page.getByRole('button', { name: 'Propose 50 people' }));
    await page.getByTestId('proposal-summary').waitFor();
    expect(await page.getByTestId('case-list-status').textContent()).toContain('50 people on the list');
    const cohorts = await page.getByTestId('cohort-coverage').textContent();
    expect(cohorts).toContain('CT07 Unpaid carers');
    expect(await page.getByTestId('diversity-coverage').textContent()).toContain('Ethnicity');
    await activate(page, page.getByRole('button', { name: 'Check the list' }));
    await page.getByTestId('check-result').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'lifecycle-05-case-list-proposed');
  });

  it('records the case list as submitted, then CQC\'s selection and each consent, by keyboard', async () => {
    server.clock.set('2026-04-14');
    await openDashboardPage(page, timeline, 'Timeline');
    await recordEvent(page, 'Case list submitted', '2026-04-14', async () => {
      await typeInto(page, page.getByLabel('How many people were on the list?'), '50');
    });
    expect(await page.getByTestId('deadline-table').textContent()).toContain('Met on 14 April 2026');

    server.clock.set('2026-04-20');
    await openDashboardPage(page, caseTracking, 'Case tracking');
    const selects = page.locator('select[id^="choice-"]');
    for (let index = 0; index < 10; index += 1) {
      await tabTo(page, selects.nth(index));
      await page.keyboard.press(index < 6 ? 'ArrowDown' : 'End');
    }
    await typeDate(page, 'selection-date', '2026-04-20');
    await activate(page, page.getByRole('button', { name: 'Record the selection' }));
    await page.locator('.govuk-notification-banner--success').filter({ hasText: "CQC's selection recorded" }).waitFor();
    await page.getByTestId('consent-table').waitFor();
    for (let person = 0; person < 6; person += 1) {
      await tabTo(page, page.getByLabel('Person'));
      await page.getByLabel('Person').selectOption({ index: person });
      await chooseRadio(page, page.getByRole('radio', { name: 'Yes, in writing' }));
      await activate(page, page.getByRole('button', { name: 'Record consent' }));
      await page.locator('.govuk-notification-banner--success').filter({ hasText: 'agreed to be contacted' }).nth(0).waitFor();
      await expect.poll(async () => (await page.getByTestId('consent-table').textContent())?.match(/Given on/g)?.length ?? 0).toBe(person + 1);
    }
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'lifecycle-06-selection-and-consent');
  });

  it('records the onsite visit, the draft report, the factual accuracy return and the published report', async () => {
    server.clock.set('2026-06-03');
    await openDashboardPage(page, timeline, 'Timeline');
    await recordEvent(page, 'Onsite visit started', '2026-06-01');
    await recordEvent(page, 'Onsite visit finished', '2026-06-03');
    server.clock.set('2026-07-01');
    await openDashboardPage(page, timeline, 'Timeline');
    await recordEvent(page, 'Draft report received', '2026-07-01');
    expect(await page.getByTestId('deadline-table').textContent()).toContain('10 working days left');
    server.clock.set('2026-07-10');
    await openDashboardPage(page, timeline, 'Timeline');
    await recordEvent(page, 'Factual accuracy comments returned', '2026-07-10');
    server.clock.set('2026-08-03');
    await openDashboardPage(page, timeline, 'Timeline');
    await recordEvent(page, 'Report published', '2026-08-03', async () => {
      await tabTo(page, page.getByLabel('Overall rating'));
      await page.getByLabel('Overall rating').selectOption('good');
      for (const select of await page.locator('select[id^="event-score-"]').all()) {
        await tabTo(page, select);
        await select.selectOption('3');
      }
    });
    expect(await page.getByTestId('timeline-state').textContent()).toContain('report published');
    expect(await page.getByTestId('stage-list').textContent()).not.toContain('Current stage');
    expect(await wcagViolations(page)).toEqual([]);
    await keepScreenshot(page, 'lifecycle-07-published');
    expect(consoleErrors).toEqual([]);
  });
});
