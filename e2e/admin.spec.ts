import { expect, test, type Browser } from '@playwright/test';

const signedOut = { storageState: { cookies: [], origins: [] } };

/** A new translator account (through the API), signed in in a browser of its own. */
async function signedInPerson(browser: Browser, page: import('@playwright/test').Page, name: string, password: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}@example.org`;
  const created = await page.request.post('/api/users', { data: { name, email, password, role: 'translator' } });
  expect(created.status()).toBe(201);
  const context = await browser.newContext(signedOut);
  const p = await context.newPage();
  await signIn(p, email, password);
  await expect(p.getByTestId('signed-in-as')).toContainText(name);
  return { email, context, page: p };
}

async function signIn(p: import('@playwright/test').Page, email: string, password: string) {
  await p.goto('/sign-in');
  await p.getByLabel('E-mail').fill(email);
  await p.getByLabel('Password').fill(password);
  await p.getByRole('button', { name: 'Sign in' }).click();
}

const alert = (p: import('@playwright/test').Page) => p.locator('[role="alert"]:not(#__next-route-announcer__)');

test('an admin deactivates an account: its session ends at once, sign-in says why; reactivated, it signs in again', async ({ browser, page }) => {
  const dora = await signedInPerson(browser, page, 'Dora Deactivated', 'dora-secret-1');
  await page.goto('/users');
  const row = page.getByTestId('user-row').filter({ hasText: dora.email });
  await row.getByRole('button', { name: 'Deactivate Dora Deactivated' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deactivate Dora Deactivated?' });
  await expect(dialog).toContainText('signed out at once');
  await dialog.getByRole('button', { name: 'Deactivate' }).click();
  await expect(row).toContainText('Deactivated');

  // Her open session no longer works: the next request is refused.
  await dora.page.reload();
  await expect(alert(dora.page)).toContainText('Your session has ended');
  await expect(dora.page.getByTestId('signed-in-as')).toBeHidden();
  await signIn(dora.page, dora.email, 'dora-secret-1');
  await expect(alert(dora.page)).toContainText('This account has been deactivated');
  await expect(alert(dora.page)).toContainText('Ask an admin');

  await row.getByRole('button', { name: 'Reactivate Dora Deactivated' }).click();
  await expect(row).toContainText('Active');
  await dora.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(dora.page.getByTestId('signed-in-as')).toContainText('Dora Deactivated');
  await dora.context.close();
});

test('an admin resets a password: generated, shown once; the old sessions end and the new password signs in', async ({ browser, page }) => {
  const rex = await signedInPerson(browser, page, 'Rex Reset', 'rex-secret-1');
  await page.goto('/users');
  const row = page.getByTestId('user-row').filter({ hasText: rex.email });
  await row.getByRole('button', { name: 'Reset the password of Rex Reset' }).click();
  const ask = page.getByRole('dialog', { name: 'Reset the password of Rex Reset' });
  await expect(ask.getByLabel('Temporary password (optional)')).toBeFocused();
  // Tab stays inside the dialog.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  await ask.getByLabel('Temporary password (optional)').fill('short');
  await expect(ask.getByRole('button', { name: 'Set this password' })).toBeDisabled();
  await ask.getByLabel('Temporary password (optional)').fill('');
  await ask.getByRole('button', { name: 'Generate a password' }).click();
  const shown = page.getByRole('dialog', { name: 'New password for Rex Reset' });
  const password = (await shown.getByTestId('new-password').textContent()) ?? '';
  expect(password).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toBeHidden();
  // Shown once: opening the dialog again asks afresh.
  await row.getByRole('button', { name: 'Reset the password of Rex Reset' }).click();
  await expect(page.getByRole('dialog', { name: 'Reset the password of Rex Reset' })).not.toContainText(password);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await rex.page.reload();
  await expect(alert(rex.page)).toContainText('Your session has ended');
  await signIn(rex.page, rex.email, 'rex-secret-1');
  await expect(alert(rex.page)).toContainText('E-mail or password is wrong');
  await rex.page.getByLabel('Password').fill(password);
  await rex.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(rex.page.getByTestId('signed-in-as')).toContainText('Rex Reset');

  // A typed temporary password works too.
  await row.getByRole('button', { name: 'Reset the password of Rex Reset' }).click();
  await page.getByLabel('Temporary password (optional)').fill('typed-temp-pass-1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New password for Rex Reset' }).getByTestId('new-password')).toHaveText('typed-temp-pass-1');
  await rex.context.close();
});

test('after too many sign-in attempts the page says how long to wait and counts down', async ({ browser }) => {
  const context = await browser.newContext(signedOut);
  const p = await context.newPage();
  // The server's limit (and its 429 body) is tested in lib/auth/auth.db.test.ts; here the e2e server allows 1000 a minute.
  await p.route('**/api/auth/sign-in/email', (route) =>
    route.fulfill({
      status: 429,
      headers: { 'retry-after': '3' },
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'rate-limited', message: 'Too many sign-in attempts for this account. Wait 3 seconds, then try again.', details: { retryAfterSeconds: 3 } } }),
    }),
  );
  await signIn(p, 'nobody@example.org', 'wrong-password');
  await expect(alert(p)).toContainText('Too many sign-in attempts for this account. Wait 3 seconds');
  await expect(p.getByRole('button', { name: /Sign in/ })).toBeDisabled();
  await expect(alert(p)).toContainText(/Wait [12] seconds?/, { timeout: 2_500 });
  await expect(p.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled({ timeout: 4_000 });
  await expect(alert(p)).toHaveCount(0);
  await context.close();
});
