import { expect, test } from '@playwright/test';
import { fakeDeepL } from './helpers';

const article = (word: string) =>
  Array.from({ length: 12 }, (_, i) => `${word} ${i + 1} beginnt hier. ${word} ${i + 1} hat einen zweiten Satz.`).join('\n\n');

test.afterEach(async ({ page }) => {
  await fakeDeepL(page, 'reset');
});

test('machine translation through DeepL shows progress and labels the result as DeepL', async ({ page }) => {
  await fakeDeepL(page, 'delay', { ms: 150 });
  await page.goto('/documents/new');
  await page.getByLabel('Source text').fill(article('Absatz'));
  await expect(page.getByLabel(/Machine-translate with DeepL/)).toBeChecked();
  await page.getByRole('button', { name: 'Create and translate' }).click();
  await expect(page.getByRole('progressbar', { name: /translated/ })).toBeVisible();
  await expect(page.getByTestId('provenance')).toContainText('DeepL machine translation');
  await expect(page.getByRole('status').filter({ hasText: 'Translating' })).toBeHidden({ timeout: 30_000 });
  const rows = page.getByTestId('segment');
  // The grid is virtualised: it tells its size (24 segments and the header row), not all rows are in the page.
  await expect(page.getByRole('grid', { name: 'Segments' })).toHaveAttribute('aria-rowcount', '25');
  // The fake server's pseudo-translation, stored as the machine translation.
  await expect(rows.first().getByTestId('target')).toContainText('Absatz 1 beginnt hier.');
  await expect(rows.first().getByTestId('status')).toHaveText('DeepL');
});

test('a job that fails before DeepL answered anything does not label the document as DeepL machine translation', async ({ page }) => {
  await fakeDeepL(page, 'fail', { status: 456, times: 100 });
  await page.goto('/documents/new');
  await page.getByLabel('Source text').fill(article('Vorwort'));
  const created = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/documents');
  await page.getByRole('button', { name: 'Create and translate' }).click();
  // The answer to the creation says the job has started.
  expect(((await (await created).json()) as { document: { translationState: string } }).document.translationState).toBe('translating');
  await expect(page.getByTestId('translation-error')).toContainText('quota', { timeout: 30_000 });
  await expect(page.getByTestId('provenance')).toHaveText('not translated yet');
});

test('a DeepL quota error stops translation with a clear message, keeps what was done, and resumes', async ({ page }) => {
  // Let the first requests through, then answer 456 (quota exceeded).
  await fakeDeepL(page, 'fail', { status: 456, times: 100, after: 3 });
  await page.goto('/documents/new');
  await page.getByLabel('Source text').fill(article('Kapitel'));
  await page.getByRole('button', { name: 'Create and translate' }).click();
  await expect(page.getByTestId('translation-error')).toContainText('quota', { timeout: 30_000 });
  await expect(page.locator('[role="alert"]:not(#__next-route-announcer__)')).toContainText(/\d+ of 24 segments are translated and kept/);
  // Counted through the API: the virtualised grid holds only the rows near the viewport.
  const fromDeepL = async () => {
    const id = /\/documents\/(\d+)/.exec(page.url())![1];
    const body = (await (await page.request.get(`/api/documents/${id}`)).json()) as { document: { segments: { machineOrigin: string | null }[] } };
    return body.document.segments.filter((s) => s.machineOrigin === 'deepl').length;
  };
  const translatedBefore = await fromDeepL();
  expect(translatedBefore).toBeGreaterThan(0);
  expect(translatedBefore).toBeLessThan(24);
  await expect(page.getByTestId('segment').first().getByTestId('status')).toHaveText('DeepL');

  await fakeDeepL(page, 'reset');
  await page.getByRole('button', { name: 'Resume translation' }).click();
  await expect(page.getByTestId('translation-error')).toBeHidden({ timeout: 30_000 });
  await expect.poll(fromDeepL).toBe(24);
  await expect(page.getByTestId('segment').last().getByTestId('status')).toHaveText('DeepL');
});
