import { describe, expect, it } from 'vitest';
import { engineFailure } from './testing/engine-failure';
import type { SourceSegment } from './batch';
import { createDeepLEngine } from './deepl';
import { inMemoryStore, memoryKey, type MemoryStore } from './memory';
import { useFakeDeepL } from './testing/use-fake-deepl';
import { translateSegments, type TranslatedSegment, type TranslationProgress } from './translate-document';

const fakeDeepL = useFakeDeepL();

/** Segments for paragraphs given as lists of sentences; ids count up from 1. */
function document(paragraphs: string[][]): SourceSegment[] {
  let id = 0;
  return paragraphs.flatMap((sentences, paragraph) =>
    sentences.map((source) => ({ id: ++id, paragraph, source, paragraphText: sentences.join(' ') })),
  );
}

function run(
  segments: SourceSegment[],
  memory: MemoryStore,
  { concurrency = 1, afterReport = () => {} }: { concurrency?: number; afterReport?: () => void } = {},
) {
  const engine = createDeepLEngine({ authKey: 'k', serverUrl: fakeDeepL().url, maxRetries: 0, timeoutMs: 2000 });
  const calls: { done: TranslatedSegment[]; progress: TranslationProgress }[] = [];
  const promise = translateSegments({
    engine,
    memory,
    segments,
    sourceLang: 'de',
    targetLang: 'en-US',
    concurrency,
    onProgress(done, progress) {
      calls.push({ done, progress });
      afterReport();
    },
  });
  return { promise, calls, done: () => new Map(calls.flatMap((c) => c.done).map((d) => [d.id, d.text])) };
}

/** Characters as DeepL bills them: code points of the texts, context free. */
const billed = (texts: string[]) => texts.reduce((n, t) => n + [...t].length, 0);

const THREE_PARAGRAPHS = [
  ['Der Hund schläft.', 'Er träumt.'],
  ['Die Katze wacht.', 'Sie jagt.'],
  ['Der Tag endet.', 'Es wird Nacht.'],
];

describe('translateSegments', () => {
  it('sends each paragraph with its context and reports every batch', async () => {
    const segments = document(THREE_PARAGRAPHS);
    const { promise, calls, done } = run(segments, inMemoryStore());
    const charactersBilled = billed(THREE_PARAGRAPHS.flat());
    expect(await promise).toEqual({ translated: 6, fromMemory: 0, sent: 6, charactersBilled });
    expect(fakeDeepL().requests.map((r) => [r.texts, r.context])).toEqual(
      THREE_PARAGRAPHS.map((sentences) => [sentences, sentences.join(' ')]),
    );
    expect(calls.map((c) => c.progress)).toEqual([
      { translated: 2, total: 6 },
      { translated: 4, total: 6 },
      { translated: 6, total: 6 },
    ]);
    // The fake's pseudo-translation, not DeepL's output.
    expect(done().get(1)).toBe('[EN-US] Der Hund schläft.');
  });

  it('sends nothing the second time: memory answers', async () => {
    const memory = inMemoryStore();
    await run(document(THREE_PARAGRAPHS), memory).promise;
    fakeDeepL().reset();
    const second = run(document(THREE_PARAGRAPHS), memory);
    expect(await second.promise).toEqual({ translated: 6, fromMemory: 6, sent: 0, charactersBilled: 0 });
    expect(fakeDeepL().requests).toEqual([]);
    expect(second.calls).toHaveLength(1);
    expect(second.done().get(6)).toBe('[EN-US] Es wird Nacht.');
  });

  it('sends a sentence that occurs twice in the document once and fills both segments', async () => {
    const segments = document([
      ['Achtung!', 'Das Gerät ist heiß.'],
      ['Nicht berühren.', 'Achtung!'],
    ]);
    const { promise, done } = run(segments, inMemoryStore(), { concurrency: 2 });
    expect(await promise).toMatchObject({ translated: 4, sent: 3 });
    expect(fakeDeepL().requests.flatMap((r) => r.texts).filter((t) => t === 'Achtung!')).toHaveLength(1);
    expect(done().get(1)).toBe('[EN-US] Achtung!');
    expect(done().get(4)).toBe('[EN-US] Achtung!');
  });

  it('reports blank segments as they are without sending them', async () => {
    const segments: SourceSegment[] = [
      { id: 1, paragraph: 0, source: ' ', paragraphText: ' ' },
      { id: 2, paragraph: 1, source: 'Ja.', paragraphText: 'Ja.' },
    ];
    const { promise, done } = run(segments, inMemoryStore());
    expect(await promise).toMatchObject({ translated: 2, sent: 1 });
    expect(done().get(1)).toBe(' ');
    expect(fakeDeepL().requests.flatMap((r) => r.texts)).toEqual(['Ja.']);
  });

  it('reports what was translated before a failure, then throws; a resume sends only the rest', async () => {
    const memory = inMemoryStore();
    const segments = document(THREE_PARAGRAPHS);
    // The quota runs out right after the first batch.
    const first = run(segments, memory, { afterReport: () => fakeDeepL().failNext(456) });
    const error = await engineFailure(first.promise);
    expect(error.code).toBe('quota');
    expect([...first.done().keys()]).toEqual([1, 2]);
    expect(fakeDeepL().requests.map((r) => r.status)).toEqual([200, 456]);

    fakeDeepL().reset();
    const untranslated = segments.filter((s) => !first.done().has(s.id));
    const resume = run(untranslated, memory);
    const charactersBilled = billed(untranslated.map((s) => s.source));
    expect(await resume.promise).toEqual({ translated: 4, fromMemory: 0, sent: 4, charactersBilled });
    expect(fakeDeepL().requests.flatMap((r) => r.texts)).toEqual(untranslated.map((s) => s.source));
  });

  it('with two requests in flight, still reports the one that succeeded before throwing', async () => {
    const memory = inMemoryStore();
    const segments = document(THREE_PARAGRAPHS);
    fakeDeepL().failNext(503);
    const { promise, done } = run(segments, memory, { concurrency: 2 });
    await expect(promise).rejects.toMatchObject({ code: 'unavailable' });
    // One of the first two paragraphs failed, the other was reported; the third was never sent.
    expect(fakeDeepL().requests).toHaveLength(2);
    expect(done().size).toBe(2);
    const reported = [...done().keys()];
    expect([[1, 2], [3, 4]]).toContainEqual(reported);
    const keys = segments.map((s) => memoryKey('deepl', 'de', 'en-US', s.source));
    expect((await memory.get(keys)).size).toBe(2);
  });

  it('stops when the caller aborts, keeping what was reported', async () => {
    const controller = new AbortController();
    controller.abort();
    const engine = createDeepLEngine({ authKey: 'k', serverUrl: fakeDeepL().url });
    await expect(
      translateSegments({
        engine,
        memory: inMemoryStore(),
        segments: document(THREE_PARAGRAPHS),
        sourceLang: 'de',
        targetLang: 'en-US',
        onProgress() {},
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(fakeDeepL().requests).toEqual([]);
  });

  it('refuses an engine that answers fewer translations than texts, remembering nothing', async () => {
    const memory = inMemoryStore();
    const segments = document([['Eins.']]);
    const engine = { id: 'short', label: 'Short engine', translate: async () => [] };
    await expect(
      translateSegments({ engine, memory, segments, sourceLang: 'de', targetLang: 'en-US', onProgress() {} }),
    ).rejects.toMatchObject({ code: 'unknown' });
    expect((await memory.get([memoryKey('short', 'de', 'en-US', 'Eins.')])).size).toBe(0);
  });
});

describe('a sentence too big for one DeepL request', () => {
  // 89,426 characters with umlauts: 138 KB form-encoded, over DeepL's 128 KiB (the fake refuses it with 413).
  const giant = Array.from({ length: 4_065 }, (_, i) => `Größe ${i} äö`).join(' ');

  it('is sent in pieces that each fit, and its translation is theirs joined in order', async () => {
    const segments = document([[giant], ['Der Hund schläft.']]);
    const memory = inMemoryStore();
    const { promise, done } = run(segments, memory);
    const result = await promise;
    const requests = fakeDeepL().requests;
    expect(requests.length).toBeGreaterThan(1);
    for (const r of requests) expect(r.bodyBytes).toBeLessThanOrEqual(128 * 1024);
    const pieces = requests.flatMap((r) => r.texts).filter((t) => t !== 'Der Hund schläft.');
    expect(pieces.join('')).toBe(giant);
    expect(result.translated).toBe(2);
    const text = done().get(1)!;
    // The fake's translation of each piece, in the order of the pieces.
    expect(text.length).toBeGreaterThan(giant.length / 2);
    expect(text.indexOf('4064')).toBeGreaterThan(text.indexOf('0 '));
    // The whole sentence is remembered too: translating it again costs nothing.
    const again = run(document([[giant]]), memory);
    expect(await again.promise).toMatchObject({ fromMemory: 1, sent: 0 });
  });
});
