import { expect, test } from '@playwright/test';
import { createDocument } from './helpers';

test('Riskiest first puts the segment with a likely error on top, and its finding shows the probability', async ({ page }) => {
  const id = await createDocument(page, {
    sourceLang: 'de',
    targetLang: 'en-US',
    text: 'Die Firma wurde 1998 in Berlin gegründet. Heute arbeiten dort viele Menschen. Der Umsatz stieg im letzten Jahr um 5 Prozent.',
    translation: {
      mode: 'provided',
      origin: 'pasted',
      targets: ['The company was founded in Berlin in 1998.', 'Today many people work there.', 'Revenue rose by 6 percent last year.'],
    },
  });
  await page.goto(`/documents/${id}`);
  const segments = page.getByTestId('segment');
  await expect(segments).toHaveCount(3);
  await expect(segments.first()).toContainText('Die Firma wurde 1998');
  await expect(page.getByTestId('findings-total')).toHaveText('1 open finding');

  await page.getByRole('radio', { name: 'Riskiest first' }).click();
  await expect(segments.first()).toContainText('Der Umsatz stieg');
  await expect(segments.first().getByTestId('risk')).toHaveText(/1 finding · risk \d+ %/);
  // The clean segments show no risk at all.
  await expect(segments.nth(1).getByTestId('risk')).toHaveCount(0);

  const finding = page.getByRole('listbox', { name: 'Findings' }).getByTestId('finding').filter({ hasText: '5 Prozent' });
  const probability = finding.getByTestId('probability');
  await expect(probability).toHaveText(/likely error \d+ %/);
  expect(Number(/(\d+) %/.exec((await probability.textContent()) ?? '')?.[1])).toBeGreaterThan(50);

  await page.getByRole('radio', { name: 'Document order' }).click();
  await expect(segments.first()).toContainText('Die Firma wurde 1998');
});
