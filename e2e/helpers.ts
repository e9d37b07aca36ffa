/** Page helpers shared by the end-to-end specs. */
import { expect, type Page } from '@playwright/test';

export const DEEPL_URL = `http://127.0.0.1:${process.env.E2E_DEEPL_PORT ?? 3199}`;

/** Opens the bundled sample document from the documents list. */
export async function openSample(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: /Xiaomi bestätigt die Partnerschaft mit Leica/ }).click();
  await expect(page.getByTestId('segment').first()).toBeVisible();
}

export function segment(page: Page, n: number) {
  return page.getByTestId('segment').nth(n);
}

/** Creates a document through the API (faster than the form where the form is not under test). */
export async function createDocument(page: Page, body: Record<string, unknown>): Promise<number> {
  const res = await page.request.post('/api/documents', { data: body });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { document: { id: number } }).document.id;
}

/** Remote-controls the fake DeepL server: 'fail' {status, times, after}, 'hang', 'delay' {ms}, 'reset'. */
export async function fakeDeepL(page: Page, command: 'fail' | 'hang' | 'delay' | 'reset', body: Record<string, unknown> = {}) {
  const res = await page.request.post(`${DEEPL_URL}/__fake/${command}`, { data: body });
  expect(res.ok()).toBeTruthy();
}
