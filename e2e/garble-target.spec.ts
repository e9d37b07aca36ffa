import { expect, test } from '@playwright/test';
import { openSample } from './helpers';

test('the sample opens with the English copy of a garble marked and tied to its source finding', async ({ page }) => {
  await openSample(page);
  const row = page.getByTestId('segment').filter({ hasText: 'Befristete strategische Zusammenarbeit' });
  // The translation keeps the stranded „Juli“ ("come to market July"): marked in the English column.
  await expect(row.getByTestId('target').locator('[data-finding]', { hasText: 'July' })).toBeVisible();

  const list = page.getByRole('listbox', { name: 'Findings' });
  const copy = list.locator('[data-testid="finding"][data-side="target"]', { hasText: 'copies the garbled source: “July”' });
  const original = list.locator('[data-testid="finding"][data-side="source"]', { hasText: '„Juli“ is stranded' });
  await expect(copy).toHaveCount(1);
  await expect(copy.getByTestId('tie')).toContainText('Same problem in the source');

  // Selecting the copy shows its source finding with it: in the list and as a ringed mark in the source text.
  await copy.click();
  await expect(copy).toHaveAttribute('aria-selected', 'true');
  await expect(original).toHaveAttribute('data-tied', 'true');
  await expect(row.getByTestId('source').locator('[data-selected="true"]', { hasText: 'Juli' })).toBeVisible();
  await expect(row.getByTestId('target').locator('[data-selected="true"]', { hasText: 'July' })).toBeVisible();

  // And the other way round: the tie on the source finding selects the copy.
  await original.getByTestId('tie').click();
  await expect(copy).toHaveAttribute('aria-selected', 'true');

  // The doubled closing quote with its fragment is marked on both sides and tied as well.
  const fragment = list.locator('[data-testid="finding"][data-side="target"]', { hasText: 'Technologies.' });
  await expect(fragment.getByTestId('tie')).toContainText('Same problem in the source');
});
