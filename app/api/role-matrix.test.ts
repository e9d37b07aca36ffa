/**
 * Authorization on the server: every mutating route handler, called as nobody, viewer, translator, editor
 * and admin, answers 401 without a session, 403 below its role, and lets the allowed roles through.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Role = 'viewer' | 'translator' | 'editor' | 'admin';
const ROLES: Role[] = ['viewer', 'translator', 'editor', 'admin'];
const RANK: Record<Role, number> = { viewer: 0, translator: 1, editor: 2, admin: 3 };

const dataDir = mkdtempSync(path.join(tmpdir(), 'lektorat-roles-'));
const BASE = 'http://127.0.0.1:3999';
const cookies: Partial<Record<Role, string>> = {};
let documentId = 0;
let segmentId = 0;

// Every route module of the API, loaded lazily (after DATA_DIR points at the test's directory).
const MODULES = import.meta.glob('./**/route.ts');

async function load(route: string): Promise<Record<string, Handler>> {
  const loader = MODULES[`./${route}/route.ts`];
  if (!loader) throw new Error(`No route module for ${route}`);
  return (await loader()) as Record<string, Handler>;
}

function request(method: string, url: string, cookie: string | undefined, body?: unknown): Request {
  const headers: Record<string, string> = { origin: BASE, host: '127.0.0.1:3999' };
  if (cookie) headers.cookie = cookie;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return new Request(`${BASE}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

const cookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

beforeAll(async () => {
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  process.env.SIGNIN_RATE_LIMIT = '1000';
  const setup = await load('setup');
  const res = await setup.POST!(request('POST', '/api/setup', undefined, { name: 'Admin', email: 'admin@example.org', password: 'admin-secret-1' }), { params: Promise.resolve({}) });
  expect(res.status).toBe(200);
  cookies.admin = cookieOf(res);
  const users = await load('users');
  const auth = await load('auth/[...all]');
  for (const role of ['viewer', 'translator', 'editor'] as const) {
    const created = await users.POST!(
      request('POST', '/api/users', cookies.admin, { name: role, email: `${role}@example.org`, password: `${role}-secret-1`, role }),
      { params: Promise.resolve({}) },
    );
    expect(created.status).toBe(201);
    const signIn = await auth.POST!(request('POST', '/api/auth/sign-in/email', undefined, { email: `${role}@example.org`, password: `${role}-secret-1` }), {
      params: Promise.resolve({}),
    });
    expect(signIn.status).toBe(200);
    cookies[role] = cookieOf(signIn);
  }
  const docs = await load('documents');
  const doc = await docs.POST!(
    request('POST', '/api/documents', cookies.admin, {
      sourceLang: 'de',
      targetLang: 'en-US',
      text: 'Der Himmel ist blau.',
      translation: { mode: 'provided', origin: 'pasted', targets: ['The sky is blue.'] },
    }),
    { params: Promise.resolve({}) },
  );
  expect(doc.status).toBe(201);
  documentId = ((await doc.json()) as { document: { id: number } }).document.id;
  const detail = await (await load('documents/[id]')).GET!(request('GET', `/api/documents/${documentId}`, cookies.admin), { params: Promise.resolve({ id: String(documentId) }) });
  segmentId = ((await detail.json()) as { document: { segments: { id: number }[] } }).document.segments[0]!.id;
}, 120_000);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

interface Case {
  name: string;
  route: string;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  role: Role;
  params?: () => Record<string, string>;
  url?: () => string;
  body?: () => unknown;
}

const seg = () => ({ id: String(segmentId) });
const doc = () => ({ id: String(documentId) });

const CASES: Case[] = [
  { name: 'create a document', route: 'documents', method: 'POST', role: 'translator', body: () => ({ sourceLang: 'de', targetLang: 'en-US', text: '', translation: { mode: 'none' } }) },
  { name: 'delete a document', route: 'documents/[id]', method: 'DELETE', role: 'editor', params: () => ({ id: '999999' }) },
  { name: 'start machine translation', route: 'documents/[id]/translate', method: 'POST', role: 'translator', params: doc },
  { name: 'use a term everywhere', route: 'documents/[id]/terms', method: 'POST', role: 'translator', params: doc, body: () => ({ term: 'x', choice: 'y' }) },
  { name: 'second opinion', route: 'documents/[id]/second-opinion', method: 'POST', role: 'translator', params: doc },
  { name: 'bulk approve', route: 'documents/[id]/approve-all', method: 'POST', role: 'editor', params: doc, body: () => ({ expected: 0 }) },
  { name: 'comment', route: 'documents/[id]/comments', method: 'POST', role: 'translator', params: doc, body: () => ({ segmentId, body: '' }) },
  { name: 'report presence', route: 'documents/[id]/pulse', method: 'POST', role: 'viewer', params: doc, body: () => ({ segmentId: null }) },
  { name: 'save a segment', route: 'segments/[id]', method: 'PUT', role: 'translator', params: seg, body: () => ({ text: 'The sky is blue.', baseVersion: 999 }) },
  { name: 'revert a segment', route: 'segments/[id]/revert', method: 'POST', role: 'translator', params: seg, body: () => ({ revisionId: 999999, baseVersion: 1 }) },
  { name: 'dismiss a finding', route: 'segments/[id]/findings', method: 'POST', role: 'translator', params: seg, body: () => ({ fingerprint: 'ffffffffffffffff', action: 'dismiss' }) },
  { name: 'ask DeepL or the LLM', route: 'segments/[id]/assist', method: 'POST', role: 'translator', params: seg, body: () => ({ action: 'round-trip' }) },
  { name: 'submit', route: 'segments/[id]/review', method: 'POST', role: 'translator', params: seg, body: () => ({ action: 'submit', baseVersion: 999 }) },
  { name: 'answer a rejection', route: 'segments/[id]/review', method: 'POST', role: 'translator', params: seg, body: () => ({ action: 'rebut', baseVersion: 999, comment: 'x' }) },
  { name: 'approve', route: 'segments/[id]/review', method: 'POST', role: 'editor', params: seg, body: () => ({ action: 'approve', baseVersion: 999 }) },
  { name: 'reject', route: 'segments/[id]/review', method: 'POST', role: 'editor', params: seg, body: () => ({ action: 'reject', baseVersion: 999, comment: 'x' }) },
  { name: 'reopen', route: 'segments/[id]/review', method: 'POST', role: 'editor', params: seg, body: () => ({ action: 'reopen', baseVersion: 999 }) },
  { name: 'resolve a thread', route: 'comments/[id]', method: 'PATCH', role: 'translator', params: () => ({ id: '999999' }), body: () => ({ resolved: true }) },
  { name: 'align a translation', route: 'align', method: 'POST', role: 'translator', body: () => ({ sourceLang: 'de', targetLang: 'en-US', text: '', translation: '' }) },
  { name: 'import a file', route: 'documents/import', method: 'POST', role: 'translator' },
  { name: 'import a glossary', route: 'glossary/import', method: 'POST', role: 'editor' },
  { name: 'import a TMX into the translation memory', route: 'tm/import', method: 'POST', role: 'editor' },
  { name: 'sync the glossary to DeepL', route: 'glossary/sync', method: 'POST', role: 'editor', body: () => ({ sourceLang: 'de', targetLang: 'en' }) },
  { name: 'mark an LQA error', route: 'documents/[id]/errors', method: 'POST', role: 'editor', params: doc, body: () => ({}) },
  { name: 'delete an LQA error', route: 'documents/[id]/errors/[errorId]', method: 'DELETE', role: 'editor', params: () => ({ id: String(documentId), errorId: '999999' }) },
  { name: 'change LQA settings', route: 'lqa-settings', method: 'PUT', role: 'admin', body: () => ({}) },
  { name: 'add a glossary term', route: 'glossary', method: 'POST', role: 'editor', body: () => ({ sourceTerm: '', targetTerm: '' }) },
  { name: 'delete a glossary term', route: 'glossary/[id]', method: 'DELETE', role: 'editor', params: () => ({ id: '999999' }) },
  { name: 'change check settings', route: 'checks', method: 'PUT', role: 'admin', body: () => ({ nonexistent: { enabled: true } }) },
  { name: 'create a user', route: 'users', method: 'POST', role: 'admin', body: () => ({ name: '', email: 'x', password: '', role: 'viewer' }) },
  { name: 'change a role', route: 'users/[id]', method: 'PATCH', role: 'admin', params: () => ({ id: 'nobody' }), body: () => ({ role: 'viewer' }) },
  { name: 'deactivate a user', route: 'users/[id]/active', method: 'PUT', role: 'admin', params: () => ({ id: 'nobody' }), body: () => ({ active: false }) },
  { name: "reset a user's password", route: 'users/[id]/password', method: 'POST', role: 'admin', params: () => ({ id: 'nobody' }), body: () => ({}) },
];

describe('role matrix', () => {
  for (const c of CASES) {
    describe(`${c.method} ${c.route} (${c.name}) needs ${c.role}`, () => {
      const call = async (role: Role | null) => {
        const handler = (await load(c.route))[c.method];
        expect(handler, `${c.route} exports ${c.method}`).toBeTypeOf('function');
        const params = c.params?.() ?? {};
        const url = `/api/${c.route.replace('[id]', params.id ?? '').replace('[errorId]', params.errorId ?? '')}`;
        return handler!(request(c.method, url, role ? cookies[role] : undefined, c.body?.()), { params: Promise.resolve(params) });
      };
      it('signed out → 401', async () => {
        expect((await call(null)).status).toBe(401);
      });
      for (const role of ROLES) {
        const allowed = RANK[role] >= RANK[c.role];
        it(`${role} → ${allowed ? 'allowed' : '403'}`, async () => {
          const res = await call(role);
          if (allowed) expect([401, 403], `${role} was refused: ${await res.clone().text()}`).not.toContain(res.status);
          else expect(res.status).toBe(403);
        });
      }
    });
  }
});

describe('CSRF and sessions', () => {
  it('refuses a state-changing request from another origin even with a valid session', async () => {
    const handler = (await load('segments/[id]')).PUT!;
    const req = new Request(`${BASE}/api/segments/${segmentId}`, {
      method: 'PUT',
      headers: { origin: 'https://evil.example', host: '127.0.0.1:3999', cookie: cookies.admin!, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Hacked.', baseVersion: 1 }),
    });
    expect((await handler(req, { params: Promise.resolve(seg()) })).status).toBe(403);
  });

  it('public sign-up is closed: accounts come from an admin', async () => {
    const auth = await load('auth/[...all]');
    const res = await auth.POST!(request('POST', '/api/auth/sign-up/email', undefined, { name: 'x', email: 'x@example.org', password: 'x-secret-12' }), { params: Promise.resolve({}) });
    expect(res.status).toBe(403);
  });

  it('a second setup is refused once an admin exists', async () => {
    const setup = await load('setup');
    const res = await setup.POST!(request('POST', '/api/setup', undefined, { name: 'Eve', email: 'eve@example.org', password: 'eve-secret-12' }), { params: Promise.resolve({}) });
    expect(res.status).toBe(403);
  });

  it('the DeepL key and the auth secret never reach the browser', async () => {
    process.env.DEEPL_AUTH_KEY = 'secret-deepl-key';
    const config = await (await load('config')).GET!(request('GET', '/api/config', cookies.viewer), { params: Promise.resolve({}) });
    const me = await (await load('me')).GET!(request('GET', '/api/me', cookies.viewer), { params: Promise.resolve({}) });
    const text = (await config.text()) + (await me.text());
    expect(text).not.toContain('secret-deepl-key');
    expect(text).not.toMatch(/password|secret/i);
    delete process.env.DEEPL_AUTH_KEY;
  });
});
