import { DeepLClient } from 'deepl-node';
import { engineFailure } from './testing/engine-failure';
import { describe, expect, it } from 'vitest';
import { createDeepLEngine } from './deepl';
import type { TranslateRequest } from './engine';
import { cleanEntries, syncGlossary, type SyncGlossaryOptions } from './glossary';
import { inMemoryStore, memoryKey } from './memory';
import { useFakeDeepL } from './testing/use-fake-deepl';
import { translateSegments } from './translate-document';

const fakeDeepL = useFakeDeepL({ authKey: 'test-key' });

function sync(options: Partial<SyncGlossaryOptions> = {}) {
  return syncGlossary({
    authKey: 'test-key',
    serverUrl: fakeDeepL().url,
    name: 'Lektorat: Finanzen',
    sourceLang: 'de',
    targetLang: 'en',
    entries: [
      { source: 'Rechnung', target: 'invoice' },
      { source: 'Gewinn', target: 'profit' },
    ],
    ...options,
  });
}


describe('syncGlossary', () => {
  it('creates a glossary on DeepL with the entries', async () => {
    const { glossaryId, skipped } = await sync();
    expect(skipped).toEqual([]);
    expect(fakeDeepL().glossaries()).toEqual([
      expect.objectContaining({
        id: glossaryId,
        name: 'Lektorat: Finanzen',
        sourceLang: 'de',
        targetLang: 'en',
        entries: new Map([
          ['Rechnung', 'invoice'],
          ['Gewinn', 'profit'],
        ]),
      }),
    ]);
    // What deepl-node reads back is what was sent.
    const client = new DeepLClient('test-key', { serverUrl: fakeDeepL().url });
    expect((await client.getGlossaryEntries(glossaryId!)).entries()).toEqual({ Rechnung: 'invoice', Gewinn: 'profit' });
  });

  it('replaces the previous glossary on re-sync', async () => {
    const first = await sync();
    const second = await sync({ existingId: first.glossaryId!, entries: [{ source: 'Rechnung', target: 'bill' }] });
    expect(second.glossaryId).not.toBe(first.glossaryId);
    expect(fakeDeepL().glossaries().map((g) => [g.id, [...g.entries]])).toEqual([[second.glossaryId, [['Rechnung', 'bill']]]]);
    expect(fakeDeepL().requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v2/glossaries',
      'POST /v2/glossaries',
      `DELETE /v2/glossaries/${first.glossaryId}`,
    ]);
  });

  it('tolerates an old glossary that is already gone, and deletes it when no entry is left', async () => {
    expect((await sync({ existingId: 'deleted-elsewhere' })).glossaryId).toEqual(expect.any(String));
    const current = fakeDeepL().glossaries()[0]!.id;
    const emptied = await sync({ existingId: current, entries: [{ source: ' ', target: 'x' }] });
    expect(emptied.glossaryId).toBeNull();
    expect(fakeDeepL().glossaries()).toEqual([]);
  });

  it('cleans entries DeepL would refuse and reports the skipped ones', async () => {
    const { glossaryId, skipped } = await sync({
      entries: [
        { source: 'Rechnung', target: 'invoice' },
        { source: 'Rechnung', target: 'bill' },
        { source: 'Gewinn\t', target: 'profit\n' },
        { source: 'Konto\u0007', target: 'account' },
        { source: 'Umsatz', target: '' },
        { source: 'Vertrag\nsentwurf', target: 'draft\tcontract' },
      ],
    });
    expect(skipped).toEqual([
      { source: 'Rechnung', target: 'bill', reason: '"Rechnung" is already in the glossary; DeepL allows each source term once.' },
      { source: 'Konto\u0007', target: 'account', reason: 'The term contains a control character DeepL does not accept.' },
      { source: 'Umsatz', target: '', reason: 'The target term is empty.' },
    ]);
    const stored = fakeDeepL().glossaries().find((g) => g.id === glossaryId);
    expect([...stored!.entries]).toEqual([
      ['Rechnung', 'invoice'],
      ['Gewinn', 'profit'],
      ['Vertrag sentwurf', 'draft contract'],
    ]);
  });

  it.each([
    [403, 'auth', 'DeepL rejected the API key (403). Check DEEPL_AUTH_KEY.'],
    [
      456,
      'quota',
      'DeepL refused to store the glossary (456): the account’s quota or its number of glossaries is used up. Delete unused glossaries in the DeepL account or upgrade the plan, then sync again.',
    ],
  ] as const)('turns a %i during sync into EngineError %s', async (status, code, message) => {
    fakeDeepL().failNext(status, 1, 'glossaries');
    const error = await engineFailure(sync());
    expect({ code: error.code, status: error.status, message: error.message }).toEqual({ code, status, message });
    expect(fakeDeepL().glossaries()).toEqual([]);
  });

  it('retries a 503 with back-off and stores the glossary when DeepL is back', async () => {
    fakeDeepL().failNext(503, 3, 'glossaries');
    const { glossaryId } = await sync({ retryDelayMs: 5 });
    expect(fakeDeepL().glossaries().map((g) => g.id)).toEqual([glossaryId]);
  });

  it('says which step failed, how often, and that the glossary in use is unchanged, when DeepL stays unavailable', async () => {
    const first = await sync();
    fakeDeepL().failNext(503, 10, 'glossaries');
    const error = await engineFailure(sync({ existingId: first.glossaryId!, maxRetries: 2, retryDelayMs: 5 }));
    expect({ code: error.code, status: error.status, message: error.message }).toEqual({
      code: 'unavailable',
      status: 503,
      message: 'DeepL failed while storing the new glossary (503), 3 times in a row. The glossary DeepL translates with is unchanged; sync again in a few minutes.',
    });
    expect(fakeDeepL().glossaries().map((g) => g.id)).toEqual([first.glossaryId]);
  });

  it('keeps the old glossary when deleting it fails, and removes the new one again', async () => {
    const first = await sync();
    fakeDeepL().failNext(403, 1, 'glossary-delete');
    const error = await engineFailure(sync({ existingId: first.glossaryId!, entries: [{ source: 'Rechnung', target: 'bill' }] }));
    expect(error).toMatchObject({ code: 'auth', status: 403 });
    // The caller still holds first.glossaryId, and that is the glossary DeepL has.
    expect(fakeDeepL().glossaries().map((g) => g.id)).toEqual([first.glossaryId]);
  });

  it('refuses a glossary from a language into itself', async () => {
    expect((await engineFailure(sync({ targetLang: 'de' }))).code).toBe('bad-request');
  });
});

describe('translating with a glossary', () => {
  it('sends the glossary id, and DeepL applies its terms', async () => {
    const { glossaryId } = await sync();
    const engine = createDeepLEngine({ authKey: 'test-key', serverUrl: fakeDeepL().url, maxRetries: 0 });
    const request: TranslateRequest = { texts: ['Die Rechnung zeigt den Gewinn.'], sourceLang: 'de', targetLang: 'en-GB' };
    expect(await engine.translate({ ...request, glossaryId: glossaryId! })).toEqual(['[EN-GB] Die invoice zeigt den profit.']);
    expect(await engine.translate(request)).toEqual(['[EN-GB] Die Rechnung zeigt den Gewinn.']);
    expect(fakeDeepL().requests.filter((r) => r.path === '/v2/translate').map((r) => r.glossaryId)).toEqual([glossaryId, undefined]);
  });

  it('keeps translations with and without a glossary apart in the memory', async () => {
    expect(memoryKey('deepl', 'de', 'en-GB', 'Rechnung')).not.toBe(memoryKey('deepl', 'de', 'en-GB', 'Rechnung', 'g1'));
    expect(memoryKey('deepl', 'de', 'en-GB', 'Rechnung', 'g1')).not.toBe(memoryKey('deepl', 'de', 'en-GB', 'Rechnung', 'g2'));
    // No glossary: the key stays the one already stored.
    expect(memoryKey('deepl', 'de', 'en-GB', 'Rechnung', '')).toBe(memoryKey('deepl', 'de', 'en-GB', 'Rechnung'));

    const { glossaryId } = await sync();
    const engine = createDeepLEngine({ authKey: 'test-key', serverUrl: fakeDeepL().url, maxRetries: 0 });
    const memory = inMemoryStore();
    const run = async (glossary?: string) => {
      const done: string[] = [];
      await translateSegments({
        engine,
        memory,
        segments: [{ id: 1, paragraph: 0, source: 'Die Rechnung.', paragraphText: 'Die Rechnung.' }],
        sourceLang: 'de',
        targetLang: 'en-US',
        ...(glossary === undefined ? {} : { glossaryId: glossary }),
        onProgress: (translated) => void done.push(...translated.map((t) => t.text)),
      });
      return done;
    };
    expect(await run()).toEqual(['[EN-US] Die Rechnung.']);
    expect(await run(glossaryId!)).toEqual(['[EN-US] Die invoice.']);
    // Both answers are now remembered: nothing more is sent.
    const sent = fakeDeepL().requests.filter((r) => r.path === '/v2/translate').length;
    expect(await run(glossaryId!)).toEqual(['[EN-US] Die invoice.']);
    expect(await run()).toEqual(['[EN-US] Die Rechnung.']);
    expect(fakeDeepL().requests.filter((r) => r.path === '/v2/translate')).toHaveLength(sent);
  });
});

describe('cleanEntries', () => {
  it('keeps deepl-node’s plain-object storage safe', () => {
    expect(cleanEntries([{ source: '__proto__', target: 'x' }]).skipped).toHaveLength(1);
  });
});
