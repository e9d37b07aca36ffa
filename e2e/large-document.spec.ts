import { expect, test } from '@playwright/test';
import { createDocument } from './helpers';
import { largeDocument } from './large-document';

interface ApiSegment {
  id: number;
  position: number;
  targetText: string;
  status: string;
}

test('a 5,000-segment document opens with few rows in the page and is edited with the keyboard from start to end', async ({ page }) => {
  test.setTimeout(240_000);
  const doc = largeDocument(5000);
  // Over the old default limit of 200,000 characters: a real job is accepted.
  expect(doc.characters).toBeGreaterThan(200_000);
  const id = await createDocument(page, {
    title: doc.title,
    sourceLang: 'de',
    targetLang: 'en-GB',
    text: doc.text,
    translation: { mode: 'provided', origin: 'pasted', targets: doc.targets },
  });

  await page.goto(`/documents/${id}`);
  await expect(page.getByTestId('segment').first()).toBeVisible({ timeout: 30_000 });
  // Only the rows near the viewport are in the DOM; the grid still tells screen readers how many there are.
  const mounted = await page.getByTestId('segment').count();
  expect(mounted).toBeGreaterThan(5);
  expect(mounted).toBeLessThan(100);
  await expect(page.getByRole('grid', { name: 'Segments' })).toHaveAttribute('aria-rowcount', '5001');

  // Type in segment 1, Ctrl+Enter saves it and moves to segment 2.
  await page.getByTestId('segment').first().getByTestId('target').click();
  const first = page.getByLabel('Translation of segment 1');
  await expect(first).toBeFocused();
  await first.press('End');
  await first.pressSequentially(' (checked)');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByLabel('Translation of segment 2')).toBeFocused();
  await page.keyboard.press('Escape');

  // Shift+F8 from no selection goes to one of the last findings: far down, in rows that were not mounted.
  await expect(page.getByTestId('findings-total')).toHaveText(/^\d+ open findings?$/, { timeout: 120_000 });
  await page.keyboard.press('Shift+F8');
  const selected = page.getByRole('listbox', { name: 'Findings' }).locator('[aria-selected="true"]');
  await expect(selected).toHaveCount(1);
  const position = Number((await selected.textContent())?.match(/#(\d+)/)?.[1]);
  expect(position).toBeGreaterThan(4000);
  // F8 gives the keyboard to that segment's translation; Enter edits it.
  const farTarget = page
    .getByTestId('segment')
    .filter({ has: page.getByRole('rowheader', { name: String(position), exact: true }) })
    .getByTestId('target');
  await expect(farTarget).toBeFocused();
  await page.keyboard.press('Enter');
  const box = page.getByLabel(`Translation of segment ${position}`);
  await expect(box).toBeFocused();
  await box.press('End');
  await box.pressSequentially(' (far)');
  // Ctrl+Enter on the far segment: saved, and the one after it gets the keyboard.
  await page.keyboard.press('Control+Enter');
  await expect(page.getByLabel(`Translation of segment ${position + 1}`)).toBeFocused();
  expect(await page.getByTestId('segment').count()).toBeLessThan(100);

  // Both saves landed on the server.
  await expect
    .poll(async () => {
      // A kept-alive connection the server closed meanwhile (ECONNRESET) is asked again, not a failure.
      const res = await page.request.get(`/api/documents/${id}`).catch(() => null);
      if (!res?.ok()) return null;
      const segments = ((await res.json()) as { document: { segments: ApiSegment[] } }).document.segments;
      return [segments[0]!.targetText, segments[position - 1]!.targetText];
      // Each answer carries 5,000 segments, behind the refetches the saves started: seconds on a busy machine.
    }, { timeout: 60_000 })
    .toEqual([`${doc.targets[0]} (checked)`, `${doc.targets[position - 1]} (far)`]);
});
