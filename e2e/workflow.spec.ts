import { expect, test, type Browser } from '@playwright/test';
import { createDocument, segment } from './helpers';
import { storageFor, USERS, type E2eRole } from './users';

async function open(browser: Browser, role: E2eRole, id: number) {
  const context = await browser.newContext({ storageState: storageFor(role) });
  const page = await context.newPage();
  await page.goto(`/documents/${id}`);
  await expect(segment(page, 0)).toBeVisible();
  return { context, page };
}

const newDoc = (page: import('@playwright/test').Page, title: string) =>
  createDocument(page, {
    title,
    sourceLang: 'de',
    targetLang: 'en-US',
    text: 'Der Zug fährt um acht Uhr ab.\n\nDie Reise dauert zwei Stunden.\n\nDas Wetter ist gut.',
    translation: { mode: 'provided', origin: 'pasted', targets: ['The train leaves at eight o’clock.', 'The journey takes two hours.', 'The weather is good.'] },
  });

test('translator submits, the editor sees it live and approves with the keyboard, the translator sees the approval live', async ({ browser, page }) => {
  const id = await newDoc(page, 'Workflow live');
  const tom = await open(browser, 'translator', id);
  const edda = await open(browser, 'editor', id);

  // Presence: the editor sees the translator on the segment he is editing.
  await segment(tom.page, 0).getByTestId('target').click();
  await expect(segment(edda.page, 0).getByTestId('presence')).toContainText(USERS.translator.name, { timeout: 8_000 });

  await tom.page.getByLabel('Translation of segment 1').fill('The train departs at eight o’clock.');
  await tom.page.keyboard.press('Control+Enter');
  await tom.page.keyboard.press('Escape');
  await expect(segment(tom.page, 0).getByTestId('status')).toHaveText('edited');
  await segment(tom.page, 0).getByRole('button', { name: 'Submit' }).click();
  await expect(segment(tom.page, 0).getByTestId('status')).toHaveText('submitted');

  // Live: no reload on the editor's side.
  await expect(segment(edda.page, 0).getByTestId('status')).toHaveText('submitted', { timeout: 3_000 });
  await edda.page.getByLabel('Review changes').check();
  await edda.page.getByLabel('Needs review only').check();
  await expect(edda.page.getByTestId('segment')).toHaveCount(1);
  // Track changes attributed to the translator.
  await expect(segment(edda.page, 0).getByTestId('track-changes').locator(`ins[data-author="${USERS.translator.name}"]`)).toContainText('departs');
  await edda.page.locator('body').press('j');
  await expect(segment(edda.page, 0)).toHaveAttribute('aria-selected', 'true');
  await edda.page.locator('body').press('a');
  await expect(edda.page.getByTestId('segment')).toHaveCount(0);

  await expect(segment(tom.page, 0).getByTestId('status')).toHaveText('approved', { timeout: 3_000 });

  // The activity log has every step, with who did it.
  const log = (await (await page.request.get(`/api/documents/${id}/activity`)).json()) as { entries: { action: string; actor: string }[] };
  const steps = log.entries.map((e) => `${e.action}:${e.actor}`);
  expect(steps).toContain(`edit:${USERS.translator.name}`);
  expect(steps).toContain(`submit:${USERS.translator.name}`);
  expect(steps).toContain(`approve:${USERS.editor.name}`);
  expect(steps).toContain(`import:${USERS.admin.name}`);
  await tom.context.close();
  await edda.context.close();
});

test('rejecting with a reason, the translator answers, editing an approved segment reopens it', async ({ browser, page }) => {
  const id = await newDoc(page, 'Workflow reject');
  const tom = await open(browser, 'translator', id);
  await segment(tom.page, 1).getByRole('button', { name: 'Submit' }).click();
  await expect(segment(tom.page, 1).getByTestId('status')).toHaveText('submitted');

  const edda = await open(browser, 'editor', id);
  // The reason is asked in the app's dialog: it is required, Esc cancels, Enter confirms.
  await segment(edda.page, 1).getByRole('button', { name: 'Reject' }).click();
  const reject = edda.page.getByRole('dialog', { name: 'Reject segment 2' });
  await expect(reject.getByLabel('Reason (the translator sees this)')).toBeFocused();
  await edda.page.keyboard.press('Escape');
  await expect(reject).toBeHidden();
  await expect(segment(edda.page, 1).getByTestId('status')).toHaveText('submitted');
  await segment(edda.page, 1).getByRole('button', { name: 'Reject' }).click();
  await edda.page.keyboard.press('Enter');
  await expect(reject.getByRole('alert')).toContainText('Write a reason');
  await reject.getByLabel('Reason (the translator sees this)').fill('Use “trip”, not “journey”.');
  await edda.page.keyboard.press('Enter');
  await expect(reject).toBeHidden();
  await expect(segment(edda.page, 1).getByTestId('status')).toHaveText('rejected');

  await expect(segment(tom.page, 1).getByTestId('rejection')).toContainText('Use “trip”', { timeout: 3_000 });
  await segment(tom.page, 1).getByRole('button', { name: 'Reply' }).click();
  const reply = tom.page.getByRole('dialog', { name: 'Reply to the rejection of segment 2' });
  await reply.getByLabel('Your reply').fill('The style guide prefers “journey”.');
  await reply.getByRole('button', { name: 'Send reply' }).click();
  await expect(segment(tom.page, 1).getByTestId('status')).toHaveText('submitted');

  await expect(segment(edda.page, 1).getByTestId('status')).toHaveText('submitted', { timeout: 3_000 });
  await segment(edda.page, 1).getByRole('button', { name: 'Approve' }).click();
  await expect(segment(edda.page, 1).getByTestId('status')).toHaveText('approved');

  // An edit of an approved segment reopens it.
  await expect(segment(tom.page, 1).getByTestId('status')).toHaveText('approved', { timeout: 3_000 });
  await segment(tom.page, 1).getByTestId('target').click();
  await tom.page.getByLabel('Translation of segment 2').fill('The trip takes two hours.');
  await tom.page.keyboard.press('Control+Enter');
  await expect(segment(tom.page, 1).getByTestId('status')).toHaveText('edited');
  await tom.context.close();
  await edda.context.close();
});

test('bulk approve takes only submitted segments without open findings, after confirming how many', async ({ browser, page }) => {
  const id = await createDocument(page, {
    title: 'Workflow bulk',
    sourceLang: 'de',
    targetLang: 'en-US',
    text: 'Der Himmel ist blau.\n\nDas Gras ist grün.\n\nDer Umsatz stieg um 5 Prozent.',
    // The third translation has a wrong number: a finding keeps it out of the bulk approval.
    translation: { mode: 'provided', origin: 'pasted', targets: ['The sky is blue.', 'The grass is green.', 'Revenue rose by 7 percent.'] },
  });
  const tom = await open(browser, 'translator', id);
  for (const n of [0, 1, 2]) {
    await segment(tom.page, n).getByRole('button', { name: 'Submit' }).click();
    await expect(segment(tom.page, n).getByTestId('status')).toHaveText('submitted');
  }
  const edda = await open(browser, 'editor', id);
  const bulk = edda.page.getByRole('button', { name: 'Approve all unflagged…' });
  const confirm = edda.page.getByRole('dialog', { name: 'Approve 2 submitted segments?' });
  // Cancelled first: nothing is approved.
  await bulk.click();
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(segment(edda.page, 0).getByTestId('status')).toHaveText('submitted');
  await expect(bulk).toBeFocused();
  await bulk.click();
  await expect(confirm.getByRole('button', { name: 'Approve 2' })).toBeFocused();
  await edda.page.keyboard.press('Enter');
  await expect(edda.page.getByTestId('bulk-result')).toHaveText('2 approved');
  await expect(segment(edda.page, 0).getByTestId('status')).toHaveText('approved');
  await expect(segment(edda.page, 2).getByTestId('status')).toHaveText('submitted');
  await tom.context.close();
  await edda.context.close();
});

test('a comment thread: post, reply, resolve; the badge counts open threads', async ({ browser, page }) => {
  const id = await newDoc(page, 'Workflow comments');
  const edda = await open(browser, 'editor', id);
  await segment(edda.page, 2).getByTestId('comment-badge').click();
  await edda.page.getByLabel('New comment').fill('Is “good” right here, or “fine”?');
  await edda.page.getByRole('button', { name: 'Post comment' }).click();
  await expect(edda.page.getByTestId('thread')).toContainText('Is “good” right here');
  await expect(segment(edda.page, 2).getByTestId('comment-badge')).toHaveText('💬 1');

  const tom = await open(browser, 'translator', id);
  await expect(segment(tom.page, 2).getByTestId('comment-badge')).toHaveText('💬 1');
  await segment(tom.page, 2).getByTestId('comment-badge').click();
  await tom.page.getByLabel('Reply').fill('“good” is what the client uses.');
  await tom.page.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(edda.page.getByTestId('thread')).toContainText('what the client uses', { timeout: 3_000 });
  await edda.page.getByRole('button', { name: 'Resolve' }).click();
  await expect(segment(edda.page, 2).getByTestId('comment-badge')).toHaveText('Comment');
  await tom.context.close();
  await edda.context.close();
});

test('a viewer reads but cannot change anything, on screen and on the server', async ({ browser, page }) => {
  const id = await newDoc(page, 'Workflow viewer');
  const vera = await open(browser, 'viewer', id);
  await expect(segment(vera.page, 0).getByRole('button', { name: 'Submit' })).toHaveCount(0);
  const detail = (await (await vera.page.request.get(`/api/documents/${id}`)).json()) as { document: { segments: { id: number }[] } };
  const res = await vera.page.request.put(`/api/segments/${detail.document.segments[0]!.id}`, { data: { text: 'Changed.', baseVersion: 1 } });
  expect(res.status()).toBe(403);
  expect(((await res.json()) as { error: { message: string } }).error.message).toContain('translator');
  await vera.context.close();
});

test('a signed-out visitor is sent to sign-in and comes back after signing in', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  // The API says so too, in the one error shape.
  const api = await context.request.get('/api/documents');
  expect(api.status()).toBe(401);
  expect(((await api.json()) as { error: { message: string } }).error.message).toContain('Sign in');
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings/);
  await page.getByLabel('E-mail').fill(USERS.editor.email);
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('[role="alert"]:not(#__next-route-announcer__)')).toContainText('E-mail or password is wrong');
  await page.getByLabel('Password').fill(USERS.editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByTestId('signed-in-as')).toContainText(USERS.editor.name);
  await context.close();
});
