import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { useFakeDeepL } from './use-fake-deepl';

const fakeDeepL = useFakeDeepL({ authKey: 'secret' });

function post(path: string, body: string | object, key = 'secret') {
  const json = typeof body !== 'string';
  return fetch(`${fakeDeepL().url}${path}`, {
    method: 'POST',
    headers: {
      Authorization: `DeepL-Auth-Key ${key}`,
      'Content-Type': json ? 'application/json' : 'application/x-www-form-urlencoded',
    },
    body: json ? JSON.stringify(body) : body,
  });
}

const form = (pairs: [string, string][]) => new URLSearchParams(pairs).toString();

describe('startFakeDeepL', () => {
  it('listens on 127.0.0.1 and answers translate like DeepL, with a visibly fake translation', async () => {
    expect(fakeDeepL().url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await post(
      '/v2/translate',
      form([
        ['text', 'Hallo.'],
        ['text', 'Grüße'],
        ['target_lang', 'en-US'],
        ['context', 'Hallo. Grüße'],
        ['show_billed_characters', '1'],
      ]),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      translations: [
        { detected_source_language: 'DE', text: '[EN-US] Hallo.', billed_characters: 6 },
        { detected_source_language: 'DE', text: '[EN-US] Grüße', billed_characters: 5 },
      ],
    });
    expect(fakeDeepL().requests[0]).toMatchObject({ texts: ['Hallo.', 'Grüße'], context: 'Hallo. Grüße', status: 200 });
  });

  it('accepts a JSON body and a custom translator', async () => {
    fakeDeepL().setTranslator((text, { targetLang, context }) => `${targetLang}:${text.toUpperCase()}:${context ?? ''}`);
    const res = await post('/v2/translate', { text: ['hello'], source_lang: 'EN', target_lang: 'DE' });
    expect(await res.json()).toEqual({ translations: [{ detected_source_language: 'EN', text: 'DE:HELLO:' }] });
  });

  it('hands model type and formality to the translator, and refuses formality where DeepL has none', async () => {
    fakeDeepL().setTranslator((text, { modelType, formality }) => `${modelType}/${formality}:${text}`);
    const res = await post('/v2/translate', form([['text', 'Hi'], ['target_lang', 'DE'], ['model_type', 'latency_optimized'], ['formality', 'less']]));
    expect(await res.json()).toMatchObject({ translations: [{ text: 'latency_optimized/less:Hi' }] });
    expect(fakeDeepL().requests[0]).toMatchObject({ modelType: 'latency_optimized', formality: 'less' });
    expect((await post('/v2/translate', form([['text', 'Hallo'], ['target_lang', 'EN-US'], ['formality', 'more']]))).status).toBe(400);
    expect((await post('/v2/translate', form([['text', 'Hallo'], ['target_lang', 'EN-US'], ['formality', 'prefer_more']]))).status).toBe(200);
  });

  it('enforces the key and DeepL’s limits', async () => {
    expect((await post('/v2/translate', form([['text', 'a'], ['target_lang', 'de']]), 'wrong')).status).toBe(403);
    const fifty = Array.from({ length: 51 }, (): [string, string] => ['text', 'x']);
    expect((await post('/v2/translate', form([...fifty, ['target_lang', 'de']]))).status).toBe(413);
    const huge = form([['text', 'ä'.repeat(30_000)], ['target_lang', 'de']]);
    expect((await post('/v2/translate', huge)).status).toBe(413);
    expect((await post('/v2/translate', form([['target_lang', 'de']]))).status).toBe(400);
    expect((await post('/v2/translate', form([['text', 'a'], ['target_lang', 'en']]))).status).toBe(400);
  });

  it('answers usage and languages', async () => {
    await post('/v2/translate', form([['text', 'Hallo'], ['target_lang', 'en-GB']]));
    const headers = { Authorization: 'DeepL-Auth-Key secret' };
    const usage = await (await fetch(`${fakeDeepL().url}/v2/usage`, { headers })).json();
    expect(usage).toMatchObject({ character_count: 5 });
    const targets = (await (await fetch(`${fakeDeepL().url}/v2/languages?type=target`, { headers })).json()) as {
      language: string;
    }[];
    expect(targets.map((l) => l.language)).toEqual(['DE', 'EN-GB', 'EN-US']);
  });

  it('can be told over HTTP to fail, and shows what it received', async () => {
    await fetch(`${fakeDeepL().url}/__fake/fail`, { method: 'POST', body: JSON.stringify({ status: 456, times: 2 }) });
    const body = form([['text', 'a'], ['target_lang', 'de']]);
    expect((await post('/v2/translate', body)).status).toBe(456);
    expect((await post('/v2/translate', body)).status).toBe(456);
    expect((await post('/v2/translate', body)).status).toBe(200);
    const seen = (await (await fetch(`${fakeDeepL().url}/__fake/requests`)).json()) as { status: number }[];
    expect(seen.map((r) => r.status)).toEqual([456, 456, 200]);
    await fetch(`${fakeDeepL().url}/__fake/reset`, { method: 'POST' });
    expect(fakeDeepL().requests).toEqual([]);
  });

  it('stores v2 glossaries, applies them to translations and refuses what DeepL refuses', async () => {
    const headers = { Authorization: 'DeepL-Auth-Key secret' };
    const create = (entries: string) =>
      post('/v2/glossaries', form([['name', 'g'], ['source_lang', 'de'], ['target_lang', 'en'], ['entries_format', 'tsv'], ['entries', entries]]));
    const created = (await (await create('Rechnung\tinvoice\nRechnungsnummer\tinvoice number')).json()) as { glossary_id: string; entry_count: number };
    expect(created.entry_count).toBe(2);
    expect((await create('a\tb\na\tc')).status).toBe(400);
    expect((await create('')).status).toBe(400);
    const id = created.glossary_id;
    const entries = await fetch(`${fakeDeepL().url}/v2/glossaries/${id}/entries`, { headers });
    expect(await entries.text()).toBe('Rechnung\tinvoice\nRechnungsnummer\tinvoice number');
    const translated = await post('/v2/translate', form([['text', 'Rechnungsnummer der Rechnung, nicht Rechnungen'], ['source_lang', 'DE'], ['target_lang', 'EN-US'], ['glossary_id', id]]));
    expect(await translated.json()).toMatchObject({ translations: [{ text: '[EN-US] invoice number der invoice, nicht Rechnungen' }] });
    expect(fakeDeepL().requests.at(-1)?.glossaryId).toBe(id);
    // A glossary needs the source language and a matching pair.
    expect((await post('/v2/translate', form([['text', 'x'], ['target_lang', 'EN-US'], ['glossary_id', id]]))).status).toBe(400);
    expect((await post('/v2/translate', form([['text', 'x'], ['source_lang', 'EN'], ['target_lang', 'DE'], ['glossary_id', id]]))).status).toBe(400);
    expect((await fetch(`${fakeDeepL().url}/v2/glossaries/${id}`, { method: 'DELETE', headers })).status).toBe(204);
    expect((await fetch(`${fakeDeepL().url}/v2/glossaries/${id}`, { headers })).status).toBe(404);
    expect(fakeDeepL().glossaries()).toEqual([]);
  });

  it('runs standalone and prints its URL', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'lib/mt/testing/fake-deepl-cli.ts', '0'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${url}/v2/usage`, { headers: { Authorization: 'DeepL-Auth-Key any' } });
      expect(res.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
