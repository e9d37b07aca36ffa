/**
 * Files in other encodings, through the upload and import route handlers: what the user sees. A text that is
 * not UTF-8 is refused (400) with the line and column of its first bad byte unless the upload names its encoding;
 * an XLIFF or glossary is read in the encoding it declares.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utf16, windows1252 } from '@/lib/formats/testing';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

const dataDir = mkdtempSync(path.join(tmpdir(), 'lektorat-encodings-'));
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
process.env.SIGNIN_RATE_LIMIT = '1000';
const BASE = 'http://127.0.0.1:4351';
let cookie = '';

const MODULES = import.meta.glob('./**/route.ts');

async function call(route: string, req: Request): Promise<Response> {
  const loader = MODULES[`./${route}/route.ts`];
  if (!loader) throw new Error(`No route module for ${route}`);
  const handler = ((await loader()) as Record<string, Handler>).POST!;
  return handler(req, { params: Promise.resolve({}) });
}

function post(url: string, body: BodyInit, json = false): Request {
  const headers: Record<string, string> = { origin: BASE, host: '127.0.0.1:4351' };
  if (cookie) headers.cookie = cookie;
  if (json) headers['content-type'] = 'application/json';
  return new Request(`${BASE}${url}`, { method: 'POST', headers, body });
}

function upload(name: string, bytes: Uint8Array, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  return form;
}

const message = async (res: Response) => ((await res.json()) as { error: { message: string } }).error.message;

beforeAll(async () => {
  const res = await call('setup', post('/api/setup', JSON.stringify({ name: 'Admin', email: 'admin@example.org', password: 'admin-secret-1' }), true));
  expect(res.status).toBe(200);
  cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}, 120_000);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('POST /api/uploads', () => {
  const legacy = windows1252('Erste Zeile.\r\nZweite Zeile.\r\nDie Gr\u00f6\u00dfe der Stra\u00dfe.\r\n');

  it('refuses a Windows-1252 text with 400 and the line and column to look at', async () => {
    const res = await call('uploads', post('/api/uploads', upload('alt.txt', legacy)));
    expect(res.status).toBe(400);
    expect(await message(res)).toBe(
      '"alt.txt" is not UTF-8 text: the byte 0xF6 on line 3, column 7 ("ö" in Windows-1252) is not UTF-8. Save the file as UTF-8 in your editor (Save as… → Encoding: UTF-8) and upload it again, or paste the text instead.',
    );
  });

  it('reads it when the upload says encoding=windows-1252 (or iso-8859-1), and refuses an encoding it does not offer', async () => {
    for (const encoding of ['windows-1252', 'iso-8859-1']) {
      const res = await call('uploads', post('/api/uploads', upload('alt.txt', legacy, { encoding })));
      expect(res.status).toBe(200);
      expect(((await res.json()) as { text: string }).text).toBe('Erste Zeile.\r\nZweite Zeile.\r\nDie Größe der Straße.\r\n');
    }
    const res = await call('uploads', post('/api/uploads', upload('alt.txt', legacy, { encoding: 'koi8-r' })));
    expect(res.status).toBe(400);
    expect(await message(res)).toMatch(/encoding.*utf-8.*windows-1252.*iso-8859-1/);
  });

  it('reads UTF-16 with a byte order mark', async () => {
    const res = await call('uploads', post('/api/uploads', upload('notepad.txt', utf16('Größe\n'))));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { text: string }).text).toBe('Größe\n');
  });
});

describe('imports', () => {
  it('imports an XLIFF in its declared ISO-8859-1', async () => {
    const xml = readFileSync(path.join(__dirname, '..', '..', 'lib', 'formats', 'fixtures', 'sample-1.2.xlf'), 'utf8').replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    const res = await call('documents/import', post('/api/documents/import', upload('latin1.xlf', windows1252(xml))));
    expect(res.status).toBe(201);
  });

  it('refuses a Windows-1252 text (415) with the line, and imports it when the upload says encoding=windows-1252', async () => {
    const text = windows1252('Der Himmel ist blau.\n\nDie Gr\u00f6\u00dfe stimmt.\n');
    const refused = await call('documents/import', post('/api/documents/import', upload('alt.txt', text, { sourceLang: 'de', targetLang: 'en-US' })));
    expect(refused.status).toBe(415);
    expect(await message(refused)).toContain('the byte 0xF6 on line 3, column 7 ("ö" in Windows-1252) is not UTF-8');
    const res = await call('documents/import', post('/api/documents/import', upload('alt.txt', text, { sourceLang: 'de', targetLang: 'en-US', encoding: 'windows-1252' })));
    expect(res.status).toBe(201);
    expect(((await res.json()) as { document: { title: string } }).document.title).toBe('alt');
  });

  it('refuses a Windows-1252 glossary CSV with 400 and the line', async () => {
    const csv = windows1252('source;target\r\nRechnung;invoice\r\nGr\u00f6\u00dfe;size\r\n');
    const res = await call('glossary/import', post('/api/glossary/import', upload('excel.csv', csv, { mode: 'merge' })));
    expect(res.status).toBe(400);
    expect(await message(res)).toMatch(/^"excel\.csv": .*line 3, column 3.*"CSV UTF-8"/);
  });
});
