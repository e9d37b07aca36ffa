/** Spelling findings carry no fix of their own: opening one fetches its suggestions, and one click applies one. */
import { expect, test, type Page } from '@playwright/test';
import { createDocument, segment } from './helpers';

const findingsList = (page: Page) => page.getByRole('listbox', { name: 'Findings' });

async function openSpellingFinding(page: Page, target: string) {
  const id = await createDocument(page, {
    sourceLang: 'de',
    targetLang: 'en-US',
    text: 'Wir erhalten die Ware morgen.',
    translation: { mode: 'provided', origin: 'pasted', targets: [target] },
  });
  await page.goto(`/documents/${id}`);
  const finding = findingsList(page).locator('[data-check="spelling"]');
  await expect(finding).toHaveCount(1);
  await finding.click();
  return finding;
}

test('an opened spelling finding fetches its suggestions; one click replaces the word and saves', async ({ page }) => {
  const fetched = page.waitForResponse((res) => res.url().includes('/api/spelling/suggestions?lang=en&word=recieve') && res.ok());
  const finding = await openSpellingFinding(page, 'We recieve the goods tomorrow.');
  await fetched;
  await finding.getByRole('button', { name: /Replace with “receive”/ }).click();
  await expect(segment(page, 0).getByTestId('target')).toHaveText('We receive the goods tomorrow.');
  await expect(segment(page, 0).getByTestId('status')).toHaveText('edited');
  await expect(findingsList(page).locator('[data-check="spelling"]')).toHaveCount(0);
  // Saved: the replacement is there after a reload.
  await page.reload();
  await expect(segment(page, 0).getByTestId('target')).toHaveText('We receive the goods tomorrow.');
});

test('the finding says so when the dictionary has no suggestion or the look-up fails', async ({ page }) => {
  await page.route('**/api/spelling/suggestions?*', (route) => route.fulfill({ json: { lang: 'en', word: 'recieve', suggestions: [] } }));
  const finding = await openSpellingFinding(page, 'We recieve the goods tomorrow.');
  await expect(finding.getByTestId('spelling-suggestions')).toHaveText('The dictionary has no suggestion for “recieve”.');

  await page.unroute('**/api/spelling/suggestions?*');
  await page.route('**/api/spelling/suggestions?*', (route) =>
    route.fulfill({ status: 500, json: { error: { code: 'internal', message: 'Something went wrong on the server.' } } }),
  );
  const failed = await openSpellingFinding(page, 'We receeve the goods tomorrow.');
  await expect(failed.getByRole('alert')).toHaveText(/Suggestions could not be loaded: Something went wrong on the server\./);
});
