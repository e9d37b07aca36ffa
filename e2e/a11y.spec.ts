import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openSample } from './helpers';

/**
 * Known and left for the review-screen rewrite (issue 15): the findings list is a listbox whose options hold
 * buttons (the "same problem in the source" ties, and the fix/dismiss actions of the selected finding).
 */
const KNOWN = [{ rule: 'nested-interactive', within: '[role="listbox"][aria-label="Findings"]' }];

/** Serious and critical axe violations on the page as it is now, one line each (rule, node, message). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const lines: string[] = [];
  for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
    for (const n of v.nodes) {
      const selector = n.target.join(' ');
      const known = KNOWN.find((k) => k.rule === v.id);
      if (known && (await page.locator(known.within).locator(selector).count()) > 0) continue;
      lines.push(`${v.id}: ${selector} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`);
    }
  }
  return lines;
}

test('the documents list, settings, users and sign-in pages have no serious or critical axe violations', async ({ page, browser }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Xiaomi bestätigt/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/settings');
  await expect(page.getByRole('heading').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/users');
  await expect(page.getByRole('table', { name: 'Users' })).toContainText('@');
  expect(await seriousViolations(page)).toEqual([]);
  // The app's dialog, open.
  await page.getByRole('button', { name: /^Reset the password of/ }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const signIn = await context.newPage();
  await signIn.goto('/sign-in');
  await expect(signIn.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await seriousViolations(signIn)).toEqual([]);
  await context.close();
});

test('the review screen has no serious or critical axe violations', async ({ page }) => {
  await openSample(page);
  expect(await seriousViolations(page)).toEqual([]);
});
