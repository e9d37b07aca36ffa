import { expect, test } from '@playwright/test';
import { createDocument } from './helpers';
import { storageFor, USERS } from './users';

test('two people editing the same segment get the conflict flow, never a silent overwrite', async ({ browser, page }) => {
  const id = await createDocument(page, {
    sourceLang: 'de',
    targetLang: 'en-GB',
    text: 'Der Vertrag wurde gestern unterzeichnet.\n\nDie Firma wächst schnell.',
    translation: { mode: 'provided', origin: 'pasted', targets: ['The contract was signed yesterday.', 'The company grows quickly.'] },
  });
  const anna = await browser.newContext({ storageState: storageFor('translator') });
  const ben = await browser.newContext({ storageState: storageFor('editor') });
  const a = await anna.newPage();
  const b = await ben.newPage();
  for (const p of [a, b]) {
    await p.goto(`/documents/${id}`);
    await p.getByTestId('segment').first().getByTestId('target').click();
  }
  await a.getByLabel('Translation of segment 1').fill('The contract was signed yesterday evening.');
  await b.getByLabel('Translation of segment 1').fill('Yesterday the contract was signed.');
  await a.keyboard.press('Control+Enter');
  await expect(a.getByTestId('segment').first().getByTestId('status')).toHaveText('edited');

  await b.keyboard.press('Control+Enter');
  const dialog = b.getByRole('dialog');
  await expect(dialog).toContainText(`changed by ${USERS.translator.name}`);
  await expect(dialog.getByTestId('conflict-theirs')).toHaveText('The contract was signed yesterday evening.');
  await expect(dialog.getByTestId('conflict-mine')).toHaveText('Yesterday the contract was signed.');
  await expect(dialog.locator('ins').first()).toBeVisible();
  await dialog.getByLabel('Merged text').fill('Yesterday evening the contract was signed.');
  await dialog.getByRole('button', { name: 'Save merged text' }).click();
  await expect(dialog).toBeHidden();
  await expect(b.getByTestId('segment').first().getByTestId('target')).toHaveText('Yesterday evening the contract was signed.');

  // Both saves are kept as revisions.
  await b.getByTestId('segment').first().getByRole('button', { name: 'History' }).click();
  const history = b.getByRole('complementary', { name: 'Segment history' });
  await expect(history.getByTestId('revision')).toHaveCount(3);
  await expect(history).toContainText(USERS.translator.name);
  await expect(history).toContainText(USERS.editor.name);
  await anna.close();
  await ben.close();
});
