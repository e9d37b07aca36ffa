import { expect, test } from '@playwright/test';

test('an admin adds a person; they sign in, change their password, sign out and back in with the new one', async ({ page, browser }) => {
  const email = `pat-${Date.now()}@example.org`;
  const created = await page.request.post('/api/users', { data: { name: 'Pat Proofreader', email, password: 'first-pass-1', role: 'translator' } });
  expect(created.status()).toBe(201);
  const duplicate = await page.request.post('/api/users', { data: { name: 'Pat again', email, password: 'first-pass-1', role: 'viewer' } });
  expect(duplicate.status()).toBe(409);

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const p = await context.newPage();
  await p.goto('/sign-in');
  await p.getByLabel('E-mail').fill(email);
  await p.getByLabel('Password').fill('first-pass-1');
  await p.getByRole('button', { name: 'Sign in' }).click();
  await expect(p.getByTestId('signed-in-as')).toContainText('Pat Proofreader (translator)');

  await p.getByTestId('signed-in-as').click();
  await p.getByLabel('Current password').fill('wrong-pass-9');
  await p.getByLabel(/New password/).fill('second-pass-2');
  await p.getByRole('button', { name: 'Change password' }).click();
  await expect(p.locator('[role="alert"]:not(#__next-route-announcer__)')).toContainText('current password is wrong');
  await p.getByLabel('Current password').fill('first-pass-1');
  await p.getByRole('button', { name: 'Change password' }).click();
  await expect(p.getByRole('status').filter({ hasText: 'Password changed' })).toBeVisible();

  await p.getByRole('button', { name: 'Sign out' }).click();
  await expect(p).toHaveURL(/\/sign-in/);
  await p.getByLabel('E-mail').fill(email);
  await p.getByLabel('Password').fill('first-pass-1');
  await p.getByRole('button', { name: 'Sign in' }).click();
  await expect(p.locator('[role="alert"]:not(#__next-route-announcer__)')).toContainText('E-mail or password is wrong');
  await p.getByLabel('Password').fill('second-pass-2');
  await p.getByRole('button', { name: 'Sign in' }).click();
  await expect(p.getByTestId('signed-in-as')).toContainText('Pat Proofreader');
  await context.close();
});
