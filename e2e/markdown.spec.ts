import { expect, test } from '@playwright/test';
import { createDocument, segment } from './helpers';

test('a Markdown document shows bold and italic as such, refuses a save that breaks the markers, and exports them', async ({ page }) => {
  const id = await createDocument(page, {
    title: 'Markdown emphasis',
    sourceLang: 'de',
    targetLang: 'en-US',
    format: 'md',
    text: 'Die Prüfung ist **vollständig** und *schnell*.',
    translation: { mode: 'provided', origin: 'pasted', targets: ['The check is **complete** and *fast*.'] },
  });
  await page.goto(`/documents/${id}`);
  const row = segment(page, 0);
  const bold = row.getByTestId('source').locator('.font-bold');
  await expect(bold).toHaveText('vollständig');
  await expect(bold).toHaveCSS('font-weight', '700');
  await expect(row.getByTestId('source').locator('.italic')).toHaveText('schnell');
  // The markers are not shown as text.
  await expect(row.getByTestId('source')).not.toHaveText(/\*\*/, { useInnerText: true });
  await expect(row.getByTestId('target').locator('.font-bold')).toHaveText('complete');

  await row.getByTestId('target').click();
  const editor = page.getByLabel('Translation of segment 1');
  await editor.fill('The check is complete and *fast*.');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('[role="alert"]:not(#__next-route-announcer__)')).toContainText('Put ** before and after the words that should be bold');
  await expect(row.getByTestId('status')).not.toHaveText('edited');

  await row.getByTestId('target').click();
  await page.getByLabel('Translation of segment 1').fill('The **full** check is *fast*.');
  await page.keyboard.press('Control+Enter');
  await expect(row.getByTestId('status')).toHaveText('edited');
  await expect(row.getByTestId('target').locator('.font-bold')).toHaveText('full');

  const exported = await page.request.get(`/api/documents/${id}/export?format=md`);
  expect(await exported.text()).toContain('The **full** check is *fast*.');
});
