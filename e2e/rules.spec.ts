import { expect, test, type Page } from '@playwright/test';
import { createDocument } from './helpers';

const findingsList = (page: Page) => page.getByRole('listbox', { name: 'Findings' });

async function setRule(page: Page, label: string, on: boolean) {
  await page.goto('/settings');
  const numbers = page.getByRole('row').filter({ has: page.getByLabel('Enable Numbers, dates, units') });
  await numbers.getByText(/\d+ rules/).click();
  const box = page.getByLabel(`Enable rule ${label}`);
  await (on ? box.check() : box.uncheck());
  await page.getByRole('button', { name: 'Save check settings' }).click();
  await expect(page.getByText('Saved; all documents were re-checked.')).toBeVisible();
}

test('a single rule of a check can be turned off in the settings; its findings go, the rest of the check stays', async ({ page }) => {
  const id = await createDocument(page, {
    sourceLang: 'de',
    targetLang: 'en-US',
    text: 'Das Projekt kostet 300 Euro und dauert 4 Monate.',
    translation: { mode: 'provided', origin: 'pasted', targets: ['The project costs money and lasts 5 months.'] },
  });
  await page.goto(`/documents/${id}`);
  const rules = findingsList(page).locator('[data-check="numbers"]').getByTestId('finding-rule');
  await expect(rules.filter({ hasText: 'missing' })).toHaveCount(1);
  await expect(rules.filter({ hasText: 'value-changed' })).toHaveCount(1);

  await setRule(page, 'Number missing', false);
  try {
    await page.goto(`/documents/${id}`);
    await expect(rules.filter({ hasText: 'value-changed' })).toHaveCount(1);
    await expect(rules.filter({ hasText: 'missing' })).toHaveCount(0);
    // The settings page shows the change under its check.
    await page.goto('/settings');
    await expect(page.getByText('(1 changed)')).toBeVisible();
  } finally {
    await setRule(page, 'Number missing', true);
  }
  await page.goto(`/documents/${id}`);
  await expect(rules.filter({ hasText: 'missing' })).toHaveCount(1);
});
