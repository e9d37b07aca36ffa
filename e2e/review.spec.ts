import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openSample, segment } from './helpers';
import { USERS } from './users';

test('the sample article opens side by side, labelled as the bundled sample translation', async ({ page }) => {
  await page.goto('/');
  const row = page.getByRole('listitem').filter({ hasText: 'Xiaomi bestätigt die Partnerschaft mit Leica' });
  await expect(row).toContainText('bundled sample translation');
  await expect(row).not.toContainText('DeepL');
  await openSample(page);
  await expect(page.getByTestId('provenance')).toHaveText('bundled sample translation');
  // Paragraphs are set apart in the grid: the first row of each is marked.
  await expect(page.locator('[data-paragraph-start]')).toHaveCount(10);
  const first = segment(page, 0);
  await expect(first.getByTestId('source')).toContainText('Xiaomi bestätigt die Partnerschaft mit Leica');
  await expect(first.getByTestId('target')).toContainText('Xiaomi confirms partnership with Leica');
  // A later paragraph is split into several sentences, each aligned with its translation.
  await expect(page.getByTestId('segment').filter({ hasText: 'jahrhundertealtes Unternehmen' }).getByTestId('target')).toContainText(
    'century-old company',
  );
});

test('edit with the keyboard, reload, see the history diff, export the correction', async ({ page }) => {
  await openSample(page);
  const target = segment(page, 1).getByTestId('target');
  await target.click();
  const box = page.getByLabel('Translation of segment 2');
  await expect(box).toBeFocused();
  await box.fill('Xiaomi has announced a “long-term partnership” with the German camera manufacturer Leica, and the first phone of this partnership will be available in July.');
  await page.keyboard.press('Control+Enter');
  // Saved and moved on to the next segment.
  await expect(page.getByLabel('Translation of segment 3')).toBeFocused();
  await expect(segment(page, 1).getByTestId('status')).toHaveText('edited');
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(segment(page, 1).getByTestId('target')).toContainText('the German camera manufacturer Leica');
  await expect(segment(page, 1).getByTestId('status')).toHaveText('edited');
  await expect(page.getByRole('progressbar', { name: /1 of \d+ edited/ })).toBeVisible();

  await segment(page, 1).getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('complementary', { name: 'Segment history' });
  await expect(history.getByTestId('revision')).toHaveCount(2);
  const latest = history.getByTestId('revision').first();
  await expect(latest).toContainText(USERS.admin.name);
  await expect(latest.locator('ins')).toContainText(['manufacturer']);
  await expect(latest.locator('del')).toContainText(['maker']);
  await history.getByRole('button', { name: 'Close history' }).click();

  const [txt] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Text', exact: true }).click()]);
  const text = await readFile((await txt.path())!, 'utf8');
  expect(text).toContain('with the German camera manufacturer Leica');
  expect(text.split('\n\n')).toHaveLength(10);
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Markdown', exact: true }).click()]);
  expect(md.suggestedFilename()).toMatch(/\.md$/);
  expect(await readFile((await md.path())!, 'utf8')).toContain('the German camera manufacturer Leica');
});

test('Esc cancels an edit and restoring an earlier revision adds a new one', async ({ page }) => {
  await openSample(page);
  const row = segment(page, 4);
  const before = (await row.getByTestId('target').textContent()) ?? '';
  await row.getByTestId('target').click();
  await page.getByLabel('Translation of segment 5').fill('Something wrong');
  await page.keyboard.press('Escape');
  await expect(row.getByTestId('target')).toHaveText(before);

  await row.getByTestId('target').click();
  await page.getByLabel('Translation of segment 5').fill(`${before} (edited)`);
  await page.keyboard.press('Control+Enter');
  await expect(row.getByTestId('status')).toHaveText('edited');
  await row.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('complementary', { name: 'Segment history' });
  await history.getByRole('button', { name: 'Restore this' }).click();
  await expect(history.getByTestId('revision')).toHaveCount(3);
  await expect(row.getByTestId('target')).toHaveText(before);
  await expect(history.getByTestId('revision').first()).toContainText('restored');
});

test('leaving the page with unsaved text asks first', async ({ page }) => {
  await openSample(page);
  await segment(page, 6).getByTestId('target').click();
  await page.getByLabel('Translation of segment 7').fill('An advertising image published as part of the press release.');
  await page.getByRole('link', { name: 'Documents', exact: true }).click();
  const leave = page.getByRole('dialog', { name: 'Leave with unsaved translations?' });
  await expect(leave).toContainText('not saved');
  await leave.getByRole('button', { name: 'Cancel' }).click();
  await expect(leave).toBeHidden();
  await expect(page).toHaveURL(/\/documents\/\d+$/);
  // Leaving the field saved it meanwhile: nothing is lost.
  await expect(segment(page, 6).getByTestId('status')).toHaveText('edited');
});
