import { expect, test } from '@playwright/test';
import { createDocument } from './helpers';

test('deleting a document asks in the app dialog: Esc keeps it, confirming deletes it', async ({ page }) => {
  const title = `Dialog delete ${Date.now()}`;
  await createDocument(page, { title, sourceLang: 'de', targetLang: 'en-US', text: 'Der Himmel ist blau.', translation: { mode: 'none' } });
  await page.goto('/');
  const remove = page.getByRole('button', { name: `Delete ${title}` });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: `Delete “${title}”?` });
  await expect(dialog).toContainText('cannot be undone');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
  await expect(page.getByRole('link', { name: title })).toBeVisible();

  await remove.click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});
