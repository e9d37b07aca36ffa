import { expect, test, type Page } from '@playwright/test';
import { createDocument, openSample, segment } from './helpers';

const findingsList = (page: Page) => page.getByRole('listbox', { name: 'Findings' });
const selectedFinding = (page: Page) => findingsList(page).locator('[aria-selected="true"]');

test('F8 gives the keyboard to the finding’s translation: Enter edits it, Esc goes back to the findings list', async ({ page }) => {
  await openSample(page);
  await expect(findingsList(page).getByTestId('finding').first()).toBeVisible();
  await page.locator('body').press('F8');
  await expect(selectedFinding(page)).toHaveCount(1);
  const position = /#(\d+)/.exec((await selectedFinding(page).textContent()) ?? '')![1];
  const target = segment(page, Number(position) - 1).getByTestId('target');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(`Translation of segment ${position}`)).toBeFocused();
  // Esc leaves the field (nothing typed, nothing saved), a second Esc returns to the findings list.
  await page.keyboard.press('Escape');
  await expect(target).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(findingsList(page)).toBeFocused();
});

test('the skip link reaches the first segment; the panel tabs follow the arrow keys', async ({ page }) => {
  await openSample(page);
  await page.getByRole('link', { name: 'Skip to first segment' }).focus();
  await page.keyboard.press('Enter');
  await expect(segment(page, 0).getByTestId('target')).toBeFocused();

  await page.getByRole('tab', { name: 'Findings' }).focus();
  await page.keyboard.press('ArrowRight');
  // The next tab after Findings: the translation memory's Matches.
  const matches = page.getByRole('tab', { name: 'Matches' });
  await expect(matches).toBeFocused();
  await expect(matches).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'panel-tab-matches');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Findings' })).toHaveAttribute('aria-selected', 'true');
});

test('after f (fix) and d (dismiss) the selection moves to the next finding, not back to the first', async ({ page }) => {
  const names = ['Anna', 'Bert', 'Carla', 'Dora'];
  const id = await createDocument(page, {
    sourceLang: 'de',
    targetLang: 'en-US',
    text: names.map((n) => `${n} sagte „Hallo“ zu allen Gästen.`).join('\n\n'),
    translation: { mode: 'provided', origin: 'pasted', targets: names.map((n) => `${n} said „Hello“ to all the guests.`) },
  });
  await page.goto(`/documents/${id}`);
  const list = findingsList(page);
  const quotes = list.getByTestId('finding').filter({ hasText: /quot/i });
  await expect(quotes).toHaveCount(4);
  // The second quote finding (Bert's), fixed with f: the selection goes on to Carla's.
  await quotes.nth(1).click();
  await expect(selectedFinding(page)).toContainText('#2');
  await list.focus();
  await page.keyboard.press('f');
  await expect(segment(page, 1).getByTestId('target')).toHaveText('Bert said “Hello” to all the guests.');
  await expect(quotes).toHaveCount(3);
  await expect(selectedFinding(page)).toContainText('#3');
  // Dismissed with d: on to Dora's.
  await page.keyboard.press('d');
  await expect(quotes).toHaveCount(2);
  await expect(selectedFinding(page)).toContainText('#4');
});

test('restoring a revision while the segment is open replaces the text in the field, and the next save lands', async ({ page }) => {
  // Its own document: the sample's edit counts belong to review.spec.
  const before = 'The manual describes every option of the program in detail and gives an example for each one of them.';
  const id = await createDocument(page, {
    sourceLang: 'de',
    targetLang: 'en-GB',
    text: 'Das Handbuch beschreibt jede Option des Programms ausführlich und gibt zu jeder ein Beispiel.\n\nDie Beispiele stehen am Ende.',
    translation: { mode: 'provided', origin: 'pasted', targets: [before, 'The examples are at the end.'] },
  });
  await page.goto(`/documents/${id}`);
  const row = segment(page, 0);
  await row.getByTestId('target').click();
  const box = page.getByLabel('Translation of segment 1');
  await box.fill(`${before} (first)`);
  await page.keyboard.press('Control+Enter');
  await expect(row.getByTestId('status')).toHaveText('edited');
  await page.keyboard.press('Escape');

  await row.getByTestId('target').click();
  await expect(box).toHaveValue(`${before} (first)`);
  await page.keyboard.press('Alt+h');
  const history = page.getByRole('complementary', { name: 'Segment history' });
  await history.getByRole('button', { name: 'Restore this' }).click();
  await expect(history.getByTestId('revision')).toHaveCount(3);
  // The open field shows the restored text…
  await expect(box).toHaveValue(before);
  await history.getByRole('button', { name: 'Close history' }).click();
  // …and an edit on it is saved, not dropped.
  await box.click();
  await box.press('Control+End');
  await box.pressSequentially(' (second)');
  await page.keyboard.press('Control+Enter');
  await expect(row.getByTestId('target')).toHaveText(`${before} (second)`);
  await expect(row.getByTestId('status')).toHaveText('edited');
  const res = await page.request.get(`/api/segments/${await row.getAttribute('data-segment-id')}/revisions`);
  const revisions = ((await res.json()) as { revisions: { text: string }[] }).revisions;
  expect(revisions.at(-1)?.text).toBe(`${before} (second)`);
});
