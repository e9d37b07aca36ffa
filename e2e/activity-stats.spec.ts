import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createDocument, segment } from './helpers';
import { USERS } from './users';

// 5 + 5 + 4 + 6 = 20 source words; the same wording ("account" for „Bericht“) is corrected in 3 segments.
const SOURCE = 'Der Bericht wurde gestern veröffentlicht. Der neue Bericht ist fertig. Dieser Bericht ist teuer. Der Umsatz stieg um 5 Prozent.';
const MACHINE = ['The account was published yesterday.', 'The new account is ready.', 'This account is expensive.', 'Revenue rose by 6 percent.'];
const CORRECTED = ['The report was published yesterday.', 'The new report is ready.', 'This report is expensive.'];

test('edits and an export show in the activity trail; an LQA mark scores live; statistics, CSV and a glossary proposal', async ({ page }) => {
  const title = `Quartalsbericht ${Date.now()}`;
  const id = await createDocument(page, { title, sourceLang: 'de', targetLang: 'en-GB', text: SOURCE, translation: { mode: 'provided', origin: 'pasted', targets: MACHINE } });

  // Edit three segments in the review screen, the same correction each time.
  await page.goto(`/documents/${id}`);
  // Ctrl+Enter saves and opens the next segment.
  await segment(page, 0).getByTestId('target').click();
  for (const [i, text] of CORRECTED.entries()) {
    const box = page.getByLabel(`Translation of segment ${i + 1}`);
    await expect(box).toBeFocused();
    await box.fill(text);
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/api/segments/'));
    await box.press('Control+Enter');
    expect((await saved).ok()).toBe(true);
    await expect(segment(page, i).getByTestId('target')).toContainText(text);
  }
  await page.keyboard.press('Escape');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Text', exact: true }).click()]);
  expect(await readFile((await download.path())!, 'utf8')).toContain('The new report is ready.');

  // The activity trail: import, the edits and the export, each by the admin, newest first.
  await page.goto(`/documents/${id}/activity`);
  const entries = page.getByTestId('activity-entry');
  await expect(entries.first()).toHaveAttribute('data-action', 'export');
  await expect(entries.first()).toContainText(USERS.admin.name);
  await expect(entries.first()).toContainText('Exported as .txt');
  await expect(entries.filter({ hasText: 'Segment 1: edited (machine → edited)' })).toHaveCount(1);
  const imported = page.locator('[data-testid="activity-entry"][data-action="import"]');
  await expect(imported).toHaveCount(1);
  await expect(imported).toContainText(USERS.admin.name);
  await expect(imported).toContainText(`Imported “${title}” with 4 segments`);
  await page.getByLabel('Filter by action').selectOption('edit');
  await expect(entries).toHaveCount(3);
  for (const row of await entries.all()) await expect(row).toContainText(USERS.admin.name);
  await page.getByLabel('Filter by action').selectOption('');
  await page.getByLabel('Filter by person').selectOption(USERS.admin.name);
  await expect(entries).toHaveCount(5);
  await expect(page.getByRole('link', { name: '← Back to the document' })).toHaveAttribute('href', `/documents/${id}`);

  // Statistics: the edits, a CSV with the figures, and the recurring correction as a proposal.
  await page.goto(`/documents/${id}/stats`);
  const edited = page.getByTestId('figure').filter({ hasText: 'Edited' });
  await expect(edited).toContainText('3 of 4');
  await expect(page.getByRole('table', { name: 'Translators' })).toContainText(USERS.admin.name);
  const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
  expect(csvFile.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile((await csvFile.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFscope,segments,measured_segments,edited_segments,unchanged_share,')).toBe(true);
  // 4 segments, 4 measured, 3 edited, a quarter unchanged.
  expect(csv).toContain(`document: ${title},4,4,3,0.25,`);
  expect(csv).toContain(`translator: ${USERS.admin.name},3,3,3,0,`);

  const proposal = page.getByTestId('proposal').filter({ hasText: '‘account’ was changed to ‘report’ in 3 segments' });
  await expect(proposal).toContainText('„Bericht“');
  await proposal.getByRole('button', { name: 'Add to glossary' }).click();
  await expect(proposal).toContainText('In the glossary');
  const glossary = (await (await page.request.get('/api/glossary')).json()) as { entries: { sourceTerm: string; targetTerm: string; forbidden: string[] }[] };
  expect(glossary.entries).toContainEqual(expect.objectContaining({ sourceTerm: 'Bericht', targetTerm: 'report', forbidden: ['account'] }));

  // LQA: select the wrong number in segment 4 and mark it; the score updates without a reload.
  const lqa = page.getByRole('region', { name: 'Quality assessment (LQA)' });
  await expect(lqa.getByTestId('lqa-score')).toHaveText('0.0');
  await expect(lqa.getByTestId('lqa-verdict')).toHaveText('Pass');
  await page.getByLabel('Segment to mark').selectOption({ label: '4: Der Umsatz stieg um 5 Prozent.' });
  await lqa.getByTestId('lqa-target').evaluate((el) => {
    const node = el.firstChild!;
    const at = node.textContent!.indexOf('6');
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await expect(lqa.getByLabel('Marked words')).toHaveValue('6');
  await lqa.getByLabel('Category', { exact: true }).selectOption('accuracy/mistranslation');
  await lqa.getByLabel('Severity', { exact: true }).selectOption('major');
  await lqa.getByLabel('Note (optional)').fill('5 per cent in the source');
  await lqa.getByRole('button', { name: 'Mark error' }).click();
  // One major error (5 points) over 20 source words.
  await expect(lqa.getByTestId('lqa-score')).toHaveText('250.0');
  await expect(lqa.getByTestId('lqa-verdict')).toHaveText('Fail');
  await expect(lqa.getByTestId('marked-error')).toContainText('#4 target “6”');
  await expect(lqa.getByRole('table', { name: 'LQA errors by category' })).toContainText('accuracy/mistranslation');

  // The mark is in the activity trail too; deleting it brings the score back.
  await lqa.getByRole('button', { name: 'Delete the marked error “6” in segment 4' }).click();
  await expect(lqa.getByTestId('lqa-score')).toHaveText('0.0');
  await page.goto(`/documents/${id}/activity`);
  await expect(entries.first()).toContainText('Segment 4: removed a major accuracy/mistranslation error on ‘6’ (target)');
  await expect(entries.nth(1)).toContainText('Segment 4: marked a major accuracy/mistranslation error on ‘6’ (target)');
});
