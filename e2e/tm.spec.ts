import { expect, test } from '@playwright/test';
import { createDocument, segment } from './helpers';

test('a segment approved in one document is offered in another: score, origin, Ctrl+1 inserts it, Alt+K finds it', async ({ page }) => {
  // A word of its own per run, so that matches from earlier runs on the same data directory cannot stand in.
  const service = `Dienst${Date.now().toString(36)}`;
  const titleA = `Handbuch ${service}`;
  const approved = `The ${service} service restarts on its own after booting.`;
  const a = await createDocument(page, {
    title: titleA,
    sourceLang: 'de',
    targetLang: 'en-US',
    text: `Der ${service} startet nach dem Booten automatisch neu.\n\nDas Protokoll liegt unter /var/log.`,
    translation: { mode: 'provided', origin: 'pasted', targets: [`The ${service} automatically starts again after the boot.`, 'The log is in /var/log.'] },
  });

  // Approve the first segment of document A in the browser: edit, submit, approve.
  await page.goto(`/documents/${a}`);
  await segment(page, 0).getByTestId('target').click();
  await page.getByLabel('Translation of segment 1').fill(approved);
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Escape');
  await expect(segment(page, 0).getByTestId('status')).toHaveText('edited');
  await segment(page, 0).getByRole('button', { name: 'Submit' }).click();
  await expect(segment(page, 0).getByTestId('status')).toHaveText('submitted');
  await segment(page, 0).getByRole('button', { name: 'Approve' }).click();
  await expect(segment(page, 0).getByTestId('status')).toHaveText('approved');

  // Document B has a similar sentence: one word more (8 of 9 words equal → 88 %).
  const b = await createDocument(page, {
    title: `Notizen ${service}`,
    sourceLang: 'de',
    targetLang: 'en-GB',
    text: `Der ${service} startet nach dem Booten nicht automatisch neu.`,
    translation: { mode: 'provided', origin: 'pasted', targets: ['Machine text to replace.'] },
  });
  await page.goto(`/documents/${b}`);
  await segment(page, 0).getByTestId('target').click();
  const box = page.getByLabel('Translation of segment 1');
  await expect(box).toBeFocused();
  await page.getByRole('tab', { name: 'Matches' }).click();
  const match = page.getByTestId('tm-match').first();
  await expect(match.getByTestId('tm-score')).toHaveText('88 %');
  await expect(match).toContainText(titleA);
  await expect(match).toContainText('approved');
  await expect(match.getByTestId('tm-target')).toHaveText(approved);
  // The word diff shows what the current source has that the stored one had not.
  await expect(match.locator('ins')).toContainText('nicht');

  // Ctrl+1 puts match 1 into the translation being edited; it is saved like typed text.
  await box.focus();
  await page.keyboard.press('Control+1');
  await expect(box).toHaveValue(approved);
  const save = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/api/segments/'));
  await page.keyboard.press('Control+Enter');
  expect((await save).status()).toBe(200);
  await expect(segment(page, 0).getByTestId('target')).toHaveText(approved);

  // An editor feeds a TMX file from a CAT tool into the memory from the Matches tab.
  const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="de" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="test" creationtool="test" creationtoolversion="1"/>
<body><tu tuid="1"><tuv xml:lang="de"><seg>Der ${service} protokolliert jeden Neustart.</seg></tuv><tuv xml:lang="en"><seg>The ${service} logs every restart.</seg></tuv></tu></body></tmx>`;
  await page.getByLabel('Import a TMX into the memory…').setInputFiles({ name: 'werkstatt.tmx', mimeType: 'application/x-tmx+xml', buffer: Buffer.from(tmx) });
  await expect(page.getByText('1 pairs added to the translation memory')).toBeVisible();

  // Alt+K: the concordance search, focus inside, Esc closes it.
  await page.keyboard.press('Alt+k');
  const dialog = page.getByRole('dialog', { name: 'Search the translation memory' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByLabel('Words to search for');
  await expect(input).toBeFocused();
  await input.fill(service.toLowerCase());
  // Document A's approved pair (document B's copy of it is there too, marked edited, not approved).
  const hit = dialog.getByTestId('concordance-hit').filter({ hasText: titleA });
  await expect(hit).toContainText(approved);
  await expect(hit).toContainText('approved');
  await expect(dialog.getByTestId('concordance-hit').filter({ hasText: `Notizen ${service}` })).toContainText('edited, not approved');
  // The imported pair, found by a word of its target.
  await dialog.getByLabel('Where to search').selectOption('target');
  await input.fill('every restart');
  await expect(dialog.getByTestId('concordance-hit')).toHaveCount(1);
  await expect(dialog.getByTestId('concordance-hit')).toContainText('werkstatt.tmx');
  await input.focus();
  // Tab stays in the dialog: from the last control it comes back to the first.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // A new document with document A's sentence word for word, imported without a translation: the memory's
  // translation is filled in and labelled as such, not as DeepL.
  const c = await createDocument(page, {
    title: `Neu ${service}`,
    sourceLang: 'de',
    targetLang: 'en-US',
    text: `Der ${service} startet nach dem Booten automatisch neu.`,
    translation: { mode: 'none' },
  });
  await page.goto(`/documents/${c}`);
  await expect(segment(page, 0).getByTestId('target')).toHaveText(approved);
  await expect(segment(page, 0).getByTestId('status')).toHaveText('TM 100 %');
});
