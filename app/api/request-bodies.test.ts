/**
 * Request bodies at the edge, through the route handlers: an oversized chunked body is stopped at its limit (413),
 * a control character in any text field answers 400 naming the field (not a 500 from the database), and a
 * mutating route asks for the session before it reads the body (401, not 400).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBodyLimit } from '@/lib/http-body';
import { countingBody, multipartHead } from '@/lib/http-body.testing';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Body = { json: unknown } | { form: () => FormData };

const dataDir = mkdtempSync(path.join(tmpdir(), 'lektorat-bodies-'));
// Set before any route module is loaded (the list of mutating handlers below loads them all).
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
process.env.SIGNIN_RATE_LIMIT = '1000';
const BASE = 'http://127.0.0.1:4250';
const CHUNK = 64 * 1024;
// The JSON limit for the default MAX_SOURCE_CHARS (1,000,000): 19 MB, well under the 50 MB sent.
const JSON_LIMIT = jsonBodyLimit(1_000_000);
let cookie = '';
let documentId = 0;
let segmentId = 0;
let segmentVersion = 0;

const MODULES = import.meta.glob('./**/route.ts');

async function load(route: string): Promise<Record<string, Handler>> {
  const loader = MODULES[`./${route}/route.ts`];
  if (!loader) throw new Error(`No route module for ${route}`);
  return (await loader()) as Record<string, Handler>;
}

function request(method: string, url: string, body: Body | BodyInit | undefined, withCookie = true, headers: Record<string, string> = {}): Request {
  const all: Record<string, string> = { origin: BASE, host: '127.0.0.1:4250', ...headers };
  if (withCookie && cookie) all.cookie = cookie;
  let init: BodyInit | undefined;
  if (body && typeof body === 'object' && 'json' in body) {
    all['content-type'] = 'application/json';
    init = JSON.stringify(body.json);
  } else if (body && typeof body === 'object' && 'form' in body) init = body.form();
  else init = body as BodyInit | undefined;
  return new Request(`${BASE}${url}`, { method, headers: all, body: init, duplex: 'half' } as RequestInit);
}

async function call(route: string, method: string, req: Request, params: Record<string, string> = {}): Promise<Response> {
  const handler = (await load(route))[method];
  expect(handler, `${route} exports ${method}`).toBeTypeOf('function');
  return handler!(req, { params: Promise.resolve(params) });
}

const form = (fields: Record<string, string>, files: Record<string, [string, string]>) => () => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  for (const [k, [name, content]] of Object.entries(files)) f.set(k, new File([content], name));
  return f;
};

beforeAll(async () => {
  // The first account's name with a NUL is refused before anything is stored; then the real setup.
  const refused = await call('setup', 'POST', request('POST', '/api/setup', { json: { name: 'Ad\u0000min', email: 'admin@example.org', password: 'admin-secret-1' } }));
  expect(refused.status).toBe(400);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('name');
  // A foreign page cannot create the first admin in the visitor's browser (CSRF), though no session exists yet.
  const foreign = await call('setup', 'POST', request('POST', '/api/setup', { json: { name: 'Evil', email: 'evil@example.org', password: 'evil-secret-1' } }, false, { origin: 'https://evil.example' }));
  expect(foreign.status).toBe(403);
  const res = await call('setup', 'POST', request('POST', '/api/setup', { json: { name: 'Admin', email: 'admin@example.org', password: 'admin-secret-1' } }));
  expect(res.status).toBe(200);
  cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const doc = await call(
    'documents',
    'POST',
    request('POST', '/api/documents', { json: { sourceLang: 'de', targetLang: 'en-US', text: 'Der Himmel ist blau.', translation: { mode: 'provided', origin: 'pasted', targets: ['The sky is blue.'] } } }),
  );
  expect(doc.status).toBe(201);
  documentId = ((await doc.json()) as { document: { id: number } }).document.id;
  const detail = await call('documents/[id]', 'GET', request('GET', `/api/documents/${documentId}`, undefined), { id: String(documentId) });
  const segment = ((await detail.json()) as { document: { segments: { id: number; version: number }[] } }).document.segments[0]!;
  segmentId = segment.id;
  segmentVersion = segment.version;
}, 120_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('oversized bodies are stopped at the limit', () => {
  it('a chunked JSON body of 50 MB to POST /api/documents: 413 naming the limit, at most one chunk read past it', async () => {
    const source = countingBody(50_000_000, CHUNK);
    const res = await call('documents', 'POST', request('POST', '/api/documents', source.stream, true, { 'content-type': 'application/json' }));
    expect(res.status).toBe(413);
    const message = ((await res.json()) as { error: { message: string } }).error.message;
    expect(message).toMatch(/larger than [\d,]+ kB/);
    expect(source.pulled()).toBeLessThanOrEqual(JSON_LIMIT + CHUNK);
  });

  it('a chunked sign-in body of 50 MB, signed out: 413 before Better Auth reads it', async () => {
    const source = countingBody(50_000_000, CHUNK);
    const res = await call('auth/[...all]', 'POST', request('POST', '/api/auth/sign-in/email', source.stream, false, { 'content-type': 'application/json' }));
    expect(res.status).toBe(413);
    expect(source.pulled()).toBeLessThanOrEqual(64_000 + CHUNK);
  });

  for (const route of ['uploads', 'documents/import', 'glossary/import']) {
    it(`a chunked multipart upload of 50 MB to POST /api/${route}: 413, bounded reading`, async () => {
      const boundary = 'lektorat-test-boundary';
      const source = countingBody(50_000_000, CHUNK, multipartHead(boundary, 'big.txt'));
      const res = await call(route, 'POST', request('POST', `/api/${route}`, source.stream, true, { 'content-type': `multipart/form-data; boundary=${boundary}` }));
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/2,000 kB/);
      // Two files of MAX_UPLOAD_BYTES (2 MB) and the alignment's targets (the JSON limit) at most, for the document import.
      expect(source.pulled()).toBeLessThanOrEqual(2 * 2_000_000 + JSON_LIMIT + CHUNK);
    });
  }
});

interface TextCase {
  name: string;
  route: string;
  method: string;
  params?: () => Record<string, string>;
  /** The body with NUL (or another control character) in the field under test. */
  body: (bad: string) => Body;
  /** What the 400's message must name: the field, or the file. */
  names: string;
  /** A file that looks binary may be refused as the wrong type. */
  statuses?: number[];
}

const BAD = 'Text mit \u0000 darin';
const doc = () => ({ id: String(documentId) });
const seg = () => ({ id: String(segmentId) });
const createDocument = (patch: Record<string, unknown>) => ({ sourceLang: 'de', targetLang: 'en-US', text: 'Der Himmel ist blau.', translation: { mode: 'none' }, ...patch });

const TEXT_CASES: TextCase[] = [
  { name: 'document title', route: 'documents', method: 'POST', body: (b) => ({ json: createDocument({ title: b }) }), names: 'title' },
  { name: 'document source', route: 'documents', method: 'POST', body: (b) => ({ json: createDocument({ text: b }) }), names: 'text' },
  {
    name: 'document target',
    route: 'documents',
    method: 'POST',
    body: (b) => ({ json: createDocument({ translation: { mode: 'provided', origin: 'pasted', targets: [b] } }) }),
    names: 'translation.targets.0',
  },
  { name: 'alignment source', route: 'align', method: 'POST', body: (b) => ({ json: { sourceLang: 'de', targetLang: 'en-US', text: b, translation: 'The sky.' } }), names: 'text' },
  { name: 'alignment translation', route: 'align', method: 'POST', body: (b) => ({ json: { sourceLang: 'de', targetLang: 'en-US', text: 'Der Himmel.', translation: b } }), names: 'translation' },
  { name: 'save', route: 'segments/[id]', method: 'PUT', params: seg, body: (b) => ({ json: { text: b, baseVersion: segmentVersion } }), names: 'text' },
  { name: 'review comment', route: 'segments/[id]/review', method: 'POST', params: seg, body: (b) => ({ json: { action: 'reject', baseVersion: segmentVersion, comment: b } }), names: 'comment' },
  { name: 'assist phrase', route: 'segments/[id]/assist', method: 'POST', params: seg, body: (b) => ({ json: { action: 'alternatives', phrase: b } }), names: 'phrase' },
  { name: 'finding fingerprint', route: 'segments/[id]/findings', method: 'POST', params: seg, body: (b) => ({ json: { fingerprint: `ffffffff${b}`, action: 'dismiss' } }), names: 'fingerprint' },
  { name: 'comment', route: 'documents/[id]/comments', method: 'POST', params: doc, body: (b) => ({ json: { segmentId, body: b } }), names: 'body' },
  { name: 'term', route: 'documents/[id]/terms', method: 'POST', params: doc, body: (b) => ({ json: { term: b, choice: 'sky' } }), names: 'term' },
  { name: 'term choice', route: 'documents/[id]/terms', method: 'POST', params: doc, body: (b) => ({ json: { term: 'Himmel', choice: b } }), names: 'choice' },
  {
    name: 'LQA error note',
    route: 'documents/[id]/errors',
    method: 'POST',
    params: doc,
    body: (b) => ({ json: { segmentId, side: 'target', start: 0, end: 3, text: 'The', category: 'accuracy/mistranslation', severity: 'minor', note: b } }),
    names: 'note',
  },
  { name: 'glossary source term', route: 'glossary', method: 'POST', body: (b) => ({ json: { sourceTerm: b, targetTerm: 'sky' } }), names: 'sourceTerm' },
  { name: 'glossary note', route: 'glossary', method: 'POST', body: (b) => ({ json: { sourceTerm: 'Himmel', targetTerm: 'sky', forbidden: [], note: b } }), names: 'note' },
  { name: 'glossary forbidden term', route: 'glossary', method: 'POST', body: (b) => ({ json: { sourceTerm: 'Himmel', targetTerm: 'sky', forbidden: [b] } }), names: 'forbidden.0' },
  { name: 'user name', route: 'users', method: 'POST', body: (b) => ({ json: { name: b, email: 'nul@example.org', password: 'nul-secret-12', role: 'viewer' } }), names: 'name' },
  { name: 'user password', route: 'users', method: 'POST', body: (b) => ({ json: { name: 'Nul', email: 'nul@example.org', password: `secret-${b}`, role: 'viewer' } }), names: 'password' },
  { name: 'check settings key', route: 'checks', method: 'PUT', body: (b) => ({ json: { [b]: { enabled: true } } }), names: 'contains a control character' },
  { name: 'import title', route: 'documents/import', method: 'POST', body: (b) => ({ form: form({ title: b, sourceLang: 'de', targetLang: 'en-US' }, { file: ['a.txt', 'Der Himmel.'], translationFile: ['b.txt', 'The sky.'] }) }), names: 'title' },
  {
    name: 'import targets',
    route: 'documents/import',
    method: 'POST',
    body: (b) => ({ form: form({ sourceLang: 'de', targetLang: 'en-US', targets: JSON.stringify([b]) }, { file: ['a.txt', 'Der Himmel.'], translationFile: ['b.txt', 'The sky.'] }) }),
    names: 'targets.0',
  },
  { name: 'imported text file', route: 'documents/import', method: 'POST', body: (b) => ({ form: form({ sourceLang: 'de', targetLang: 'en-US' }, { file: ['a.txt', b], translationFile: ['b.txt', 'The sky.'] }) }), names: 'a.txt', statuses: [400, 415] },
  {
    name: 'imported text file (bell, with its line)',
    route: 'documents/import',
    method: 'POST',
    body: () => ({ form: form({ sourceLang: 'de', targetLang: 'en-US' }, { file: ['a.txt', 'Der Himmel.\n\nDie \u0007 Sonne.'], translationFile: ['b.txt', 'The sky.\n\nThe sun.'] }) }),
    names: 'a.txt',
  },
  {
    name: 'imported translation file (bell)',
    route: 'documents/import',
    method: 'POST',
    body: () => ({ form: form({ sourceLang: 'de', targetLang: 'en-US' }, { file: ['a.txt', 'Der Himmel.'], translationFile: ['b.txt', 'The \u0007 sky.'] }) }),
    names: 'b.txt',
  },
  {
    name: 'imported XLIFF target',
    route: 'documents/import',
    method: 'POST',
    body: () => ({
      form: form(
        {},
        {
          file: [
            'a.xlf',
            '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="de" target-language="en-US" datatype="plaintext" original="a"><body><trans-unit id="1"><source>Der Himmel.</source><target>The &#0; sky.</target></trans-unit></body></file></xliff>',
          ],
        },
      ),
    }),
    names: 'a.xlf',
  },
  { name: 'uploaded text (NUL)', route: 'uploads', method: 'POST', body: (b) => ({ form: form({}, { file: ['a.txt', b] }) }), names: 'a.txt' },
  { name: 'uploaded text (bell, with its line)', route: 'uploads', method: 'POST', body: () => ({ form: form({}, { file: ['a.txt', 'Erste Zeile.\nZweite \u0007 Zeile.'] }) }), names: 'line 2' },
  { name: 'glossary file', route: 'glossary/import', method: 'POST', body: (b) => ({ form: form({ mode: 'merge' }, { file: ['g.csv', `source,target\n${b},sky\n`] }) }), names: 'g.csv' },
];

describe('a control character in a text field answers 400 naming the field, never a 500', () => {
  for (const c of TEXT_CASES) {
    it(`${c.method} /api/${c.route}: ${c.name}`, async () => {
      const params = c.params?.() ?? {};
      const url = `/api/${c.route.replace('[id]', params.id ?? '')}`;
      const res = await call(c.route, c.method, request(c.method, url, c.body(BAD)), params);
      const text = await res.text();
      expect(c.statuses ?? [400], text).toContain(res.status);
      expect(text).toContain(c.names);
    });
  }
});

// Every state-changing handler of the API but sign-in and the first account's setup, which need no session.
const MUTATING: { route: string; method: string }[] = [];
for (const key of Object.keys(MODULES)) {
  const route = key.slice(2, -'/route.ts'.length);
  if (route === 'auth/[...all]' || route === 'setup') continue;
  const module = await load(route);
  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) if (module[method]) MUTATING.push({ route, method });
}

describe('mutating routes ask for the session before they read the body', () => {
  it('finds the mutating routes', () => expect(MUTATING.length).toBeGreaterThan(25));
  for (const { route, method } of MUTATING) {
    it(`${method} /api/${route} with an invalid body and id, signed out → 401`, async () => {
      const req = request(method, `/api/${route}`, '{"not json', false, { 'content-type': 'application/json' });
      const res = await call(route, method, req, { id: 'not-an-id', errorId: 'not-an-id' });
      expect(res.status, await res.text()).toBe(401);
    });
  }
});
