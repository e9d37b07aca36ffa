import { describe, expect, it } from 'vitest';
import { engineFailure } from './testing/engine-failure';
import { createDeepLEngine, type DeepLModelType } from './deepl';
import { otherModelType, secondOpinion, type SecondOpinionRequest } from './second-opinion';
import { useFakeDeepL } from './testing/use-fake-deepl';

const fakeDeepL = useFakeDeepL();

function engine(modelType?: DeepLModelType) {
  return createDeepLEngine({
    authKey: 'test-key',
    serverUrl: fakeDeepL().url,
    maxRetries: 0,
    ...(modelType === undefined ? {} : { modelType }),
  });
}

const OTHER: Record<string, string> = {
  'Der Vertrag endet am Freitag.': 'The contract ends on Friday.',
  'Die Sitzung wurde vertagt.': 'The session was postponed until next week.',
  'Bitte unterschreiben Sie hier.': 'Kindly add your signature at the bottom.',
};

function request(overrides: Partial<SecondOpinionRequest> = {}): SecondOpinionRequest {
  return {
    engine: engine('quality_optimized'),
    segments: [
      { id: 1, source: 'Der Vertrag endet am Freitag.', target: 'The contract ends on Friday.' },
      { id: 2, source: 'Die Sitzung wurde vertagt.', target: 'The meeting was postponed.' },
      { id: 3, source: 'Bitte unterschreiben Sie hier.', target: 'Please sign here.' },
      { id: 4, source: 'Noch leer.', target: '' },
    ],
    sourceLang: 'de',
    targetLang: 'en-US',
    ...overrides,
  };
}

describe('secondOpinion', () => {
  it('picks the model type the document did not use', () => {
    expect(otherModelType(engine('quality_optimized'))).toBe('latency_optimized');
    expect(otherModelType(engine('prefer_quality_optimized'))).toBe('latency_optimized');
    expect(otherModelType(engine('latency_optimized'))).toBe('quality_optimized');
    // DeepL's default is latency_optimized.
    expect(otherModelType(engine())).toBe('quality_optimized');
  });

  it('translates with the other model and flags segments by how far the two translations are apart', async () => {
    fakeDeepL().setTranslator((text) => OTHER[text] ?? text);
    const result = await secondOpinion(request());

    expect(fakeDeepL().requests).toHaveLength(1);
    expect(fakeDeepL().requests[0]).toMatchObject({
      modelType: 'latency_optimized',
      texts: ['Der Vertrag endet am Freitag.', 'Die Sitzung wurde vertagt.', 'Bitte unterschreiben Sie hier.'],
    });

    expect(result.map((r) => r.id)).toEqual([1, 2, 3]);
    const [same, apart, far] = result;
    expect(same).toEqual({ id: 1, other: 'The contract ends on Friday.', similarity: 1 });
    // meeting→session plus three added words: 4 edits over the target's 5 tokens (the full stop is one).
    expect(apart!.similarity).toBeCloseTo(0.2);
    expect(apart!.finding?.severity).toBe('major');
    // More edits than the target has tokens: clamped at 0.
    expect(far!.similarity).toBe(0);
    expect(far!.finding).toEqual({
      check: 'second-opinion',
      category: 'accuracy/mistranslation',
      severity: 'major',
      side: 'target',
      sourceSpans: [],
      targetSpans: [{ start: 0, end: 'Please sign here.'.length }],
      message: 'A second DeepL model translates this very differently: „Kindly add your signature at the bottom.“.',
    });
  });

  it('grades similarity between 0.3 and 0.5 as minor', async () => {
    fakeDeepL().setTranslator(() => 'The agreement is ending this Friday.');
    const [result] = await secondOpinion(
      request({ segments: [{ id: 7, source: 'Der Vertrag endet am Freitag.', target: 'The contract ends on Friday.' }] }),
    );
    // contract→agreement, ends→is, on→ending, +this: 4 edits over 6 tokens.
    expect(result!.similarity).toBeCloseTo(1 / 3);
    expect(result!.finding?.severity).toBe('minor');
  });

  it('sends segments of one paragraph with the paragraph as context', async () => {
    await secondOpinion(
      request({
        engine: engine(),
        segments: [
          { id: 1, paragraph: 0, source: 'Erster Satz.', target: 'First sentence.' },
          { id: 2, paragraph: 0, source: 'Zweiter Satz.', target: 'Second sentence.' },
        ],
      }),
    );
    expect(fakeDeepL().requests[0]).toMatchObject({ modelType: 'quality_optimized', context: 'Erster Satz. Zweiter Satz.' });
  });

  it('passes an engine failure on as an EngineError', async () => {
    fakeDeepL().failNext(456);
    const error = await engineFailure(secondOpinion(request()));
    expect(error.code).toBe('quota');
  });
});
