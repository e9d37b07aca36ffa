import { expect, test } from '@playwright/test';
import { createDocument, DEEPL_URL, fakeDeepL, segment } from './helpers';

test.afterEach(async ({ page }) => {
  await fakeDeepL(page, 'reset');
});

async function openAssist(page: import('@playwright/test').Page, id: number) {
  await page.goto(`/documents/${id}`);
  await segment(page, 0).getByTestId('target').click();
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'DeepL & LLM' }).click();
}

const doc = (page: import('@playwright/test').Page, target: string) =>
  createDocument(page, {
    sourceLang: 'de',
    targetLang: 'en-US',
    text: 'Die Brücke wird im Mai eröffnet.\n\nDer Bau dauerte drei Jahre.',
    translation: { mode: 'provided', origin: 'pasted', targets: [target, 'Construction took three years.'] },
  });

test('back-translation shows where the translation diverges and adds findings', async ({ page }) => {
  const id = await doc(page, 'The bridge opens in May.');
  await openAssist(page, id);
  await page.getByRole('button', { name: 'Back-translate' }).click();
  const result = page.getByTestId('round-trip');
  // The fake DeepL answers with an obvious pseudo-translation ("[DE] …"), never a real one.
  await expect(result).toContainText('[DE]');
  await expect(result.locator('ins, del').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Findings' }).click();
  await page.getByLabel('Filter by check').selectOption('round-trip');
  await expect(page.getByRole('listbox', { name: 'Findings' }).getByTestId('finding').first()).toBeVisible();
});

test('alternatives in context come as diffs and go in with one key', async ({ page }) => {
  const id = await doc(page, 'The bridge opens in May.');
  await openAssist(page, id);
  await page.getByRole('button', { name: 'Alternatives' }).click();
  const alternatives = page.getByTestId('alternatives').getByRole('listitem');
  await expect(alternatives.first()).toContainText('Die Brücke wird im Mai eröffnet.');
  await page.keyboard.press('Alt+1');
  await expect(segment(page, 0).getByTestId('target')).toContainText('[EN-US] Die Brücke wird im Mai eröffnet.');
  await expect(segment(page, 0).getByTestId('status')).toHaveText('edited');
  // The request carried the neighbouring segment as context.
  const requests = (await (await page.request.get(`${DEEPL_URL}/__fake/requests`)).json()) as { context?: string }[];
  expect(requests.some((r) => r.context?.includes('Der Bau dauerte drei Jahre.'))).toBe(true);
});

test('alternatives for a phrase replace just its rendering in the translation', async ({ page }) => {
  const id = await doc(page, 'The bridge opens in May.');
  await openAssist(page, id);
  await page.getByLabel('Phrase of the source').fill('Mai');
  await page.getByRole('button', { name: 'Alternatives for the phrase' }).click();
  const section = page.getByTestId('alternatives');
  await expect(section).toContainText('for „Mai“');
  await expect(section).toContainText('replaces “May”');
  await section.getByRole('button', { name: /Use/ }).first().click();
  await expect(segment(page, 0).getByTestId('target')).toHaveText('The bridge opens in [EN-US] Mai.');
});

test('a second opinion flags segments the other DeepL model translates very differently', async ({ page }) => {
  const id = await doc(page, 'The bridge opens in May.');
  await openAssist(page, id);
  await page.getByRole('button', { name: 'Second opinion (document)' }).click();
  await expect(page.getByTestId('assist')).toContainText(/Second opinion: 2 of 2 segments/);
  await page.getByRole('tab', { name: 'Findings' }).click();
  await page.getByLabel('Filter by check').selectOption('second-opinion');
  await expect(page.getByRole('listbox', { name: 'Findings' }).getByTestId('finding')).toHaveCount(2);
});

test('a DeepL error in an assist call is shown with what to do', async ({ page }) => {
  const id = await doc(page, 'The bridge opens in May.');
  await openAssist(page, id);
  await fakeDeepL(page, 'fail', { status: 403, times: 5 });
  await page.getByRole('button', { name: 'Back-translate' }).click();
  await expect(page.getByTestId('assist').getByRole('alert')).toContainText('DEEPL_AUTH_KEY');
});

test('the LLM reviewer adds MQM findings (fake OpenAI-compatible server)', async ({ page }) => {
  const id = await doc(page, 'The bridge opens in May.');
  await openAssist(page, id);
  await page.getByRole('button', { name: 'LLM review (MQM)' }).click();
  await expect(page.getByTestId('llm-result')).toContainText('1 error span');
  await page.getByRole('tab', { name: 'Findings' }).click();
  await page.getByLabel('Filter by check').selectOption('llm');
  await expect(page.getByRole('listbox', { name: 'Findings' }).getByTestId('finding').first()).toContainText('Fake LLM reviewer');
  await expect(segment(page, 0).getByTestId('target').locator('[data-finding]')).toHaveText('May');
});
