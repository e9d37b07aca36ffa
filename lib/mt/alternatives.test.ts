import { describe, expect, it } from 'vitest';
import { engineFailure } from './testing/engine-failure';
import { alternatives, type AlternativesRequest } from './alternatives';
import { createDeepLEngine } from './deepl';
import type { FakeTranslateInput } from './testing/fake-deepl';
import { useFakeDeepL } from './testing/use-fake-deepl';

const fakeDeepL = useFakeDeepL();

function request(overrides: Partial<AlternativesRequest> = {}): AlternativesRequest {
  return {
    engine: createDeepLEngine({ authKey: 'test-key', serverUrl: fakeDeepL().url, maxRetries: 0 }),
    segmentSource: 'Der Vertrag endet am Freitag.',
    previous: 'Wir haben gekündigt.',
    next: 'Bitte bestätigen Sie das.',
    sourceLang: 'de',
    targetLang: 'en-GB',
    currentTarget: 'The contract ends on Friday.',
    ...overrides,
  };
}

const byModel = (input: FakeTranslateInput) =>
  input.modelType === 'latency_optimized' ? 'The contract expires on Friday.' : 'The contract terminates on Friday.';

describe('alternatives', () => {
  it('asks with both model types and the neighbouring segments as context, and diffs against the current target', async () => {
    fakeDeepL().setTranslator((_text, input) => byModel(input));
    const result = await alternatives(request());
    const sent = fakeDeepL().requests;
    expect(sent.map((r) => r.modelType).sort()).toEqual(['latency_optimized', 'quality_optimized']);
    for (const r of sent) {
      expect(r).toMatchObject({ texts: ['Der Vertrag endet am Freitag.'], context: 'Wir haben gekündigt.\nBitte bestätigen Sie das.' });
      expect(r.formality).toBeUndefined();
    }
    expect(result).toEqual([
      {
        text: 'The contract terminates on Friday.',
        label: 'quality optimized',
        diff: [
          { kind: 'equal', text: 'The contract ' },
          { kind: 'delete', text: 'ends' },
          { kind: 'insert', text: 'terminates' },
          { kind: 'equal', text: ' on Friday.' },
        ],
      },
      expect.objectContaining({ text: 'The contract expires on Friday.', label: 'latency optimized' }),
    ]);
  });

  it('adds formal and informal address for German targets and merges identical answers', async () => {
    fakeDeepL().setTranslator((_text, { formality }) =>
      formality === 'less' ? 'Bitte bestätige das.' : 'Bitte bestätigen Sie das.',
    );
    const result = await alternatives(
      request({
        segmentSource: 'Please confirm this.',
        previous: undefined,
        next: undefined,
        sourceLang: 'en',
        targetLang: 'de',
        currentTarget: 'Bitte bestätigen Sie dies.',
      }),
    );
    expect(fakeDeepL().requests.map((r) => r.formality ?? '-').sort()).toEqual(['-', '-', 'less', 'more']);
    expect(fakeDeepL().requests.every((r) => r.context === undefined)).toBe(true);
    expect(result.map(({ text, label }) => ({ text, label }))).toEqual([
      { text: 'Bitte bestätigen Sie das.', label: 'quality optimized, latency optimized, formal' },
      { text: 'Bitte bestätige das.', label: 'informal' },
    ]);
  });

  it('leaves out answers equal to the current target', async () => {
    fakeDeepL().setTranslator(() => 'The contract ends  on Friday. ');
    expect(await alternatives(request())).toEqual([]);
  });

  it('translates only the phrase, with the whole segment as context', async () => {
    fakeDeepL().setTranslator((text) => (text === 'endet' ? 'expires' : 'unexpected'));
    const result = await alternatives(request({ phrase: 'endet', currentTarget: 'ends' }));
    expect(fakeDeepL().requests[0]).toMatchObject({
      texts: ['endet'],
      context: 'Wir haben gekündigt.\nDer Vertrag endet am Freitag.\nBitte bestätigen Sie das.',
    });
    expect(result).toEqual([
      {
        text: 'expires',
        label: 'quality optimized, latency optimized',
        diff: [
          { kind: 'delete', text: 'ends' },
          { kind: 'insert', text: 'expires' },
        ],
      },
    ]);
  });

  it('passes an engine failure on as an EngineError', async () => {
    fakeDeepL().failNext(456, 4);
    const error = await engineFailure(alternatives(request()));
    expect(error.code).toBe('quota');
  });
});
