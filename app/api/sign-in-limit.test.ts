/** Sign-in is rate limited per client address and per account: after the configured number of attempts a minute, 429 that says how long to wait. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const dataDir = mkdtempSync(path.join(tmpdir(), 'lektorat-limit-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('answers 429 after too many sign-in attempts, however the client varies X-Forwarded-For, with how long to wait', async () => {
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  delete process.env.TRUSTED_PROXIES;
  process.env.SIGNIN_RATE_LIMIT = '3';
  const setup = (await import('./setup/route')) as unknown as Record<string, Handler>;
  const auth = (await import('./auth/[...all]/route')) as unknown as Record<string, Handler>;
  const headers = { 'content-type': 'application/json', origin: 'http://127.0.0.1:3998', host: '127.0.0.1:3998' };
  const created = await setup.POST!(
    new Request('http://127.0.0.1:3998/api/setup', { method: 'POST', headers, body: JSON.stringify({ name: 'A', email: 'a@example.org', password: 'a-secret-123' }) }),
    { params: Promise.resolve({}) },
  );
  expect(created.status).toBe(200);
  // No proxy is trusted, so a made-up address per try buys no fresh bucket; nor does another account.
  const attempt = (i: number) =>
    auth.POST!(
      new Request('http://127.0.0.1:3998/api/auth/sign-in/email', {
        method: 'POST',
        headers: { ...headers, 'x-forwarded-for': `203.0.113.${i}` },
        body: JSON.stringify({ email: `guess${i}@example.org`, password: 'wrong-password' }),
      }),
      { params: Promise.resolve({}) },
    );
  const responses = [];
  for (let i = 1; i <= 5; i++) responses.push(await attempt(i));
  expect(responses.map((r) => r.status)).toEqual([401, 401, 401, 429, 429]);
  const body = (await responses.at(-1)!.json()) as { error: { message: string } };
  expect(body.error.message).toMatch(/^Too many sign-in attempts from your network\. Wait \d+ seconds, then try again\.$/);
  // The first start seeds the sample documents, which takes a while on a busy machine.
}, 180_000);
