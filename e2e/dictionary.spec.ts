import { expect, test } from '@playwright/test';
import { openSample } from './helpers';

// The Dictionary panel and the hover read the same word alignment: the sense the aligned counterpart matches comes first.
test('the Dictionary panel shows the sense of the aligned counterpart first, not the lexicon’s first sense', async ({ page }) => {
  // Without a segment the lexicon's own order stands, and "company" is not its first sense of „Unternehmen“.
  const plain = await page.request.get('/api/lexicon?word=Unternehmen&from=de');
  expect(plain.ok()).toBeTruthy();
  const { translations } = (await plain.json()) as { translations: string[] };
  expect(translations).toContain('company');
  expect(translations[0]).not.toBe('company');

  await openSample(page);
  const row = page.getByTestId('segment').filter({ hasText: 'jahrhundertealtes Unternehmen' });
  await row.hover();
  const word = row.getByTestId('source').getByText('Unternehmen', { exact: true });
  // The hover outlines the counterpart in the translation…
  await word.hover();
  await expect(row.getByTestId('target').locator('.outline-sky-500').first()).toHaveText('company');
  // …and the Dictionary panel ranks that sense first.
  await word.dblclick();
  const lookup = page.getByTestId('lookup');
  await expect(lookup.getByTestId('lookup-counterparts')).toContainText('company');
  const first = lookup.getByTestId('lookup-senses').getByRole('listitem').first();
  await expect(first).toContainText('company');
  await expect(first).toHaveAttribute('data-aligned', 'true');

  // A lower-case compound adjective is glossed by its adjective head: „jahrhundertealtes“ is old, not "old woman".
  await row.getByTestId('source').getByText('jahrhundertealtes', { exact: true }).dblclick();
  await expect(lookup).toContainText('jahrhundertealtes');
  await expect(lookup.getByTestId('lookup-senses').getByRole('listitem').first()).toContainText('old');
  await expect(lookup).not.toContainText('squaw');
});
