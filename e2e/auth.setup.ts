import { expect, test as setup } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { USERS, storageFor } from './users';

mkdirSync(path.dirname(storageFor('admin')), { recursive: true });

setup('the first person creates the admin account; the admin adds a translator, an editor and a viewer', async ({ page, browser }) => {
  await page.goto('/');
  // Signed out: sent to sign-in, which on a fresh installation offers to create the admin.
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { name: 'Create the admin account' })).toBeVisible();
  await page.getByLabel('Name').fill(USERS.admin.name);
  await page.getByLabel('E-mail').fill(USERS.admin.email);
  await page.getByLabel('Password').fill(USERS.admin.password);
  await page.getByRole('button', { name: 'Create admin account' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText('(admin)');
  // The sample is there right away.
  await expect(page.getByRole('link', { name: /Xiaomi bestätigt/ })).toBeVisible();
  await page.context().storageState({ path: storageFor('admin') });

  await page.goto('/users');
  for (const role of ['translator', 'editor', 'viewer'] as const) {
    const u = USERS[role];
    await page.getByLabel('Name', { exact: true }).fill(u.name);
    await page.getByLabel('E-mail').fill(u.email);
    await page.getByLabel('Initial password').fill(u.password);
    await page.getByLabel('Role', { exact: true }).selectOption(role);
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('table', { name: 'Users' })).toContainText(u.email);
  }

  for (const role of ['translator', 'editor', 'viewer'] as const) {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto('/sign-in');
    await p.getByLabel('E-mail').fill(USERS[role].email);
    await p.getByLabel('Password').fill(USERS[role].password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await expect(p.getByTestId('signed-in-as')).toContainText(`(${role})`);
    await context.storageState({ path: storageFor(role) });
    await context.close();
  }
});
