/** The suggestions route: a signed-in session gets suggestions; no session, a wrong language or no word are refused. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

const dataDir = mkdtempSync(path.join(tmpdir(), 'lektorat-suggestions-'));
const BASE = 'http://127.0.0.1:3999';
const params = { params: Promise.resolve({}) };
let cookie = '';
let GET: Handler;

function request(url: string, withCookie: boolean, init: { method?: string; body?: unknown } = {}): Request {
  const headers: Record<string, string> = { origin: BASE, host: '127.0.0.1:3999' };
  if (withCookie) headers.cookie = cookie;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return new Request(`${BASE}${url}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

beforeAll(async () => {
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  const setup = (await import('../../setup/route')) as unknown as { POST: Handler };
  const res = await setup.POST(request('/api/setup', false, { method: 'POST', body: { name: 'Admin', email: 'admin@example.org', password: 'admin-secret-1' } }), params);
  expect(res.status).toBe(200);
  cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  ({ GET } = (await import('./route')) as unknown as { GET: Handler });
}, 120_000);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('GET /api/spelling/suggestions', () => {
  it('answers a signed-in user with the suggestions, best first', async () => {
    const res = await GET(request('/api/spelling/suggestions?lang=en&word=recieve', true), params);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { lang: string; word: string; suggestions: string[] };
    expect(body).toMatchObject({ lang: 'en', word: 'recieve' });
    expect(body.suggestions[0]).toBe('receive');
    const german = (await (await GET(request(`/api/spelling/suggestions?lang=de&word=${encodeURIComponent('Hersteler')}`, true), params)).json()) as { suggestions: string[] };
    expect(german.suggestions[0]).toBe('Hersteller');
  });

  it('refuses a request without a session', async () => {
    expect((await GET(request('/api/spelling/suggestions?lang=en&word=recieve', false), params)).status).toBe(401);
  });

  it('refuses a missing or unknown language, a missing, blank or overlong word, and a control character', async () => {
    const refused = async (query: string) => {
      const res = await GET(request(`/api/spelling/suggestions?${query}`, true), params);
      expect(res.status, query).toBe(400);
      return ((await res.json()) as { error: { code: string; message: string } }).error;
    };
    expect((await refused('word=recieve')).message).toContain('lang');
    expect((await refused('lang=fr&word=recieve')).message).toContain('lang must be "de" or "en"');
    expect((await refused('lang=en')).code).toBe('invalid');
    expect((await refused('lang=en&word=%20%20')).message).toContain('Give a word');
    expect((await refused(`lang=en&word=${'a'.repeat(65)}`)).message).toContain('at most 64');
    expect((await refused('lang=en&word=re%07cieve')).code).toBe('invalid');
  });
});
