/** Sign-in is rate limited per client: after the configured number of attempts a minute, 429. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const dataDir = mkdtempSync(path.join(tmpdir(), 'lektorat-limit-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('answers 429 after too many sign-in attempts from one address, and a clear message', async () => {
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  process.env.SIGNIN_RATE_LIMIT = '3';
  const setup = (await import('./setup/route')) as unknown as Record<string, Handler>;
  const auth = (await import('./auth/[...all]/route')) as unknown as Record<string, Handler>;
  const headers = { 'content-type': 'application/json', origin: 'http://127.0.0.1:3998', host: '127.0.0.1:3998', 'x-forwarded-for': '203.0.113.7' };
  const created = await setup.POST!(
    new Request('http://127.0.0.1:3998/api/setup', { method: 'POST', headers, body: JSON.stringify({ name: 'A', email: 'a@example.org', password: 'a-secret-123' }) }),
    { params: Promise.resolve({}) },
  );
  expect(created.status).toBe(200);
  const attempt = () =>
    auth.POST!(
      new Request('http://127.0.0.1:3998/api/auth/sign-in/email', { method: 'POST', headers, body: JSON.stringify({ email: 'a@example.org', password: 'wrong-password' }) }),
      { params: Promise.resolve({}) },
    );
  const statuses = [];
  for (let i = 0; i < 5; i++) statuses.push((await attempt()).status);
  expect(statuses.slice(0, 2).every((s) => s === 401)).toBe(true);
  expect(statuses.at(-1)).toBe(429);
});
