import { expect, test, type Page } from '@playwright/test';
import { createDocument, openSample, segment } from './helpers';

const findingsList = (page: Page) => page.getByRole('listbox', { name: 'Findings' });

test('the sample opens with its garbled passages highlighted and explained', async ({ page }) => {
  await openSample(page);
  const garbled = page.getByTestId('segment').filter({ hasText: 'Befristete strategische Zusammenarbeit' });
  // Marks in the source column, coloured by severity.
  await expect(garbled.getByTestId('source').locator('[data-finding]').first()).toBeVisible();
  await expect(garbled.getByTestId('source').locator('[data-severity="major"]').first()).toBeVisible();
  // The contradiction langfristig ↔ befristet and the stranded „Juli“ are explained in the panel.
  const list = findingsList(page);
  await expect(list.getByTestId('finding').filter({ hasText: /„Befristete“.*contradicts.*„langfristige“/ })).toHaveCount(1);
  await expect(list.getByTestId('finding').filter({ hasText: '„Juli“' }).first()).toBeVisible();
  await expect(list.getByTestId('finding').filter({ hasText: 'Im' }).first()).toBeVisible();
  // Clicking a mark selects its finding in the panel.
  await garbled.getByTestId('source').locator('[data-finding]').first().click();
  await expect(list.locator('[aria-selected="true"]')).toHaveCount(1);
});

test('the findings panel is driven by the keyboard and filters by category', async ({ page }) => {
  await openSample(page);
  const list = findingsList(page);
  // The findings arrive after the segments: navigate once they are listed.
  await expect(list.getByTestId('finding').first()).toBeVisible();
  await list.focus();
  await page.keyboard.press('ArrowDown');
  const first = list.locator('[aria-selected="true"]');
  await expect(first).toHaveCount(1);
  const firstText = await first.textContent();
  await page.keyboard.press('ArrowDown');
  await expect(list.locator('[aria-selected="true"]')).not.toHaveText(firstText ?? '');
  await page.keyboard.press('ArrowUp');
  await expect(list.locator('[aria-selected="true"]')).toHaveText(firstText ?? '');
  // Enter opens the finding's segment for editing.
  const number = /#(\d+)/.exec(firstText ?? '')![1];
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(`Translation of segment ${number}`)).toBeFocused();
  await page.keyboard.press('Escape');

  // F8 walks through findings from anywhere.
  await page.locator('body').press('F8');
  await expect(list.locator('[aria-selected="true"]')).toHaveCount(1);

  const total = await list.getByTestId('finding').count();
  await page.getByLabel('Filter by category').selectOption('source-quality');
  const filtered = list.getByTestId('finding');
  await expect(filtered.first()).toContainText('source-quality');
  expect(await filtered.count()).toBeLessThan(total);
  for (const text of await filtered.allTextContents()) expect(text).toContain('source-quality');
});

test('a one-click fix applies, the finding disappears, and the fix is a revision', async ({ page }) => {
  const id = await createDocument(page, {
    sourceLang: 'de',
    targetLang: 'en-US',
    text: 'Er sagte „Hallo“ zu allen Gästen.',
    translation: { mode: 'provided', origin: 'pasted', targets: ['He said „Hello“ to all the guests.'] },
  });
  await page.goto(`/documents/${id}`);
  const list = findingsList(page);
  const quoteFinding = list.getByTestId('finding').filter({ hasText: /quot/i }).first();
  await expect(quoteFinding).toBeVisible();
  await quoteFinding.click();
  await list.getByRole('button', { name: /“|Replace|Use/ }).first().click();
  await expect(segment(page, 0).getByTestId('target')).toHaveText('He said “Hello” to all the guests.');
  await expect(list.getByTestId('finding').filter({ hasText: /quot/i })).toHaveCount(0);
  await expect(segment(page, 0).getByTestId('status')).toHaveText('edited');
});

test('dismissing a false positive survives a reload and can be undone', async ({ page }) => {
  const id = await createDocument(page, {
    sourceLang: 'de',
    targetLang: 'en-US',
    text: 'Der Umsatz stieg um 8,5 % auf 1.200 Millionen Euro.',
    translation: { mode: 'provided', origin: 'pasted', targets: ['Revenue rose by 8.5% to 1,300 million euros.'] },
  });
  await page.goto(`/documents/${id}`);
  const list = findingsList(page);
  const numberFinding = list.getByTestId('finding').filter({ hasText: '1,300' }).first();
  await expect(numberFinding).toBeVisible();
  const before = await list.getByTestId('finding').count();
  await numberFinding.click();
  await list.focus();
  await page.keyboard.press('d');
  await expect(list.getByTestId('finding')).toHaveCount(before - 1);

  await page.reload();
  await expect(list.getByTestId('finding')).toHaveCount(before - 1);
  await page.getByLabel('show dismissed').check();
  const dismissed = list.getByTestId('finding').filter({ hasText: 'Dismissed by' });
  await expect(dismissed).toHaveCount(1);
  await dismissed.click();
  await list.getByRole('button', { name: /Undo dismissal/ }).click();
  await page.getByLabel('show dismissed').uncheck();
  await expect(list.getByTestId('finding')).toHaveCount(before);
});

test('a glossary term is checked on every segment; hovering shows word counterparts; the dictionary looks words up', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('Source term').fill('Maßnahme');
  await page.getByLabel('Required translation').fill('measure');
  await page.getByLabel('Forbidden variants (comma-separated)').fill('action');
  await page.getByRole('button', { name: 'Add term' }).click();
  await expect(page.getByRole('table', { name: 'Glossary' })).toContainText('Maßnahme');

  const id = await createDocument(page, {
    sourceLang: 'de',
    targetLang: 'en-US',
    text: 'Die Regierung beschloss eine neue Maßnahme gegen die Inflation.',
    translation: { mode: 'provided', origin: 'pasted', targets: ['The government decided on a new action against inflation.'] },
  });
  await page.goto(`/documents/${id}`);
  const list = findingsList(page);
  await expect(list.getByTestId('finding').filter({ hasText: 'terminology' }).first()).toBeVisible();

  // Hover a source word: its counterpart in the translation is outlined.
  const row = segment(page, 0);
  await row.hover();
  await row.getByTestId('source').getByText('Regierung', { exact: true }).hover();
  await expect(row.getByTestId('target').locator('.outline-sky-500').first()).toHaveText('government');

  // Select a word: the dictionary panel shows its translations.
  await row.getByTestId('source').getByText('Regierung', { exact: true }).dblclick();
  await expect(page.getByTestId('lookup')).toContainText('government');
});

test('at half-screen width the review panel hides to widen the text, stays hidden after a reload, and F8 brings it back', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 800 });
  await openSample(page);
  const list = findingsList(page);
  await expect(list.getByTestId('finding').first()).toBeVisible();
  const source = page.getByTestId('segment').first().getByTestId('source');
  const before = (await source.boundingBox())!.width;

  await page.getByRole('button', { name: 'Hide the review panel' }).click();
  await expect(list).toBeHidden();
  await expect.poll(async () => (await source.boundingBox())!.width).toBeGreaterThan(before + 100);

  await page.reload();
  await expect(page.getByTestId('segment').first()).toBeVisible();
  const show = page.getByRole('button', { name: /Show the review panel \([1-9]\d* open findings\)/ });
  await expect(show).toBeVisible();
  await expect(list).toBeHidden();

  // The next finding needs the panel: F8 shows it with that finding selected.
  await page.locator('body').press('F8');
  await expect(list.locator('[aria-selected="true"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Hide the review panel' }).click();
  await show.click();
  await expect(list).toBeVisible();
});
