import { expect, test, type Page } from '@playwright/test';
import { openSample } from './helpers';
import { USERS } from './users';

/** Collects what the browser reports as Content-Security-Policy violations while a page is used. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) seen.push(msg.text());
  });
  page.on('pageerror', (err) => {
    if (/Content Security Policy/i.test(err.message)) seen.push(err.message);
  });
  return seen;
}

test('pages and the API carry the security headers; the page policy has a fresh nonce and no inline scripts', async ({ page }) => {
  const first = await page.request.get('/');
  const second = await page.request.get('/sign-in');
  for (const res of [first, second]) {
    const headers = res.headers();
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    // Plain http here: HSTS would be meaningless, and upgrading requests would break the page.
    expect(headers['strict-transport-security']).toBeUndefined();
    expect(csp).not.toContain('upgrade-insecure-requests');
  }
  const nonce = (res: typeof first) => /'nonce-([^']+)'/.exec(res.headers()['content-security-policy'] ?? '')?.[1];
  expect(nonce(first)).not.toBe(nonce(second));
  // Every script in the page carries the nonce of its response.
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce(first)}"`);

  const api = (await page.request.get('/api/me')).headers();
  expect(api['x-content-type-options']).toBe('nosniff');
  expect(api['x-frame-options']).toBe('DENY');
  expect(api['content-security-policy']).toContain("default-src 'none'");
});

test('no Content-Security-Policy violations on the start page, a review screen and the statistics', async ({ page }) => {
  const violations = cspViolations(page);
  await openSample(page);
  // The review screen is interactive (hydrated): a click opens the editor.
  await page.getByTestId('segment').first().getByTestId('target').click();
  await expect(page.getByLabel('Translation of segment 1')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.goto('/stats');
  await expect(page.getByRole('heading').first()).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Xiaomi bestätigt/ })).toBeVisible();
  expect(violations).toEqual([]);
});

test.describe('signed out', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('the sign-in page has no CSP violations, and ?next=/%5Cevil.example ends on this site after signing in', async ({ page, baseURL }) => {
    const violations = cspViolations(page);
    for (const hostile of ['/sign-in?next=/%5Cevil.example', '/sign-in?next=/%09/evil.example']) {
      await page.context().clearCookies();
      await page.goto(hostile);
      await page.getByLabel('E-mail').fill(USERS.viewer.email);
      await page.getByLabel('Password').fill(USERS.viewer.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByTestId('signed-in-as')).toContainText('(viewer)');
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    }
    expect(violations).toEqual([]);
  });

  test('a sign-in whose cookie the browser does not keep says so instead of failing silently', async ({ page }) => {
    // Stands in for a Secure cookie on plain http: the response arrives without its cookie.
    await page.route('**/api/auth/sign-in/email', async (route) => {
      const res = await route.fetch();
      // route.fetch() shares the context's cookie jar, which has just kept the cookie.
      await page.context().clearCookies();
      const headers = Object.fromEntries(Object.entries(res.headers()).filter(([name]) => name !== 'set-cookie'));
      await route.fulfill({ response: res, headers });
    });
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(USERS.viewer.email);
    await page.getByLabel('Password').fill(USERS.viewer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'your browser refused the session cookie' })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
