import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

const SOURCE = [
  'Die Stadt plant einen neuen Bahnhof. Der Bau soll 2027 beginnen. Die Kosten liegen bei 120 Millionen Euro.',
  'Kritiker bemängeln die Lage. Sie fordern eine Bürgerbefragung.',
  'Eine Entscheidung fällt im Herbst.',
].join('\n\n');

// The translator merged the two sentences of the second paragraph into one.
const TRANSLATION = [
  'The city is planning a new station. Construction is due to start in 2027. The costs are around 120 million euros.',
  'Critics complain about the location and call for a public consultation.',
  'A decision will be made in the autumn.',
].join('\n\n');

test('paste your own translation: align, fix the unsure pair, import', async ({ page }) => {
  await page.goto('/documents/new');
  await page.getByLabel('Source text').fill(SOURCE);
  await page.getByLabel(/I have a translation/).check();
  await page.getByLabel('Translation text').fill(TRANSLATION);
  await page.getByRole('button', { name: 'Align with source' }).click();
  const pairs = page.getByTestId('pair');
  await expect(pairs.first()).toBeVisible();
  await expect(page.getByTestId('alignment-summary')).toContainText('to check');
  const unsure = page.locator('[data-testid="pair"][data-unsure="true"]');
  await expect(unsure.first()).toBeVisible();
  await expect(unsure.first()).toContainText('Kritiker');

  await page.getByRole('button', { name: 'Import aligned translation' }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/);
  await expect(page.getByTestId('provenance')).toHaveText('pasted translation');
  const rows = page.getByTestId('segment');
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(1).getByTestId('target')).toHaveText('Construction is due to start in 2027.');
  await expect(rows.nth(3).getByTestId('target')).toHaveText('Critics complain about the location and call for a public consultation.');
  await expect(rows.nth(5).getByTestId('target')).toHaveText('A decision will be made in the autumn.');
});

test('uploading the translation as a file labels it as uploaded', async ({ page }) => {
  await page.goto('/documents/new');
  await page.getByLabel('Source text').fill('Der Himmel ist blau.\n\nDas Gras ist grün.');
  await page.getByLabel(/I have a translation/).check();
  await page.getByLabel('Upload translation (.txt, .md)').setInputFiles(fixture('translation.en.txt'));
  await expect(page.getByLabel('Translation text')).toHaveValue(/The sky is blue\./);
  await page.getByRole('button', { name: 'Align with source' }).click();
  await expect(page.getByTestId('alignment-summary')).toContainText('all look right');
  await page.getByRole('button', { name: 'Import aligned translation' }).click();
  await expect(page.getByTestId('provenance')).toHaveText('uploaded translation');
});

test('bad input gets a clear message and nothing is created', async ({ page }) => {
  await page.goto('/documents/new');
  await page.getByLabel(/No translation yet/).check();
  await page.getByRole('button', { name: 'Create document' }).click();
  await expect(page.locator('[role="alert"]:not(#__next-route-announcer__)')).toContainText('The source text is empty');

  await page.getByLabel('Upload source (.txt, .md)').setInputFiles(fixture('not-text.pdf'));
  await expect(page.getByRole('alert').filter({ hasText: 'not-text.pdf' })).toContainText(/\.txt|\.md/);
  await expect(page.getByLabel('Source text')).toHaveValue('');

  const api = await page.request.post('/api/documents', {
    data: { sourceLang: 'fr', targetLang: 'en-US', text: 'Bonjour.', translation: { mode: 'none' } },
  });
  expect(api.status()).toBe(400);
  expect((await api.json()).error.message).toContain('Unknown source language');
});
