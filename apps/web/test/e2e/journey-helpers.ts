import type { Locator, Page } from 'playwright-core';
import { activate, chooseRadio, tabTo, typeInto } from './harness.js';

/** Types an ISO date into the GOV.UK day, month and year boxes whose day box has `id`. */
export async function typeDate(page: Page, id: string, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  await typeInto(page, page.locator(`#${id}`), String(Number(day)));
  await typeInto(page, page.locator(`#${id}-month`), String(Number(month)));
  await typeInto(page, page.locator(`#${id}-year`), year!);
}

/** Goes to a dashboard page by its address and waits for its heading. */
export async function openDashboardPage(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  // A new load, as a person opening a bookmark: going to the same address with another hash would not reload.
  await page.goto('about:blank');
  await page.goto(`/${hash}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.locator('.app-loading').waitFor({ state: 'detached' });
}

/**
 * Records a lifecycle event on the timeline page by keyboard: chooses what happened, types the
 * date and any extra fields, submits, and waits for the success banner.
 */
export async function recordEvent(page: Page, label: string, date: string, fill: (page: Page) => Promise<void> = async () => {}): Promise<void> {
  const history = page.getByTestId('event-history').locator('li');
  const recordedBefore = await history.count();
  await chooseRadio(page, page.getByRole('radio', { name: label, exact: true }));
  await typeDate(page, 'event-date', date);
  await fill(page);
  await activate(page, page.getByRole('button', { name: 'Record it' }));
  await page.locator('.govuk-notification-banner--success').filter({ hasText: `Recorded: ${label}` }).waitFor();
  await page.locator('.app-loading').waitFor({ state: 'detached' });
  // The banner shows before the page has reloaded the assessment (the old figures stay on screen
  // meanwhile): it has reloaded when the new event is in the history, drawn with the deadlines.
  const deadline = Date.now() + 60_000;
  while ((await history.count()) <= recordedBefore) {
    if (Date.now() > deadline) throw new Error(`"${label}" did not appear in the timeline's history after it was recorded.`);
    await page.waitForTimeout(100);
  }
}

/**
 * Chooses a file by keyboard as a person does: Tab to the file field, Space opens the file
 * chooser, and the file is picked in it.
 */
export async function chooseFile(page: Page, field: Locator, path: string): Promise<void> {
  // On a loaded machine Chromium now and then drops the first key press on a file input that has
  // only just taken focus; a person would press Space again, and so does this.
  for (let attempt = 1; ; attempt += 1) {
    await tabTo(page, field);
    const chooser = page.waitForEvent('filechooser', { timeout: 20_000 });
    await page.keyboard.press('Space');
    try {
      await (await chooser).setFiles(path);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
